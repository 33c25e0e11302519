import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unzlibSync, zlibSync } from 'fflate';
import { EXAMPLES } from '../design/examples';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { chunkCrc, embedDesignInPng, extractDesignFromPng, PNG_DESIGN_KEYWORD, PNG_SIGNATURE, readPngChunks } from './embed-png';
import { embedDesignInSvg, escapeXmlText, extractDesignFromSvg, SVG_DESIGN_ID, unescapeXmlText } from './embed-svg';

const designOf = (doc: unknown): Design => {
  const r = parseDesign(doc);
  if (!r.ok) throw new Error('does not parse');
  return r.design;
};
const enterprise = designOf(EXAMPLES[0]!.document);

/** A real 2×1 grayscale PNG, built by hand: signature, IHDR, IDAT (zlib), IEND. */
function minimalPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const v = new DataView(out.buffer);
    v.setUint32(0, data.length);
    out.set(
      Uint8Array.from(type, (c) => c.charCodeAt(0)),
      4,
    );
    out.set(data, 8);
    v.setUint32(8 + data.length, chunkCrc(type, data));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, 2); // width
  v.setUint32(4, 1); // height
  ihdr.set([8, 0, 0, 0, 0], 8); // bit depth 8, grayscale, deflate, adaptive filter, no interlace
  const scanline = Uint8Array.of(0, 0x00, 0xff); // filter type None, a black and a white pixel
  const parts = [PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', zlibSync(scanline)), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

describe('design inside a PNG', () => {
  it('computes chunk CRCs as PNG defines them (IEND’s is always AE 42 60 82)', () => {
    expect(chunkCrc('IEND', new Uint8Array(0))).toBe(0xae426082);
    const png = minimalPng();
    expect(Array.from(png.subarray(-4))).toEqual([0xae, 0x42, 0x60, 0x82]);
  });

  it('adds one iTXt chunk before IEND, with a correct CRC, and leaves the image data untouched', () => {
    const png = minimalPng();
    const out = embedDesignInPng(png, enterprise);
    const r = readPngChunks(out);
    if (!r.ok) throw new Error(r.error);
    expect(r.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    for (const c of r.chunks) expect(chunkCrc(c.type, c.data)).toBe(c.crc);
    const itxt = r.chunks[2]!;
    expect(String.fromCharCode(...itxt.data.subarray(0, PNG_DESIGN_KEYWORD.length + 5))).toBe(`${PNG_DESIGN_KEYWORD}\0\0\0\0\0`);
    // The pixels are still what they were.
    expect(Array.from(unzlibSync(r.chunks[1]!.data))).toEqual([0, 0x00, 0xff]);
    expect(Array.from(out.subarray(0, 8))).toEqual(Array.from(PNG_SIGNATURE));
  });

  it('round-trips every example, and exporting twice keeps one design (the latest)', () => {
    for (const example of EXAMPLES) {
      const design = designOf(example.document);
      expect(extractDesignFromPng(embedDesignInPng(minimalPng(), design))).toEqual({ ok: true, design });
    }
    const renamed = { ...enterprise, name: 'Renamed' };
    const twice = embedDesignInPng(embedDesignInPng(minimalPng(), enterprise), renamed);
    const r = readPngChunks(twice);
    expect(r.ok && r.chunks.filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(extractDesignFromPng(twice)).toMatchObject({ ok: true, design: { name: 'Renamed' } });
  });

  it('says plainly what is wrong with other bytes', () => {
    const png = minimalPng();
    expect(extractDesignFromPng(png)).toMatchObject({ ok: false, error: expect.stringMatching(/holds no studio design/) });
    expect(extractDesignFromPng(new TextEncoder().encode('GIF89a'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a PNG image/),
    });
    const withDesign = embedDesignInPng(png, enterprise);
    expect(extractDesignFromPng(withDesign.subarray(0, withDesign.length - 20))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cut off/),
    });
    const damaged = withDesign.slice();
    damaged[png.length + 200]! ^= 0x01; // a bit inside the design text
    expect(extractDesignFromPng(damaged)).toMatchObject({ ok: false, error: expect.stringMatching(/damaged \(its checksum/) });
    expect(() => embedDesignInPng(new Uint8Array(10), enterprise)).toThrow(/Cannot put the design into the image: This is not a PNG/);
  });

  it('never throws on random or mangled bytes (fuzz, 600 cases)', () => {
    const withDesign = embedDesignInPng(minimalPng(), enterprise);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(extractDesignFromPng(bytes).ok).toBe(false);
        const prefixed = new Uint8Array(8 + bytes.length);
        prefixed.set(PNG_SIGNATURE);
        prefixed.set(bytes, 8);
        expect(extractDesignFromPng(prefixed).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat({ max: withDesign.length * 8 - 1 }), (bit) => {
        const b = withDesign.slice();
        b[bit >> 3]! ^= 1 << (bit & 7);
        const r = extractDesignFromPng(b);
        if (r.ok) expect(r.design).toEqual(enterprise); // a flip outside the design chunk changes nothing we read
      }),
      { numRuns: 300 },
    );
  });
});

describe('design inside an SVG', () => {
  const svg =
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" data-note="a > b" width="10" height="10"><rect width="10" height="10"/></svg>';

  it('puts a metadata element first inside <svg>, escaped, and reads it back', () => {
    const out = embedDesignInSvg(svg, enterprise);
    expect(out).toContain(`data-note="a > b" width="10" height="10"><metadata id="${SVG_DESIGN_ID}"`);
    expect(out.endsWith('<rect width="10" height="10"/></svg>')).toBe(true);
    expect(extractDesignFromSvg(out)).toEqual({ ok: true, design: enterprise });
    for (const example of EXAMPLES) {
      const design = designOf(example.document);
      expect(extractDesignFromSvg(embedDesignInSvg(svg, design))).toEqual({ ok: true, design });
    }
  });

  it('markup in labels cannot escape the metadata element and round-trips exactly', () => {
    const labels = ['</metadata><script>alert(1)</script>', '<img src=x onerror=alert(1)>', ']]> & &amp; &lt;', '"quoted" \'single\''];
    const design = designOf({
      schemaVersion: 1,
      name: '</svg><script>x</script>',
      nodes: labels.map((label, i) => ({ id: `n${i}`, kind: 'redis', label, position: { x: i, y: 0 } })),
    });
    const out = embedDesignInSvg(svg, design);
    expect(out.match(/<script/g)).toBeNull();
    expect(out.match(/<\/metadata>/g)).toHaveLength(1);
    const back = extractDesignFromSvg(out);
    expect(back.ok && back.design.nodes.map((n) => n.label)).toEqual(labels);
    expect(back.ok && back.design.name).toBe('</svg><script>x</script>');
  });

  it('replaces an earlier design instead of adding a second', () => {
    const twice = embedDesignInSvg(embedDesignInSvg(svg, enterprise), { ...enterprise, name: 'Second' });
    expect(twice.match(/<metadata /g)).toHaveLength(1);
    expect(extractDesignFromSvg(twice)).toMatchObject({ ok: true, design: { name: 'Second' } });
  });

  it('escapes and unescapes XML text', () => {
    expect(escapeXmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(unescapeXmlText('&lt;&#60;&#x3C;&amp;lt;&quot;&apos;&unknown;')).toBe('<<<&lt;"\'&unknown;');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(unescapeXmlText(escapeXmlText(s))).toBe(s);
      }),
      { numRuns: 300 },
    );
    const odd = designOf({ schemaVersion: 1, name: 'odd \uFFFE \uFFFF \u0001 \uD800 end' });
    const out = embedDesignInSvg('<svg></svg>', odd);
    expect(out).not.toMatch(/[\uFFFE\uFFFF\u0001\uD800]/);
    expect(extractDesignFromSvg(out)).toEqual({ ok: true, design: odd });
  });

  it('says plainly what is wrong', () => {
    expect(extractDesignFromSvg(svg)).toMatchObject({ ok: false, error: expect.stringMatching(/holds no studio design/) });
    expect(extractDesignFromSvg('hello')).toMatchObject({ ok: false, error: 'This is not an SVG image.' });
    expect(extractDesignFromSvg(`<svg><metadata id="${SVG_DESIGN_ID}">{"schemaVersion":1</metadata></svg>`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
    });
    expect(() => embedDesignInSvg('<svg/>', enterprise)).toThrow(/no <svg> element with content/);
  });
});

describe('openDesignBytes', () => {
  it('opens a design file, a PNG and an SVG with the design inside, and refuses other bytes plainly', async () => {
    const { openDesignBytes } = await import('./open-design');
    const { designToFile } = await import('../design/file');
    const utf8 = (s: string) => new TextEncoder().encode(s);
    expect(openDesignBytes(utf8(designToFile(enterprise)))).toEqual({ ok: true, design: enterprise });
    expect(openDesignBytes(embedDesignInPng(minimalPng(), enterprise))).toEqual({ ok: true, design: enterprise });
    expect(openDesignBytes(utf8(embedDesignInSvg('<svg viewBox="0 0 1 1"></svg>', enterprise)))).toEqual({ ok: true, design: enterprise });
    expect(openDesignBytes(minimalPng())).toMatchObject({ ok: false, error: expect.stringMatching(/PNG image holds no studio design/) });
    expect(openDesignBytes(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This file is neither/),
    });
    expect(openDesignBytes(utf8('<mxfile><diagram/></mxfile>'))).toMatchObject({ ok: false, error: expect.stringMatching(/draw\.io/) });
  });
});
