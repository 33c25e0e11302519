import { describe, expect, it } from 'vitest';
import { GPUS } from './gpus';
import { OPEN_MODELS } from './models';
import { COMPUTE_SOURCES } from './sources-compute';
import { Gpu, OpenModel, Source, VmSku } from './types';
import { CATALOG_REGIONS } from './openai-models';
import { vmPriceUsdPerHour } from './vm-prices';
import { SKYPILOT_US_REGIONS, VM_SKUS } from './vm-skus';

const KARPENTER = 'karpenter-azure-pricing-2b431da1';
const ALL_CATALOG_REGIONS = [...CATALOG_REGIONS].sort();

const sourceIds = new Set([...COMPUTE_SOURCES.map((s) => s.id), 'seed-9']);
const sku = (id: string) => {
  const row = VM_SKUS.find((r) => r.id === id);
  if (!row) throw new Error(`no VM size ${id}`);
  return row;
};
const gpu = (id: string) => {
  const row = GPUS.find((r) => r.id === id);
  if (!row) throw new Error(`no GPU ${id}`);
  return row;
};
const model = (id: string) => {
  const row = OPEN_MODELS.find((r) => r.id === id);
  if (!row) throw new Error(`no model ${id}`);
  return row;
};
const unique = (ids: string[]) => new Set(ids).size === ids.length;

describe('shapes and references', () => {
  it('every row satisfies its zod schema', () => {
    for (const s of COMPUTE_SOURCES) expect(() => Source.parse(s), s.id).not.toThrow();
    for (const g of GPUS) expect(() => Gpu.parse(g), g.id).not.toThrow();
    for (const v of VM_SKUS) expect(() => VmSku.parse(v), v.id).not.toThrow();
    for (const m of OPEN_MODELS) expect(() => OpenModel.parse(m), m.id).not.toThrow();
  });

  it('ids are unique and sources include the seed', () => {
    expect(unique(COMPUTE_SOURCES.map((s) => s.id))).toBe(true);
    expect(unique(GPUS.map((g) => g.id))).toBe(true);
    expect(unique(VM_SKUS.map((v) => v.id))).toBe(true);
    expect(unique(OPEN_MODELS.map((m) => m.id))).toBe(true);
    const seed = COMPUTE_SOURCES.find((s) => s.id === 'seed-9');
    expect(seed?.quality).toBe('seed');
    expect(seed?.asOf).toBe('2026-03');
  });

  it('every source and fieldSources id names a known source', () => {
    const rows = [...GPUS, ...VM_SKUS, ...OPEN_MODELS];
    for (const row of rows) {
      expect(sourceIds.has(row.source), `${row.id} source ${row.source}`).toBe(true);
      for (const [field, id] of Object.entries(row.fieldSources ?? {})) {
        expect(sourceIds.has(id), `${row.id}.${field} -> ${id}`).toBe(true);
        expect(field in row, `${row.id} fieldSources names unknown field ${field}`).toBe(true);
      }
    }
  });

  it('every VM size points at a catalogued GPU', () => {
    for (const v of VM_SKUS)
      expect(
        GPUS.some((g) => g.id === v.gpuId),
        v.id,
      ).toBe(true);
  });

  it('has the requested ids', () => {
    expect(GPUS.map((g) => g.id).sort()).toEqual(
      [
        'v100-16gb',
        'a100-40gb-sxm',
        'a100-80gb-pcie',
        'a100-80gb-sxm',
        'h100-80gb-sxm',
        'h100-nvl-94gb',
        'h200-141gb',
        'mi300x-192gb',
        't4-16gb',
        'a10-24gb',
        'm60-8gb',
        'v100-32gb-sxm2',
        'gb200-192gb',
      ].sort(),
    );
    expect(OPEN_MODELS.map((m) => m.id).sort()).toEqual(
      [
        'phi-3-mini-4k',
        'phi-3-mini-128k',
        'llama-3.1-8b',
        'llama-3.1-70b',
        'llama-3.1-405b',
        'llama-3.2-1b',
        'llama-3.2-3b',
        'mistral-7b-v0.3',
        'mixtral-8x7b',
        'qwen2.5-7b',
        'qwen2.5-72b',
        'gemma-2-9b',
        'gemma-2-27b',
        'gpt-4-estimated',
        'llama-3.3-70b',
        'llama-4-scout',
        'llama-4-maverick',
        'phi-3.5-mini',
        'phi-4',
        'phi-4-mini',
        'qwen3-8b',
        'qwen3-32b',
        'qwen3-30b-a3b',
        'qwen3-235b-a22b',
        'gpt-oss-20b',
        'gpt-oss-120b',
        'deepseek-v3',
        'deepseek-r1',
        'mistral-nemo-12b',
        'mistral-small-24b',
      ].sort(),
    );
  });
});

