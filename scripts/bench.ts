// npm run bench: speed figures of evaluate() on generated designs (issue 14); what each figure measures:
// scripts/evaluate-timing.ts. The machine the targets are for has 2 slow cores; each figure is printed with
// a baseline measured in the same run (JSON.parse of the same design), so machines compare by the ratio.
import { performance } from 'node:perf_hooks';
import { evaluate } from '../lib/calc/evaluate';
import { generateMaxSizeDesign } from '../lib/design/generate';
import { parseDesign } from '../lib/design/parse';
import { editedEvaluateMs, evaluateMs, jsonParseMs, median, movedEvaluateMs } from './evaluate-timing';

const verdict = (ms: number, target: number | null): string =>
  target === null ? '' : `  (target < ${target} ms: ${ms < target ? 'MET' : 'MISSED'})`;
const baseline = (ms: number, base: number): string =>
  `  [baseline JSON.parse of the design ${base.toFixed(3)} ms, ratio ${(ms / base).toFixed(1)}]`;

console.log('evaluate(design): median of repeated runs after warm-up, nothing cached');
for (const [size, target] of [
  [10, null],
  [100, 2],
  [1000, 16.7],
] as const) {
  const m = evaluateMs(size);
  console.log(`  ${String(size).padStart(5)} nodes: ${m.toFixed(3)} ms${verdict(m, target)}${baseline(m, jsonParseMs(size))}`);
}
{
  const base = jsonParseMs(1000);
  const edit = editedEvaluateMs();
  console.log(`one-node edit of a 1,000-node design: ${edit.toFixed(3)} ms${verdict(edit, 5)}${baseline(edit, base)}`);
  const move = movedEvaluateMs();
  console.log(`one-node move of a 1,000-node design: ${move.toFixed(3)} ms${baseline(move, base)}`);
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
    findings = evaluate(design, null).findings.length;
    times.push(performance.now() - t);
  }
  console.log(
    `  ${label.padEnd(38)} build + parse ${parseMs.toFixed(0)} ms, evaluate ${median(times).toFixed(0)} ms, ${findings} findings`,
  );
}
