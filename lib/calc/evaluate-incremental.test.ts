/**
 * Incremental evaluation (lib/calc/evaluate-cache.ts) gives exactly the report of a fresh evaluation:
 * random edit sequences (settings, labels, groups, connections, deletions, moves, the scenario, price
 * overrides) on shipped examples and a generated design, each step evaluated with a cache that has seen
 * every earlier step, compared field by field with `evaluate(design, null)` (nothing cached).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../design/generate';
import { connect, moveIntoGroup, removeElements, setGeometry, updateEdge, updateNode } from '../design/edit';
import { parseDesign } from '../design/parse';
import { EDGE_FLOWS, type Design } from '../design/schema';
import { evaluate } from './evaluate';
import { EvaluateCache, reuseUnchanged } from './evaluate-cache';
import { canonicalJson } from './snapshot-json';

const example = (slug: string): Design => {
  const r = parseDesign(JSON.parse(readFileSync(join(__dirname, '../../public/examples', `${slug}.json`), 'utf8')));
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.design;
};

const STARTS: Design[] = [
  example('enterprise-reference'),
  example('multi-region-ptu-fallback'),
  example('self-hosted-llama-70b-aks'),
  example('fine-tuning-nd-h100'),
  example('multi-model-fallback'),
  generateDesign(40),
];

/** Setting changes tried on any node; the kind's schema refuses the ones it does not have (the step is then a no-op). */
const PATCHES: Record<string, unknown>[] = [
  { units: 2 },
  { tier: 'premium' },
  { tier: 'standard' },
  { replicas: 3 },
  { zoneRedundant: true },
  { semanticCache: true },
  { trafficShare: 0.5 },
  { deploymentType: 'provisioned', ptuUnits: 50 },
  { deploymentType: 'global-standard' },
  { model: 'gpt-4o-mini' },
  { model: 'llama-3.1-8b' },
  { maxNodes: 4 },
  { minNodes: 0 },
  { count: 2 },
  { pricing: 'spot' },
  { pricing: 'reserved-1y' },
  { precision: 'int4' },
  { tensorParallel: 8 },
  { region: 'westus' },
  { region: 'swedencentral' },
  { regions: 2 },
  { plan: 'premium-p2v3' },
];