describe('seed 9.2 NC-series table, number by number', () => {
  // [size, GPU count, VRAM per GPU GB, total VRAM GB, vCPUs, RAM GB, seed "~$" price] — seed 9.2 NC table
  const rows: [string, number, number, number, number, number, number][] = [
    ['Standard_NC6s_v3', 1, 16, 16, 6, 112, 3.06],
    ['Standard_NC24s_v3', 4, 16, 64, 24, 448, 12.24],
    ['Standard_NC24ads_A100_v4', 1, 80, 80, 24, 220, 3.67],
    ['Standard_NC48ads_A100_v4', 2, 80, 160, 48, 440, 7.35],
    ['Standard_NC96ads_A100_v4', 4, 80, 320, 96, 880, 14.69],
  ];
  it.each(rows)('%s', (id, count, perGpu, total, vcpus, ram, price) => {
    const v = sku(id);
    expect(v.family).toBe('NC');
    expect(v.gpuCount).toBe(count);
    expect(v.gpuMemoryGB / v.gpuCount).toBe(perGpu);
    expect(v.gpuMemoryGB).toBe(total);
    expect(v.vcpus).toBe(vcpus);
    expect(v.ramGB).toBe(ram);
    expect(v.seedUsdPerHour).toBe(price);
    // the seed's rounded price agrees with the primary East US price to the cent
    expect(Math.abs((v.paygUsdPerHour.eastus ?? 0) - price)).toBeLessThan(0.01);
  });
});

describe('seed 9.2 ND-series table, number by number', () => {
  // [size, GPU count, VRAM per GPU GB, total VRAM GB (Microsoft), seed price or null] — seed 9.2 ND table
  const rows: [string, number, number, number, number | null][] = [
    ['Standard_ND96asr_v4', 8, 40, 320, 27.2],
    ['Standard_ND96amsr_A100_v4', 8, 80, 640, 32.77],
    ['Standard_ND96isr_H100_v5', 8, 80, 640, 98.32],
    ['Standard_ND96isr_H200_v5', 8, 141, 1128, null], // seed: "Contact Microsoft"
  ];
  it.each(rows)('%s', (id, count, perGpu, total, price) => {
    const v = sku(id);
    expect(v.family).toBe('ND');
    expect(v.gpuCount).toBe(count);
    expect(v.gpuMemoryGB / v.gpuCount).toBe(perGpu);
    expect(v.gpuMemoryGB).toBe(total);
    expect(v.seedUsdPerHour).toBe(price);
    expect(v.infinibandGbps).not.toBeNull();
    expect(v.nvlink).toBe(true);
  });

  it('MI300X: Microsoft name and 1535 GB, the seed 8 x 192 = 1,536 GB and ~$75.00 kept aside', () => {
    // seed 9.2 writes "ND96is_MI300X_v5 | AMD MI300X | 8 | 192 GB | 1,536 GB | ~$75.00"
    expect(VM_SKUS.some((v) => v.id === 'Standard_ND96is_MI300X_v5')).toBe(false);
    const v = sku('Standard_ND96isr_MI300X_v5');
    expect(v.gpuCount).toBe(8);
    expect(gpu(v.gpuId).memoryGB).toBe(192);
    expect(v.gpuCount * gpu(v.gpuId).memoryGB).toBe(1536);
    expect(v.gpuMemoryGB).toBe(1535); // Microsoft Learn ndmi300xv5-series.md
    expect(v.seedUsdPerHour).toBe(75);
    // Retail Prices API mirror, 2026-08-22 (azure-pricing-radar): Linux PAYG 67.2 in Sweden Central; not in West Europe
    // (nor in the 2026-06-18 Karpenter table). Karpenter table: UK South 60, East US 2 48.
    expect(v.paygUsdPerHour.swedencentral).toBe(67.2);
    expect(v.paygUsdPerHour.westeurope).toBeUndefined();
    expect(v.paygUsdPerHour.uksouth).toBe(60);
    expect(v.paygUsdPerHour.eastus2).toBe(48);
    // the Karpenter table covers every catalog region, so every one is settled
    expect(v.regionScope).toEqual(ALL_CATALOG_REGIONS);
    expect(v.note).toContain('ND96is_MI300X_v5');
  });

  it('H200: three European prices from the 2026-08-22 mirror, eleven more from the 2026-06-18 Karpenter table; not in East US', () => {
    const v = sku('Standard_ND96isr_H200_v5');
    expect(v.paygUsdPerHour).toEqual({
      // azure-pricing-radar-cf741f25
      francecentral: 106,
      northeurope: 101.76,
      swedencentral: 110.272,
      // karpenter-azure-pricing-2b431da1
      australiaeast: 122.96,
      centralus: 95.824,
      eastus2: 84.8,
      germanywestcentral: 110.24,
      japaneast: 106,
      northcentralus: 101.76,
      southeastasia: 110.24,
      uksouth: 106,
      westus: 110.24,
      westus2: 84.8,
      westus3: 84.8,
    });
    // its spot meters equal PAYG (no discount): not recorded
    expect(v.spotUsdPerHour).toBeUndefined();
    expect(v.regionScope).toEqual(ALL_CATALOG_REGIONS);
    expect(v.fieldSources?.paygUsdPerHour).toBe(KARPENTER);
  });

  it('InfiniBand per VM: 1.6 Tb/s on A100 ND, 3.2 Tb/s on H100/H200/MI300X (facts §3.1)', () => {
    expect(sku('Standard_ND96asr_v4').infinibandGbps).toBe(1600);
    expect(sku('Standard_ND96amsr_A100_v4').infinibandGbps).toBe(1600);
    expect(sku('Standard_ND96isr_H100_v5').infinibandGbps).toBe(3200);
    expect(sku('Standard_ND96isr_H200_v5').infinibandGbps).toBe(3200);
    expect(sku('Standard_ND96isr_MI300X_v5').infinibandGbps).toBe(3200);
  });
});

