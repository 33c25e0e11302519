import { describe, expect, it } from 'vitest';
import {
  AOAI_MODELS,
  AOAI_PTU_TABLE,
  AOAI_TYPICAL_OUTPUT_SPEED,
  PTU_HOURLY_USD,
  PTU_RESERVATION_USD_PER_PTU_MONTH,
  SEED_PTU_ECONOMICS,
} from './openai-models';
import { INTRA_REGION_RTT, INTRA_REGION_RTT_MS, parseLatencyCsv, REGION_RTTS, REGIONS } from './regions';
import { SERVICE_PRICES } from './service-prices';
import { DOWNTIME_TABLE, SLAS, STORE_RECOVERY } from './slas';
import { SERVICE_SOURCES } from './sources-services';
import { AoaiModel, IsoDate, Region, RegionRtt, ServicePrice, Sla, Source } from './types';

const sourceIds = new Set([...SERVICE_SOURCES.map((s) => s.id), 'seed-9']);

function expectSourced(row: { source: string; asOf: string; fieldSources?: Record<string, string> }) {
  expect(sourceIds, `unknown source ${row.source}`).toContain(row.source);
  expect(IsoDate.safeParse(row.asOf).success).toBe(true);
  for (const s of Object.values(row.fieldSources ?? {})) expect(sourceIds, `unknown field source ${s}`).toContain(s);
}

function expectUniqueIds(rows: readonly { id: string }[]) {
  const ids = rows.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
}

const model = (id: string): AoaiModel => {
  const m = AOAI_MODELS.find((x) => x.id === id);
  if (!m) throw new Error(`no model ${id}`);
  return m;
};
const sla = (id: string): Sla => {
  const s = SLAS.find((x) => x.id === id);
  if (!s) throw new Error(`no SLA ${id}`);
  return s;
};
const rtt = (from: string, to: string): number | undefined => REGION_RTTS.find((r) => r.from === from && r.to === to)?.rttMs;
const priceOf = (id: string): ServicePrice => {
  const p = SERVICE_PRICES.find((x) => x.id === id);
  if (!p) throw new Error(`no price ${id}`);
  return p;
};

