import { describe, expect, it } from 'vitest';
import { templateDesign } from '../../scripts/template-files';
import { regionRttMs } from '../catalog/index';
import { DesignSchema, ScenarioSchema } from '../design/schema';
import { evaluate } from './evaluate';
import { buildGraph } from './graph';
import { analyzeLatency, INTRA_REGION_RTT_MS } from './latency';
import { findRequestPath } from './request-path';
import type { ModelPerformance } from './types';

type N = { id: string; kind: string; label?: string; config?: Record<string, unknown>; parentId?: string };
type E = { id: string; source: string; target: string; flow?: string; priority?: number; auth?: string; connectivity?: string };

const graphOf = (nodes: N[], edges: E[] = []) =>
  buildGraph(
    DesignSchema.parse({ schemaVersion: 1, name: 't', nodes: nodes.map((n) => ({ position: { x: 0, y: 0 }, config: {}, ...n })), edges }),
  );
const scenario = (s: Record<string, unknown> = {}) => ScenarioSchema.parse({ outputTokensPerRequest: 300, ...s });
/** A model's speed as performance.ts would report it; fixed here so the chain's arithmetic is what is tested. */
const perf = (
  nodeId: string,
  ttftMs: number | null,
  outputTokensPerSecond: number | null,
  worstCaseOutputTokensPerSecond: number | null = null,
): ModelPerformance[] => [
  {
    nodeId,
    ttftMs,
    outputTokensPerSecond,
    worstCaseOutputTokensPerSecond,
    requestsPerMinutePerReplica: null,
    basis: 'test',
    explanation: { formula: '', substituted: '', sources: ['test'] },
  },
];

describe('catalog figures the chain relies on', () => {
  it('East US → West Europe is 89 ms RTT (facts §6.1: East US row, West Europe column, P95)', () => {
    expect(regionRttMs('eastus', 'westeurope')?.rttMs).toBe(89);
  });
  it('same-region round trip is 2 ms (Microsoft: "less than 2 ms" between zones; an upper bound)', () => {
    expect(INTRA_REGION_RTT_MS).toBe(2);
  });
});

describe('cross-region latency chain: app in East US, model in West Europe (facts §6.1)', () => {
  const nodes: N[] = [
    { id: 'us', kind: 'region', config: { region: 'eastus' } },
    { id: 'eu', kind: 'region', config: { region: 'westeurope' } },
    { id: 'u', kind: 'client', config: { networkToEdgeMs: 30 } },
    { id: 'app', kind: 'app-service', parentId: 'us', config: { serviceTimeMs: 20 } },
    { id: 'm', kind: 'azure-openai', parentId: 'eu' },
  ];
  const edges: E[] = [
    { id: 'e1', source: 'u', target: 'app' },
    { id: 'e2', source: 'app', target: 'm' },
  ];
  const g = graphOf(nodes, edges);
  const r = analyzeLatency(g, scenario(), perf('m', 600, 50));

  it('hops: users → app (30 ms internet assumption + 20 ms app), app → model (89 ms RTT + 600 ms TTFT)', () => {
    expect(r.report.hops.map((h) => [h.fromNodeId, h.toNodeId, h.networkMs, h.serviceMs, h.crossRegion])).toEqual([
      ['u', 'app', 30, 20, false],
      ['app', 'm', 89, 600, true],
    ]);
    expect(r.report.hops[1]?.networkBasis).toContain('eastus → westeurope (89 ms RTT)');
  });

  it('TTFT = 30 + 20 + 89 + 600 = 739 ms; E2E = 739 + 300 tokens ÷ 50 tokens/s = 739 + 6000 = 6739 ms', () => {
    expect(r.report.ttftMs).toBe(739);
    expect(r.report.e2eMs).toBe(6739);
    expect(r.report.streaming).toBe(true);
  });

  it('the same chain inside East US: 2 ms instead of 89 ms, TTFT 652 ms, so the region crossing adds 87 ms', () => {
    const local = graphOf(
      nodes.map((n) => (n.id === 'm' ? { ...n, parentId: 'us' } : n)),
      edges,
    );
    const l = analyzeLatency(local, scenario(), perf('m', 600, 50));
    expect(l.report.ttftMs).toBe(652);
    expect((r.report.ttftMs ?? 0) - (l.report.ttftMs ?? 0)).toBe(89 - INTRA_REGION_RTT_MS);
    expect(l.findings.map((f) => f.ruleId)).not.toContain('latency.cross-region-hop');
  });

  it('warns about the cross-region hop naming both regions and the RTT (seed 9.6 co-locate), and E2E over 5 s', () => {
    const cross = r.findings.find((f) => f.ruleId === 'latency.cross-region-hop');
    expect(cross?.message).toMatch(/eastus.*westeurope.*89 ms/);
    expect(cross?.edgeIds).toEqual(['e2']);
    expect(r.findings.map((f) => f.ruleId)).toContain('latency.e2e-over-target');
    expect(r.findings.map((f) => f.ruleId)).not.toContain('latency.ttft-over-target');
  });

  it('non-streamed: the user sees nothing until the end, so the felt TTFT equals E2E (6739 ms) and is over 1 s', () => {
    const ns = analyzeLatency(g, scenario({ streaming: false }), perf('m', 600, 50));
    expect(ns.report.ttftMs).toBe(6739);
    expect(ns.report.e2eMs).toBe(6739);
    const f = ns.findings.find((x) => x.ruleId === 'latency.ttft-over-target');
    expect(f).toBeDefined();
    expect(f?.fixes.map((x) => x.description).join(' ')).toMatch(/Stream responses.*739 ms/);
  });

  it('uses modelPerformance when no perf list is passed (Azure OpenAI: TTFT is the node assumption, 600 ms by default)', () => {
    const d = analyzeLatency(g, scenario());
    expect(d.report.hops[1]?.serviceMs).toBe(600);
    expect(d.report.ttftMs).toBe(739);
  });
});

