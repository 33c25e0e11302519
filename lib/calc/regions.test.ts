import { describe, expect, it, vi } from 'vitest';
import { getVmSku, vmOfferedIn, vmPriceUsdPerHour } from '../catalog/index';
import { DesignSchema } from '../design/schema';
import { buildGraph } from './graph';
import { analyzeRegions } from './regions';

// One fake model with no region data (regions: null = unverified) and one fake VM size no price source covers,
// beside the real catalog (every real size is settled in every catalog region since the 2026-06-18 Karpenter table).
vi.mock('../catalog/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../catalog/index')>();
  return {
    ...real,
    getAoaiModel: (id: string) =>
      id === 'fake-unlisted'
        ? { ...real.getAoaiModel('gpt-4o')!, id: 'fake-unlisted', name: 'Fake', regions: null }
        : real.getAoaiModel(id),
    getVmSku: (id: string) =>
      id === 'Standard_Fake_Unscoped'
        ? { ...real.getVmSku('Standard_NC24ads_A100_v4')!, id: 'Standard_Fake_Unscoped', paygUsdPerHour: {}, regionScope: [] }
        : real.getVmSku(id),
  };
});

type N = { id: string; kind: string; label?: string; config?: Record<string, unknown>; parentId?: string };
type E = { id: string; source: string; target: string; flow?: string };

const graphOf = (nodes: N[], edges: E[] = []) =>
  buildGraph(
    DesignSchema.parse({ schemaVersion: 1, name: 't', nodes: nodes.map((n) => ({ position: { x: 0, y: 0 }, config: {}, ...n })), edges }),
  );
const inRegion = (region: string, ...nodes: N[]): N[] => [
  { id: `r-${region}`, kind: 'region', config: { region } },
  ...nodes.map((n) => ({ ...n, parentId: `r-${region}` })),
];
const run = (nodes: N[], edges: E[] = []) => analyzeRegions(graphOf(nodes, edges));
const ids = (nodes: N[], edges: E[] = []) => run(nodes, edges).map((f) => f.ruleId);

describe('placement', () => {
  it('region.unplaced: warning for a model deployment, info for other regional services; nothing for global ones', () => {
    const f = run([
      { id: 'm', kind: 'azure-openai' },
      { id: 'kv', kind: 'key-vault' },
      { id: 'fd', kind: 'front-door' },
      { id: 'u', kind: 'client' },
    ]);
    expect(f.filter((x) => x.ruleId === 'region.unplaced').map((x) => [x.nodeIds[0], x.severity])).toEqual([
      ['m', 'warning'],
      ['kv', 'info'],
    ]);
  });
  it('nothing when placed in a known region', () => {
    expect(ids(inRegion('eastus', { id: 'kv', kind: 'key-vault' }))).toEqual([]);
  });
  it('region.unknown-region for an id the catalog does not know', () => {
    expect(ids([{ id: 'r', kind: 'region', config: { region: 'atlantis' } }])).toEqual(['region.unknown-region']);
  });
});

