import { describe, expect, it } from 'vitest';
import { getSla } from '../catalog/index';
import { DOWNTIME_TABLE } from '../catalog/slas';
import { DesignSchema } from '../design/schema';
import { buildGraph } from './graph';
import { analyzeHa, downtimeMinutesPerMonth, multiRegionAvailability, parallelAvailability, seriesAvailability, slaForNode } from './ha';

type N = { id: string; kind: string; label?: string; config?: Record<string, unknown>; parentId?: string };
type E = { id: string; source: string; target: string; flow?: string; priority?: number };

const graphOf = (nodes: N[], edges: E[] = []) =>
  buildGraph(
    DesignSchema.parse({ schemaVersion: 1, name: 't', nodes: nodes.map((n) => ({ position: { x: 0, y: 0 }, config: {}, ...n })), edges }),
  );
const nodeOf = (n: N) => {
  const g = graphOf([n]);
  return g.byId.get(n.id)!;
};
const sla = (id: string): number => {
  const a = getSla(id)?.availability;
  if (a === undefined || a === null) throw new Error(`no SLA ${id}`);
  return a;
};

describe('composite SLA formulas: Well-Architected worked examples (facts §4.2, waf-reliability-metrics)', () => {
  it('series: App Service 99.95% × SQL 99.99% = 99.94% (exactly 0.99940005)', () => {
    expect(seriesAvailability([0.9995, 0.9999])).toBeCloseTo(0.99940005, 10);
  });
  it('parallel fallback: database or queue = 1 − (0.0001 × 0.001) = 99.99999%', () => {
    expect(parallelAvailability([0.9999, 0.999])).toBeCloseTo(0.9999999, 12);
  });
  it('web app and (database or queue) = 99.95% × 99.99999% ≈ 99.95% (0.9994999)', () => {
    expect(seriesAvailability([0.9995, parallelAvailability([0.9999, 0.999])])).toBeCloseTo(0.9994999, 7);
  });
  it('multi-region: two regions of 99.95% = 1 − (1 − 0.9995)^2 = 99.999975%; four = 99.999999%', () => {
    expect(multiRegionAvailability(0.9995, 2)).toBeCloseTo(0.99999975, 12);
    expect(multiRegionAvailability(0.9995, 4)).toBeGreaterThanOrEqual(0.99999999);
    // The doc prints "99.999999 percent", i.e. at least that: the exact value is 1 − 0.0005⁴ = 1 − 6.25e-14.
    expect(Math.abs(1 - multiRegionAvailability(0.9995, 4) - 6.25e-14) / 6.25e-14).toBeLessThan(0.01);
    expect(parallelAvailability([0.9995, 0.9995])).toBeCloseTo(multiRegionAvailability(0.9995, 2), 15);
  });
  it('a part with no SLA makes the composite unknown, never 100%', () => {
    expect(seriesAvailability([0.999, null])).toBeNull();
    expect(parallelAvailability([0.999, null])).toBeNull();
  });
  it('reliable-web-app dev chain (Azure/reliable-web-app-pattern-dotnet sla-calculation.md) with catalog SLAs = 99.616% (0.9961558)', () => {
    // Front Door 99.99 × Entra 99.99 × App Service 99.95 × Redis 99.9 × SQL 99.995 × Storage 99.9 × Key Vault 99.99 × App Config 99.9
    const ids = [
      'front-door',
      'entra-id',
      'app-service',
      'redis-standard',
      'azure-sql',
      'storage-lrs-hot',
      'key-vault',
      'app-configuration',
    ];
    const a = seriesAvailability(ids.map(sla));
    expect(a).toBeCloseTo(0.9961558, 7);
    expect(((a ?? 0) * 100).toFixed(3)).toBe('99.616');
  });
});