describe('RAG path with front door, semantic cache, retrieval, gateway and a failover model (all East US)', () => {
  const nodes: N[] = [
    { id: 'r', kind: 'region', config: { region: 'eastus' } },
    { id: 'u', kind: 'client', config: { networkToEdgeMs: 30 } },
    { id: 'fd', kind: 'front-door' },
    { id: 'app', kind: 'app-service', parentId: 'r', config: { serviceTimeMs: 20 } },
    { id: 'cache', kind: 'redis', parentId: 'r', config: { lookupTimeMs: 5, semanticCache: true } },
    { id: 'search', kind: 'ai-search', parentId: 'r', config: { queryTimeMs: 60 } },
    { id: 'apim', kind: 'apim', parentId: 'r' },
    { id: 'm1', kind: 'azure-openai', parentId: 'r' },
    { id: 'm2', kind: 'azure-openai', parentId: 'r' },
  ];
  const edges: E[] = [
    { id: 'e1', source: 'u', target: 'fd' },
    { id: 'e2', source: 'fd', target: 'app' },
    { id: 'e3', source: 'app', target: 'search', flow: 'retrieval' },
    { id: 'e4', source: 'app', target: 'cache', flow: 'retrieval' },
    { id: 'e5', source: 'app', target: 'apim' },
    { id: 'e6', source: 'apim', target: 'm2', flow: 'failover', priority: 1 },
    { id: 'e7', source: 'apim', target: 'm1' },
  ];
  const g = graphOf(nodes, edges);

  it('finds the path and the primary model (not the failover one), side calls cache before retrieval', () => {
    const p = findRequestPath(g);
    expect(p.nodes.map((n) => n.id)).toEqual(['u', 'fd', 'app', 'apim', 'm1']);
    expect(p.backends.map((b) => [b.node.id, b.flow, b.primary])).toEqual([
      ['m1', 'request', true],
      ['m2', 'failover', false],
    ]);
    expect(p.sideCalls.map((s) => [s.node.id, s.kind])).toEqual([
      ['cache', 'cache'],
      ['search', 'retrieval'],
    ]);
  });

  it('TTFT = 30 (internet) + (2 + 20) app + (2 + 5) cache + (2 + 60) search + 2 gateway + (2 + 600) model = 725 ms; cache hit = 30 + 22 + 7 = 59 ms', () => {
    const r = analyzeLatency(g, scenario(), perf('m1', 600, 100));
    expect(r.report.hops.map((h) => h.toNodeId)).toEqual(['fd', 'app', 'cache', 'search', 'apim', 'm1']);
    expect(r.report.ttftMs).toBe(725);
    expect(r.report.e2eMs).toBe(725 + 3000);
    expect(r.report.cacheHit).toEqual({ ttftMs: 59, e2eMs: 59 });
    expect(r.findings.map((f) => f.ruleId)).toEqual([]);
  });

  it('Key Vault (read at start-up) and writes to a store are not per-request hops', () => {
    const more = graphOf(
      [...nodes, { id: 'kv', kind: 'key-vault', parentId: 'r' }, { id: 'db', kind: 'cosmos-db', parentId: 'r' }],
      [...edges, { id: 'k', source: 'app', target: 'kv' }, { id: 'w', source: 'app', target: 'db', flow: 'data' }],
    );
    expect(analyzeLatency(more, scenario(), perf('m1', 600, 100)).report.ttftMs).toBe(725);
  });

  it('no semantic cache when Redis is not used as one', () => {
    const plain = graphOf(
      nodes.map((n) => (n.id === 'cache' ? { ...n, config: { semanticCache: false } } : n)),
      edges,
    );
    expect(analyzeLatency(plain, scenario(), perf('m1', 600, 100)).report.cacheHit).toBeNull();
  });

  it('TTFT over 1 s fires latency.ttft-over-target', () => {
    const r = analyzeLatency(g, scenario(), perf('m1', 1500, 100));
    expect(r.report.ttftMs).toBe(1625);
    expect(r.findings.map((f) => f.ruleId)).toContain('latency.ttft-over-target');
  });
});

