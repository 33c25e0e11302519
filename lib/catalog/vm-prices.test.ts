/**
 * The price and availability accessors over the generated snapshot. Expected figures are written out
 * with their source: the SkyPilot US snapshot (facts §3.2), the 2026-08-22 Retail Prices API mirror
 * (andy-diericks/azure-pricing-radar @ cf741f25, data/latest/vm-*.json), Microsoft's Karpenter price table
 * generated 2026-06-18 (Azure/karpenter-provider-azure @ 2b431da1, pkg/providers/pricing/zz_generated.pricing.go)
 * and a recorded East US API response with reservations (mrmonroe90/compute-price-tracker @ bacf91dd).
 */
import { describe, expect, it } from 'vitest';
import { aoaiAvailability, AOAI_AVAILABILITY } from './aoai-availability';
import { CATALOG_REGIONS } from './openai-models';
import { SOURCES } from './sources';
import {
  CATALOG_CURRENCY,
  PRICE_SNAPSHOT,
  PRICE_SNAPSHOT_DATE,
  vmOfferedIn,
  vmOfferedRegions,
  vmPriceUsdPerHour,
  vmVerifiedRegions,
} from './vm-prices';
import { VM_SKUS } from './vm-skus';

const H100 = 'Standard_ND96isr_H100_v5';
const KARPENTER = { source: 'karpenter-azure-pricing-2b431da1', asOf: '2026-06-18' } as const;

describe('snapshot', () => {
  it('is USD, dated, and every row names a source the catalog knows', () => {
    expect(CATALOG_CURRENCY).toBe('USD');
    expect(PRICE_SNAPSHOT_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const r of [...PRICE_SNAPSHOT.vmPrices, ...PRICE_SNAPSHOT.vmAvailability, ...PRICE_SNAPSHOT.vmScopes])
      expect(SOURCES.has(r.source), r.source).toBe(true);
  });
  it('every priced size is a catalog size', () => {
    const ids = new Set(VM_SKUS.map((v) => v.id));
    for (const r of PRICE_SNAPSHOT.vmPrices) expect(ids.has(r.sku), r.sku).toBe(true);
  });
});

describe('vmPriceUsdPerHour', () => {
  it('ND96isr H100 v5: East US 98.32 (SkyPilot), West Europe 127.816 and spot 23.620397 (mirror)', () => {
    expect(vmPriceUsdPerHour(H100, 'eastus', 'payg')).toEqual({ usd: 98.32, source: 'skypilot-azure-vms-098741e7', asOf: '2026-03' });
    expect(vmPriceUsdPerHour(H100, 'westeurope', 'payg')).toEqual({
      usd: 127.816,
      source: 'azure-pricing-radar-cf741f25',
      asOf: '2026-08-22',
    });
    expect(vmPriceUsdPerHour(H100, 'westeurope', 'spot')?.usd).toBe(23.620397);
  });
  it('NC24ads A100 v4 Sweden Central 4.775, spot 1.464492 (mirror)', () => {
    expect(vmPriceUsdPerHour('Standard_NC24ads_A100_v4', 'swedencentral', 'payg')?.usd).toBe(4.775);
    expect(vmPriceUsdPerHour('Standard_NC24ads_A100_v4', 'swedencentral', 'spot')?.usd).toBe(1.464492);
  });
  it('reservations: only ND H100 v5 in East US has one (recorded API response); elsewhere null (unknown), never 0', () => {
    expect(vmPriceUsdPerHour(H100, 'eastus', 'reserved-1y')?.usd).toBe(62.924772);
    expect(vmPriceUsdPerHour(H100, 'eastus', 'reserved-3y')?.usd).toBe(43.162481);
    expect(vmPriceUsdPerHour(H100, 'uksouth', 'reserved-1y')).toBeNull();
    expect(vmPriceUsdPerHour('Standard_NC24ads_A100_v4', 'eastus', 'reserved-3y')).toBeNull();
  });
  it('unknown ids and inherited property names find nothing', () => {
    expect(vmPriceUsdPerHour('Standard_Nope', 'eastus', 'payg')).toBeNull();
    expect(vmPriceUsdPerHour('__proto__', 'eastus', 'payg')).toBeNull();
    expect(vmPriceUsdPerHour(H100, 'constructor', 'payg')).toBeNull();
  });
});

