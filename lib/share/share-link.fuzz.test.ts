/**
 * Property-based tests of the share-link decoder: whatever arrives in a URL fragment, `decodeShareFragment`
 * returns a result (never throws) in bounded time, and a link it accepts holds exactly the design that
 * was encoded. Sizes are kept bounded instead of asserting on time (speed targets live in benchmarks).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { COMPONENT_KINDS } from '../catalog/components';
import { EXAMPLES } from '../design/examples';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { crc32, fromBase64Url, toBase64Url } from './bytes';
import { SHARE_DICTIONARY_V1 } from './dictionary-v1';
import { decodeShareFragment, encodeShareFragment } from './share-link';

/** Runs per property; the file's total is printed by the last test, for the record. */
const RUNS = 300;
let casesRun = 0;
const count = (n: number) => {
  casesRun += n;
};

const designOf = (doc: unknown): Design => {
  const r = parseDesign(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
};
const enterprise = designOf(EXAMPLES.find((e) => e.slug === 'enterprise-reference')!.document);
const realLink = encodeShareFragment(enterprise);

/** Decoding must return a well-formed result; a success must be a design that parses again. */
function decodesSafely(fragment: string): ReturnType<typeof decodeShareFragment> {
  const r = decodeShareFragment(fragment);
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) expect(parseDesign(r.design).ok).toBe(true);
  else expect(r.error.length).toBeGreaterThan(10);
  return r;
}

const linkAround = (json: Uint8Array): string => {
  const deflated = deflateSync(json, { dictionary: new TextEncoder().encode(SHARE_DICTIONARY_V1) });
  const payload = new Uint8Array(4 + deflated.length);
  new DataView(payload.buffer).setUint32(0, crc32(json));
  payload.set(deflated, 4);
  return `v1.${toBase64Url(payload)}`;
};

const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE designs; --",
  '=HYPERLINK("http://evil")',
  '</metadata><![CDATA[x]]>',
  '&amp; &lt; &#x3C; \u0000 \u2028 \uFEFF',
  '😀 مرحبا 你好 \u{1F9EA}',
];

/** Labels: markup, any Unicode text, control characters. */
const label = fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 120, unit: 'binary' }), fc.string({ maxLength: 40 }));

/** Random valid designs: any kinds, labels with markup, positions, edges between them. */
const designArb = fc
  .record({
    name: fc.oneof(fc.constantFrom(...MARKUP), fc.string({ minLength: 1, maxLength: 120 })),
    description: fc.string({ maxLength: 300, unit: 'binary' }),
    nodes: fc.array(
      fc.record({
        kind: fc.constantFrom(...COMPONENT_KINDS.filter((k) => k !== 'region' && k !== 'vnet' && k !== 'subnet')),
        label,
        x: fc.integer({ min: -5000, max: 5000 }),
        y: fc.double({ min: -5000, max: 5000, noNaN: true }),
      }),
      { maxLength: 30 },
    ),
    edgePairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('request', 'data', 'retrieval')), { maxLength: 30 }),
    peak: fc.integer({ min: 0, max: 10_000 }),
    streaming: fc.boolean(),
  })
  .map(({ name, description, nodes, edgePairs, peak, streaming }) => {
    const ns = nodes.map((n, i) => ({ id: `n${i}`, kind: n.kind, label: n.label.slice(0, 120), position: { x: n.x, y: n.y } }));
    const edges =
      ns.length < 2
        ? []
        : edgePairs
            .map(([a, b, flow], i) => ({ id: `e${i}`, source: `n${a % ns.length}`, target: `n${b % ns.length}`, flow }))
            .filter((e) => e.source !== e.target);
    return designOf({ schemaVersion: 1, name, description, nodes: ns, edges, scenario: { peakRequestsPerMinute: peak, streaming } });
  });

