// npm run bench: speed figures. Prints the median time of evaluate() on generated designs.
// Aim (issue 3): under 2 ms for 100 nodes and under 20 ms for 1,000 on the 2-core machine.
import { performance } from 'node:perf_hooks';
import { evaluate } from '../lib/calc/evaluate';
import { generateDesign, generateMaxSizeDesign } from '../lib/design/generate';
import { parseDesign } from '../lib/design/parse';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

console.log('evaluate(design): median of repeated runs after warm-up');
for (const [size, target] of [
  [10, null],
  [100, 2],
  [1000, 20],
] as const) {
  const design = generateDesign(size);
  const runs = size >= 1000 ? 60 : 300;
  for (let i = 0; i < (size >= 1000 ? 30 : 200); i++) evaluate(design);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    evaluate(design);
    times.push(performance.now() - t0);
  }
  const m = median(times);
  const verdict = target === null ? '' : m <= target ? `  (target < ${target} ms: met)` : `  (target < ${target} ms: MISSED)`;
  console.log(`  ${String(size).padStart(5)} nodes, ${String(design.edges.length).padStart(5)} edges: ${m.toFixed(3)} ms${verdict}`);
}

// Issue 12: a design at the schema's limits, and one VNET with many subnets on one range (all overlapping),
// evaluate in seconds; overlaps are found by a sort and sweep, one finding per set.
console.log('evaluate(design) at the limits: median of 3 runs');
const subnetDesign = (count: number) => {
  const r = parseDesign({
    schemaVersion: 1,
    name: `${count} subnets`,
    nodes: [
      { id: 'vnet', kind: 'vnet', position: { x: 0, y: 0 }, config: { addressSpace: ['10.0.0.0/8'] } },
      ...Array.from({ length: count }, (_, i) => ({
        id: `s${i}`,
        kind: 'subnet',
        parentId: 'vnet',
        position: { x: i, y: 0 },
        config: { cidr: '10.1.0.0/24' },
      })),
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.design;
};
for (const [label, build] of [
  ['max size (5,000 nodes, 20,000 edges)', generateMaxSizeDesign],
  ['700 subnets on one range', () => subnetDesign(700)],
  ['4,999 subnets on one range', () => subnetDesign(4999)],
] as const) {
  const t0 = performance.now();
  const design = build();
  const parseMs = performance.now() - t0;
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    findings = evaluate(design).findings.length;
    times.push(performance.now() - t);
  }
  console.log(
    `  ${label.padEnd(38)} build + parse ${parseMs.toFixed(0)} ms, evaluate ${median(times).toFixed(0)} ms, ${findings} findings`,
  );
}
