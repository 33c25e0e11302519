import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { EXAMPLES } from '../design/examples';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { crc32, fromBase64Url, toBase64Url } from './bytes';
import { compactDesign } from './compact';
import { SHARE_DICTIONARY_V1 } from './dictionary-v1';
import { classifyShareLength, decodeShareFragment, encodeShareFragment, MAX_DESIGN_BYTES, shareUrl } from './share-link';

const designOf = (doc: unknown): Design => {
  const r = parseDesign(doc);
  if (!r.ok) throw new Error('example does not parse');
  return r.design;
};

/** A v1 fragment around arbitrary JSON bytes, built by hand (not through the encoder under test). */
const fragmentOf = (json: Uint8Array, dictionary = new TextEncoder().encode(SHARE_DICTIONARY_V1)): string => {
  const deflated = deflateSync(json, { dictionary });
  const payload = new Uint8Array(4 + deflated.length);
  new DataView(payload.buffer).setUint32(0, crc32(json));
  payload.set(deflated, 4);
  return `v1.${toBase64Url(payload)}`;
};

describe('bytes', () => {
  it('base64url round-trips every length and uses only URL-safe characters', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 255);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(text.length).toBe(Math.ceil((n * 4) / 3));
      const back = fromBase64Url(text);
      expect(back.ok && Array.from(back.bytes)).toEqual(Array.from(bytes));
    }
    // RFC 4648 §10 test vectors, in the URL alphabet without padding.
    const enc = (s: string) => toBase64Url(new TextEncoder().encode(s));
    expect([enc('f'), enc('fo'), enc('foo'), enc('foob'), enc('fooba'), enc('foobar')]).toEqual([
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
      'Zm9vYmFy',
    ]);
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
    expect(fromBase64Url('abcde')).toEqual({ ok: false, reason: 'bad-length' });
    expect(fromBase64Url('ab+d')).toEqual({ ok: false, reason: 'bad-character', index: 2 });
  });

  it('CRC-32 matches the check value of the standard (0xCBF43926 for "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('share links of the example designs', () => {
  for (const example of EXAMPLES) {
    it(`${example.slug}: round-trips exactly through the link`, () => {
      const design = designOf(example.document);
      const fragment = encodeShareFragment(design);
      expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
      const back = decodeShareFragment(fragment);
      expect(back).toEqual({ ok: true, design });
      expect(decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, design });
      expect(decodeShareFragment(shareUrl('https://host/', design))).toEqual({ ok: true, design });
    });
  }

  it('the 26-node enterprise reference fits in 2,000 characters as a full link', () => {
    const design = designOf(EXAMPLES.find((e) => e.slug === 'enterprise-reference')!.document);
    expect(design.nodes).toHaveLength(26);
    const url = shareUrl('https://host/', design);
    expect(url.length).toBeLessThanOrEqual(2000);
    expect(classifyShareLength(url).verdict).toBe('fine');
  });

  it('leaves defaults out: a design of default nodes is short, and the parser restores them', () => {
    const design = designOf({
      schemaVersion: 1,
      name: 'Defaults',
      nodes: [{ id: 'g', kind: 'gpu-vm', position: { x: 0, y: 0 } }],
    });
    expect(compactDesign(design)).toEqual({
      schemaVersion: 1,
      name: 'Defaults',
      nodes: [{ id: 'g', kind: 'gpu-vm', position: { x: 0, y: 0 } }],
    });
    expect(decodeShareFragment(encodeShareFragment(design))).toEqual({ ok: true, design });
  });

  it('keeps a value that differs from the default, including false and 0', () => {
    const design = designOf({
      schemaVersion: 1,
      name: 'Changed',
      nodes: [{ id: 'a', kind: 'azure-openai', position: { x: 1, y: 2 }, config: { localAuth: false, trafficShare: 0 } }],
      scenario: { streaming: false, cacheHitRate: 0 },
    });
    const c = compactDesign(design) as { nodes: { config: unknown }[]; scenario: unknown };
    expect(c.nodes[0]?.config).toEqual({ localAuth: false, trafficShare: 0 });
    expect(c.scenario).toEqual({ streaming: false });
    expect(decodeShareFragment(encodeShareFragment(design))).toEqual({ ok: true, design });
  });

  it('shareUrl replaces an existing fragment and keeps the query', () => {
    const design = designOf(EXAMPLES[0]!.document);
    const url = shareUrl('https://studio.example/app/?lang=en#old', design);
    expect(url.startsWith('https://studio.example/app/?lang=en#v1.')).toBe(true);
  });
});

