/**
 * Reservation prices in the snapshot. The API lists a reservation's price for the whole term; the
 * snapshot keeps USD per hour (÷ 8,760 h for 1 year, ÷ 26,280 h for 3 years, normalise.ts). The only
 * public reservation items found for a catalog GPU size are a recorded Retail Prices API response for
 * ND96isr_H100_v5 in East US (compute-price-tracker-bacf91dd, captured 2026-07-27): 551,221 USD for
 * 1 year and 1,134,310 USD for 3 years. Elsewhere a reserved term is priced at pay-as-you-go and says so,
 * until `npm run catalog:refresh` adds reservation rows (the first block then checks them too).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../calc/evaluate';
import { parseDesign } from '../design/parse';
import type { RetailPriceItem } from './retail/api';
import { HOURS_PER_RESERVATION_YEAR, normaliseItems } from './retail/normalise';
import { PRICE_SNAPSHOT, vmPriceUsdPerHour } from './vm-prices';

const H100 = 'Standard_ND96isr_H100_v5';
const RECORDED = 'compute-price-tracker-bacf91dd';

describe('reservation rows', () => {
  const reserved = PRICE_SNAPSHOT.vmPrices.filter((r) => r.offer === 'reserved-1y' || r.offer === 'reserved-3y');
  it('each is cheaper per hour than pay-as-you-go in the same region, 3 years cheaper than 1, with its source', () => {
    expect(reserved.length).toBeGreaterThan(0);
    for (const r of reserved) {
      const payg = vmPriceUsdPerHour(r.sku, r.region, 'payg');
      expect(r.source.length, `${r.sku} ${r.region}`).toBeGreaterThan(0);
      expect(r.usdPerHour, `${r.sku} ${r.region} ${r.offer}`).not.toBeNull();
      expect(payg, `${r.sku} ${r.region}: a reservation without a pay-as-you-go price`).not.toBeNull();
      if (payg && r.usdPerHour !== null) expect(r.usdPerHour).toBeLessThan(payg.usd);
      const oneYear = vmPriceUsdPerHour(r.sku, r.region, 'reserved-1y');
      if (r.offer === 'reserved-3y' && oneYear && r.usdPerHour !== null) expect(r.usdPerHour).toBeLessThan(oneYear.usd);
    }
  });
  it('ND96isr H100 v5 East US: 551,221 USD / 8,760 h = 62.924772 USD/h (1 year), 1,134,310 / 26,280 = 43.162481 (3 years)', () => {
    expect(HOURS_PER_RESERVATION_YEAR).toBe(8760);
    expect(vmPriceUsdPerHour(H100, 'eastus', 'reserved-1y')).toEqual({
      usd: 62.924772,
      source: RECORDED,
      asOf: '2026-07-27',
      note: 'Reservation: 551221 USD for the 1 Year term ÷ 8760 h.',
    });
    expect(vmPriceUsdPerHour(H100, 'eastus', 'reserved-3y')?.usd).toBe(43.162481);
    // against the 98.32 USD/h pay-as-you-go price: 36.0% and 56.1% off
    expect(Math.round((1 - 62.924772 / 98.32) * 1000) / 10).toBe(36);
    expect(Math.round((1 - 43.162481 / 98.32) * 1000) / 10).toBe(56.1);
  });
  it('the recorded items, run through the refresh normaliser, give exactly the snapshot rows', () => {
    // The three ND96isr_H100_v5 East US items of the recorded response (compute-price-tracker-bacf91dd), as listed.
    const base = {
      currencyCode: 'USD',
      tierMinimumUnits: 0,
      armRegionName: 'eastus',
      location: 'US East',
      effectiveStartDate: '2023-12-01T00:00:00Z',
      meterId: '03f48dbf-423c-5af8-9e6f-36e42dda07ec',
      meterName: 'ND96isrH100v5',
      productId: 'DZH318Z0KN53',
      productName: 'Virtual Machines NDsr H100 v5 Series',
      skuName: 'ND96isrH100v5',
      serviceName: 'Virtual Machines',
      serviceId: 'DZH313Z7MMC8',
      serviceFamily: 'Compute',
      unitOfMeasure: '1 Hour',
      isPrimaryMeterRegion: true,
      armSkuName: H100,
    };
    const items: RetailPriceItem[] = [
      { ...base, skuId: 'DZH318Z0KN53/0046', type: 'Consumption', retailPrice: 98.32, unitPrice: 98.32 },
      { ...base, skuId: 'DZH318Z0KN53/0098', type: 'Reservation', reservationTerm: '1 Year', retailPrice: 551221, unitPrice: 551221 },
      { ...base, skuId: 'DZH318Z0KN53/0097', type: 'Reservation', reservationTerm: '3 Years', retailPrice: 1134310, unitPrice: 1134310 },
    ];
    const n = normaliseItems(items, [H100], '2026-07-27');
    const got = Object.fromEntries(n.vmPrices.map((r) => [r.offer, r.usdPerHour]));
    expect(got).toEqual({ payg: 98.32, 'reserved-1y': 62.924772, 'reserved-3y': 43.162481 });
    for (const offer of ['reserved-1y', 'reserved-3y'] as const) {
      const row = PRICE_SNAPSHOT.vmPrices.find((r) => r.sku === H100 && r.region === 'eastus' && r.offer === offer);
      const fresh = n.vmPrices.find((r) => r.offer === offer);
      expect(row && { usd: row.usdPerHour, meterId: row.meterId, note: row.note }).toEqual(
        fresh && { usd: fresh.usdPerHour, meterId: fresh.meterId, note: fresh.note },
      );
    }
  });
  it('no reservation price for ND96isr H100 v5 in West Europe (no invented figure)', () => {
    expect(vmPriceUsdPerHour(H100, 'westeurope', 'reserved-1y')).toBeNull();
    expect(vmPriceUsdPerHour(H100, 'westeurope', 'reserved-3y')).toBeNull();
  });
});

describe('an ND H100 v5 pool (8-way tensor parallel) with a reserved term', () => {
  const text = readFileSync(join(__dirname, '../../public/examples/self-hosted-llama-70b-aks.json'), 'utf8');
  const base = parseDesign(JSON.parse(text));
  if (!base.ok) throw new Error('example does not parse');
  type Pricing = 'payg' | 'reserved-1y' | 'reserved-3y';
  const withPricing = (region: string, pricing: Pricing) => ({
    ...base.design,
    nodes: base.design.nodes.map((n) =>
      n.kind === 'region'
        ? { ...n, config: { ...n.config, region } }
        : n.id === 'pool'
          ? { ...n, config: { ...n.config, sku: H100, tensorParallel: 8, pricing } }
          : n,
    ),
  });
  const poolLine = (region: string, pricing: Pricing) => {
    const design = parseDesign(withPricing(region, pricing));
    if (!design.ok) throw new Error(JSON.stringify(design.errors));
    const line = evaluate(design.design).cost.lines.find((l) => l.nodeId === 'pool' && l.meter === 'nodes-always-on');
    if (!line) throw new Error('no VM line for the pool');
    return line;
  };
  it('West Europe pay-as-you-go: 127.816 USD/h from the 2026-08-22 Retail Prices API mirror', () => {
    const l = poolLine('westeurope', 'payg');
    expect(l.unitUsd).toBe(127.816);
    expect(l.source).toBe('azure-pricing-radar-cf741f25');
  });
  it('West Europe reserved 1 year: no sourced price, so the same unit price and a note that says so (never a made-up discount)', () => {
    const l = poolLine('westeurope', 'reserved-1y');
    expect(l.unitUsd).toBe(127.816);
    expect(l.item).toMatch(/1-year reserved requested, priced pay-as-you-go/);
    expect(l.note).toMatch(/No sourced 1-year reserved price/);
  });
  it('East US: pay-as-you-go 98.32, reserved 1 year 62.924772, reserved 3 years 43.162481 USD/h (recorded API response)', () => {
    expect(poolLine('eastus', 'payg').unitUsd).toBe(98.32);
    const one = poolLine('eastus', 'reserved-1y');
    expect(one.unitUsd).toBe(62.924772);
    expect(one.source).toBe(RECORDED);
    expect(one.item).not.toMatch(/priced pay-as-you-go/);
    expect(poolLine('eastus', 'reserved-3y').unitUsd).toBe(43.162481);
    // the reserved line costs less per month than the pay-as-you-go one, by the same 36%
    const payg = poolLine('eastus', 'payg');
    if (one.usdPerMonth === null || payg.usdPerMonth === null) throw new Error('the pool line has no monthly cost');
    expect(Math.round((1 - one.usdPerMonth / payg.usdPerMonth) * 1000) / 10).toBe(36);
  });
});