describe('service sources', () => {
  it('validate and have unique kebab-case ids', () => {
    for (const s of SERVICE_SOURCES) expect(() => Source.parse(s)).not.toThrow();
    expectUniqueIds(SERVICE_SOURCES);
    for (const s of SERVICE_SOURCES) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it('does not redefine the seed source', () => {
    expect(SERVICE_SOURCES.some((s) => s.id === 'seed-9')).toBe(false);
  });
});

describe('Azure OpenAI models', () => {
  it('validate against the zod shape and cite known sources', () => {
    for (const m of AOAI_MODELS) {
      expect(() => AoaiModel.parse(m)).not.toThrow();
      expectSourced(m);
    }
    expectUniqueIds(AOAI_MODELS);
    expect(AOAI_MODELS.map((m) => m.id).sort()).toEqual(
      [
        'gpt-4.1',
        'gpt-4.1-mini',
        'gpt-4.1-nano',
        'gpt-4o',
        'gpt-4o-mini',
        'gpt-5',
        'gpt-5-mini',
        'gpt-5-nano',
        'o1',
        'o3',
        'o3-mini',
        'o4-mini',
        'text-embedding-3-small',
        'text-embedding-3-large',
      ].sort(),
    );
  });

  // facts.md §5.1 (aoai-ptu-onboarding, ms.date 08/14/2025), number by number.
  const PTU_5_1: Record<string, [number, number, number, number, number, number]> = {
    //             globalMin, globalInc, regionalMin, regionalInc, inputTPM/PTU, latency tok/s
    'gpt-4o': [15, 5, 50, 50, 2500, 25],
    'gpt-4o-mini': [15, 5, 25, 25, 37000, 33],
    'gpt-4.1': [15, 5, 50, 50, 3000, 80],
    'gpt-4.1-mini': [15, 5, 25, 25, 14900, 90],
    'gpt-4.1-nano': [15, 5, 25, 25, 59400, 100],
    'gpt-5': [15, 5, 50, 50, 4750, 50],
    o3: [15, 5, 50, 50, 3000, 80],
    'o3-mini': [15, 5, 25, 25, 2500, 90],
    'o4-mini': [15, 5, 25, 25, 5400, 90],
    o1: [15, 5, 25, 50, 230, 25],
  };
  it.each(Object.entries(PTU_5_1))('PTU table row %s matches facts §5.1', (id, v) => {
    const p = AOAI_PTU_TABLE[id]!;
    expect([p.globalMin, p.globalIncrement, p.regionalMin, p.regionalIncrement, p.inputTpmPerPtu, p.latencyTargetTokensPerSecond]).toEqual(
      v,
    );
    const row = model(id).ptu;
    if (row)
      expect([
        row.globalMin,
        row.globalIncrement,
        row.regionalMin,
        row.regionalIncrement,
        row.inputTpmPerPtu,
        row.latencyTargetTokensPerSecond,
      ]).toEqual(v);
  });

  it('output-token weights: gpt-4o 3 (2500/833), gpt-4o-mini 3 (37000/12333), gpt-4.1 family 4, gpt-5 8, o-series unpublished', () => {
    // facts §5.1 / aoai-ptu-concepts-2024: 2,500 input vs 833 output TPM per PTU; 37,000 vs 12,333.
    expect(Math.round(2500 / 833)).toBe(model('gpt-4o').ptu!.outputTokenWeight);
    expect(Math.round(37000 / 12333)).toBe(model('gpt-4o-mini').ptu!.outputTokenWeight);
    expect(model('gpt-4.1').ptu!.outputTokenWeight).toBe(4);
    expect(model('gpt-4.1-mini').ptu!.outputTokenWeight).toBe(4);
    expect(model('gpt-4.1-nano').ptu!.outputTokenWeight).toBe(4);
    expect(model('gpt-5').ptu!.outputTokenWeight).toBe(8);
    for (const id of ['o3', 'o3-mini', 'o4-mini', 'o1']) {
      expect(AOAI_PTU_TABLE[id]!.outputTokenWeight).toBeNull();
      expect(model(id).ptu).toBeNull(); // the row shape needs a weight; facts stay in AOAI_PTU_TABLE
    }
  });

  it('PAYG Global Standard prices match facts §5.2 (secondary) and are null where unknown', () => {
    expect([model('gpt-4o').inputUsdPer1M, model('gpt-4o').cachedInputUsdPer1M, model('gpt-4o').outputUsdPer1M]).toEqual([2.5, 1.25, 10]);
    expect([model('gpt-4o-mini').inputUsdPer1M, model('gpt-4o-mini').cachedInputUsdPer1M, model('gpt-4o-mini').outputUsdPer1M]).toEqual([
      0.15, 0.075, 0.6,
    ]);
    expect([model('gpt-4.1').inputUsdPer1M, model('gpt-4.1').outputUsdPer1M]).toEqual([2, 8]);
    expect([model('gpt-4.1-mini').inputUsdPer1M, model('gpt-4.1-mini').outputUsdPer1M]).toEqual([0.4, 1.6]);
    // 2026 public price datasets (aoai-payg-prices-2026), USD per 1M tokens: [input, cached input, output]
    const p2026: Record<string, [number, number | null, number | null]> = {
      'gpt-4.1-nano': [0.1, 0.025, 0.4],
      'gpt-5': [1.25, 0.125, 10],
      'gpt-5-mini': [0.25, 0.025, 2],
      'gpt-5-nano': [0.05, 0.005, 0.4],
      o3: [2, 0.5, 8],
      'o3-mini': [1.1, 0.55, 4.4],
      'o4-mini': [1.1, 0.275, 4.4],
      o1: [15, 7.5, 60],
      'text-embedding-3-small': [0.02, null, null],
      'text-embedding-3-large': [0.13, null, null],
    };
    for (const [id, [input, cached, output]] of Object.entries(p2026)) {
      expect([model(id).inputUsdPer1M, model(id).cachedInputUsdPer1M, model(id).outputUsdPer1M], id).toEqual([input, cached, output]);
      expect(model(id).fieldSources?.inputUsdPer1M).toBe('aoai-payg-prices-2026');
    }
  });

  it('reproduces the derived test vectors of facts §5.2', () => {
    const hours = 730; // facts §5.2: 365 × 24 / 12
    expect(15 * PTU_HOURLY_USD.global * hours).toBeCloseTo(10950, 6); // 15 PTU Global
    expect(50 * PTU_HOURLY_USD.regional * hours).toBeCloseTo(73000, 6); // 50 PTU Regional
    expect(15 * PTU_HOURLY_USD.dataZone * hours).toBeCloseTo(12045, 6); // 15 PTU Data Zone
    const bill = (id: string) => {
      const m = model(id);
      return 100 * m.inputUsdPer1M! + 20 * m.outputUsdPer1M!; // 100M input + 20M output tokens
    };
    expect(bill('gpt-4o')).toBeCloseTo(450, 6);
    expect(bill('gpt-4o-mini')).toBeCloseTo(27, 6);
    expect(bill('gpt-4.1')).toBeCloseTo(360, 6);
    expect(bill('gpt-4.1-mini')).toBeCloseTo(72, 6);
    // gpt-4o PTU sizing: 15 PTU × 2,500 = 37,500 input TPM (facts §5.2)
    expect(15 * model('gpt-4o').ptu!.inputTpmPerPtu).toBe(37500);
  });

  it('PTU prices, reservations and the seed economics are sourced', () => {
    expect([PTU_HOURLY_USD.global, PTU_HOURLY_USD.dataZone, PTU_HOURLY_USD.regional]).toEqual([1, 1.1, 2]);
    expect([PTU_RESERVATION_USD_PER_PTU_MONTH.monthlyTerm, PTU_RESERVATION_USD_PER_PTU_MONTH.annualTerm]).toEqual([260, 221]);
    expectSourced(PTU_HOURLY_USD);
    expectSourced(PTU_RESERVATION_USD_PER_PTU_MONTH);
    expect(SEED_PTU_ECONOMICS.source).toBe('seed-9');
    // seed 9.10: ~$2/h ≈ $1,460/month; 6 RPM at ~700 tokens; break-even ~60% / ~40%
    expect(SEED_PTU_ECONOMICS.usdPerPtuHour * 730).toBe(SEED_PTU_ECONOMICS.usdPerPtuMonth);
    expect([SEED_PTU_ECONOMICS.requestsPerMinutePerPtu, SEED_PTU_ECONOMICS.tokensPerRequest]).toEqual([6, 700]);
    expect(SEED_PTU_ECONOMICS.inputTokensPerRequest + SEED_PTU_ECONOMICS.outputTokensPerRequest).toBe(SEED_PTU_ECONOMICS.tokensPerRequest);
    expect([SEED_PTU_ECONOMICS.ptuCheaperAboveUtilization, SEED_PTU_ECONOMICS.paygCheaperBelowUtilization]).toEqual([0.6, 0.4]);
  });

  it('region availability uses catalog regions, matches deploymentTypes, and spot-checks the 2026-05 model tables', () => {
    const known = new Set(REGIONS.map((r) => r.id));
    // every catalog model is transcribed from the region tables (region-americas/europe/asia-pacific.md)
    expect(AOAI_MODELS.filter((m) => m.regions === null).map((m) => m.id)).toEqual([]);
    for (const m of AOAI_MODELS) {
      expect(Object.keys(m.regions!).sort()).toEqual([...m.deploymentTypes].sort());
      for (const list of Object.values(m.regions!)) {
        expect(list.length).toBeGreaterThan(0);
        for (const r of list) expect(known, `${m.id}: ${r}`).toContain(r);
        // West US 2 and North Europe are in none of the tables
        expect(list, m.id).not.toContain('westus2');
        expect(list, m.id).not.toContain('northeurope');
      }
    }
    // Global Standard: gpt-4.1-nano now in eastus; gpt-5 in westeurope and swedencentral; gpt-4o not in southeastasia
    expect(model('gpt-4.1-nano').regions!['global-standard']).toContain('eastus');
    expect(model('gpt-5').regions!['global-standard']).toContain('westeurope');
    expect(model('gpt-5').regions!['global-standard']).toContain('swedencentral');
    expect(model('gpt-4o').regions!['global-standard']).not.toContain('southeastasia');
    expect(model('gpt-4.1').regions!['global-standard']).toContain('southeastasia');
    // Global Provisioned Managed: 17 catalog regions for gpt-5 and o3 (all but westus2 and northeurope)
    expect(model('gpt-5').regions!['global-provisioned']).toHaveLength(17);
    expect(model('o3').regions!['global-provisioned']).not.toContain('northeurope');
    // Data Zone: the seven US and four EU catalog regions, none in Asia Pacific or the UK, Switzerland, Canada
    expect(model('gpt-4o').regions!['data-zone-standard']).toEqual([
      'centralus',
      'eastus',
      'eastus2',
      'francecentral',
      'germanywestcentral',
      'northcentralus',
      'southcentralus',
      'swedencentral',
      'westeurope',
      'westus',
      'westus3',
    ]);
    // Standard (regional): these models have it; gpt-4.1 in the US, swedencentral and switzerlandnorth only
    expect(
      AOAI_MODELS.filter((m) => m.deploymentTypes.includes('standard'))
        .map((m) => m.id)
        .sort(),
    ).toEqual(['gpt-4.1', 'gpt-4.1-mini', 'gpt-4o', 'gpt-4o-mini', 'o1', 'o4-mini', 'text-embedding-3-large', 'text-embedding-3-small']);
    expect(model('gpt-4.1').regions!.standard).toEqual([
      'eastus',
      'eastus2',
      'northcentralus',
      'southcentralus',
      'swedencentral',
      'switzerlandnorth',
      'westus',
      'westus3',
    ]);
    // Provisioned Managed (regional): o1 only in japaneast and uksouth (of the catalog regions)
    expect(model('o1').regions!.provisioned).toEqual(['japaneast', 'uksouth']);
    // gpt-5-nano: Global Standard and Data Zone Standard only
    expect(model('gpt-5-nano').deploymentTypes).toEqual(['global-standard', 'data-zone-standard']);
    for (const m of AOAI_MODELS) expect(m.regions!['global-standard']).toContain('eastus2');
  });
});

describe('Azure OpenAI typical (median) output speed', () => {
  it('rows: Azure medians as the sources publish them (tokens/s), each sourced and dated', () => {
    const tps = Object.fromEntries(Object.entries(AOAI_TYPICAL_OUTPUT_SPEED).map(([id, r]) => [id, r.outputTokensPerSecond]));
    expect(tps).toEqual({
      'gpt-4o': 115, // aa-azure-gpt-4o-2024-05-13: "Azure (115 t/s)"
      'gpt-4.1': 185, // aa-gpt-4-1-secondary: "Microsoft Azure implementation … 185 tokens per second"
      'gpt-4.1-mini': 107.9, // aa-azure-gpt-4-1-mini: "Azure (107.9 t/s)"
      'gpt-5': 155, // aa-azure-gpt-5-minimal: "Azure (155 t/s)"
      o3: 82.6, // aa-azure-o3: "Azure 82.6 t/s"
      'o3-mini': 152.6, // aa-azure-o3-mini: "Azure (152.6 t/s)"
    });
    for (const [id, r] of Object.entries(AOAI_TYPICAL_OUTPUT_SPEED)) {
      expectSourced(r);
      expect(model(id).id).toBe(id);
      expect(r.measuredOn).toBe('pay-as-you-go');
    }
  });
  it('no median for gpt-4o-mini, gpt-4.1-nano, o4-mini, o1 (none found): they fall back to the PTU floor in lib/calc', () => {
    for (const id of ['gpt-4o-mini', 'gpt-4.1-nano', 'o4-mini', 'o1']) {
      expect(AOAI_TYPICAL_OUTPUT_SPEED[id]).toBeUndefined();
      expect(AOAI_PTU_TABLE[id]?.latencyTargetTokensPerSecond).toBeGreaterThan(0);
    }
  });
  it("each median is above the same model's PTU floor (a floor that 99% of requests beat)", () => {
    for (const [id, r] of Object.entries(AOAI_TYPICAL_OUTPUT_SPEED)) {
      const floor = AOAI_PTU_TABLE[id]?.latencyTargetTokensPerSecond;
      if (floor !== undefined) expect(r.outputTokensPerSecond, id).toBeGreaterThan(floor);
    }
  });
});

describe('regions and latency', () => {
  it('validate, cite sources, and cover the required regions', () => {
    for (const r of REGIONS) {
      expect(() => Region.parse(r)).not.toThrow();
      expectSourced(r);
    }
    expectUniqueIds(REGIONS);
    const required = [
      'eastus',
      'eastus2',
      'centralus',
      'northcentralus',
      'southcentralus',
      'westus',
      'westus2',
      'westus3',
      'westeurope',
      'northeurope',
      'swedencentral',
      'francecentral',
      'uksouth',
      'germanywestcentral',
      'switzerlandnorth',
      'canadaeast',
      'japaneast',
      'australiaeast',
      'southeastasia',
    ];
    for (const id of required) expect(REGIONS.map((r) => r.id)).toContain(id);
  });

  it('pairs and availability zones match the Microsoft tables', () => {
    const r = (id: string) => REGIONS.find((x) => x.id === id)!;
    expect(r('eastus').pairedRegion).toBe('westus');
    expect(r('eastus2').pairedRegion).toBe('centralus');
    expect(r('westeurope').pairedRegion).toBe('northeurope');
    expect(r('westus3').pairedRegion).toBe('eastus');
    expect(r('swedencentral').pairedRegion).toBe('swedensouth');
    // azure-az-regions (2022-10-20)
    for (const id of ['eastus', 'eastus2', 'westus3', 'swedencentral', 'japaneast']) expect(r(id).availabilityZones).toBe(true);
    for (const id of ['northcentralus', 'westus', 'canadaeast']) expect(r(id).availabilityZones).toBe(false);
  });

  it('every RTT row validates and is sourced', () => {
    for (const row of REGION_RTTS) {
      expect(() => RegionRtt.parse(row)).not.toThrow();
      expectSourced(row);
    }
    const known = new Set(REGIONS.map((r) => r.id));
    for (const row of REGION_RTTS) {
      expect(known).toContain(row.from);
      expect(known).toContain(row.to);
    }
    // all ordered pairs among the 19 regions
    expect(REGION_RTTS.length).toBe(19 * 18);
    const keys = REGION_RTTS.map((r) => `${r.from}>${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reproduces facts §6.1 (P95, 2026-07-30) in both directions as given', () => {
    // [from, to, rttMs] — source row → destination column
    const FACTS_6_1: [string, string, number][] = [
      ['eastus', 'westus', 74],
      ['westus', 'eastus', 72],
      ['eastus', 'eastus2', 11],
      ['eastus2', 'eastus', 11],
      ['eastus', 'westus2', 75],
      ['westus2', 'eastus', 76],
      ['eastus', 'westus3', 70],
      ['westus3', 'eastus', 65],
      ['eastus', 'southcentralus', 44],
      ['southcentralus', 'eastus', 47],
      ['eastus', 'westeurope', 89],
      ['westeurope', 'eastus', 91],
      ['eastus', 'northeurope', 74],
      ['northeurope', 'eastus', 76],
      ['eastus', 'swedencentral', 110],
      ['swedencentral', 'eastus', 108],
      ['westeurope', 'swedencentral', 31],
      ['swedencentral', 'westeurope', 31],
      ['westeurope', 'northeurope', 20],
      ['northeurope', 'westeurope', 19],
    ];
    for (const [from, to, ms] of FACTS_6_1) expect(rtt(from, to), `${from}→${to}`).toBe(ms);
  });

  it('matches the per-region tabs of the same page for the extra pairs', () => {
    // Read from the tab tables (source row, destination column) of azure-network-latency.md, 2026-07-30.
    const TABS: [string, string, number][] = [
      ['eastus2', 'westus2', 71],
      ['westus2', 'eastus2', 71],
      ['westus3', 'eastus2', 60],
      ['eastus2', 'westus3', 60],
      ['swedencentral', 'northeurope', 37],
      ['northeurope', 'swedencentral', 40],
      ['francecentral', 'westeurope', 15],
      ['westeurope', 'francecentral', 15],
      ['uksouth', 'westeurope', 12],
      ['westeurope', 'uksouth', 13],
      ['centralus', 'northcentralus', 19],
      ['northcentralus', 'centralus', 18],
      ['westus', 'westus3', 23],
      ['westus3', 'westus', 22],
      ['switzerlandnorth', 'eastus', 104],
      ['germanywestcentral', 'switzerlandnorth', 12],
      ['japaneast', 'westus2', 103],
      ['australiaeast', 'southeastasia', 98],
      ['canadaeast', 'eastus', 28],
      ['southeastasia', 'japaneast', 74],
    ];
    for (const [from, to, ms] of TABS) expect(rtt(from, to), `${from}→${to}`).toBe(ms);
  });

  it('the CSV parser rejects a shifted row', () => {
    const header = 'Source,East US,West US';
    expect(() => parseLatencyCsv(header, ['East US,,74,1'], new Set(['eastus', 'westus']))).toThrow();
    expect(() => parseLatencyCsv(header, ['East US,74,'], new Set(['eastus', 'westus']))).toThrow();
    expect(parseLatencyCsv(header, ['East US,,74'], new Set(['eastus', 'westus']))).toEqual([
      { from: 'eastus', to: 'westus', rttMs: 74, source: 'azure-network-latency-p95', asOf: '2026-07-30' },
    ]);
  });

  it('intra-region RTT is the stated < 2 ms upper bound', () => {
    expect(INTRA_REGION_RTT_MS).toBe(2);
    expectSourced(INTRA_REGION_RTT);
  });
});

describe('SLAs', () => {
  it('validate and cite sources', () => {
    for (const s of SLAS) {
      expect(() => Sla.parse(s)).not.toThrow();
      expectSourced(s);
    }
    expectUniqueIds(SLAS);
  });

  it('reproduce facts §4.1 value by value', () => {
    // [id, availability (write), readAvailability or undefined] — facts.md §4.1
    const FACTS_4_1: [string, number | null, number?][] = [
      ['vm-multi-zone', 0.9999],
      ['vm-availability-set', 0.9995],
      ['vm-single-premium', 0.999],
      ['vm-single-standard-ssd', 0.995],
      ['vm-single-standard-hdd', 0.95],
      ['aoai', 0.999],
      ['ai-search-1-replica', null],
      ['ai-search-2-replicas', 0.999],
      ['ai-search-3-replicas', 0.999],
      ['apim-developer', null],
      ['apim-consumption', 0.9995],
      ['apim-basic', 0.9995],
      ['apim-standard', 0.9995],
      ['apim-premium', 0.9995],
      ['apim-premium-multi-region', 0.9999],
      ['front-door', 0.9999],
      ['app-service', 0.9995],
      ['app-service-zone-redundant', 0.9999],
      ['functions', 0.9995],
      ['aks-standard-az', 0.9995],
      ['aks-standard', 0.999],
      ['aks-free', null],
      ['cosmos-single-region', 0.9999, 0.9999],
      ['cosmos-single-region-az', 0.99995, 0.99995],
      ['cosmos-multi-region', 0.9999, 0.99999],
      ['cosmos-multi-region-az', 0.99995, 0.99999],
      ['cosmos-multi-region-writes', 0.99999, 0.99999],
      ['redis-basic', null],
      ['redis-standard', 0.999],
      ['redis-premium-zr', 0.999],
      ['redis-enterprise-zr', 0.9999],
      ['storage-lrs-hot', 0.999, 0.999],
      ['storage-ra-grs-hot', 0.999, 0.9999],
      ['storage-cool', 0.99, 0.999],
      ['key-vault', 0.9999],
      ['container-apps', 0.9995],
      ['entra-id', 0.9999],
      ['private-link', 0.9999],
      ['private-dns', 1],
      ['azure-sql', 0.99995],
      ['app-configuration', 0.999],
    ];
    for (const [id, a, read] of FACTS_4_1) {
      expect(sla(id).availability, id).toBe(a);
      if (read !== undefined) expect(sla(id).readAvailability, `${id} read`).toBe(read);
    }
  });

  it('records the Redis Premium conflict (99.95% in 2020 vs 99.9% in 2023)', () => {
    const c = sla('redis-premium-zr').conflict;
    expect(c).toBeDefined();
    expect(c).toMatch(/99\.95%/);
    expect(c).toMatch(/99\.9%/);
  });

  it('composite math of facts §4.2 holds with these figures', () => {
    // Well-Architected example: App Service 99.95% × SQL 99.99% = 99.94% (0.99940005)
    expect(sla('app-service').availability! * 0.9999).toBeCloseTo(0.99940005, 10);
    // Reliable web app dev composite = 99.616% (recomputed 0.9961558)
    const dev = [
      'front-door',
      'entra-id',
      'app-service',
      'redis-standard',
      'azure-sql',
      'storage-lrs-hot',
      'key-vault',
      'app-configuration',
    ]
      .map((id) => sla(id).availability!)
      .reduce((a, b) => a * b, 1);
    expect(dev).toBeCloseTo(0.9961558, 6);
  });

  it('seed RPO/RTO table and downtime table', () => {
    expect(STORE_RECOVERY).toHaveLength(5);
    for (const r of STORE_RECOVERY) expect(r.source).toBe('seed-9');
    expect(STORE_RECOVERY[0]).toMatchObject({ service: 'Azure OpenAI', rpo: '0 (stateless service)', rto: 'Minutes (APIM failover)' });
    expect(DOWNTIME_TABLE.map((d) => d.availability)).toEqual([0.99, 0.999, 0.9995, 0.9999, 0.99999]);
    for (const d of DOWNTIME_TABLE) expectSourced(d);
    // facts §4.2: 99.9% → 43.2 min/month (30-day month): (1 − 0.999) × 30 × 24 × 60 = 43.2
    expect((1 - 0.999) * 30 * 24 * 60).toBeCloseTo(43.2, 6);
    expect(DOWNTIME_TABLE[1]!.perMonth).toBe('43.2 minutes');
    expect(DOWNTIME_TABLE[0]!.perYear).toBe('3.65 days');
  });
});

describe('service prices', () => {
  it('validate, cite sources, and follow the id scheme', () => {
    for (const p of SERVICE_PRICES) {
      expect(() => ServicePrice.parse(p)).not.toThrow();
      expectSourced(p);
      expect(p.id).toMatch(/^[a-z0-9-]+:[a-z0-9.-]+(:(input|output))?$/);
      expect(p.usd).toBeGreaterThan(0);
    }
    expectUniqueIds(SERVICE_PRICES);
  });

  it('reproduces the golden lines they were derived from (× 730 h)', () => {
    const monthly = (id: string) => priceOf(id).usd * 730;
    expect(monthly('ai-search:s2')).toBeCloseTo(981.12, 6);
    expect(monthly('ai-search:l1')).toBeCloseTo(2802.47, 6);
    expect(priceOf('ai-search:basic').usd * 2920).toBeCloseTo(294.92, 6);
    expect(monthly('apim:standard') * 3).toBeCloseTo(2060.13, 6);
    expect(monthly('apim:premium') * 4).toBeCloseTo(11180.68, 6);
    expect(monthly('redis:premium-p1')).toBeCloseTo(404.42, 6);
    expect(monthly('app-service:p1v3-linux')).toBeCloseTo(113.15, 6);
    expect(priceOf('aks:standard-tier').usd).toBeCloseTo(0.1, 10); // $0.10 per cluster-hour
    expect(priceOf('cosmos:ru-100-hour').usd).toBeCloseTo(0.008, 10); // $0.008 per 100 RU/s-hour
    expect(priceOf('blob:hot-lrs-gb').usd).toBeCloseTo(0.0208, 10);
    expect(priceOf('key-vault:secret-ops').usd).toBeCloseTo(3, 10); // $0.03 per 10K
    expect(priceOf('event-grid:operations').usd).toBeCloseTo(0.6, 10); // $0.06 per 100K
  });

  it('covers the services the brief lists (or documents their absence)', () => {
    const services = new Set(SERVICE_PRICES.map((p) => p.id.split(':')[0]));
    for (const s of [
      'ai-search',
      'apim',
      'redis',
      'app-service',
      'functions',
      'front-door',
      'cosmos',
      'blob',
      'key-vault',
      'log-analytics',
      'doc-intel',
      'content-safety',
      'service-bus',
      'event-grid',
      'foundry',
      'aks',
    ]) {
      expect(services, s).toContain(s);
    }
    // Foundry serverless token prices (secondary): Llama 3.1 8B / 70B / 405B per 1M tokens in / out
    expect([priceOf('foundry:llama-3.1-8b:input').usd, priceOf('foundry:llama-3.1-8b:output').usd]).toEqual([0.3, 0.61]);
    expect([priceOf('foundry:llama-3.1-70b:input').usd, priceOf('foundry:llama-3.1-70b:output').usd]).toEqual([2.68, 3.54]);
    expect([priceOf('foundry:llama-3.1-405b:input').usd, priceOf('foundry:llama-3.1-405b:output').usd]).toEqual([5.33, 16]);
    // Front Door base fees (secondary)
    expect([priceOf('front-door:standard-base').usd, priceOf('front-door:premium-base').usd]).toEqual([35, 330]);
    // Not found: AI Search S1 / S3 / L2 — left out rather than guessed.
    for (const id of ['ai-search:s3', 'ai-search:l2']) expect(SERVICE_PRICES.some((p) => p.id === id)).toBe(false);
    // S1: "Starts at $245/month" per search unit (secondary summary of the Azure pricing page).
    const s1 = SERVICE_PRICES.find((p) => p.id === 'ai-search:s1');
    expect((s1?.usd ?? 0) * 730).toBeCloseTo(245, 6);
    expect(s1?.source).toBe('ai-search-s1-price-secondary');
  });
});