describe('the v1 format is frozen', () => {
  it('the preset dictionary is byte for byte the one v1 links were made with', () => {
    const bytes = new TextEncoder().encode(SHARE_DICTIONARY_V1);
    // Changing the dictionary breaks every v1 link ever shared: make a v2 format instead.
    expect(bytes.length).toBe(3749);
    expect(crc32(bytes).toString(16)).toBe(FROZEN_DICTIONARY_CRC);
  });

  it('a link made today still opens (a fixed v1 link of a small design)', () => {
    expect(decodeShareFragment(FIXED_V1_LINK)).toMatchObject({
      ok: true,
      design: { name: 'Pinned', nodes: [{ id: 'aoai', kind: 'azure-openai' }] },
    });
  });
});

describe('bad links get plain words, never an exception', () => {
  const good = encodeShareFragment(designOf(EXAMPLES[0]!.document));

  it('names what is wrong', () => {
    expect(decodeShareFragment('')).toMatchObject({ ok: false, error: expect.stringMatching(/holds no design/) });
    expect(decodeShareFragment('#')).toMatchObject({ ok: false, error: expect.stringMatching(/holds no design/) });
    expect(decodeShareFragment('section-2')).toMatchObject({ ok: false, error: expect.stringMatching(/not a studio share link/) });
    expect(decodeShareFragment('v7.AAAA')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version of the studio \(link format v7\)/),
    });
    expect(decodeShareFragment('v0.AAAA')).toMatchObject({ ok: false, error: expect.stringMatching(/not a studio share link/) });
    expect(decodeShareFragment('v1.')).toMatchObject({ ok: false, error: expect.stringMatching(/incomplete/) });
    expect(decodeShareFragment(good.slice(0, -7))).toMatchObject({ ok: false, error: expect.stringMatching(/incomplete|damaged/) });
    expect(decodeShareFragment(`${good.slice(0, 40)}%20${good.slice(40)}`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/damaged: it contains "%" at character 41/),
    });
    const flipped = good.slice(0, 60) + (good[60] === 'A' ? 'B' : 'A') + good.slice(61);
    expect(decodeShareFragment(flipped)).toMatchObject({ ok: false, error: expect.stringMatching(/damaged|incomplete/) });
  });

  it('a link whose content is valid JSON but not a valid design lists the problems', () => {
    const r = decodeShareFragment(
      fragmentOf(new TextEncoder().encode(JSON.stringify({ schemaVersion: 1, name: 'x', nodes: [{ id: 'a', kind: 'quantum' }] }))),
    );
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/design in it is not valid:\nnodes\[0\]\.kind "quantum" is not a component/),
    });
    const future = decodeShareFragment(fragmentOf(new TextEncoder().encode(JSON.stringify({ schemaVersion: 9, name: 'x' }))));
    expect(future).toMatchObject({ ok: false, error: expect.stringMatching(/newer version of the studio/) });
  });

  it('stops a zip bomb: a short link that inflates past the cap is refused', () => {
    const huge = new Uint8Array(MAX_DESIGN_BYTES + 1024).fill(0x20); // spaces: valid JSON whitespace
    const bomb = fragmentOf(huge);
    expect(bomb.length).toBeLessThan(20_000);
    expect(decodeShareFragment(bomb)).toMatchObject({ ok: false, error: expect.stringMatching(/more than 8 MB/) });
  });

  it('refuses a 10 MB fragment before decoding it', () => {
    const r = decodeShareFragment(`v1.${'A'.repeat(10 * 1024 * 1024)}`);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/too long to be a studio share link \(10,485,763 characters/) });
  });
});

describe('classifyShareLength', () => {
  it('draws the lines at 2,000 and 8,000 characters', () => {
    expect(classifyShareLength(2000).verdict).toBe('fine');
    expect(classifyShareLength(2001).verdict).toBe('long');
    expect(classifyShareLength(8000).verdict).toBe('long');
    expect(classifyShareLength(8001)).toMatchObject({ verdict: 'too-long', message: expect.stringMatching(/^8,001 characters/) });
  });
});

const FROZEN_DICTIONARY_CRC = 'd9546325';
/** Made by encodeShareFragment on the day v1 was introduced; must open forever. */
const FIXED_V1_LINK = 'v1.f77YQsPj2YBMYAoClS1oPgRlW0xnGULcZQRyGKklZW1tbC0A';