describe('seed 9.2 NV-series rows', () => {
  it('NV v3 (Tesla M60) and NVads A10 v5 are present', () => {
    expect(VM_SKUS.filter((v) => v.gpuId === 'm60-8gb').map((v) => v.id)).toEqual([
      'Standard_NV12s_v3',
      'Standard_NV24s_v3',
      'Standard_NV48s_v3',
    ]);
    expect(VM_SKUS.filter((v) => v.gpuId === 'a10-24gb')).toHaveLength(6);
    for (const v of VM_SKUS.filter((r) => r.gpuId === 'm60-8gb' || r.gpuId === 'a10-24gb')) expect(v.family).toBe('NV');
  });
});

describe('facts §3.1 specifications (Microsoft Learn)', () => {
  // [size, gpuId, GPUs, GPU memory per VM GB, vCPU, RAM GB] — facts §3.1 table
  const rows: [string, string, number, number, number, number][] = [
    ['Standard_NC24ads_A100_v4', 'a100-80gb-pcie', 1, 80, 24, 220],
    ['Standard_NC48ads_A100_v4', 'a100-80gb-pcie', 2, 160, 48, 440],
    ['Standard_NC96ads_A100_v4', 'a100-80gb-pcie', 4, 320, 96, 880],
    ['Standard_ND96asr_v4', 'a100-40gb-sxm', 8, 320, 96, 900],
    ['Standard_ND96amsr_A100_v4', 'a100-80gb-sxm', 8, 640, 96, 1900],
    ['Standard_ND96isr_H100_v5', 'h100-80gb-sxm', 8, 640, 96, 1900],
    ['Standard_ND96isr_H200_v5', 'h200-141gb', 8, 1128, 96, 1850],
    ['Standard_ND96isr_MI300X_v5', 'mi300x-192gb', 8, 1535, 96, 1850],
    ['Standard_NC40ads_H100_v5', 'h100-nvl-94gb', 1, 94, 40, 320],
    ['Standard_NC80adis_H100_v5', 'h100-nvl-94gb', 2, 188, 80, 640],
    ['Standard_NC4as_T4_v3', 't4-16gb', 1, 16, 4, 28],
    ['Standard_NC8as_T4_v3', 't4-16gb', 1, 16, 8, 56],
    ['Standard_NC16as_T4_v3', 't4-16gb', 1, 16, 16, 110],
    ['Standard_NC64as_T4_v3', 't4-16gb', 4, 64, 64, 440],
    ['Standard_NV6ads_A10_v5', 'a10-24gb', 1 / 6, 4, 6, 55],
    ['Standard_NV12ads_A10_v5', 'a10-24gb', 1 / 3, 8, 12, 110],
    ['Standard_NV18ads_A10_v5', 'a10-24gb', 1 / 2, 12, 18, 220],
    ['Standard_NV36ads_A10_v5', 'a10-24gb', 1, 24, 36, 440],
    ['Standard_NV36adms_A10_v5', 'a10-24gb', 1, 24, 36, 880],
    ['Standard_NV72ads_A10_v5', 'a10-24gb', 2, 48, 72, 880],
    ['Standard_NC6s_v3', 'v100-16gb', 1, 16, 6, 112],
    ['Standard_NC12s_v3', 'v100-16gb', 2, 32, 12, 224],
    ['Standard_NC24s_v3', 'v100-16gb', 4, 64, 24, 448],
    ['Standard_NC24rs_v3', 'v100-16gb', 4, 64, 24, 448],
    // Microsoft Learn nvv3-series.md (not in facts)
    ['Standard_NV12s_v3', 'm60-8gb', 1, 8, 12, 112],
    ['Standard_NV24s_v3', 'm60-8gb', 2, 16, 24, 224],
    ['Standard_NV48s_v3', 'm60-8gb', 4, 32, 48, 448],
    // Microsoft Learn ndv2-series.md and nd-gb200-v6-series-specs.md
    ['Standard_ND40rs_v2', 'v100-32gb-sxm2', 8, 256, 40, 672],
    ['Standard_ND128isr_NDR_GB200_v6', 'gb200-192gb', 4, 768, 128, 900],
  ];
  it.each(rows)('%s', (id, gpuId, count, mem, vcpus, ram) => {
    const v = sku(id);
    expect(v.gpuId).toBe(gpuId);
    expect(v.gpuCount).toBeCloseTo(count, 12);
    expect(v.gpuMemoryGB).toBe(mem);
    expect(v.vcpus).toBe(vcpus);
    expect(v.ramGB).toBe(ram);
  });

  it('covers every size listed (29 rows, nothing extra)', () => {
    expect(VM_SKUS).toHaveLength(rows.length);
  });

  it('per-VM GPU memory equals GPU count x GPU memory, except the MI300X doc value', () => {
    for (const v of VM_SKUS) {
      if (v.id === 'Standard_ND96isr_MI300X_v5') continue;
      expect(v.gpuCount * gpu(v.gpuId).memoryGB, v.id).toBeCloseTo(v.gpuMemoryGB, 9);
    }
  });

  it('NVLink only where Microsoft lists it', () => {
    expect(
      VM_SKUS.filter((v) => v.nvlink)
        .map((v) => v.id)
        .sort(),
    ).toEqual(
      [
        'Standard_NC48ads_A100_v4',
        'Standard_NC96ads_A100_v4',
        'Standard_NC80adis_H100_v5',
        'Standard_ND96asr_v4',
        'Standard_ND96amsr_A100_v4',
        'Standard_ND96isr_H100_v5',
        'Standard_ND96isr_H200_v5',
        'Standard_ND96isr_MI300X_v5',
        'Standard_ND40rs_v2',
        'Standard_ND128isr_NDR_GB200_v6',
      ].sort(),
    );
  });

  it('retirements: NCv3 on 2025-09-30, NVv3 on 2026-09-30, nothing else', () => {
    const retired = VM_SKUS.filter((v) => v.retired);
    expect(
      retired
        .filter((v) => v.retired?.on === '2025-09-30')
        .map((v) => v.id)
        .sort(),
    ).toEqual(['Standard_NC6s_v3', 'Standard_NC12s_v3', 'Standard_NC24s_v3', 'Standard_NC24rs_v3'].sort());
    expect(
      retired
        .filter((v) => v.retired?.on === '2026-09-30')
        .map((v) => v.id)
        .sort(),
    ).toEqual(['Standard_NV12s_v3', 'Standard_NV24s_v3', 'Standard_NV48s_v3'].sort());
    expect(retired).toHaveLength(7);
  });
});