describe('vmOfferedIn', () => {
  it('offered where priced, not offered inside a source scope, unverified outside every scope', () => {
    expect(vmOfferedIn(H100, 'swedencentral')).toEqual({ offered: true, source: 'azure-pricing-radar-cf741f25', asOf: '2026-08-22' });
    // SkyPilot leaves South Central US out, but the Retail Prices API prices it there (Karpenter table: 117.968)
    expect(vmOfferedIn(H100, 'southcentralus')).toEqual({ offered: true, ...KARPENTER });
    expect(vmOfferedIn(H100, 'northeurope')).toEqual({ offered: false, source: 'azure-pricing-radar-cf741f25', asOf: '2026-08-22' });
    expect(vmOfferedIn(H100, 'germanywestcentral')).toEqual({ offered: false, ...KARPENTER });
    // a region outside the catalog is in no source's scope
    expect(vmOfferedIn(H100, 'koreacentral')).toEqual({ offered: null, source: null, asOf: null });
    expect(vmOfferedIn('__proto__', 'eastus')).toEqual({ offered: null, source: null, asOf: null });
  });
  it('regions: offered list and verified scope (every catalog region is settled)', () => {
    expect(vmOfferedRegions(H100)).toEqual([
      'australiaeast',
      'centralus',
      'eastus',
      'eastus2',
      'japaneast',
      'northcentralus',
      'southcentralus',
      'swedencentral',
      'switzerlandnorth',
      'uksouth',
      'westeurope',
      'westus',
      'westus2',
      'westus3',
    ]);
    expect(vmVerifiedRegions(H100)).toEqual([...CATALOG_REGIONS].sort());
  });
});