describe('downtime per month: the Well-Architected downtime table (30-day month)', () => {
  it('99.9% → 43.2 min, 99.95% → 21.6 min, 99.99% → 4.32 min, 99.999% → 25.9 s', () => {
    expect(downtimeMinutesPerMonth(0.999)).toBeCloseTo(43.2, 9);
    expect(downtimeMinutesPerMonth(0.9995)).toBeCloseTo(21.6, 9);
    expect(downtimeMinutesPerMonth(0.9999)).toBeCloseTo(4.32, 9);
    expect(downtimeMinutesPerMonth(0.99999) * 60).toBeCloseTo(25.92, 6);
  });
  it('matches every monthly minute figure the catalog transcribed', () => {
    for (const row of DOWNTIME_TABLE) {
      const [value, unit] = row.perMonth.split(' ');
      const minutes = Number(value) * (unit?.startsWith('hour') ? 60 : unit?.startsWith('second') ? 1 / 60 : 1);
      expect(downtimeMinutesPerMonth(row.availability)).toBeCloseTo(minutes, 1);
    }
  });
});

describe('SLA per node configuration', () => {
  it('AI Search (seed 9.8): 1 replica → no SLA; 2 → 99.9% for reads only; 3+ → 99.9% read/write', () => {
    expect(slaForNode(nodeOf({ id: 's', kind: 'ai-search', config: { replicas: 1 } }))).toMatchObject({
      slaId: 'ai-search-1-replica',
      availability: null,
    });
    expect(slaForNode(nodeOf({ id: 's', kind: 'ai-search', config: { replicas: 2 } }), 'read')).toMatchObject({
      slaId: 'ai-search-2-replicas',
      availability: 0.999,
    });
    expect(slaForNode(nodeOf({ id: 's', kind: 'ai-search', config: { replicas: 2 } }), 'write').availability).toBeNull();
    expect(slaForNode(nodeOf({ id: 's', kind: 'ai-search', config: { replicas: 3 } }), 'write')).toMatchObject({
      slaId: 'ai-search-3-replicas',
      availability: 0.999,
    });
    expect(slaForNode(nodeOf({ id: 's', kind: 'ai-search', config: { replicas: 3, tier: 'free' } })).availability).toBeNull();
  });
  it('APIM: Developer none, Standard 99.95%, Premium in 2 regions 99.99%', () => {
    expect(slaForNode(nodeOf({ id: 'a', kind: 'apim', config: { tier: 'developer' } })).availability).toBeNull();
    expect(slaForNode(nodeOf({ id: 'a', kind: 'apim', config: { tier: 'standard' } })).availability).toBe(0.9995);
    expect(slaForNode(nodeOf({ id: 'a', kind: 'apim', config: { tier: 'premium', regions: 2 } }))).toMatchObject({
      slaId: 'apim-premium-multi-region',
      availability: 0.9999,
    });
  });
  it('App Service 99.95%, zone redundant 99.99%, Free none', () => {
    expect(slaForNode(nodeOf({ id: 'a', kind: 'app-service' })).availability).toBe(0.9995);
    expect(slaForNode(nodeOf({ id: 'a', kind: 'app-service', config: { zoneRedundant: true } })).availability).toBe(0.9999);
    expect(slaForNode(nodeOf({ id: 'a', kind: 'app-service', config: { plan: 'free' } })).availability).toBeNull();
  });
  it('Cosmos DB by regions, zones and multi-region writes (read vs write figures)', () => {
    expect(slaForNode(nodeOf({ id: 'c', kind: 'cosmos-db' }), 'write').availability).toBe(0.9999);
    expect(slaForNode(nodeOf({ id: 'c', kind: 'cosmos-db', config: { regions: 2 } }), 'read').availability).toBe(0.99999);
    expect(slaForNode(nodeOf({ id: 'c', kind: 'cosmos-db', config: { regions: 2 } }), 'write').availability).toBe(0.9999);
    expect(slaForNode(nodeOf({ id: 'c', kind: 'cosmos-db', config: { regions: 2, multiRegionWrites: true } }), 'write').availability).toBe(
      0.99999,
    );
  });
  it('Redis Basic none; storage RA-GRS read 99.99%; VMs: 1 → 99.9%, 2 in zones → 99.99%; AKS Free none', () => {
    expect(slaForNode(nodeOf({ id: 'r', kind: 'redis', config: { tier: 'basic' } })).availability).toBeNull();
    expect(slaForNode(nodeOf({ id: 'b', kind: 'blob-storage', config: { redundancy: 'ra-grs' } }), 'read').availability).toBe(0.9999);
    expect(slaForNode(nodeOf({ id: 'v', kind: 'gpu-vm', config: { count: 1 } })).availability).toBe(0.999);
    expect(slaForNode(nodeOf({ id: 'v', kind: 'gpu-vm', config: { count: 2, zones: true } })).availability).toBe(0.9999);
    expect(slaForNode(nodeOf({ id: 'k', kind: 'aks-gpu-pool', config: { clusterTier: 'free' } })).availability).toBeNull();
  });
});