describe('facts §3.2 prices (SkyPilot snapshot, Linux PAYG, USD/hour)', () => {
  // East US $/h — facts §3.2 table
  const eastUs: [string, number][] = [
    ['Standard_NC24ads_A100_v4', 3.673],
    ['Standard_NC48ads_A100_v4', 7.346],
    ['Standard_NC96ads_A100_v4', 14.692],
    ['Standard_ND96asr_v4', 27.197],
    ['Standard_ND96amsr_A100_v4', 32.77],
    ['Standard_ND96isr_H100_v5', 98.32],
    ['Standard_NC40ads_H100_v5', 6.98],
    ['Standard_NC80adis_H100_v5', 13.96],
    ['Standard_NC4as_T4_v3', 0.526],
    ['Standard_NC8as_T4_v3', 0.752],
    ['Standard_NC16as_T4_v3', 1.204],
    ['Standard_NC64as_T4_v3', 4.352],
    ['Standard_NV36ads_A10_v5', 3.2],
    ['Standard_NV36adms_A10_v5', 4.52],
    ['Standard_NV72ads_A10_v5', 6.52],
    ['Standard_NC6s_v3', 3.06],
    ['Standard_NC12s_v3', 6.12],
    ['Standard_NC24s_v3', 12.24],
    ['Standard_NC24rs_v3', 13.46],
  ];
  it.each(eastUs)('%s East US', (id, price) => {
    expect(sku(id).paygUsdPerHour.eastus).toBe(price);
  });

  it('monthly = hourly x 730 (facts §3.2): NC24ads A100 v4 East US = $2,681.29', () => {
    expect(Math.round((sku('Standard_NC24ads_A100_v4').paygUsdPerHour.eastus ?? 0) * 730 * 100) / 100).toBe(2681.29);
  });

  it('other regions from facts §3.2 and the CSV', () => {
    // facts §3.2: "centralus 4.15, ... southcentralus 4.408, westus 4.775"
    const us = (id: string) => Object.fromEntries(Object.entries(sku(id).paygUsdPerHour).filter(([r]) => SKYPILOT_US_REGIONS.includes(r)));
    expect(us('Standard_NC24ads_A100_v4')).toEqual({
      centralus: 4.15,
      eastus: 3.673,
      eastus2: 3.673,
      northcentralus: 4.408, // not in SkyPilot; Karpenter table 2026-06-18
      southcentralus: 4.408,
      westus: 4.775,
      westus2: 3.673,
      westus3: 3.673,
    });
    // facts §3.2: ND96asr_v4 "eastus, southcentralus 32.63, westus2 27.197"
    expect(us('Standard_ND96asr_v4')).toEqual({ eastus: 27.197, southcentralus: 32.63, westus2: 27.197 });
    // facts §3.2: ND96isr_H100_v5 "eastus, eastus2 98.32, westus 127.816"; the Karpenter table (2026-06-18) also prices
    // it in five US regions SkyPilot leaves out
    expect(us('Standard_ND96isr_H100_v5')).toEqual({
      eastus: 98.32,
      eastus2: 98.32,
      westus: 127.816,
      centralus: 120.934,
      northcentralus: 117.984,
      southcentralus: 117.968,
      westus2: 98.32,
      westus3: 98.32,
    });
    // facts §3.2: NC4as_T4_v3 in 8 regions; northcentralus 0.526
    expect(Object.keys(us('Standard_NC4as_T4_v3'))).toHaveLength(8);
    expect(sku('Standard_NC4as_T4_v3').paygUsdPerHour.northcentralus).toBe(0.526);
    // CSV: NC24rs_v3 eastus2 13.464 (not 13.46), NV12s_v3 southcentralus 1.368
    expect(sku('Standard_NC24rs_v3').paygUsdPerHour.eastus2).toBe(13.464);
    expect(sku('Standard_NV12s_v3').paygUsdPerHour.southcentralus).toBe(1.368);
  });

  it('spot prices (CSV SpotPrice) where recorded are below PAYG; H100 rows have none in the US', () => {
    expect(sku('Standard_NC24ads_A100_v4').spotUsdPerHour?.eastus).toBe(0.444433);
    expect(sku('Standard_NV36ads_A10_v5').spotUsdPerHour?.eastus).toBe(0.8);
    for (const id of ['Standard_ND96isr_H100_v5', 'Standard_NC40ads_H100_v5', 'Standard_NC80adis_H100_v5']) {
      for (const r of SKYPILOT_US_REGIONS) expect(sku(id).spotUsdPerHour?.[r], `${id} ${r}`).toBeUndefined();
    }
    // The European mirror has real H100 spot discounts: ND96isr H100 v5 Spot 23.620397 in West Europe.
    expect(sku('Standard_ND96isr_H100_v5').spotUsdPerHour?.westeurope).toBe(23.620397);
    for (const v of VM_SKUS) {
      for (const [region, spot] of Object.entries(v.spotUsdPerHour ?? {})) {
        expect(v.paygUsdPerHour[region], `${v.id} ${region}`).toBeDefined();
        expect(spot, `${v.id} ${region}`).toBeLessThan(v.paygUsdPerHour[region] ?? 0);
      }
    }
  });

  it('priced regions are in scope: SkyPilot US regions, the four mirror regions, the Karpenter table over every catalog region', () => {
    expect(SKYPILOT_US_REGIONS).toEqual([
      'eastus',
      'eastus2',
      'centralus',
      'northcentralus',
      'southcentralus',
      'westus',
      'westus2',
      'westus3',
    ]);
    const EU = ['francecentral', 'northeurope', 'swedencentral', 'westeurope'];
    for (const v of VM_SKUS) {
      const priced = Object.keys(v.paygUsdPerHour);
      for (const r of priced) expect(v.regionScope, `${v.id} ${r}`).toContain(r);
      if (priced.length > 0)
        expect(['skypilot-azure-vms-098741e7', 'azure-pricing-radar-cf741f25', KARPENTER], v.id).toContain(v.fieldSources?.paygUsdPerHour);
      expect(v.regionScope, v.id).toEqual(ALL_CATALOG_REGIONS);
    }
    // no SkyPilot row: H200, MI300X, fractional A10 sizes (their US prices come from the Karpenter table)
    for (const id of [
      'Standard_ND96isr_H200_v5',
      'Standard_ND96isr_MI300X_v5',
      'Standard_NV6ads_A10_v5',
      'Standard_NV12ads_A10_v5',
      'Standard_NV18ads_A10_v5',
    ]) {
      for (const r of Object.keys(sku(id).paygUsdPerHour))
        expect(vmPriceUsdPerHour(id, r, 'payg')?.source, `${id} ${r}`).toBe(EU.includes(r) ? 'azure-pricing-radar-cf741f25' : KARPENTER);
    }
    // ND96asr_v4 is not mapped from the mirror (its two West Europe Linux meters, "ND96asr_A100_v4" and
    // "ND96asrA100v4_NU", are both 35.357); the Karpenter table, keyed by ARM size, gives that same 35.357.
    expect(vmPriceUsdPerHour('Standard_ND96asr_v4', 'westeurope', 'payg')).toEqual({ usd: 35.357, source: KARPENTER, asOf: '2026-06-18' });
  });

  it('a seed price exists only where the seed printed one', () => {
    const withSeed = VM_SKUS.filter((v) => v.seedUsdPerHour !== null)
      .map((v) => v.id)
      .sort();
    expect(withSeed).toEqual(
      [
        'Standard_NC6s_v3',
        'Standard_NC24s_v3',
        'Standard_NC24ads_A100_v4',
        'Standard_NC48ads_A100_v4',
        'Standard_NC96ads_A100_v4',
        'Standard_ND96asr_v4',
        'Standard_ND96amsr_A100_v4',
        'Standard_ND96isr_H100_v5',
        'Standard_ND96isr_MI300X_v5',
      ].sort(),
    );
  });
});

