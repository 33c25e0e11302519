import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { calcContext } from './context';
import { analyzeCost, effectiveCacheHitRate, listPriceIds, scenarioRequestsPerMonth, type CostDeps } from './cost';
import { buildGraph } from './graph';
import { priceResolver, type PriceLookup } from './prices';
import { COST_RULES } from './rules-cost';
import type { CostLine, TrainingEstimate } from './types';

type N = { id: string; kind: string; config?: Record<string, unknown>; parentId?: string };

/**
 * A design in East US (unless told otherwise) with the given nodes inside the region group. Unless the
 * test gives its own edges, Users send requests straight to every per-token model deployment (the
 * traffic a deployment is billed for follows the graph, lib/calc/traffic.ts).
 */
function design(nodes: N[], extra: Record<string, unknown> = {}, region = 'eastus'): Design {
  const models = nodes.filter((n) => n.kind === 'azure-openai' || n.kind === 'foundry-serverless');
  const withUsers = extra.edges === undefined && models.length > 0;
  const r = parseDesign({
    schemaVersion: 1,
    name: 'cost test',
    nodes: [
      { id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region } },
      ...(withUsers ? [{ id: 'users', kind: 'client', position: { x: 0, y: 0 } }] : []),
      ...nodes.map((n) => ({ position: { x: 0, y: 0 }, parentId: n.kind === 'front-door' ? undefined : 'r', ...n })),
    ],
    ...(withUsers ? { edges: models.map((m) => ({ id: `users-${m.id}`, source: 'users', target: m.id })) } : {}),
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

/** No-op helpers so a test does not depend on the sizing / performance / training modules unless it says so. */
const quiet: CostDeps = { cheapestSku: () => null, replicaRequestsPerMinute: () => null, trainingEstimate: () => null };

const run = (d: Design, deps: CostDeps = quiet) => analyzeCost(calcContext(d), deps);
const line = (lines: CostLine[], id: string): CostLine => {
  const l = lines.find((x) => x.id === id);
  if (!l) throw new Error(`no line ${id}; lines: ${lines.map((x) => x.id).join(', ')}`);
  return l;
};
const nodeUsd = (lines: CostLine[], nodeId: string): number =>
  lines.filter((l) => l.nodeId === nodeId).reduce((t, l) => t + (l.usdPerMonth ?? 0), 0);

/** A scenario of exactly 100,000 requests a month: 100,000 ÷ (60 × 730) RPM, 24 h a day. */
const HUNDRED_K_RPM = 100_000 / (60 * 730);

describe('GPU VM lines (facts §3.2: Linux PAYG, SkyPilot snapshot of the Retail Prices API)', () => {
  it('Standard_NC24ads_A100_v4 in eastus: 3.673 × 730 = $2,681.29', () => {
    const { report } = run(design([{ id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24ads_A100_v4', count: 1 } }]));
    const l = line(report.lines, 'vm:vm');
    expect(l.unitUsd).toBe(3.673);
    expect(l.hoursPerMonth).toBe(730);
    expect(l.usdPerMonth).toBeCloseTo(2_681.29, 2);
    expect(l.priceId).toBe('vm:Standard_NC24ads_A100_v4:eastus');
    expect(l.layer).toBe('Compute');
    expect(l.region).toBe('eastus');
  });

  it('Standard_ND96isr_H100_v5 in eastus: 98.32 × 730 = $71,773.60; count multiplies', () => {
    const { report } = run(
      design([{ id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_ND96isr_H100_v5', model: 'llama-3.1-70b', count: 2 } }]),
    );
    expect(line(report.lines, 'vm:vm').usdPerMonth).toBeCloseTo(2 * 71_773.6, 2);
    expect(report.totalUsdPerMonth).toBeCloseTo(143_547.2, 2);
  });

  it('ML online endpoint: instances × $/h × 730', () => {
    const { report } = run(design([{ id: 'ml', kind: 'ml-online-endpoint', config: { sku: 'Standard_NC24ads_A100_v4', instances: 3 } }]));
    expect(line(report.lines, 'ml:instances').usdPerMonth).toBeCloseTo(3 * 2_681.29, 2);
  });

  it('AKS pool: minNodes × 730 h + (maxNodes − minNodes) × active hours, plus the Standard tier fee ($0.10/h)', () => {
    const d = design(
      [{ id: 'aks', kind: 'aks-gpu-pool', config: { sku: 'Standard_NC24ads_A100_v4', minNodes: 1, maxNodes: 3, clusterTier: 'standard' } }],
      {
        scenario: { activeHoursPerDay: 12 },
      },
    );
    const { report } = run(d);
    expect(line(report.lines, 'aks:nodes-always-on').usdPerMonth).toBeCloseTo(3.673 * 730, 6);
    const scaled = line(report.lines, 'aks:nodes-autoscaled');
    expect(scaled.quantity).toBe(2);
    expect(scaled.hoursPerMonth).toBe(365); // 12 h/day = 730 × 12 / 24
    expect(scaled.usdPerMonth).toBeCloseTo(2 * 3.673 * 365, 6);
    expect(line(report.lines, 'aks:aks-standard-tier').usdPerMonth).toBeCloseTo(73, 6);
  });

  it('spot pricing uses the catalog spot price and warns when serving interactive traffic (seed 9.10)', () => {
    const { report, findings } = run(design([{ id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24ads_A100_v4', pricing: 'spot' } }]));
    const l = line(report.lines, 'vm:vm');
    expect(l.priceId).toBe('vm-spot:Standard_NC24ads_A100_v4:eastus');
    expect(l.usdPerMonth).toBeCloseTo(0.444433 * 730, 6);
    const f = findings.find((x) => x.ruleId === 'cost.spot-for-serving');
    expect(f?.severity).toBe('warning');
    expect(f?.fixes[0]?.patch).toEqual({ nodeId: 'vm', config: { pricing: 'payg' } });
    expect(f?.fixes[0]?.deltaUsdPerMonth).toBeCloseTo((3.673 - 0.444433) * 730, 1);
  });

  it('reserved pricing stays at PAYG (no sourced reserved price) unless a vm-reserved-1y override exists', () => {
    const plain = run(design([{ id: 'vm', kind: 'gpu-vm', config: { pricing: 'reserved-1y' } }]));
    const l = line(plain.report.lines, 'vm:vm');
    expect(l.usdPerMonth).toBeCloseTo(2_681.29, 2);
    expect(l.note).toContain('30-60%');
    const withOverride = run(
      design([{ id: 'vm', kind: 'gpu-vm', config: { pricing: 'reserved-1y' } }], {
        priceOverrides: [{ priceId: 'vm-reserved-1y:Standard_NC24ads_A100_v4:eastus', usd: 2.2 }],
      }),
    );
    const o = line(withOverride.report.lines, 'vm:vm');
    expect(o.usdPerMonth).toBeCloseTo(2.2 * 730, 6);
    expect(o.overridden).toBe(true);
  });
});

describe('Azure OpenAI PAYG tokens (facts §5.2 derived vectors: 100M input + 20M output tokens a month)', () => {
  // 100,000 requests × 1,000 input = 100M; × 200 output = 20M.
  const tokens = (model: string) =>
    run(
      design([{ id: 'a', kind: 'azure-openai', config: { model, deploymentType: 'global-standard' } }], {
        scenario: {
          averageRequestsPerMinute: HUNDRED_K_RPM,
          peakRequestsPerMinute: HUNDRED_K_RPM,
          inputTokensPerRequest: 1000,
          outputTokensPerRequest: 200,
        },
      }),
    ).report;

  it('requests a month = average RPM × 60 × active h/day × 30.42 days', () => {
    const d = design([], { scenario: { averageRequestsPerMinute: 40, activeHoursPerDay: 24 } });
    expect(scenarioRequestsPerMonth(d.scenario)).toBeCloseTo(40 * 60 * 730, 6); // 1,752,000
    const half = design([], { scenario: { averageRequestsPerMinute: 40, activeHoursPerDay: 12 } });
    expect(scenarioRequestsPerMonth(half.scenario)).toBeCloseTo(876_000, 6);
  });

  it('gpt-4o: 100 × $2.50 + 20 × $10.00 = $450', () => {
    const r = tokens('gpt-4o');
    expect(line(r.lines, 'a:input').quantity).toBeCloseTo(100, 9);
    expect(line(r.lines, 'a:output').quantity).toBeCloseTo(20, 9);
    expect(r.totalUsdPerMonth).toBeCloseTo(450, 6);
  });
  it('gpt-4o-mini: 100 × $0.15 + 20 × $0.60 = $27', () => expect(tokens('gpt-4o-mini').totalUsdPerMonth).toBeCloseTo(27, 6));
  it('gpt-4.1: 100 × $2.00 + 20 × $8.00 = $360', () => expect(tokens('gpt-4.1').totalUsdPerMonth).toBeCloseTo(360, 6));
  it('gpt-4.1-mini: 100 × $0.40 + 20 × $1.60 = $72', () => expect(tokens('gpt-4.1-mini').totalUsdPerMonth).toBeCloseTo(72, 6));

  it('trafficShare splits the traffic', () => {
    const r = run(
      design(
        [
          { id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o', trafficShare: 0.25 } },
          { id: 'b', kind: 'azure-openai', config: { model: 'gpt-4o', trafficShare: 0.75 } },
        ],
        { scenario: { averageRequestsPerMinute: HUNDRED_K_RPM, inputTokensPerRequest: 1000, outputTokensPerRequest: 200 } },
      ),
    ).report;
    expect(nodeUsd(r.lines, 'a')).toBeCloseTo(112.5, 6);
    expect(nodeUsd(r.lines, 'b')).toBeCloseTo(337.5, 6);
  });

  it('cache hit rate reduces token cost proportionally when the design has a semantic cache', () => {
    const scenario = {
      averageRequestsPerMinute: HUNDRED_K_RPM,
      inputTokensPerRequest: 1000,
      outputTokensPerRequest: 200,
      cacheHitRate: 0.25,
    };
    const withCache = design(
      [
        { id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o' } },
        { id: 'c', kind: 'redis', config: { tier: 'premium', size: 'p1', semanticCache: true } },
      ],
      { scenario },
    );
    expect(effectiveCacheHitRate(buildGraph(withCache))).toBe(0.25);
    expect(nodeUsd(run(withCache).report.lines, 'a')).toBeCloseTo(450 * 0.75, 6); // $337.50
    // Without a semantic cache nothing answers from cache: the scenario's hit rate does not apply.
    const noCache = design([{ id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o' } }], { scenario });
    expect(nodeUsd(run(noCache).report.lines, 'a')).toBeCloseTo(450, 6);
    expect(run(noCache).report.explanation.substituted).toContain('ignored');
  });

  it('batch share is billed at 50% (seed 9.10)', () => {
    const r = run(
      design([{ id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o' } }], {
        scenario: { averageRequestsPerMinute: HUNDRED_K_RPM, inputTokensPerRequest: 1000, outputTokensPerRequest: 200, batchShare: 0.5 },
      }),
    ).report;
    // 50% at full price ($225) + 50% at half price ($112.50) = $337.50
    expect(line(r.lines, 'a:input-batch').unitUsd).toBe(1.25);
    expect(r.totalUsdPerMonth).toBeCloseTo(337.5, 6);
  });

  it('Data Zone Standard falls back to the Global price, noted as a lower bound', () => {
    const r = run(design([{ id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o', deploymentType: 'data-zone-standard' } }])).report;
    const l = line(r.lines, 'a:input');
    expect(l.priceId).toBe('aoai:gpt-4o:input:data-zone');
    expect(l.unitUsd).toBe(2.5);
    expect(l.note).toContain('Global Standard price used');
  });
});

describe('PTU lines (facts §5.2 derived vectors)', () => {
  const ptu = (deploymentType: string, ptuUnits: number, ptuReservation = 'hourly') =>
    run(
      design([{ id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o', deploymentType, ptuUnits, ptuReservation } }], {
        scenario: { peakRequestsPerMinute: 1, averageRequestsPerMinute: 1, inputTokensPerRequest: 500, outputTokensPerRequest: 200 },
      }),
    );
  it('15 PTU Global = 15 × $1 × 730 = $10,950', () =>
    expect(line(ptu('global-provisioned', 15).report.lines, 'a:ptu').usdPerMonth).toBeCloseTo(10_950, 6));
  it('50 PTU Regional = 50 × $2 × 730 = $73,000', () =>
    expect(line(ptu('provisioned', 50).report.lines, 'a:ptu').usdPerMonth).toBeCloseTo(73_000, 6));
  it('15 PTU Data Zone = 15 × $1.10 × 730 = $12,045', () =>
    expect(line(ptu('data-zone-provisioned', 15).report.lines, 'a:ptu').usdPerMonth).toBeCloseTo(12_045, 6));
  it('annual reservation: 15 × $221 = $3,315 a month', () => {
    const l = line(ptu('global-provisioned', 15, 'annual').report.lines, 'a:ptu');
    expect(l.usdPerMonth).toBeCloseTo(3_315, 6);
    expect(l.hoursPerMonth).toBeNull();
  });
  it('PTU deployments have no token lines', () => {
    expect(ptu('global-provisioned', 15).report.lines.map((l) => l.id)).toEqual(['a:ptu']);
  });
});

describe('PTU findings', () => {
  const scenario = { peakRequestsPerMinute: 120, averageRequestsPerMinute: 40, inputTokensPerRequest: 1500, outputTokensPerRequest: 300 };
  const aoai = (config: Record<string, unknown>, sc: Record<string, unknown> = scenario) =>
    run(design([{ id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o', ...config } }], { scenario: sc }));

  it('cost.ptu-undersized: 120 RPM × (1,500 + 300 × 3) = 288,000 TPM ÷ 2,500 = 115.2 → 120 PTU needed; 20 deployed', () => {
    const { findings, report } = aoai({ deploymentType: 'global-provisioned', ptuUnits: 20 });
    expect(report.ptu[0]?.requiredPtu).toBe(120);
    expect(report.ptu[0]?.requiredPtuRaw).toBeCloseTo(115.2, 9);
    const f = findings.find((x) => x.ruleId === 'cost.ptu-undersized');
    // Average 40 RPM alone needs 38.4 PTU > 20: an error, not only peak throttling.
    expect(f?.severity).toBe('error');
    expect(f?.fixes[0]?.patch).toEqual({ nodeId: 'a', config: { ptuUnits: 120 } });
    expect(f?.fixes[0]?.deltaUsdPerMonth).toBeCloseTo(100 * 730, 6);
    const peakOnly = aoai({ deploymentType: 'global-provisioned', ptuUnits: 40 }).findings.find((x) => x.ruleId === 'cost.ptu-undersized');
    expect(peakOnly?.severity).toBe('warning');
    expect(aoai({ deploymentType: 'global-provisioned', ptuUnits: 120 }).findings.some((x) => x.ruleId === 'cost.ptu-undersized')).toBe(
      false,
    );
  });

  it('cost.ptu-below-minimum: 12 Global (min 15), 17 Global (steps of 5), 60 Regional (min 50, steps of 50)', () => {
    const f12 = aoai({ deploymentType: 'global-provisioned', ptuUnits: 12 }).findings.find((x) => x.ruleId === 'cost.ptu-below-minimum');
    expect(f12?.severity).toBe('error');
    expect(f12?.fixes[0]?.patch?.config).toEqual({ ptuUnits: 15 });
    expect(
      aoai({ deploymentType: 'global-provisioned', ptuUnits: 17 }).findings.find((x) => x.ruleId === 'cost.ptu-below-minimum')?.fixes[0]
        ?.patch?.config,
    ).toEqual({ ptuUnits: 20 });
    expect(
      aoai({ deploymentType: 'provisioned', ptuUnits: 60 }).findings.find((x) => x.ruleId === 'cost.ptu-below-minimum')?.fixes[0]?.patch
        ?.config,
    ).toEqual({ ptuUnits: 100 });
    expect(aoai({ deploymentType: 'global-provisioned', ptuUnits: 15 }).findings.some((x) => x.ruleId === 'cost.ptu-below-minimum')).toBe(
      false,
    );
  });

  it('cost.ptu-underused: 15 PTU for 1 RPM → PAYG cheaper, fix switches to global-standard', () => {
    const { findings, report } = aoai(
      { deploymentType: 'global-provisioned', ptuUnits: 15 },
      { ...scenario, peakRequestsPerMinute: 1, averageRequestsPerMinute: 1 },
    );
    const f = findings.find((x) => x.ruleId === 'cost.ptu-underused');
    expect(f).toBeDefined();
    expect(f?.fixes[0]?.patch).toEqual({ nodeId: 'a', config: { deploymentType: 'global-standard', ptuUnits: 0 } });
    // PAYG: 43,800 requests × (1,500 × $2.50 + 300 × $10) ÷ 10^6 = $295.65; PTU $10,950
    expect(report.ptu[0]?.paygUsdPerMonthSameTraffic).toBeCloseTo(295.65, 6);
    expect(f?.fixes[0]?.deltaUsdPerMonth).toBeCloseTo(295.65 - 10_950, 2);
  });

  it('cost.payg-over-break-even: steady 1,000 RPM on PAYG; 960 PTU under an annual reservation costs less', () => {
    // 1,000 × 2,400 ÷ 2,500 = 960 PTU (valid: 15 + 5k). PAYG: 1,000 × 43,800 × $0.00675 = $295,650.
    // Annual reservation: 960 × $221 = $212,160 < PAYG; hourly 960 × $730 = $700,800 is not.
    const { findings, report } = aoai(
      { deploymentType: 'global-standard' },
      { ...scenario, peakRequestsPerMinute: 1000, averageRequestsPerMinute: 1000 },
    );
    expect(report.totalUsdPerMonth).toBeCloseTo(295_650, 4);
    const f = findings.find((x) => x.ruleId === 'cost.payg-over-break-even');
    expect(f?.fixes[0]?.patch).toEqual({
      nodeId: 'a',
      config: { deploymentType: 'global-provisioned', ptuUnits: 960, ptuReservation: 'annual' },
    });
    expect(f?.fixes[0]?.deltaUsdPerMonth).toBeCloseTo(212_160 - 295_650, 4);
    // and not at the default 40 RPM average
    expect(aoai({ deploymentType: 'global-standard' }).findings.some((x) => x.ruleId === 'cost.payg-over-break-even')).toBe(false);
  });
});

describe('services', () => {
  it('AI Search search units = replicas × partitions (seed 9.8): S2, 3 × 2 = 6 units × $981.12', () => {
    const { report } = run(design([{ id: 's', kind: 'ai-search', config: { tier: 's2', replicas: 3, partitions: 2 } }]));
    const l = line(report.lines, 's:search-units');
    expect(l.quantity).toBe(6);
    expect(l.usdPerMonth).toBeCloseTo(6 * 981.12, 6);
  });

  it('APIM Premium bills units × regions', () => {
    const { report } = run(design([{ id: 'g', kind: 'apim', config: { tier: 'premium', units: 2, regions: 2 } }]));
    expect(line(report.lines, 'g:units').quantity).toBe(4);
    expect(line(report.lines, 'g:units').usdPerMonth).toBeCloseTo((11_180.68 / 4) * 4, 6);
  });

  it('Cosmos DB: provisioned RU/s ÷ 100 × $0.008 × 730 × regions; autoscale 1.5× with a 10% floor outside active hours', () => {
    const prov = run(
      design([{ id: 'c', kind: 'cosmos-db', config: { capacityMode: 'provisioned', throughputRu: 1000, regions: 2, storageGB: 0 } }]),
    ).report;
    expect(line(prov.lines, 'c:ru').usdPerMonth).toBeCloseTo(10 * 2 * 0.008 * 730, 6); // $116.80
    const auto = run(
      design([{ id: 'c', kind: 'cosmos-db', config: { capacityMode: 'autoscale', throughputRu: 1000, regions: 1, storageGB: 0 } }], {
        scenario: { activeHoursPerDay: 12 },
      }),
    ).report;
    // 10 × 0.008 × 1.5 × (365 + 0.1 × 365) = $48.18
    expect(line(auto.lines, 'c:ru').usdPerMonth).toBeCloseTo(10 * 0.008 * 1.5 * 401.5, 6);
  });

  it('Blob GB × price, Log Analytics GB/day × 30.42 days × $2.99, Document Intelligence pages ÷ 1,000 × $10', () => {
    const { report } = run(
      design([
        { id: 'b', kind: 'blob-storage', config: { redundancy: 'lrs', accessTier: 'hot', capacityGB: 1000 } },
        { id: 'm', kind: 'monitor', config: { ingestionGBPerDay: 10 } },
        { id: 'd', kind: 'document-intelligence', config: { pagesPerMonth: 20_000 } },
      ]),
    );
    expect(line(report.lines, 'b:capacity').usdPerMonth).toBeCloseTo(1000 * (1064.96 / 51200), 6);
    expect(line(report.lines, 'm:ingestion').usdPerMonth).toBeCloseTo(10 * (730 / 24) * 2.99, 6);
    expect(line(report.lines, 'd:pages').usdPerMonth).toBeCloseTo(200, 6);
  });

  it('Foundry serverless tokens: llama-3.1-70b 100M in × $2.68 + 20M out × $3.54 = $338.80', () => {
    const { report } = run(
      design([{ id: 'f', kind: 'foundry-serverless', config: { model: 'llama-3.1-70b' } }], {
        scenario: { averageRequestsPerMinute: HUNDRED_K_RPM, inputTokensPerRequest: 1000, outputTokensPerRequest: 200 },
      }),
    );
    expect(report.totalUsdPerMonth).toBeCloseTo(338.8, 6);
  });
});

describe('prices: overrides win, unknown prices are unpriced (never $0)', () => {
  it('a price override wins over the catalog and is marked', () => {
    const d = design([{ id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24ads_A100_v4' } }], {
      priceOverrides: [{ priceId: 'vm:Standard_NC24ads_A100_v4:eastus', usd: 2.5, note: 'EA rate' }],
    });
    const l = line(run(d).report.lines, 'vm:vm');
    expect(l.unitUsd).toBe(2.5);
    expect(l.usdPerMonth).toBeCloseTo(1_825, 6);
    expect(l.source).toBe('price override');
    expect(l.overridden).toBe(true);
    expect(l.note).toContain('EA rate');
    expect(priceResolver(d)('vm:Standard_NC24ads_A100_v4:eastus')?.usd).toBe(2.5);
    expect(priceResolver(d)('vm:Standard_NC24ads_A100_v4:westus')?.usd).toBe(4.775); // other regions keep the catalog
  });

  it('a region-less override (vm:<sku>, as the schema example) applies in every region; token overrides too', () => {
    const d = design([{ id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o' } }], {
      priceOverrides: [
        { priceId: 'vm:Standard_NC24ads_A100_v4', usd: 3 },
        { priceId: 'aoai:gpt-4o:input', usd: 2.1 },
      ],
    });
    const p = priceResolver(d);
    expect(p('vm:Standard_NC24ads_A100_v4:westus')?.usd).toBe(3);
    expect(p('aoai:gpt-4o:input')).toMatchObject({ usd: 2.1, overridden: true, source: 'price override' });
    expect(p('aoai:gpt-4o:output')).toMatchObject({ usd: 10, overridden: false });
  });

  it('an unknown price is listed unpriced, not counted as 0, and named in a cost.unpriced finding', () => {
    const d = design([
      { id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24ads_A100_v4' } },
      { id: 'c', kind: 'redis', config: { tier: 'standard', size: 'c1' } }, // no catalog price for Standard C1
      { id: 's', kind: 'ai-search', config: { tier: 's3' } }, // S3 not in the catalog
    ]);
    const { report, findings } = run(d);
    const redis = line(report.lines, 'c:cache');
    expect(redis.usdPerMonth).toBeNull();
    expect(redis.unitUsd).toBeNull();
    expect(line(report.lines, 's:search-units').usdPerMonth).toBeNull();
    expect(report.unpricedCount).toBe(2);
    expect(report.totalUsdPerMonth).toBeCloseTo(2_681.29, 2); // only the VM
    const f = findings.filter((x) => x.ruleId === 'cost.unpriced');
    expect(f).toHaveLength(2);
    expect(f[0]?.severity).toBe('info');
    expect(f.map((x) => x.message).join(' ')).toContain('redis:standard-c1');
    // an override prices it
    const priced = run(
      design([{ id: 'c', kind: 'redis', config: { tier: 'standard', size: 'c1' } }], {
        priceOverrides: [{ priceId: 'redis:standard-c1', usd: 0.14 }],
      }),
    ).report;
    expect(priced.totalUsdPerMonth).toBeCloseTo(0.14 * 730, 6);
    expect(priced.unpricedCount).toBe(0);
  });

  it('an unknown VM size is unpriced', () => {
    const { report } = run(design([{ id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_Nope_v9' } }]));
    expect(line(report.lines, 'vm:vm').usdPerMonth).toBeNull();
    expect(report.totalUsdPerMonth).toBe(0);
    expect(report.unpricedCount).toBe(1);
  });

  it('listPriceIds covers every price id the analysis looks up', () => {
    const d = design(
      [
        { id: 'vm', kind: 'gpu-vm', config: { model: 'llama-3.1-8b' } },
        { id: 'aks', kind: 'aks-gpu-pool', config: { model: 'llama-3.1-70b', sku: 'Standard_ND96isr_H100_v5' } },
        { id: 'a', kind: 'azure-openai', config: { deploymentType: 'data-zone-standard' } },
        { id: 'p', kind: 'azure-openai', config: { deploymentType: 'global-provisioned', ptuUnits: 15, ptuReservation: 'monthly' } },
        { id: 'f', kind: 'foundry-serverless' },
        { id: 't', kind: 'training-job' },
        { id: 's', kind: 'ai-search' },
        { id: 'c', kind: 'cosmos-db' },
        { id: 'fd', kind: 'front-door' },
        { id: 'kv', kind: 'key-vault' },
      ],
      { scenario: { activeHoursPerDay: 10 } },
    );
    const asked = new Set<string>();
    const base = priceResolver(d);
    const recording: PriceLookup = (id) => (asked.add(id), base(id));
    analyzeCost({ ...calcContext(d), prices: recording }); // real sizing, performance and training helpers
    const listed = new Set(listPriceIds(d));
    // A service price asked for in the node's region (`ai-search:s1@eastus`) is listed by its id: an override
    // or a refreshed meter of that id is what it reads.
    const missing = [...asked].map((id) => id.replace(/@[a-z0-9]+$/, '')).filter((id) => !listed.has(id));
    expect(missing).toEqual([]);
    expect(listed.has('vm:Standard_NC24ads_A100_v4:eastus')).toBe(true);
    expect(listed.has('ptu:global')).toBe(true);
    expect(listed.has('aoai:gpt-4o:input:data-zone')).toBe(true);
  });
});

describe('training jobs: GPU-hours per run × runs × $/GPU-hour', () => {
  const est = (gpuHoursPerRun: number | null): TrainingEstimate => ({
    nodeId: 't',
    method: 'lora',
    memoryGBPerGpu: 10,
    capacityGBPerGpu: 80,
    fits: true,
    gpus: 8,
    gpuHoursPerRun,
    usdPerRun: null,
    explanation: { formula: '', substituted: '', sources: [] },
  });
  const d = design([{ id: 't', kind: 'training-job', config: { sku: 'Standard_ND96amsr_A100_v4', nodes: 1, runsPerMonth: 2 } }]);

  it('80 GPU-hours × 2 runs ÷ 8 GPUs per VM = 20 VM-hours × $32.77 = $655.40', () => {
    const { report } = run(d, { ...quiet, trainingEstimate: () => est(80) });
    const l = line(report.lines, 't:training');
    expect(l.hoursPerMonth).toBeCloseTo(20, 9);
    expect(l.usdPerMonth).toBeCloseTo(655.4, 6);
  });
  it('without GPU-hours the line is unpriced, not $0', () => {
    expect(line(run(d, { ...quiet, trainingEstimate: () => est(null) }).report.lines, 't:training').usdPerMonth).toBeNull();
    expect(line(run(d, { ...quiet, trainingEstimate: () => null }).report.lines, 't:training').usdPerMonth).toBeNull();
  });
  it('uses lib/calc/training.ts by default', () => {
    const l = line(analyzeCost(calcContext(d)).report.lines, 't:training');
    expect(l.usdPerMonth).not.toBeNull();
    expect(l.usdPerMonth).toBeGreaterThan(0);
  });
  it('spot lever: (PAYG − spot) × VM-hours, from catalog spot prices', () => {
    const { report } = run(d, { ...quiet, trainingEstimate: () => est(80) });
    const spot = report.levers.find((l) => l.lever === 'spot');
    expect(spot?.savingUsdPerMonth).toBeCloseTo((32.77 - 3.6047) * 20, 2);
  });
});

describe('levers and alternatives', () => {
  it('reserved: a 30-60% range note, no number without a reserved price override', () => {
    const { report } = run(design([{ id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24ads_A100_v4' } }]));
    const r1 = report.levers.find((l) => l.lever === 'reserved-1y');
    expect(r1?.savingUsdPerMonth).toBeNull();
    expect(r1?.applicable).toBe(true);
    // 30% and 60% of $2,681.29 = $804.39 and $1,608.77, shown in whole dollars
    expect(r1?.note).toContain('$804');
    expect(r1?.note).toContain('$1,609');
    const over = run(
      design([{ id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24ads_A100_v4' } }], {
        priceOverrides: [{ priceId: 'vm-reserved-1y:Standard_NC24ads_A100_v4:eastus', usd: 2.2 }],
      }),
    ).report;
    expect(over.levers.find((l) => l.lever === 'reserved-1y')?.savingUsdPerMonth).toBeCloseTo((3.673 - 2.2) * 730, 2);
  });

  it('semantic cache, batch API, model routing on PAYG tokens; autoscale on idle hours', () => {
    const { report } = run(
      design(
        [
          { id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o' } },
          { id: 'c', kind: 'redis', config: { semanticCache: true } },
          { id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24ads_A100_v4' } },
        ],
        {
          scenario: {
            averageRequestsPerMinute: HUNDRED_K_RPM,
            inputTokensPerRequest: 1000,
            outputTokensPerRequest: 200,
            cacheHitRate: 0.5,
            activeHoursPerDay: 24,
          },
        },
      ),
    );
    const lever = (k: string) => report.levers.find((l) => l.lever === k);
    // tokens after a 50% cache: $225; before: $450; the cache saves 50% of $450
    expect(nodeUsd(report.lines, 'a')).toBeCloseTo(225, 6);
    expect(lever('semantic-cache')?.savingUsdPerMonth).toBeCloseTo(225, 6);
    // batch at the illustrative 20%: 0.2 × $225 × 0.5
    expect(lever('batch-api')?.savingUsdPerMonth).toBeCloseTo(22.5, 6);
    // routing 50% of $225 of gpt-4o to gpt-4o-mini ($13.50 for the same tokens)
    expect(lever('model-routing')?.savingUsdPerMonth).toBeCloseTo(0.5 * (225 - 13.5), 6);
    expect(lever('autoscale')?.applicable).toBe(false); // 24 h a day
    expect(report.levers.map((l) => l.lever).sort()).toEqual(
      ['autoscale', 'batch-api', 'model-routing', 'ptu-vs-payg', 'reserved-1y', 'reserved-3y', 'semantic-cache', 'spot'].sort(),
    );
  });

  it('hosting alternatives: Azure OpenAI PAYG and PTU, Foundry serverless, self-hosted on the cheapest SKU that fits', () => {
    const d = design([{ id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o' } }], {
      scenario: {
        averageRequestsPerMinute: HUNDRED_K_RPM,
        peakRequestsPerMinute: 10,
        inputTokensPerRequest: 1000,
        outputTokensPerRequest: 200,
      },
    });
    const { report } = analyzeCost(calcContext(d), {
      trainingEstimate: () => null,
      cheapestSku: () => ({ skuId: 'Standard_NC24ads_A100_v4', tensorParallel: 1, usdPerHour: 3.673 }),
      replicaRequestsPerMinute: () => 4,
    });
    const alt = (s: string) => report.alternatives.find((a) => a.option.startsWith(s));
    expect(alt('Azure OpenAI pay-as-you-go')?.usdPerMonth).toBeCloseTo(450, 6);
    // 10 RPM × (1,000 + 200 × 3) = 16,000 ÷ 2,500 = 6.4 → 15 PTU Global (minimum) × $730
    expect(alt('Azure OpenAI PTU')?.usdPerMonth).toBeCloseTo(10_950, 6);
    expect(alt('AI Foundry serverless (llama-3.1-70b)')?.usdPerMonth).toBeCloseTo(338.8, 6);
    // 10 RPM at peak ÷ 4 RPM per replica → 3 replicas × $3.673 × 730
    expect(alt('Self-hosted (llama-3.1-70b')?.usdPerMonth).toBeCloseTo(3 * 2_681.29, 2);
  });
});

describe('report', () => {
  const d = design([
    { id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24ads_A100_v4' } },
    { id: 'a', kind: 'azure-openai', config: { model: 'gpt-4o' } },
    { id: 's', kind: 'ai-search', config: { tier: 's2', replicas: 2 } },
    { id: 'fd', kind: 'front-door', config: { tier: 'standard' } },
  ]);
  const { report, findings } = run(d);

  it('byLayer and byRegion add up to the total; global services are their own region', () => {
    const sum = (xs: { usdPerMonth: number }[]) => xs.reduce((t, x) => t + x.usdPerMonth, 0);
    expect(sum(report.byLayer)).toBeCloseTo(report.totalUsdPerMonth, 1);
    expect(sum(report.byRegion)).toBeCloseTo(report.totalUsdPerMonth, 1);
    expect(report.byRegion.find((r) => r.region === 'global')?.usdPerMonth).toBe(35);
    expect(report.byLayer.find((l) => l.layer === 'Compute')?.usdPerMonth).toBeCloseTo(2_681.29, 2);
  });

  it('pricesAsOf is the oldest price date used', () => {
    const dates = report.lines
      .map((l) => l.asOf)
      .filter((x): x is string => x !== null)
      .sort();
    expect(report.pricesAsOf).toBe(dates[0]);
    expect(report.pricesAsOf).toBe('2024-07-01'); // AI Search (Infracost golden file)
  });

  it('the explanation gives the formula, the numbers and the sources', () => {
    expect(report.explanation.formula).toContain('730');
    expect(report.explanation.substituted).toContain('1,752,000');
    expect(report.explanation.substituted).toContain('2.27 RPM per PTU');
    expect(report.explanation.sources).toContain('seed 9.10');
    expect(report.explanation.sources).toContain('skypilot-azure-vms-098741e7');
  });

  it('every finding uses a rule of rules-cost.ts', () => {
    const ids = new Set(COST_RULES.map((r) => r.id));
    for (const f of findings) expect(ids.has(f.ruleId as (typeof COST_RULES)[number]['id'])).toBe(true);
    expect(new Set(COST_RULES.map((r) => r.id)).size).toBe(COST_RULES.length);
  });

  it('an empty design costs $0 with no lines', () => {
    const empty = run(design([]));
    expect(empty.report.lines).toEqual([]);
    expect(empty.report.totalUsdPerMonth).toBe(0);
    expect(empty.report.pricesAsOf).toBeNull();
  });
});

describe('traffic shares behind one gateway', () => {
  const doc = (westShare?: number) => ({
    schemaVersion: 1,
    name: 'PTU with overflow',
    nodes: [
      { id: 'apim', kind: 'apim', position: { x: 0, y: 0 } },
      {
        id: 'east',
        kind: 'azure-openai',
        position: { x: 0, y: 0 },
        config: { model: 'gpt-4o', deploymentType: 'global-standard', trafficShare: 0.9 },
      },
      {
        id: 'west',
        kind: 'azure-openai',
        position: { x: 0, y: 0 },
        config: { model: 'gpt-4o', deploymentType: 'global-standard', ...(westShare === undefined ? {} : { trafficShare: westShare }) },
      },
    ],
    edges: [
      { id: 'a', source: 'apim', target: 'east' },
      { id: 'b', source: 'apim', target: 'west', flow: 'failover', priority: 1 },
    ],
  });
  const findingsOf = (d: unknown) => {
    const parsed = parseDesign(d);
    if (!parsed.ok) throw new Error('invalid');
    return analyzeCost(calcContext(parsed.design)).findings.filter((f) => f.ruleId === 'cost.traffic-shares-over-100');
  };

  // A failover edge carries traffic only on failure (lib/calc/traffic.ts): a failover backend left at 100%
  // takes nothing in steady state, so it no longer double-counts; one set to an overflow share does.
  it('is quiet when a failover backend keeps the default 100% share (it serves only on failure)', () => {
    expect(findingsOf(doc())).toEqual([]);
  });

  it('warns when an overflow share on top of the primary exceeds 100% (90% + 20% = 110%)', () => {
    const [f] = findingsOf(doc(0.2));
    expect(f?.message).toContain('110%');
    expect(f?.nodeIds).toEqual(['east', 'west']);
  });

  it('is quiet when the shares add up to 100% or less', () => {
    expect(findingsOf(doc(0.1))).toEqual([]);
  });
});

describe('cost lines carry a typed meter; the levers select lines by meter', () => {
  const d = design(
    [
      { id: 'vm', kind: 'gpu-vm', config: { model: 'llama-3.1-8b' } },
      { id: 'ml', kind: 'ml-online-endpoint', config: { model: 'llama-3.1-8b', instances: 2 } },
      { id: 'aks', kind: 'aks-gpu-pool', config: { model: 'llama-3.1-8b', minNodes: 1, maxNodes: 3, clusterTier: 'standard' } },
      { id: 'a', kind: 'azure-openai', config: { deploymentType: 'global-standard' } },
      { id: 'p', kind: 'azure-openai', config: { deploymentType: 'global-provisioned', ptuUnits: 15 } },
      { id: 'f', kind: 'foundry-serverless' },
      { id: 't', kind: 'training-job' },
      { id: 's', kind: 'ai-search' },
      { id: 'c', kind: 'cosmos-db' },
      { id: 'mon', kind: 'monitor' },
    ],
    { scenario: { activeHoursPerDay: 10, batchShare: 0.2 } },
  );
  const { report } = run(d);
  const meterOf = (id: string) => line(report.lines, id).meter;

  it('names what each line meters', () => {
    expect(meterOf('vm:vm')).toBe('vm');
    expect(meterOf('ml:instances')).toBe('endpoint-instances');
    expect(meterOf('aks:nodes-always-on')).toBe('nodes-always-on');
    expect(meterOf('aks:nodes-autoscaled')).toBe('nodes-autoscale');
    expect(meterOf('aks:aks-standard-tier')).toBe('cluster-fee');
    expect(meterOf('t:training')).toBe('training-vm');
    expect(meterOf('a:input')).toBe('tokens-input');
    expect(meterOf('a:output')).toBe('tokens-output');
    expect(meterOf('a:input-batch')).toBe('tokens-input-batch');
    expect(meterOf('a:output-batch')).toBe('tokens-output-batch');
    expect(meterOf('p:ptu')).toBe('ptu-hourly');
    expect(meterOf('f:input')).toBe('tokens-input');
    expect(meterOf('s:search-units')).toBe('service-capacity');
    expect(meterOf('c:ru')).toBe('service-capacity');
    expect(meterOf('c:storage')).toBe('storage');
    expect(meterOf('mon:ingestion')).toBe('service-usage');
  });

  it('reserved and autoscale levers count the VM meters only (never the AKS cluster fee)', () => {
    const vmUsd = (meters: string[]) =>
      report.lines.filter((l) => meters.includes(l.meter)).reduce((t, l) => t + (l.unitUsd ?? 0) * l.quantity, 0);
    const idle = 730 - (730 * 10) / 24;
    // Autoscale to the active hours: VMs and always-on nodes idle, endpoints keep one instance.
    const expected = vmUsd(['vm', 'nodes-always-on']) * idle + (line(report.lines, 'ml:instances').unitUsd ?? 0) * (2 - 1) * idle;
    expect(report.levers.find((l) => l.lever === 'autoscale')?.savingUsdPerMonth).toBeCloseTo(expected, 1);
    // Reserved: the seed's 30-60% range is of the always-on VM lines (VMs, endpoint instances, minNodes).
    const alwaysOn = ['vm:vm', 'ml:instances', 'aks:nodes-always-on'].reduce((t, id) => t + (line(report.lines, id).usdPerMonth ?? 0), 0);
    expect(report.levers.find((l) => l.lever === 'reserved-1y')?.note).toContain(
      `of $${Math.round(alwaysOn).toLocaleString('en-US')} always-on GPU VMs`,
    );
  });
});