describe('UK South, Switzerland North, Japan East, Australia East (Karpenter table, generated 2026-06-18)', () => {
  it('ND96isr H100 v5 pay-as-you-go: 122.9, 140.598, 142.564, 142.6 USD/h', () => {
    expect(vmPriceUsdPerHour(H100, 'uksouth', 'payg')).toEqual({ usd: 122.9, ...KARPENTER });
    expect(vmPriceUsdPerHour(H100, 'switzerlandnorth', 'payg')).toEqual({ usd: 140.598, ...KARPENTER });
    expect(vmPriceUsdPerHour(H100, 'japaneast', 'payg')).toEqual({ usd: 142.564, ...KARPENTER });
    expect(vmPriceUsdPerHour(H100, 'australiaeast', 'payg')).toEqual({ usd: 142.6, ...KARPENTER });
  });
  it('NC24ads A100 v4: 4.591, 5.252, 5.326, 5.326; NC40ads H100 v5: 8.725, 9.981, 10.121, 10.121', () => {
    const a100 = 'Standard_NC24ads_A100_v4';
    const nc40 = 'Standard_NC40ads_H100_v5';
    const at = (sku: string) =>
      ['uksouth', 'switzerlandnorth', 'japaneast', 'australiaeast'].map((r) => vmPriceUsdPerHour(sku, r, 'payg')?.usd);
    expect(at(a100)).toEqual([4.591, 5.252, 5.326, 5.326]);
    expect(at(nc40)).toEqual([8.725, 9.981, 10.121, 10.121]);
  });
  it('a definite answer for every catalog size in these regions: H200 in UK South and Japan East, not in Switzerland North', () => {
    for (const v of VM_SKUS)
      for (const r of ['uksouth', 'switzerlandnorth', 'japaneast', 'australiaeast'])
        expect(vmOfferedIn(v.id, r).offered, `${v.id} ${r}`).not.toBeNull();
    const h200 = 'Standard_ND96isr_H200_v5';
    expect(vmOfferedIn(h200, 'uksouth')).toEqual({ offered: true, ...KARPENTER });
    expect(vmOfferedIn(h200, 'japaneast')).toEqual({ offered: true, ...KARPENTER });
    expect(vmOfferedIn(h200, 'switzerlandnorth')).toEqual({ offered: false, ...KARPENTER });
    expect(vmOfferedIn('Standard_ND96isr_MI300X_v5', 'japaneast').offered).toBe(false);
  });
  it('the table has no spot prices: spot there is unknown (null), not 0', () => {
    expect(vmPriceUsdPerHour(H100, 'uksouth', 'spot')).toBeNull();
    expect(vmPriceUsdPerHour('Standard_NC24ads_A100_v4', 'japaneast', 'spot')).toBeNull();
  });
  it('where it overlaps the other seed sources it agrees with them (the seed keeps their rows)', () => {
    // West Europe 127.816 (mirror) and East US 98.32 (SkyPilot) are also the Karpenter figures
    expect(vmPriceUsdPerHour(H100, 'westeurope', 'payg')?.source).toBe('azure-pricing-radar-cf741f25');
    expect(vmPriceUsdPerHour(H100, 'eastus', 'payg')?.source).toBe('skypilot-azure-vms-098741e7');
    const keys = PRICE_SNAPSHOT.vmPrices.map((r) => `${r.sku}|${r.region}|${r.offer}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('aoaiAvailability (Microsoft model availability tables by region, 2026-05, openai-models.ts)', () => {
  it('gpt-4o Global Standard: offered in Sweden Central, Japan East, UK South, Switzerland North, Australia East; not in Southeast Asia', () => {
    for (const region of ['swedencentral', 'japaneast', 'uksouth', 'switzerlandnorth', 'australiaeast'])
      expect(aoaiAvailability('gpt-4o', 'global-standard', region), region).toEqual({
        offered: true,
        source: 'aoai-models-global-standard',
        asOf: '2026-05',
      });
    expect(aoaiAvailability('gpt-4o', 'global-standard', 'southeastasia')).toEqual({
      offered: false,
      source: 'aoai-models-global-standard',
      asOf: '2026-05',
    });
  });
  it('gpt-4o Standard (regional): Japan East yes, West Europe no; Data Zone Standard: none in Japan East', () => {
    expect(aoaiAvailability('gpt-4o', 'standard', 'japaneast').offered).toBe(true);
    expect(aoaiAvailability('gpt-4o', 'standard', 'westeurope')).toMatchObject({ offered: false, source: 'aoai-models-standard' });
    expect(aoaiAvailability('gpt-4o', 'data-zone-standard', 'japaneast')).toMatchObject({
      offered: false,
      source: 'aoai-models-datazone-standard',
    });
  });
  it('North Europe and West US 2 offer nothing; gpt-5 has no Standard type anywhere; a region outside the catalog is unverified', () => {
    expect(aoaiAvailability('gpt-4o', 'global-standard', 'northeurope').offered).toBe(false);
    expect(aoaiAvailability('gpt-4.1', 'global-provisioned', 'westus2').offered).toBe(false);
    expect(aoaiAvailability('gpt-5', 'standard', 'eastus').offered).toBe(false);
    expect(aoaiAvailability('gpt-4o', 'global-standard', 'koreacentral').offered).toBeNull();
    expect(aoaiAvailability('nope', 'standard', 'eastus').offered).toBeNull();
    expect(aoaiAvailability('gpt-4o', '__proto__', 'eastus').offered).toBeNull();
  });
  it('the flat table carries a source and date on every row', () => {
    expect(AOAI_AVAILABILITY.length).toBeGreaterThan(50);
    for (const r of AOAI_AVAILABILITY) expect(r.asOf).toMatch(/^\d{4}-\d{2}/);
  });
});
