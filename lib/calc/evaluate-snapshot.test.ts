/**
 * The whole Report of `evaluate` for every example in public/examples, variants of them (another workload,
 * negotiated prices) and generated designs, compared with snapshots stored next to this test. The snapshots
 * were written from the evaluate of before the speed work (issue 14), so any change in any output number,
 * text or order fails here. Regenerate only for an intended change of output: `npx vitest run -u <this file>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../design/generate';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { evaluate } from './evaluate';
import { canonicalJson } from './snapshot-json';

const examplesDir = join(__dirname, '../../public/examples');
const snapshotDir = join(__dirname, '__snapshots__', 'reports');

const load = (doc: unknown): Design => {
  const r = parseDesign(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.design;
};

/** A heavier workload: more traffic, a semantic cache, some Batch API share, no streaming. */
const busier = (d: Design): Design => ({
  ...d,
  scenario: {
    ...d.scenario,
    peakRequestsPerMinute: 9000,
    averageRequestsPerMinute: 2500,
    contextTokens: 32_768,
    concurrentSequences: 64,
    cacheHitRate: 0.3,
    batchShare: 0.2,
    streaming: false,
    activeHoursPerDay: 12,
  },
});

/** Negotiated prices for the first few price ids the design's cost lines read. */
const negotiated = (d: Design): Design => {
  const ids = [...new Set(evaluate(d).cost.lines.flatMap((l) => (l.priceId ? [l.priceId] : [])))].slice(0, 4);
  return { ...d, priceOverrides: ids.map((priceId, i) => ({ priceId, usd: 0.5 + i * 3.25, note: `negotiated ${i}` })) };
};

const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), design: load(JSON.parse(readFileSync(join(examplesDir, f), 'utf8'))) }));

const cases: { name: string; design: () => Design }[] = [
  ...examples.flatMap(({ name, design }) => [
    { name, design: () => design },
    { name: `${name}.busier`, design: () => busier(design) },
    { name: `${name}.negotiated`, design: () => negotiated(design) },
  ]),
  ...[10, 100, 250].map((n) => ({ name: `generated-${n}`, design: () => generateDesign(n) })),
];

describe('evaluate: the whole report is unchanged', () => {
  it('covers every shipped example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(11);
  });
  for (const c of cases)
    it(c.name, async () => {
      await expect(canonicalJson(evaluate(c.design()))).toMatchFileSnapshot(join(snapshotDir, `${c.name}.json`));
    });
});