describe('absent and odd paths', () => {
  it('no client: latency.no-request-path (info), empty report', () => {
    const r = analyzeLatency(graphOf([{ id: 'm', kind: 'azure-openai' }]), scenario());
    expect(r.report.hops).toEqual([]);
    expect(r.report.ttftMs).toBeNull();
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['latency.no-request-path', 'info']]);
  });

  it('client not connected to any model: no path', () => {
    const r = analyzeLatency(
      graphOf(
        [
          { id: 'u', kind: 'client' },
          { id: 'app', kind: 'app-service' },
          { id: 'm', kind: 'azure-openai' },
        ],
        [{ id: 'e', source: 'u', target: 'app' }],
      ),
      scenario(),
    );
    expect(r.findings.map((f) => f.ruleId)).toEqual(['latency.no-request-path']);
  });

  it('a cycle (app → apim → app) terminates and still finds the model', () => {
    const g = graphOf(
      [
        { id: 'u', kind: 'client' },
        { id: 'app', kind: 'app-service' },
        { id: 'apim', kind: 'apim' },
        { id: 'm', kind: 'azure-openai' },
      ],
      [
        { id: 'a', source: 'u', target: 'app' },
        { id: 'b', source: 'app', target: 'apim' },
        { id: 'c', source: 'apim', target: 'app' },
        { id: 'd', source: 'apim', target: 'm' },
      ],
    );
    expect(findRequestPath(g).nodes.map((n) => n.id)).toEqual(['u', 'app', 'apim', 'm']);
  });

  it('an unknown region pair: latency.unknown-rtt, the hop not counted', () => {
    const g = graphOf(
      [
        { id: 'us', kind: 'region', config: { region: 'eastus' } },
        { id: 'x', kind: 'region', config: { region: 'atlantis' } },
        { id: 'u', kind: 'client', config: { networkToEdgeMs: 30 } },
        { id: 'app', kind: 'app-service', parentId: 'us', config: { serviceTimeMs: 20 } },
        { id: 'm', kind: 'azure-openai', parentId: 'x' },
      ],
      [
        { id: 'a', source: 'u', target: 'app' },
        { id: 'b', source: 'app', target: 'm' },
      ],
    );
    const r = analyzeLatency(g, scenario(), perf('m', 600, 50));
    expect(r.report.hops[1]?.networkMs).toBe(0);
    expect(r.report.hops[1]?.networkBasis).toMatch(/unverified/);
    expect(r.report.ttftMs).toBe(650);
    expect(r.findings.map((f) => f.ruleId)).toContain('latency.unknown-rtt');
  });

  it('unknown model speed: no totals, latency.no-model-performance', () => {
    const g = graphOf(
      [
        { id: 'u', kind: 'client' },
        { id: 'm', kind: 'azure-openai' },
      ],
      [{ id: 'a', source: 'u', target: 'm' }],
    );
    const r = analyzeLatency(g, scenario(), perf('m', 600, null));
    expect(r.report.e2eMs).toBeNull();
    expect(r.findings.map((f) => f.ruleId)).toContain('latency.no-model-performance');
  });
});

