// Part of npm run bench: the workshop trade-off switches, median after warm-up. A switch runs on a click and
// re-evaluates candidate layouts, so it should feel instant. Aim (issue 10): under 50 ms each on the 2-core machine.
import { performance } from 'node:perf_hooks';
import { addSecondRegion, changePrecision, swapGpuFamily, togglePtuPayg } from '../lib/workshop/tradeoffs';
import { templateDesign } from './template-files';

const TARGET_MS = 50;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const aks = templateDesign('self-hosted-llama-70b-aks');
const payg = templateDesign('aoai-single-region-payg');
const enterprise = templateDesign('enterprise-reference');
const cases: [string, () => unknown][] = [
  ['PAYG → PTU (aoai-single-region-payg)', () => togglePtuPayg(payg, 'aoai')],
  ['PTU → PAYG (enterprise-reference)', () => togglePtuPayg(enterprise, 'aoai-east')],
  ['A100 → H100 (self-hosted-llama-70b-aks)', () => swapGpuFamily(aks, 'pool', 'h100')],
  ['BF16 → INT4 (self-hosted-llama-70b-aks)', () => changePrecision(aks, 'pool', 'int4')],
  ['second region (enterprise-reference)', () => addSecondRegion(enterprise, 'eastus')],
];

console.log('trade-off switches: median of repeated runs after warm-up');
for (const [name, run] of cases) {
  for (let i = 0; i < 10; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  const m = median(times);
  console.log(`  ${name.padEnd(42)} ${m.toFixed(2)} ms  (target < ${TARGET_MS} ms: ${m <= TARGET_MS ? 'met' : 'MISSED'})`);
}