// A generous timeout: the machine may be shared; the sizes above keep each case bounded.
describe('share links under fuzzing', { timeout: 60_000 }, () => {
  it('random designs (markup and any Unicode in labels) round-trip exactly', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const fragment = encodeShareFragment(design);
        expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
        // Exactly what saving to a file and opening it gives (JSON has no -0: it reads back as 0).
        const viaFile = designOf(JSON.stringify(design));
        expect(decodeShareFragment(fragment)).toEqual({ ok: true, design: viaFile });
      }),
      { numRuns: RUNS },
    );
    count(RUNS);
  });

  it('markup in labels stays plain text, character for character', () => {
    const design = designOf({
      schemaVersion: 1,
      name: MARKUP[0]!,
      nodes: MARKUP.map((m, i) => ({ id: `n${i}`, kind: 'app-service', label: m, position: { x: i, y: 0 } })),
    });
    const r = decodeShareFragment(encodeShareFragment(design));
    expect(r.ok && r.design.nodes.map((n) => n.label)).toEqual(MARKUP);
    expect(r.ok && r.design.name).toBe('<script>alert(1)</script>');
    count(1);
  });

  it('random strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000, unit: 'binary' }), (s) => {
        expect(decodesSafely(s).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000, unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') }),
        (s) => {
          decodesSafely(`v1.${s}`);
          decodesSafely(`#v1.${s}`);
        },
      ),
      { numRuns: RUNS },
    );
    count(RUNS * 3);
  });

  it('random bytes behind a v1 prefix never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        decodesSafely(`v1.${toBase64Url(bytes)}`);
      }),
      { numRuns: RUNS },
    );
    count(RUNS);
  });

  it('random JSON (any shape) inside a well-formed link never throws and never passes as a design unless it is one', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = decodesSafely(linkAround(new TextEncoder().encode(JSON.stringify(value))));
        if (r.ok) expect(parseDesign(value).ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
    count(RUNS);
  });

  it('a real link cut at every position is refused as incomplete or damaged', () => {
    for (let i = 0; i < realLink.length; i++) {
      const r = decodesSafely(realLink.slice(0, i));
      expect(r.ok).toBe(false);
    }
    count(realLink.length);
  });

  it('bit flips and swapped characters in a real link are caught (or change nothing)', () => {
    const decoded = fromBase64Url(realLink.slice(3));
    if (!decoded.ok) throw new Error('real link does not decode');
    const payload = decoded.bytes;
    fc.assert(
      fc.property(fc.nat({ max: payload.length * 8 - 1 }), (bit) => {
        const flipped = payload.slice();
        flipped[bit >> 3]! ^= 1 << (bit & 7);
        const r = decodesSafely(`v1.${toBase64Url(flipped)}`);
        // A flip can only be invisible where deflate has padding bits after its last code.
        if (r.ok) expect(r.design).toEqual(enterprise);
      }),
      { numRuns: RUNS * 3 },
    );
    fc.assert(
      fc.property(fc.nat({ max: realLink.length - 1 }), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }), (at, ch) => {
        const r = decodesSafely(realLink.slice(0, at) + ch + realLink.slice(at + 1));
        if (r.ok) expect(r.design).toEqual(enterprise);
      }),
      { numRuns: RUNS },
    );
    count(RUNS * 4);
  });

  it('deeply nested JSON is refused without a stack overflow', () => {
    for (const depth of [1_000, 100_000]) {
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      for (const doc of [
        `{"schemaVersion":1,"name":"x","nodes":${nested}}`,
        `{"schemaVersion":1,"name":"x","extra":${nested}}`,
        `{"schemaVersion":1,"name":${nested}}`,
        nested,
      ]) {
        const r = decodesSafely(linkAround(new TextEncoder().encode(doc)));
        expect(r.ok).toBe(false); // an unknown field is refused, as in files
      }
    }
    count(8);
  });

  it('huge inputs are refused quickly: a 10 MB fragment, a zip bomb, a huge but valid-looking design', () => {
    expect(decodesSafely(`v1.${'A'.repeat(10 * 1024 * 1024)}`).ok).toBe(false);
    expect(decodesSafely(linkAround(new Uint8Array(64 * 1024 * 1024).fill(0x20))).ok).toBe(false);
    const bigLabel = { schemaVersion: 1, name: 'x', description: 'y'.repeat(9 * 1024 * 1024) };
    expect(decodesSafely(linkAround(new TextEncoder().encode(JSON.stringify(bigLabel)))).ok).toBe(false);
    count(3);
  });

  it('reports the number of fuzz cases run', () => {
    console.info(`share-link fuzzing: ${casesRun} cases`);
    expect(casesRun).toBeGreaterThan(3000);
  });
});
