// npm run bench: speed figures of evaluate() on generated designs (issue 14). The machine the targets are
// for has 2 slow cores; each figure is printed with a baseline measured in the same run (a JSON round trip
// of the same design), so figures from different machines compare by their ratio.
//   N nodes                 evaluate(design, null): everything computed, no cache (the first evaluation)
//   one-node edit           a setting of one node changed, then evaluate with the cache of the earlier edits
//   one-node move           a node moved on the canvas (no calculation reads positions), cache warm
import { performance } from 'node:perf_hooks';
import { evaluate } from '../lib/calc/evaluate';
import { EvaluateCache } from '../lib/calc/evaluate-cache';
import { generateDesign, generateMaxSizeDesign } from '../lib/design/generate';
import { parseDesign } from '../lib/design/parse';
import type { Design, DesignNode } from '../lib/design/schema';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median ms of `run` over `runs` runs after `warm` warm-up runs; `prepare` runs untimed before each. */
function timeIt<T>(warm: number, runs: number, prepare: (i: number) => T, run: (x: T) => unknown): number {
  for (let i = 0; i < warm; i++) run(prepare(i));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const x = prepare(warm + i);
    const t0 = performance.now();
    run(x);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const verdict = (ms: number, target: number | null): string =>
  target === null ? '' : `  (target < ${target} ms: ${ms < target ? 'MET' : 'MISSED'})`;

/** A one-node change of a setting every analysis reads: the APIM units, the App Service plan or a pool's max nodes, in turn. */
function editOneNode(design: Design, i: number): Design {
  const candidates = design.nodes.filter((n) => n.kind === 'apim' || n.kind === 'app-service' || n.kind === 'aks-gpu-pool');
  const node = candidates[(i * 7) % candidates.length] as DesignNode;
  const config: DesignNode['config'] =
    node.kind === 'apim'
      ? { ...node.config, units: node.config.units === 1 ? 2 : 1 }
      : node.kind === 'app-service'
        ? { ...node.config, plan: node.config.plan === 'premium-p1v3' ? 'premium-p2v3' : 'premium-p1v3' }
        : node.kind === 'aks-gpu-pool'
          ? { ...node.config, maxNodes: node.config.maxNodes + 1 }
          : node.config;
  return { ...design, nodes: design.nodes.map((n) => (n === node ? ({ ...n, config } as DesignNode) : n)) };
}

const moveOneNode = (design: Design, i: number): Design => ({
  ...design,
  nodes: design.nodes.map((n, j) => (j === i % design.nodes.length ? { ...n, position: { x: n.position.x + 10, y: n.position.y } } : n)),
});

console.log('evaluate(design): median of repeated runs after warm-up');
for (const [size, target] of [
  [10, null],
  [100, 2],
  [1000, 16.7],
] as const) {
  const design = generateDesign(size);
  const runs = size >= 1000 ? 60 : 300;
  const warm = size >= 1000 ? 30 : 200;
  const json = JSON.stringify(design);
  const baseline = timeIt(
    warm,
    runs,
    () => null,
    () => JSON.parse(json),
  );
  const m = timeIt(
    warm,
    runs,
    () => design,
    (d) => evaluate(d, null),
  );
  console.log(
    `  ${String(size).padStart(5)} nodes, ${String(design.edges.length).padStart(5)} edges: ${m.toFixed(3)} ms${verdict(m, target)}` +
      `  [baseline: JSON.parse of the design ${baseline.toFixed(3)} ms, ratio ${(m / baseline).toFixed(1)}]`,
  );
}
{
  const base = generateDesign(1000);
  const json = JSON.stringify(base);
  const baseline = timeIt(
    30,
    60,
    () => null,
    () => JSON.parse(json),
  );
  const full = timeIt(
    10,
    40,
    () => base,
    (d) => evaluate(d, null),
  );
  for (const [label, step] of [
    ['one-node edit of a 1,000-node design', editOneNode],
    ['one-node move of a 1,000-node design', moveOneNode],
  ] as const) {
    const cache = new EvaluateCache();
    let design = base;
    evaluate(design, cache);
    const m = timeIt(
      30,
      80,
      (i) => (design = step(design, i)),
      (d) => evaluate(d, cache),
    );
    console.log(
      `  ${label}: ${m.toFixed(3)} ms${verdict(m, label.includes('edit') ? 5 : null)}` +
        `  [same run: full evaluate ${full.toFixed(2)} ms, JSON.parse ${baseline.toFixed(3)} ms, ratio ${(m / baseline).toFixed(1)}]`,
    );
  }
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
