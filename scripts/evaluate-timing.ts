// The evaluate() timings of `npm run bench` and `npm run budgets` (issue 14), defined once so both print
// the same figures:
//   evaluateMs(n)        evaluate(design, null) of an n-node generated design: nothing cached (the first evaluation)
//   editedEvaluateMs()   a setting of one node of a 1,000-node design changed, then evaluate with the cache of
//                        the earlier edits (the studio's case: each edit evaluated as it is made)
//   movedEvaluateMs()    one node of a 1,000-node design moved on the canvas (no calculation reads positions)
//   jsonParseMs(n)       a baseline measured in the same run: JSON.parse of the same design's text, so
//                        figures from different machines compare by their ratio
import { performance } from 'node:perf_hooks';
import { evaluate } from '../lib/calc/evaluate';
import { EvaluateCache } from '../lib/calc/evaluate-cache';
import { generateDesign } from '../lib/design/generate';
import type { Design, DesignNode } from '../lib/design/schema';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median ms of `run` over `runs` runs after `warm` warm-up runs; `prepare` runs untimed before each. */
export function timeMs<T>(warm: number, runs: number, prepare: (i: number) => T, run: (x: T) => unknown): number {
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

/** One node's setting changed: the APIM units, the App Service plan or a GPU pool's max nodes, in turn. */
export function editOneNode(design: Design, i: number): Design {
  const candidates = design.nodes.filter((n) => n.kind === 'apim' || n.kind === 'app-service' || n.kind === 'aks-gpu-pool');
  const node = candidates[(i * 7) % candidates.length];
  if (!node) return design;
  let next: DesignNode = node;
  if (node.kind === 'apim') next = { ...node, config: { ...node.config, units: node.config.units === 1 ? 2 : 1 } };
  else if (node.kind === 'app-service')
    next = { ...node, config: { ...node.config, plan: node.config.plan === 'premium-p1v3' ? 'premium-p2v3' : 'premium-p1v3' } };
  else if (node.kind === 'aks-gpu-pool') next = { ...node, config: { ...node.config, maxNodes: node.config.maxNodes + 1 } };
  return { ...design, nodes: design.nodes.map((n) => (n === node ? next : n)) };
}

export const moveOneNode = (design: Design, i: number): Design => ({
  ...design,
  nodes: design.nodes.map((n, j) => (j === i % design.nodes.length ? { ...n, position: { x: n.position.x + 10, y: n.position.y } } : n)),
});

export function evaluateMs(size: number): number {
  const design = generateDesign(size);
  return size >= 1000
    ? timeMs(
        20,
        60,
        () => design,
        (d) => evaluate(d, null),
      )
    : timeMs(
        200,
        300,
        () => design,
        (d) => evaluate(d, null),
      );
}

export function jsonParseMs(size: number): number {
  const json = JSON.stringify(generateDesign(size));
  return timeMs(
    size >= 1000 ? 20 : 200,
    size >= 1000 ? 60 : 300,
    () => null,
    () => JSON.parse(json),
  );
}

function streamOfEditsMs(step: (d: Design, i: number) => Design): number {
  const cache = new EvaluateCache();
  let design = generateDesign(1000);
  evaluate(design, cache);
  return timeMs(
    30,
    80,
    (i) => (design = step(design, i)),
    (d) => evaluate(d, cache),
  );
}

export const editedEvaluateMs = (): number => streamOfEditsMs(editOneNode);
export const movedEvaluateMs = (): number => streamOfEditsMs(moveOneNode);