type Step =
  | { op: 'patch'; node: number; patch: number }
  | { op: 'label'; node: number; text: string }
  | { op: 'move'; node: number }
  | { op: 'regroup'; node: number; group: number }
  | { op: 'remove-node'; node: number }
  | { op: 'connect'; a: number; b: number }
  | { op: 'remove-edge'; edge: number }
  | { op: 'edge-flow'; edge: number; flow: number }
  | { op: 'scenario'; peak: number; cacheHit: number; context: number }
  | { op: 'override'; line: number; usd: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('patch' as const), node: fc.nat(), patch: fc.nat() }),
  fc.record({ op: fc.constant('label' as const), node: fc.nat(), text: fc.string({ maxLength: 8 }) }),
  fc.record({ op: fc.constant('move' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('regroup' as const), node: fc.nat(), group: fc.nat() }),
  fc.record({ op: fc.constant('remove-node' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('connect' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('remove-edge' as const), edge: fc.nat() }),
  fc.record({ op: fc.constant('edge-flow' as const), edge: fc.nat(), flow: fc.nat() }),
  fc.record({
    op: fc.constant('scenario' as const),
    peak: fc.integer({ min: 0, max: 20_000 }),
    cacheHit: fc.double({ min: 0, max: 1, noNaN: true }),
    context: fc.integer({ min: 512, max: 131_072 }),
  }),
  fc.record({ op: fc.constant('override' as const), line: fc.nat(), usd: fc.double({ min: 0, max: 1000, noNaN: true }) }),
);

const pick = <T>(xs: readonly T[], i: number): T | undefined => (xs.length === 0 ? undefined : xs[i % xs.length]);

function apply(d: Design, s: Step): Design {
  switch (s.op) {
    case 'patch': {
      const n = pick(d.nodes, s.node);
      const r = n ? updateNode(d, n.id, { config: pick(PATCHES, s.patch) }) : null;
      return r?.ok ? r.design : d;
    }
    case 'label': {
      const n = pick(d.nodes, s.node);
      const r = n ? updateNode(d, n.id, { label: s.text }) : null;
      return r?.ok ? r.design : d;
    }
    case 'move': {
      const n = pick(d.nodes, s.node);
      return n ? setGeometry(d, new Map([[n.id, { position: { x: n.position.x + 17, y: n.position.y - 5 } }]])) : d;
    }
    case 'regroup': {
      const n = pick(d.nodes, s.node);
      const groups = d.nodes.filter((g) => g.kind === 'region' || g.kind === 'vnet' || g.kind === 'subnet');
      const g = pick(groups, s.group);
      return n && g && g.id !== n.id ? moveIntoGroup(d, n.id, g.id) : d;
    }
    case 'remove-node': {
      const n = pick(d.nodes, s.node);
      return n ? removeElements(d, [n.id]) : d;
    }
    case 'connect': {
      const a = pick(d.nodes, s.a);
      const b = pick(d.nodes, s.b);
      const r = a && b ? connect(d, a.id, b.id) : null;
      return r?.ok ? r.design : d;
    }
    case 'remove-edge': {
      const e = pick(d.edges, s.edge);
      return e ? removeElements(d, [], [e.id]) : d;
    }
    case 'edge-flow': {
      const e = pick(d.edges, s.edge);
      const r = e ? updateEdge(d, e.id, { flow: pick(EDGE_FLOWS, s.flow) }) : null;
      return r?.ok ? r.design : d;
    }
    case 'scenario':
      return {
        ...d,
        scenario: { ...d.scenario, peakRequestsPerMinute: s.peak, cacheHitRate: s.cacheHit, contextTokens: s.context },
      };
    case 'override': {
      const ids = [...new Set(evaluate(d, null).cost.lines.flatMap((l) => (l.priceId ? [l.priceId] : [])))];
      const id = pick(ids, s.line);
      return id ? { ...d, priceOverrides: [...d.priceOverrides, { priceId: id, usd: s.usd }] } : d;
    }
  }
}

describe('incremental evaluate equals a fresh evaluate', () => {
  it('after every step of random edit sequences', () => {
    const cache = new EvaluateCache();
    let steps = 0;
    fc.assert(
      fc.property(fc.nat({ max: STARTS.length - 1 }), fc.array(step, { minLength: 1, maxLength: 10 }), (start, edits) => {
        let d = STARTS[start] as Design;
        expect(canonicalJson(evaluate(d, cache))).toBe(canonicalJson(evaluate(d, null)));
        for (const s of edits) {
          d = apply(d, s);
          steps++;
          expect(canonicalJson(evaluate(d, cache))).toBe(canonicalJson(evaluate(d, null)));
        }
      }),
      { numRuns: 80, seed: 14 },
    );
    // The cache did its work: most per-node results were reused.
    expect(cache.nodes.hits).toBeGreaterThan(cache.nodes.misses);
    expect(steps).toBeGreaterThan(300);
  }, 120_000);

  it('after a traffic share change on every model deployment (a failover target with a share below 100% takes overflow)', () => {
    let checked = 0;
    for (const start of STARTS) {
      const cache = new EvaluateCache();
      evaluate(start, cache);
      for (const n of start.nodes) {
        if (n.kind !== 'azure-openai' && n.kind !== 'foundry-serverless') continue;
        for (const share of [0.3, 1]) {
          const r = updateNode(start, n.id, { config: { trafficShare: share } });
          if (!r.ok) continue;
          expect(canonicalJson(evaluate(r.design, cache))).toBe(canonicalJson(evaluate(r.design, null)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('the default cache too, with the same design object re-evaluated and then edited', () => {
    const d = generateDesign(120);
    const first = evaluate(d);
    expect(evaluate(d)).toBe(first); // nothing changed: the same report
    const edited = apply(d, { op: 'patch', node: 3, patch: 1 });
    expect(canonicalJson(evaluate(edited))).toBe(canonicalJson(evaluate(edited, null)));
  });

  it('on copies of the designs (a worker message): reuseUnchanged keeps the untouched nodes, and the result equals a fresh evaluate', () => {
    const cache = new EvaluateCache();
    let last: Design | null = null;
    let d = generateDesign(120);
    for (let i = 0; i < 12; i++) {
      d = apply(d, { op: 'patch', node: i * 5, patch: i });
      const copy = structuredClone(d);
      const design = reuseUnchanged(last, copy);
      if (last) {
        // At most the edited node is a new object; the edges array is the previous one.
        expect(design.nodes.filter((n, j) => n !== last?.nodes[j]).length).toBeLessThanOrEqual(1);
        expect(design.edges).toBe(last.edges);
      }
      expect(canonicalJson(design)).toBe(canonicalJson(d));
      expect(canonicalJson(evaluate(design, cache))).toBe(canonicalJson(evaluate(copy, null)));
      last = design;
    }
  });
});