describe('VM sizes (catalog vm-skus: paygUsdPerHour keys = offered, regionScope = verified)', () => {
  it('offered: NC24ads A100 v4 in East US', () => {
    expect(getVmSku('Standard_NC24ads_A100_v4')?.paygUsdPerHour.eastus).toBeDefined();
    expect(ids(inRegion('eastus', { id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24ads_A100_v4' } }))).toEqual([]);
  });

  it('region.sku-not-offered (error): ND96isr H100 v5 in Germany West Central, listing where it is offered; no patch (the region is on the group)', () => {
    // Karpenter price table (2026-06-18): no Linux price for the size in germanywestcentral
    const sku = getVmSku('Standard_ND96isr_H100_v5');
    expect(sku?.regionScope).toContain('germanywestcentral');
    expect(sku?.paygUsdPerHour.germanywestcentral).toBeUndefined();
    const f = run(inRegion('germanywestcentral', { id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_ND96isr_H100_v5' } }));
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['region.sku-not-offered', 'error']]);
    for (const r of Object.keys(sku?.paygUsdPerHour ?? {})) expect(f[0]?.message).toContain(r);
    expect(f[0]?.fixes.every((x) => x.patch === undefined)).toBe(true);
  });

  it('NC24ads A100 v4 in UK South: offered (Karpenter table 2026-06-18, 4.591 USD/h), no finding', () => {
    expect(vmOfferedIn('Standard_NC24ads_A100_v4', 'uksouth')).toEqual({
      offered: true,
      source: 'karpenter-azure-pricing-2b431da1',
      asOf: '2026-06-18',
    });
    expect(ids(inRegion('uksouth', { id: 'vm', kind: 'aks-gpu-pool', config: { sku: 'Standard_NC24ads_A100_v4' } }))).toEqual([]);
  });

  it("region.sku-unverified (info) outside every source's scope (a size no source covers)", () => {
    expect(
      run(inRegion('uksouth', { id: 'vm', kind: 'aks-gpu-pool', config: { sku: 'Standard_Fake_Unscoped' } })).map((x) => [
        x.ruleId,
        x.severity,
      ]),
    ).toEqual([['region.sku-unverified', 'info']]);
  });

  // Retail Prices API mirror of 2026-08-22 (azure-pricing-radar, cf741f25): every VM meter of four European regions.
  it('ND96isr H100 v5 in West Europe and Sweden Central: offered (Linux 127.816 USD/h), no finding', () => {
    for (const region of ['westeurope', 'swedencentral']) {
      expect(vmOfferedIn('Standard_ND96isr_H100_v5', region)).toEqual({
        offered: true,
        source: 'azure-pricing-radar-cf741f25',
        asOf: '2026-08-22',
      });
      expect(vmPriceUsdPerHour('Standard_ND96isr_H100_v5', region, 'payg')?.usd).toBe(127.816);
      expect(ids(inRegion(region, { id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_ND96isr_H100_v5' } }))).toEqual([]);
    }
  });
  it('region.sku-not-offered (error) in France Central: the mirror lists no ND96isr H100 v5 meter there, and says so with its source', () => {
    expect(vmOfferedIn('Standard_ND96isr_H100_v5', 'francecentral')).toEqual({
      offered: false,
      source: 'azure-pricing-radar-cf741f25',
      asOf: '2026-08-22',
    });
    const f = run(inRegion('francecentral', { id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_ND96isr_H100_v5' } }));
    expect(f.map((x) => [x.ruleId, x.severity, x.basis])).toEqual([
      ['region.sku-not-offered', 'error', 'seed 9.2; catalog vm-skus; azure-pricing-radar-cf741f25'],
    ]);
    expect(f[0]?.message).toContain('2026-08-22');
    expect(f[0]?.message).toContain('westeurope');
  });

  it('region.sku-retired (error): NCv3 retired 2025-09-30', () => {
    const f = run(inRegion('eastus', { id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24s_v3' } }));
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['region.sku-retired', 'error']]);
    expect(f[0]?.message).toContain('2025-09-30');
  });
});

describe('Azure OpenAI models by deployment type and region (catalog openai-models)', () => {
  it('gpt-4o Global Standard in Sweden Central: offered', () => {
    expect(
      ids(inRegion('swedencentral', { id: 'm', kind: 'azure-openai', config: { model: 'gpt-4o', deploymentType: 'global-standard' } })),
    ).toEqual([]);
  });
  it('region.model-not-offered: gpt-4o Standard (regional) in West Europe is not in the Standard matrix', () => {
    const f = run(inRegion('westeurope', { id: 'm', kind: 'azure-openai', config: { model: 'gpt-4o', deploymentType: 'standard' } }));
    expect(f.map((x) => x.ruleId)).toEqual(['region.model-not-offered']);
    expect(f[0]?.message).toContain('swedencentral');
  });
  it('region.model-not-offered with a patch: gpt-5 has no Standard (regional) deployment type (model tables 2026-05)', () => {
    const f = run(inRegion('eastus', { id: 'm', kind: 'azure-openai', config: { model: 'gpt-5', deploymentType: 'standard' } }));
    expect(f.map((x) => x.ruleId)).toEqual(['region.model-not-offered']);
    expect(f[0]?.fixes[0]?.patch).toEqual({ nodeId: 'm', config: { deploymentType: 'global-standard' } });
  });
  it('region.model-unverified (info) when the catalog has no region list for the model', () => {
    expect(
      run(inRegion('eastus', { id: 'm', kind: 'azure-openai', config: { model: 'fake-unlisted' } })).map((x) => [x.ruleId, x.severity]),
    ).toEqual([['region.model-unverified', 'info']]);
  });
});

describe('region.not-on-azure (seed 9.1: TPU is Google Cloud only)', () => {
  it('refuses a TPU VM size or a model that needs one', () => {
    const f = run(
      inRegion(
        'eastus',
        { id: 'vm', kind: 'gpu-vm', config: { sku: 'tpu-v5p-8' } },
        { id: 'm', kind: 'foundry-serverless', config: { model: 'gemma-tpu-only' } },
      ),
    );
    expect(f.map((x) => [x.ruleId, x.nodeIds[0], x.severity])).toEqual([
      ['region.not-on-azure', 'vm', 'error'],
      ['region.not-on-azure', 'm', 'error'],
    ]);
    expect(f[0]?.message).toMatch(/Google Cloud only/);
  });
  it('names accelerators of other clouds wherever they appear, not as an unknown VM size', () => {
    // Google Cloud TPU machine types and generations, AWS Trainium / Inferentia and EC2 names, GCP GPU machine types, Intel Gaudi.
    const cases: [string, 'sku' | 'model', RegExp][] = [
      ['ct5lp-hightpu-4t', 'sku', /Google Cloud TPU/],
      ['v5e', 'sku', /Google Cloud TPU/],
      ['trn1', 'sku', /Trainium/],
      ['inf2.48xlarge', 'sku', /Trainium \/ Inferentia/],
      ['p5.48xlarge', 'sku', /AWS EC2 instance type/],
      ['a3-highgpu-8g', 'sku', /Google Cloud machine type/],
      ['Gaudi2', 'sku', /Intel Gaudi/],
      ['llama-3.1-70b-on-tpu', 'model', /Google Cloud TPU/],
    ];
    for (const [value, field, what] of cases) {
      const f = run(inRegion('eastus', { id: 'vm', kind: 'gpu-vm', config: { [field]: value } })).filter(
        (x) => x.ruleId === 'region.not-on-azure',
      );
      expect(f, value).toHaveLength(1);
      expect(f[0]?.message).toMatch(what);
      expect(f[0]?.message).toContain('which Azure does not offer');
    }
  });
  it('a word that merely contains the letters (output, inference) is not a TPU or Inferentia', () => {
    expect(
      ids(inRegion('eastus', { id: 'm', kind: 'foundry-serverless', config: { model: 'phi-3-mini-output-inference' } })),
    ).not.toContain('region.not-on-azure');
  });
  it('does not fire for an N-series size', () => {
    expect(ids(inRegion('eastus', { id: 'vm', kind: 'gpu-vm', config: { sku: 'Standard_NC24ads_A100_v4' } }))).not.toContain(
      'region.not-on-azure',
    );
  });
});

describe('region.cross-region-edge', () => {
  const nodes: N[] = [
    ...inRegion('eastus', { id: 'app', kind: 'app-service' }),
    ...inRegion('westeurope', { id: 'm', kind: 'azure-openai', config: { model: 'gpt-4o' } }),
  ];
  it('names the round trip: East US → West Europe 89 ms (facts §6.1)', () => {
    const f = run(nodes, [{ id: 'e', source: 'app', target: 'm' }]);
    expect(f.map((x) => [x.ruleId, x.edgeIds[0]])).toEqual([['region.cross-region-edge', 'e']]);
    expect(f[0]?.message).toContain('89 ms');
  });
  it('marks failover links as intended', () => {
    expect(run(nodes, [{ id: 'e', source: 'app', target: 'm', flow: 'failover' }])[0]?.message).toMatch(/the point/);
  });
  it('no finding for an edge inside one region', () => {
    expect(
      ids(inRegion('eastus', { id: 'a', kind: 'app-service' }, { id: 'b', kind: 'key-vault' }), [{ id: 'e', source: 'a', target: 'b' }]),
    ).toEqual([]);
  });
});
