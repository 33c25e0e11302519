/**
 * The price and availability accessors over the generated snapshot. Expected figures are written out
 * with their source: the SkyPilot US snapshot (facts §3.2) and the 2026-08-22 Retail Prices API mirror
 * (andy-diericks/azure-pricing-radar @ cf741f25, data/latest/vm-*.json).
 */
import { describe, expect, it } from 'vitest';
import { aoaiAvailability, AOAI_AVAILABILITY } from './aoai-availability';
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
  it('reservations: no seed source gives one, so null (unknown), never 0', () => {
    expect(vmPriceUsdPerHour(H100, 'eastus', 'reserved-1y')).toBeNull();
    expect(vmPriceUsdPerHour(H100, 'eastus', 'reserved-3y')).toBeNull();
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
    expect(vmOfferedIn(H100, 'southcentralus')).toEqual({ offered: false, source: 'skypilot-azure-vms-098741e7', asOf: '2026-03' });
    expect(vmOfferedIn(H100, 'northeurope').offered).toBe(false);
    expect(vmOfferedIn(H100, 'japaneast')).toEqual({ offered: null, source: null, asOf: null });
    expect(vmOfferedIn('__proto__', 'eastus')).toEqual({ offered: null, source: null, asOf: null });
  });
  it('regions: offered list and verified scope', () => {
    expect(vmOfferedRegions(H100)).toEqual(['eastus', 'eastus2', 'swedencentral', 'westeurope', 'westus']);
    expect(vmVerifiedRegions(H100)).toEqual([
      'centralus',
      'eastus',
      'eastus2',
      'francecentral',
      'northcentralus',
      'northeurope',
      'southcentralus',
      'swedencentral',
      'westeurope',
      'westus',
      'westus2',
      'westus3',
    ]);
  });
});

describe('aoaiAvailability (Microsoft model availability matrices, openai-models.ts)', () => {
  it('gpt-4o Global Standard in Sweden Central: offered; Standard in West Europe: not offered', () => {
    expect(aoaiAvailability('gpt-4o', 'global-standard', 'swedencentral')).toMatchObject({
      offered: true,
      source: 'aoai-models-global-standard',
    });
    expect(aoaiAvailability('gpt-4o', 'standard', 'westeurope')).toMatchObject({ offered: false, source: 'aoai-models-standard' });
  });
  it('gpt-4.1 has no Standard deployment type anywhere; a region outside the catalog is unverified', () => {
    expect(aoaiAvailability('gpt-4.1', 'standard', 'eastus').offered).toBe(false);
    expect(aoaiAvailability('gpt-4o', 'global-standard', 'koreacentral').offered).toBeNull();
    expect(aoaiAvailability('nope', 'standard', 'eastus').offered).toBeNull();
    expect(aoaiAvailability('gpt-4o', '__proto__', 'eastus').offered).toBeNull();
  });
  it('the flat table carries a source and date on every row', () => {
    expect(AOAI_AVAILABILITY.length).toBeGreaterThan(50);
    for (const r of AOAI_AVAILABILITY) expect(r.asOf).toMatch(/^\d{4}-\d{2}/);
  });
});