// ---------- designs ----------

/** Users → Front Door → App Service → APIM → Azure OpenAI, all East US. */
const singleRegion = (over: Record<string, Record<string, unknown>> = {}): { nodes: N[]; edges: E[] } => ({
  nodes: [
    { id: 'r1', kind: 'region', config: { region: 'eastus' } },
    { id: 'u', kind: 'client' },
    { id: 'fd', kind: 'front-door' },
    { id: 'app', kind: 'app-service', parentId: 'r1', config: { instances: 2, ...over.app } },
    { id: 'apim', kind: 'apim', parentId: 'r1', config: { ...over.apim } },
    { id: 'm1', kind: 'azure-openai', parentId: 'r1', config: { ...over.m1 } },
  ],
  edges: [
    { id: 'e1', source: 'u', target: 'fd' },
    { id: 'e2', source: 'fd', target: 'app' },
    { id: 'e3', source: 'app', target: 'apim' },
    { id: 'e4', source: 'apim', target: 'm1' },
  ],
});
const ruleIds = (nodes: N[], edges: E[]) => analyzeHa(graphOf(nodes, edges)).findings.map((f) => f.ruleId);

describe('analyzeHa: single region', () => {
  const d = singleRegion();
  const r = analyzeHa(graphOf(d.nodes, d.edges));

  it('pattern single-region PAYG; composite = Front Door 99.99 × App Service 99.95 × APIM 99.95 × Azure OpenAI 99.9', () => {
    expect(r.report.pattern).toBe('single-region-payg');
    expect(r.report.regions).toEqual(['eastus']);
    const expected = 0.9999 * 0.9995 * 0.9995 * 0.999;
    expect(r.report.compositeSla).toBeCloseTo(expected, 12);
    expect(r.report.downtimeMinutesPerMonth).toBeCloseTo((1 - expected) * 43_200, 9);
    expect(r.report.structure?.type).toBe('series');
  });

  it('fires ha.single-region and ha.no-fallback-model; no SPOF with 2 app instances', () => {
    const ids = r.findings.map((f) => f.ruleId);
    expect(ids).toContain('ha.single-region');
    expect(ids).toContain('ha.no-fallback-model');
    expect(ids).not.toContain('ha.single-point-of-failure');
    expect(r.findings.find((f) => f.ruleId === 'ha.single-region')?.message).toContain('Multi-region is not optional for production');
  });

  it('ha.single-point-of-failure for one App Service instance, with a patch to 2', () => {
    const one = singleRegion({ app: { instances: 1 } });
    const h = analyzeHa(graphOf(one.nodes, one.edges));
    expect(h.report.singlePointsOfFailure).toEqual(['app']);
    expect(h.findings.find((f) => f.ruleId === 'ha.single-point-of-failure')?.fixes[0]?.patch).toEqual({
      nodeId: 'app',
      config: { instances: 2 },
    });
  });

  it('APIM Developer: ha.apim-no-sla with a patch to Standard, and the composite is null (ha.no-sla)', () => {
    const dev = singleRegion({ apim: { tier: 'developer' } });
    const h = analyzeHa(graphOf(dev.nodes, dev.edges));
    expect(h.findings.find((f) => f.ruleId === 'ha.apim-no-sla')?.fixes[0]?.patch).toEqual({
      nodeId: 'apim',
      config: { tier: 'standard' },
    });
    expect(h.report.compositeSla).toBeNull();
    expect(h.report.downtimeMinutesPerMonth).toBeNull();
    expect(h.findings.map((f) => f.ruleId)).toContain('ha.no-sla');
  });

  it('single-region PTU without PAYG: pattern single-region-ptu, ha.ptu-without-overflow', () => {
    const ptu = singleRegion({ m1: { deploymentType: 'provisioned', ptuUnits: 50 } });
    const h = analyzeHa(graphOf(ptu.nodes, ptu.edges));
    expect(h.report.pattern).toBe('single-region-ptu');
    expect(h.findings.map((f) => f.ruleId)).toContain('ha.ptu-without-overflow');
  });

  it('self-hosted on one GPU VM: single-region-self-hosted and the VM is a single point of failure', () => {
    const sh = singleRegion();
    sh.nodes = sh.nodes.map((n) => (n.id === 'm1' ? { id: 'm1', kind: 'gpu-vm', parentId: 'r1', config: { count: 1 } } : n));
    const h = analyzeHa(graphOf(sh.nodes, sh.edges));
    expect(h.report.pattern).toBe('single-region-self-hosted');
    expect(h.report.singlePointsOfFailure).toEqual(['m1']);
  });
});

