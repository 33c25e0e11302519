import { describe, expect, it } from 'vitest';
import { getExample } from '../design/examples';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { evaluate } from './evaluate';
import { latencyWaterfall, leverOptions, projectLevers, vramBar } from './insights';
import type { CostReport, LatencyReport, LeverSaving, VramFit } from './types';

const example = (slug: string): Design => {
  const r = parseDesign(getExample(slug)?.document);
  if (!r.ok) throw new Error(`example ${slug} does not parse`);
  return r.design;
};

const explanation = { formula: '', substituted: '', sources: [] };
const hop = (from: string | null, to: string, networkMs: number, serviceMs: number, crossRegion = false) => ({
  fromNodeId: from,
  toNodeId: to,
  label: `${from} → ${to}`,
  networkMs,
  serviceMs,
  crossRegion,
  networkBasis: crossRegion ? 'eastus → westeurope (89 ms RTT)' : 'same region',
});

describe('latencyWaterfall', () => {
  // The cross-region chain of latency.test.ts: users → app (30 + 20), app → model (89 RTT + 600 TTFT), 300 tokens at 50 tokens/s.
  const latency = (streaming: boolean): LatencyReport => ({
    hops: [hop('u', 'app', 30, 20), hop('app', 'm', 89, 600, true)],
    ttftMs: streaming ? 739 : 6739,
    e2eMs: 6739,
    worstCaseE2eMs: null,
    cacheHit: null,
    streaming,
    targets: { ttftMs: 1000, e2eMs: 5000 },
    explanation,
  });

  it('lays hops end to end: 0–50 ms, then 50–739 ms; the generation runs 739 → 6,739 ms (300 ÷ 50 tokens/s = 6,000 ms)', () => {
    const w = latencyWaterfall(latency(true));
    expect(w.steps.map((s) => [s.kind, s.startMs, s.endMs])).toEqual([
      ['hop', 0, 50],
      ['model', 50, 739],
      ['generation', 739, 6739],
    ]);
    expect(w.firstTokenMs).toBe(739);
    expect(w.generationMs).toBe(6000);
    expect(w.lastTokenMs).toBe(6739);
    expect(w.crossRegionHops.map((h) => h.toNodeId)).toEqual(['m']);
    expect(w.scaleMs).toBe(6739);
  });

  it('not streamed: the first thing the user sees is the whole answer (6,739 ms); the first token is still made at 739 ms', () => {
    const w = latencyWaterfall(latency(false));
    expect(w.firstVisible).toEqual({ streamedMs: 739, notStreamedMs: 6739 });
    expect(w.firstTokenMs).toBe(739);
  });

  it('no request path: no steps, no times, the scale still shows the 5 s target', () => {
    const w = latencyWaterfall({ ...latency(true), hops: [], ttftMs: null, e2eMs: null });
    expect(w.steps).toEqual([]);
    expect(w.firstTokenMs).toBeNull();
    expect(w.generationMs).toBeNull();
    expect(w.scaleMs).toBe(5000);
  });

  it('on every example the hops sum to the report’s streamed TTFT and the generation ends at its E2E', () => {
    for (const slug of ['enterprise-reference', 'self-hosted-llama-70b-aks', 'multi-region-ptu-fallback']) {
      const design = example(slug);
      const streamed = evaluate(design).latency;
      const w = latencyWaterfall(streamed);
      expect(w.firstTokenMs).toBeCloseTo(streamed.ttftMs ?? NaN, 6);
      expect(w.steps.at(-1)?.endMs).toBeCloseTo(streamed.e2eMs ?? NaN, 6);
      const notStreamed = evaluate({ ...design, scenario: { ...design.scenario, streaming: false } }).latency;
      expect(latencyWaterfall(notStreamed).firstVisible.notStreamedMs).toBeCloseTo(notStreamed.ttftMs ?? NaN, 6);
    }
  });
});