describe('typical and worst-case end to end', () => {
  const g = graphOf(
    [
      { id: 'us', kind: 'region', config: { region: 'eastus' } },
      { id: 'u', kind: 'client', config: { networkToEdgeMs: 30 } },
      { id: 'm', kind: 'azure-openai', parentId: 'us' },
    ],
    [{ id: 'a', source: 'u', target: 'm' }],
  );

  it('worst case = TTFT + output tokens ÷ the worst-case speed: 630 + 300 ÷ 25 × 1000 = 12,630 ms beside a typical 630 + 300 ÷ 115 = 3,239 ms', () => {
    // TTFT = 30 (internet, assumption) + 600 (model, assumption) = 630 ms; typical 115 tokens/s, worst case 25 tokens/s.
    const r = analyzeLatency(g, scenario(), perf('m', 600, 115, 25));
    expect(r.report.ttftMs).toBe(630);
    expect(r.report.e2eMs).toBeCloseTo(630 + (300 / 115) * 1000, 6); // 3,238.7 ms
    expect(r.report.worstCaseE2eMs).toBe(630 + (300 / 25) * 1000); // 12,630 ms
    expect(r.report.explanation.substituted).toContain('worst case = 630 ms + 300 tokens ÷ 25 tokens/s = 630 ms + 12000 ms = 12630 ms');
  });

  it('only the worst case over 5 s: an info note naming it as worst case, no e2e warning', () => {
    const r = analyzeLatency(g, scenario(), perf('m', 600, 115, 25));
    expect(r.findings.map((f) => f.ruleId)).not.toContain('latency.e2e-over-target');
    const f = r.findings.find((x) => x.ruleId === 'latency.e2e-worst-case-over-target');
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/^Worst case: end to end 12\.6 s for 300 output tokens at 25 tokens\/s/);
    expect(f?.message).toContain('Typical: 3.24 s at 115 tokens/s');
  });

  it('the typical figure over 5 s is the warning (and names the worst case); no separate worst-case note', () => {
    // 630 + 300 ÷ 50 × 1000 = 6,630 ms typical; 630 + 300 ÷ 25 × 1000 = 12,630 ms worst case.
    const r = analyzeLatency(g, scenario(), perf('m', 600, 50, 25));
    const f = r.findings.find((x) => x.ruleId === 'latency.e2e-over-target');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('6.63 s for 300 output tokens at 50 tokens/s (typical)');
    expect(f?.message).toContain('Worst case 12.6 s at 25 tokens/s');
    expect(r.findings.map((x) => x.ruleId)).not.toContain('latency.e2e-worst-case-over-target');
  });

  it('typical = worst case (no published median, the PTU floor stands in): the warning says so', () => {
    // 630 + 300 ÷ 33 × 1000 = 9,720 ms (gpt-4o-mini's floor, 33 tokens/s, facts §5.1).
    const r = analyzeLatency(g, scenario(), perf('m', 600, 33, 33));
    expect(r.report.worstCaseE2eMs).toBe(r.report.e2eMs);
    const f = r.findings.find((x) => x.ruleId === 'latency.e2e-over-target');
    expect(f?.message).toContain('9.72 s for 300 output tokens at 33 tokens/s (the PTU floor: no typical figure is published)');
    expect(f?.message).not.toContain('Worst case');
  });

  it('no worst-case figure (self-hosted, serverless): worstCaseE2eMs is null and no worst-case note', () => {
    const r = analyzeLatency(g, scenario(), perf('m', 600, 115, null));
    expect(r.report.worstCaseE2eMs).toBeNull();
    expect(r.findings.map((x) => x.ruleId)).not.toContain('latency.e2e-worst-case-over-target');
  });

  it('the single-region PAYG template (gpt-4o Standard, 300 tokens): end to end 3.26 s typical, 12.6 s worst case, no warning', () => {
    // Before: gpt-4o was modelled at its PTU floor, 25 tokens/s → 647 + 12,000 = 12,647 ms and a warning.
    // After: typical 115 tokens/s (aa-azure-gpt-4o-2024-05-13) → 647 + 300 ÷ 115 × 1000 = 3,255.7 ms;
    // worst case at the floor, 25 tokens/s (aoai-ptu-onboarding, facts §5.1) → 12,647 ms, an info note.
    const report = evaluate(templateDesign('aoai-single-region-payg'));
    expect(report.latency.ttftMs).toBe(647);
    expect(report.latency.e2eMs).toBeCloseTo(647 + (300 / 115) * 1000, 6);
    expect(report.latency.worstCaseE2eMs).toBe(647 + (300 / 25) * 1000);
    const ids = report.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('latency.e2e-over-target');
    expect(ids).not.toContain('latency.slow-generation');
    expect(report.findings.find((f) => f.ruleId === 'latency.e2e-worst-case-over-target')?.severity).toBe('info');
  });
});