describe('GPUs (datasheets; dense, not sparse, TFLOPS)', () => {
  it('memory bandwidth GB/s', () => {
    expect(gpu('v100-16gb').memoryBandwidthGBps).toBe(900); // V100 datasheet
    expect(gpu('a100-40gb-sxm').memoryBandwidthGBps).toBe(1555); // A100 datasheet
    expect(gpu('a100-80gb-pcie').memoryBandwidthGBps).toBe(1935); // A100 datasheet
    expect(gpu('a100-80gb-sxm').memoryBandwidthGBps).toBe(2039); // aiconfigurator a100_sxm.yaml
    expect(gpu('h100-80gb-sxm').memoryBandwidthGBps).toBe(3350); // aiconfigurator h100_sxm.yaml
    expect(gpu('h100-nvl-94gb').memoryBandwidthGBps).toBe(3900); // H100 product page
    expect(gpu('h200-141gb').memoryBandwidthGBps).toBe(4800); // aiconfigurator h200_sxm.yaml
    expect(gpu('mi300x-192gb').memoryBandwidthGBps).toBe(5300); // ROCm mi300.md
    expect(gpu('a10-24gb').memoryBandwidthGBps).toBe(600); // A10 datasheet
    expect(gpu('t4-16gb').memoryBandwidthGBps).toBe(320); // T4 product page "320+"
    expect(gpu('m60-8gb').memoryBandwidthGBps).toBeNull(); // not found: unverified
  });

  it('dense BF16 / FP8 TFLOPS', () => {
    expect(gpu('h100-80gb-sxm').denseBf16Tflops).toBe(989);
    expect(gpu('h100-80gb-sxm').denseFp8Tflops).toBe(1978);
    expect(gpu('h200-141gb').denseFp8Tflops).toBe(1978);
    // H100 NVL: product page 1,671 / 3,341 with sparsity -> dense = half
    expect(gpu('h100-nvl-94gb').denseBf16Tflops).toBe(1671 / 2);
    expect(gpu('h100-nvl-94gb').denseFp8Tflops).toBe(3341 / 2);
    for (const id of ['a100-40gb-sxm', 'a100-80gb-pcie', 'a100-80gb-sxm']) expect(gpu(id).denseBf16Tflops).toBe(312);
    expect(gpu('a10-24gb').denseBf16Tflops).toBe(125);
    expect(gpu('mi300x-192gb').denseBf16Tflops).toBe(1307.4);
    expect(gpu('mi300x-192gb').denseFp8Tflops).toBe(2614.9);
    // no BF16 before compute capability 8.0; FP8 only on Hopper and MI300X
    for (const id of ['v100-16gb', 't4-16gb', 'm60-8gb']) expect(gpu(id).denseBf16Tflops).toBeNull();
    expect(
      GPUS.filter((g) => g.fp8)
        .map((g) => g.id)
        .sort(),
    ).toEqual(['h100-80gb-sxm', 'h100-nvl-94gb', 'h200-141gb', 'mi300x-192gb', 'gb200-192gb'].sort());
    for (const g of GPUS) expect(g.denseFp8Tflops !== null, g.id).toBe(g.fp8);
  });

  it('NVLink / Infinity Fabric GB/s', () => {
    expect(gpu('h100-80gb-sxm').nvlinkGBps).toBe(900);
    expect(gpu('h200-141gb').nvlinkGBps).toBe(900);
    expect(gpu('a100-80gb-sxm').nvlinkGBps).toBe(600);
    expect(gpu('h100-nvl-94gb').nvlinkGBps).toBe(600);
    expect(gpu('mi300x-192gb').nvlinkGBps).toBe(896); // 7 x 128 GB/s (Microsoft)
    for (const id of ['v100-16gb', 't4-16gb', 'a10-24gb', 'm60-8gb']) expect(gpu(id).nvlinkGBps).toBeNull();
  });

  it('MIG profiles (NVIDIA mig-parted config-default.yaml)', () => {
    const profiles = (id: string) => Object.fromEntries(gpu(id).migProfiles.map((p) => [p.name, p.slicesPerGpu]));
    expect(profiles('a100-80gb-sxm')).toMatchObject({ '1g.10gb': 7, '2g.20gb': 3, '3g.40gb': 2, '4g.40gb': 1, '7g.80gb': 1 });
    expect(profiles('h100-80gb-sxm')).toMatchObject({ '1g.10gb': 7, '1g.20gb': 4, '7g.80gb': 1 });
    expect(profiles('a100-40gb-sxm')).toMatchObject({ '1g.5gb': 7, '2g.10gb': 3, '3g.20gb': 2, '4g.20gb': 1, '7g.40gb': 1 });
    expect(profiles('h100-nvl-94gb')).toMatchObject({ '1g.12gb': 7, '7g.94gb': 1 });
    expect(profiles('h200-141gb')).toMatchObject({ '1g.18gb': 7, '7g.141gb': 1 });
    for (const id of ['v100-16gb', 't4-16gb', 'a10-24gb', 'm60-8gb', 'mi300x-192gb']) expect(gpu(id).migProfiles).toEqual([]);
    for (const g of GPUS) {
      for (const p of g.migProfiles) {
        expect(p.memoryGB, `${g.id} ${p.name}`).toBeLessThanOrEqual(g.memoryGB);
        expect(p.name).toMatch(new RegExp(`^\\dg\\.${p.memoryGB}gb$`));
      }
    }
  });
});