describe('vramBar', () => {
  const fit = (over: Partial<VramFit>): VramFit => ({
    nodeId: 'pool',
    kind: 'aks-gpu-pool',
    modelId: 'llama-3.1-70b',
    skuId: 'Standard_NC96ads_A100_v4',
    precision: 'bf16',
    gpusPerReplica: 4,
    replicas: 1,
    weightsGBPerGpu: 35.28,
    kvCacheGBPerGpu: 21.47,
    overheadGBPerGpu: 1.62,
    requiredGBPerGpu: 58.37,
    capacityGBPerGpu: 80,
    usableGBPerGpu: 72,
    fits: true,
    utilization: 58.37 / 80,
    kvBytesPerToken: 81920,
    maxConcurrentSequences: 52,
    maxConcurrentSequencesContiguous: 13,
    sequencesByContext: [],
    verdict: 'fits',
    kvCacheTokens: null,
    engine: null,
    engineFallback: null,
    explanation,
    ...over,
  });

  it('Llama 3.1 70B BF16 on 4 × A100 80GB: 58.37 GB of 80 leaves 21.63 GB free; the 90% line is at 72 GB', () => {
    const b = vramBar(fit({}));
    expect(b.freeGB).toBeCloseTo(21.63, 6);
    expect(b.overGB).toBe(0);
    expect(b.targetGB).toBe(72);
    expect(b.withinTarget).toBe(true);
  });

  it('over capacity: nothing free, the excess shown as over (weights 140 GB on one 80 GB GPU: 62 GB over)', () => {
    const b = vramBar(
      fit({ weightsGBPerGpu: 140, kvCacheGBPerGpu: 0.5, overheadGBPerGpu: 1.5, requiredGBPerGpu: 142, utilization: 142 / 80, fits: false }),
    );
    expect(b.freeGB).toBe(0);
    expect(b.overGB).toBe(62);
    expect(b.withinTarget).toBe(false);
  });

  it('the example’s bar adds up to capacity: weights + KV + overhead + free = 80 GB', () => {
    const [f] = evaluate(example('self-hosted-llama-70b-aks')).vram;
    if (!f) throw new Error('no VRAM fit');
    const b = vramBar(f);
    expect(b.weightsGB + b.kvCacheGB + b.overheadGB + b.freeGB).toBeCloseTo(b.capacityGB, 2);
  });
});

describe('leverOptions and projectLevers', () => {
  const lever = (l: LeverSaving['lever'], saving: number | null, applicable = true): LeverSaving => ({
    lever: l,
    label: l,
    savingUsdPerMonth: saving,
    applicable,
    note: '',
  });
  const cost = (levers: LeverSaving[], total = 10_000): CostReport => ({
    lines: [],
    totalUsdPerMonth: total,
    unpricedCount: 0,
    byLayer: [],
    byRegion: [],
    levers,
    alternatives: [],
    ptu: [],
    pricesAsOf: null,
    explanation,
  });

  it('states: no saving figure = unknown, not applicable, a positive saving = available', () => {
    const design = example('self-hosted-llama-70b-aks');
    const opts = leverOptions(
      design,
      cost([lever('reserved-1y', null), lever('spot', null, false), lever('autoscale', 5362.58), lever('ptu-vs-payg', 0, false)]),
    );
    expect(opts.map((o) => o.state)).toEqual(['unknown', 'not-applicable', 'available', 'not-applicable']);
  });

  it('the semantic cache and the Batch API count as included when the scenario already applies them', () => {
    const design = example('enterprise-reference'); // Redis semantic cache, 20% hit rate
    const withBatch = { ...design, scenario: { ...design.scenario, batchShare: 0.3 } };
    const opts = leverOptions(withBatch, cost([lever('semantic-cache', 1401.6), lever('batch-api', 560.64)]));
    expect(opts.map((o) => o.state)).toEqual(['included', 'included']);
    const none = { ...design, scenario: { ...design.scenario, cacheHitRate: 0, batchShare: 0 } };
    expect(leverOptions(none, cost([lever('semantic-cache', 1401.6), lever('batch-api', 560.64)])).map((o) => o.state)).toEqual([
      'available',
      'available',
    ]);
  });

  it('projects the total less the switched-on savings; reserved 1 year and 3 years never count together', () => {
    const design = example('self-hosted-llama-70b-aks');
    const c = cost([lever('reserved-1y', 3000), lever('reserved-3y', 5000), lever('autoscale', 1000), lever('model-routing', 500)]);
    const opts = leverOptions(design, c);
    const p = projectLevers(c, opts, new Set(['reserved-3y', 'reserved-1y', 'autoscale'] as const));
    expect(p.counted).toEqual(['reserved-1y', 'autoscale']);
    expect(p.savingUsdPerMonth).toBe(4000);
    expect(p.totalUsdPerMonth).toBe(6000);
    expect(projectLevers(c, opts, new Set()).totalUsdPerMonth).toBe(10_000);
  });

  it('never projects below zero', () => {
    const design = example('self-hosted-llama-70b-aks');
    const c = cost([lever('autoscale', 8000), lever('model-routing', 7000)]);
    const p = projectLevers(c, leverOptions(design, c), new Set(['autoscale', 'model-routing'] as const));
    expect(p.totalUsdPerMonth).toBe(0);
    expect(p.savingUsdPerMonth).toBe(10_000);
  });

  it('enterprise example: switching PTU vs PAYG on leaves the total less that lever’s saving', () => {
    const design = example('enterprise-reference');
    const report = evaluate(design);
    const ptu = report.cost.levers.find((l) => l.lever === 'ptu-vs-payg');
    expect(ptu?.savingUsdPerMonth).toBeGreaterThan(0);
    const p = projectLevers(report.cost, leverOptions(design, report.cost), new Set(['ptu-vs-payg'] as const));
    expect(p.totalUsdPerMonth).toBeCloseTo(report.cost.totalUsdPerMonth - (ptu?.savingUsdPerMonth ?? 0), 6);
  });
});