describe('analyzeHa: AI Search replicas (seed 9.8)', () => {
  const withSearch = (replicas: number) => {
    const d = singleRegion();
    d.nodes.push({ id: 's', kind: 'ai-search', parentId: 'r1', config: { replicas } });
    d.edges.push({ id: 'e5', source: 'app', target: 's', flow: 'retrieval' });
    return analyzeHa(graphOf(d.nodes, d.edges));
  };
  it('1 replica: warning (no SLA), patch replicas 3; composite null; the search is a single point of failure', () => {
    const h = withSearch(1);
    const f = h.findings.find((x) => x.ruleId === 'ha.search-replicas');
    expect(f?.severity).toBe('warning');
    expect(f?.fixes[0]?.patch).toEqual({ nodeId: 's', config: { replicas: 3 } });
    expect(h.report.compositeSla).toBeNull();
    expect(h.report.singlePointsOfFailure).toContain('s');
  });
  it('2 replicas: info (read-only SLA, indexing not covered); the query path counts 99.9%', () => {
    const h = withSearch(2);
    expect(h.findings.find((x) => x.ruleId === 'ha.search-replicas')?.severity).toBe('info');
    expect(h.report.compositeSla).toBeCloseTo(0.9999 * 0.9995 * 0.9995 * 0.999 * 0.999, 12);
  });
  it('3 replicas: no finding', () => {
    expect(withSearch(3).findings.map((x) => x.ruleId)).not.toContain('ha.search-replicas');
  });
  it('read and write edges from one caller to one AI Search count it once in the composite (3 replicas: 99.9%)', () => {
    const d = singleRegion();
    d.nodes.push({ id: 's', kind: 'ai-search', parentId: 'r1', config: { replicas: 3 } });
    d.edges.push({ id: 'e5', source: 'app', target: 's', flow: 'retrieval' }, { id: 'e6', source: 'app', target: 's', flow: 'data' });
    const h = analyzeHa(graphOf(d.nodes, d.edges));
    const searchTerms = JSON.stringify(h.report.structure).match(/"nodeId":"s"/g) ?? [];
    expect(searchTerms).toHaveLength(1);
    expect(h.report.compositeSla).toBeCloseTo(0.9999 * 0.9995 * 0.9995 * 0.999 * 0.999, 12);
  });
});

