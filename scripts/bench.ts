// npm run bench: speed figures. Prints the median time of evaluate() on generated designs.
// Aim (issue 3): under 2 ms for 100 nodes and under 20 ms for 1,000 on the 2-core machine.
import { performance } from 'node:perf_hooks';
import { evaluate } from '../lib/calc/evaluate';
import { generateDesign } from '../lib/design/generate';

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