describe('seed 9.3 VRAM table and facts §1.3 / §1.4 model figures', () => {
  it('the seed parameter column', () => {
    // seed 9.3: Phi-3 Mini 3.8B, Llama 3.1 8B 8B, Mistral 7B 7.3B, Llama 3.1 70B 70B, Llama 3.1 405B 405B, GPT-4 ~1.8T
    expect(model('phi-3-mini-4k').seedParametersB).toBe(3.8);
    expect(model('llama-3.1-8b').seedParametersB).toBe(8);
    expect(model('mistral-7b-v0.3').seedParametersB).toBe(7.3);
    expect(model('llama-3.1-70b').seedParametersB).toBe(70);
    expect(model('llama-3.1-405b').seedParametersB).toBe(405);
    expect(model('gpt-4-estimated').seedParametersB).toBe(1800);
    expect(OPEN_MODELS.filter((m) => m.seedParametersB !== null)).toHaveLength(6);
  });

  it('the seed FP16 column is params(B) x 2 on its rounded sizes', () => {
    // seed 9.3 FP16 / BF16 column: 7.6, 16, 14.6, 140, 810 GB
    const seedFp16: [string, number][] = [
      ['phi-3-mini-4k', 7.6],
      ['llama-3.1-8b', 16],
      ['mistral-7b-v0.3', 14.6],
      ['llama-3.1-70b', 140],
      ['llama-3.1-405b', 810],
    ];
    for (const [id, gb] of seedFp16) expect((model(id).seedParametersB ?? 0) * 2).toBeCloseTo(gb, 9);
  });

  it('exact parameter counts (facts §1.3)', () => {
    const exact: [string, number, number][] = [
      ['llama-3.1-8b', 8_030_261_248, 8_030_261_248],
      ['llama-3.1-70b', 70_553_706_496, 70_553_706_496],
      ['llama-3.1-405b', 405_853_388_800, 405_853_388_800],
      ['llama-3.2-1b', 1_235_814_400, 1_235_814_400],
      ['llama-3.2-3b', 3_212_749_824, 3_212_749_824],
      ['mistral-7b-v0.3', 7_248_023_552, 7_248_023_552],
      ['mixtral-8x7b', 46_702_792_704, 12_879_925_248],
      ['phi-3-mini-4k', 3_821_079_552, 3_821_079_552],
      ['phi-3-mini-128k', 3_821_079_552, 3_821_079_552],
      ['qwen2.5-7b', 7_615_616_512, 7_615_616_512],
      ['qwen2.5-72b', 72_706_203_648, 72_706_203_648],
      ['gemma-2-9b', 9_241_705_984, 9_241_705_984],
      ['gemma-2-27b', 27_227_128_320, 27_227_128_320],
    ];
    for (const [id, total, active] of exact) {
      expect(model(id).parameters, id).toBe(total);
      expect(model(id).activeParameters, id).toBe(active);
    }
  });

  it('the exact counts reproduce from the configs (dense-decoder formula, facts §1.3)', () => {
    // Llama 3.1 70B: I = 28672, vocab 128256, untied
    const m = model('llama-3.1-70b');
    const h = m.hiddenSize ?? 0;
    const H = m.attentionHeads ?? 0;
    const kv = m.kvHeads ?? 0;
    const d = m.headDim ?? 0;
    const perLayer = h * H * d + 2 * h * kv * d + H * d * h + 3 * h * 28672 + 2 * h;
    expect((m.layers ?? 0) * perLayer + 128256 * h * 2 + h).toBe(m.parameters);
    // Llama 3.1 405B: 126 x 3,187,703,808 + 2 x 128256 x 16384 + 16384 (facts §1.3 warning)
    expect(126 * 3_187_703_808 + 2 * 128256 * 16384 + 16384).toBe(model('llama-3.1-405b').parameters);
  });

  it('architectures (facts §1.2)', () => {
    // [id, layers, hidden, heads, kv heads, head_dim, max context]
    const arch: [string, number, number, number, number, number, number | null][] = [
      ['llama-3.1-8b', 32, 4096, 32, 8, 128, 131072],
      ['llama-3.1-70b', 80, 8192, 64, 8, 128, 131072],
      ['llama-3.1-405b', 126, 16384, 128, 8, 128, null],
      ['llama-3.2-1b', 16, 2048, 32, 8, 64, 131072],
      ['llama-3.2-3b', 28, 3072, 24, 8, 128, 131072],
      ['mistral-7b-v0.3', 32, 4096, 32, 8, 128, 32768],
      ['mixtral-8x7b', 32, 4096, 32, 8, 128, 32768],
      ['phi-3-mini-4k', 32, 3072, 32, 32, 96, 4096],
      ['phi-3-mini-128k', 32, 3072, 32, 32, 96, null],
      ['qwen2.5-7b', 28, 3584, 28, 4, 128, 131072],
      ['qwen2.5-72b', 80, 8192, 64, 8, 128, 131072],
      ['gemma-2-9b', 42, 3584, 16, 8, 256, 8192],
      ['gemma-2-27b', 46, 4608, 32, 16, 128, 8192],
    ];
    for (const [id, layers, hidden, heads, kv, hd, ctx] of arch) {
      const m = model(id);
      expect([m.layers, m.hiddenSize, m.attentionHeads, m.kvHeads, m.headDim, m.maxContextTokens], id).toEqual([
        layers,
        hidden,
        heads,
        kv,
        hd,
        ctx,
      ]);
    }
    expect(model('mixtral-8x7b').moe).toEqual({ experts: 8, activeExperts: 2 });
    expect(OPEN_MODELS.filter((m) => m.moe !== null).map((m) => m.id)).toEqual([
      'mixtral-8x7b',
      'llama-4-scout',
      'llama-4-maverick',
      'qwen3-30b-a3b',
      'qwen3-235b-a22b',
      'gpt-oss-20b',
      'gpt-oss-120b',
      'deepseek-v3',
      'deepseek-r1',
    ]);
  });

  it('derived: FP16 weights GB = params x 2 / 1e9 matches facts §1.4', () => {
    // facts §1.4 FP16 GB column
    const fp16: [string, number][] = [
      ['llama-3.1-8b', 16.06],
      ['llama-3.1-70b', 141.11],
      ['llama-3.1-405b', 811.71],
      ['llama-3.2-1b', 2.47],
      ['llama-3.2-3b', 6.43],
      ['mistral-7b-v0.3', 14.5],
      ['mixtral-8x7b', 93.41],
      ['phi-3-mini-4k', 7.64],
      ['qwen2.5-7b', 15.23],
      ['qwen2.5-72b', 145.41],
      ['gemma-2-9b', 18.48],
      ['gemma-2-27b', 54.45],
    ];
    for (const [id, gb] of fp16) expect(Math.round((model(id).parameters * 2) / 1e7) / 100, id).toBe(gb);
  });

  it('derived: KV bytes per token = 2 x layers x kv heads x head_dim x 2 bytes (facts §2.2)', () => {
    const kvPerToken = (id: string) => {
      const m = model(id);
      return 2 * (m.layers ?? 0) * (m.kvHeads ?? 0) * (m.headDim ?? 0) * 2;
    };
    expect(kvPerToken('llama-3.1-70b')).toBe(327_680);
    expect(kvPerToken('llama-3.1-405b')).toBe(516_096);
    expect(kvPerToken('phi-3-mini-4k')).toBe(393_216);
    expect(kvPerToken('qwen2.5-7b')).toBe(57_344);
  });

  it('GPT-4 is an estimate with unknowns left null', () => {
    const m = model('gpt-4-estimated');
    expect(m.estimated).toBe(true);
    expect(m.parameters).toBe(1.8e12);
    expect([m.layers, m.hiddenSize, m.attentionHeads, m.kvHeads, m.headDim, m.maxContextTokens]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(OPEN_MODELS.filter((x) => x.estimated).map((x) => x.id)).toEqual(['gpt-4-estimated']);
  });

  it('Foundry serverless only where Microsoft lists it', () => {
    expect(
      OPEN_MODELS.filter((m) => m.foundryServerless)
        .map((m) => m.id)
        .sort(),
    ).toEqual(
      ['llama-3.1-8b', 'llama-3.1-70b', 'llama-3.1-405b', 'phi-3-mini-4k', 'phi-3-mini-128k', 'mistral-nemo-12b', 'deepseek-r1'].sort(),
    );
    for (const m of OPEN_MODELS.filter((x) => !x.estimated))
      expect(['ms-learn-maas-regions', 'ms-learn-foundry-deepseek-r1'], m.id).toContain(m.fieldSources?.foundryServerless);
  });
});