describe('analyzeHa: redundant backends and regions', () => {
  /** APIM in East US; GPT-4.1 PTU in East US (primary), GPT-4.1 PAYG in West Europe (failover 1). */
  const twoRegions = (secondModel = 'gpt-4.1'): { nodes: N[]; edges: E[] } => {
    const d = singleRegion({ m1: { model: 'gpt-4.1', deploymentType: 'provisioned', ptuUnits: 50 } });
    d.nodes.push(
      { id: 'r2', kind: 'region', config: { region: 'westeurope' } },
      { id: 'm2', kind: 'azure-openai', parentId: 'r2', config: { model: secondModel, deploymentType: 'global-standard' } },
    );
    d.edges.push({ id: 'e5', source: 'apim', target: 'm2', flow: 'failover', priority: 1 });
    return d;
  };

  it('PTU + PAYG overflow in two regions: pattern, parallel backends 1 − (1 − 0.999)²', () => {
    const d = twoRegions();
    const h = analyzeHa(graphOf(d.nodes, d.edges));
    expect(h.report.pattern).toBe('multi-region-ptu-payg-overflow');
    expect(h.report.regions).toEqual(['eastus', 'westeurope']);
    expect(h.report.compositeSla).toBeCloseTo(0.9999 * 0.9995 * 0.9995 * (1 - 0.001 ** 2), 12);
    const ids = h.findings.map((f) => f.ruleId);
    for (const r of ['ha.single-region', 'ha.no-fallback-model', 'ha.ptu-without-overflow', 'ha.no-gateway']) expect(ids).not.toContain(r);
    const parallel = h.report.structure?.type === 'series' ? h.report.structure.terms.find((t) => t.type === 'parallel') : undefined;
    expect(parallel?.type === 'parallel' && parallel.terms.map((t) => (t.type === 'service' ? t.nodeId : '?'))).toEqual(['m1', 'm2']);
  });

  it('a different fallback model across regions: multi-region multi-model fallback', () => {
    const d = twoRegions('gpt-4o-mini');
    expect(analyzeHa(graphOf(d.nodes, d.edges)).report.pattern).toBe('multi-region-multi-model-fallback');
  });

  it('two PAYG backends in two regions, same model: multi-region load balanced', () => {
    const d = singleRegion();
    d.nodes.push({ id: 'r2', kind: 'region', config: { region: 'swedencentral' } }, { id: 'm2', kind: 'azure-openai', parentId: 'r2' });
    d.edges.push({ id: 'e5', source: 'apim', target: 'm2' });
    expect(analyzeHa(graphOf(d.nodes, d.edges)).report.pattern).toBe('multi-region-load-balanced');
  });

  it('several backends without a gateway: ha.no-gateway', () => {
    const nodes: N[] = [
      { id: 'u', kind: 'client' },
      { id: 'app', kind: 'app-service' },
      { id: 'm1', kind: 'azure-openai' },
      { id: 'm2', kind: 'azure-openai' },
    ];
    const edges: E[] = [
      { id: 'a', source: 'u', target: 'app' },
      { id: 'b', source: 'app', target: 'm1' },
      { id: 'c', source: 'app', target: 'm2', flow: 'failover' },
    ];
    expect(ruleIds(nodes, edges)).toContain('ha.no-gateway');
  });

  it('two regional stacks behind Front Door share one APIM: APIM stays in series, apps in parallel', () => {
    const nodes: N[] = [
      { id: 'r1', kind: 'region', config: { region: 'eastus' } },
      { id: 'r2', kind: 'region', config: { region: 'westus' } },
      { id: 'u', kind: 'client' },
      { id: 'fd', kind: 'front-door' },
      { id: 'a1', kind: 'app-service', parentId: 'r1' },
      { id: 'a2', kind: 'app-service', parentId: 'r2' },
      { id: 'apim', kind: 'apim', parentId: 'r1' },
      { id: 'm', kind: 'azure-openai', parentId: 'r1' },
    ];
    const edges: E[] = [
      { id: '1', source: 'u', target: 'fd' },
      { id: '2', source: 'fd', target: 'a1' },
      { id: '3', source: 'fd', target: 'a2' },
      { id: '4', source: 'a1', target: 'apim' },
      { id: '5', source: 'a2', target: 'apim' },
      { id: '6', source: 'apim', target: 'm' },
    ];
    const h = analyzeHa(graphOf(nodes, edges));
    // Front Door × (1 − (1 − 0.9995)²) × APIM × Azure OpenAI
    expect(h.report.compositeSla).toBeCloseTo(0.9999 * (1 - 0.0005 ** 2) * 0.9995 * 0.999, 12);
    expect(h.report.explanation.substituted).toContain('(1 − (1 − 99.95%) × (1 − 99.95%))');
  });
});

describe('RPO/RTO from the seed table (9.9)', () => {
  it('lists the stores with the seed text, noting where the design lacks the mechanism', () => {
    const h = analyzeHa(
      graphOf([
        { id: 'm', kind: 'azure-openai' },
        { id: 'c', kind: 'cosmos-db' },
        { id: 'b', kind: 'blob-storage', config: { redundancy: 'zrs' } },
      ]),
    );
    expect(h.report.recovery.map((r) => [r.nodeId, r.rpo])).toEqual([
      ['m', '0 (stateless service)'],
      ['c', 'Depends on store'],
      ['b', '0 (GRS/GZRS)'],
    ]);
    expect(h.report.recovery[2]?.mechanism).toMatch(/ZRS, no geo copy/);
    expect(h.report.pattern).toBe('none');
  });
});
