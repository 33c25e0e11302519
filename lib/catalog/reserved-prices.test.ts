/**
 * Reservation prices in the snapshot. The API lists a reservation's price for the whole term; the
 * snapshot keeps USD per hour (÷ 8,760 h for 1 year, ÷ 26,280 h for 3 years, normalise.ts). No public
 * source of reservation items for the catalog's GPU sizes was found for the seed (the Retail Prices API
 * mirror used for Europe stores Consumption items only; the SkyPilot catalog keeps PAYG and spot), so
 * until `npm run catalog:refresh` runs, a reserved term is priced at pay-as-you-go and says so. When a
 * refresh adds reservation rows, the first block checks them and the last block must be rewritten to
 * the sourced figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../calc/evaluate';
import { parseDesign } from '../design/parse';
import { PRICE_SNAPSHOT, vmPriceUsdPerHour } from './vm-prices';

const H100 = 'Standard_ND96isr_H100_v5';

describe('reservation rows', () => {
  const reserved = PRICE_SNAPSHOT.vmPrices.filter((r) => r.offer === 'reserved-1y' || r.offer === 'reserved-3y');
  it('each is cheaper per hour than pay-as-you-go in the same region, 3 years cheaper than 1, with its source', () => {
    for (const r of reserved) {
      const payg = vmPriceUsdPerHour(r.sku, r.region, 'payg');
      expect(r.source.length, `${r.sku} ${r.region}`).toBeGreaterThan(0);
      expect(r.usdPerHour, `${r.sku} ${r.region} ${r.offer}`).not.toBeNull();
      if (payg && r.usdPerHour !== null) expect(r.usdPerHour).toBeLessThan(payg.usd);
      const oneYear = vmPriceUsdPerHour(r.sku, r.region, 'reserved-1y');
      if (r.offer === 'reserved-3y' && oneYear && r.usdPerHour !== null) expect(r.usdPerHour).toBeLessThan(oneYear.usd);
    }
  });
  it('the seed has none for ND96isr H100 v5 in West Europe (no invented figure)', () => {
    expect(vmPriceUsdPerHour(H100, 'westeurope', 'reserved-1y')).toBeNull();
    expect(vmPriceUsdPerHour(H100, 'westeurope', 'reserved-3y')).toBeNull();
  });
});

describe('an ND H100 v5 pool in West Europe with Reserved 1 year', () => {
  const text = readFileSync(join(__dirname, '../../public/examples/self-hosted-llama-70b-aks.json'), 'utf8');
  const base = parseDesign(JSON.parse(text));
  if (!base.ok) throw new Error('example does not parse');
  const withPricing = (pricing: 'payg' | 'reserved-1y') => ({
    ...base.design,
    nodes: base.design.nodes.map((n) =>
      n.kind === 'region'
        ? { ...n, config: { ...n.config, region: 'westeurope' } }
        : n.id === 'pool'
          ? { ...n, config: { ...n.config, sku: H100, tensorParallel: 8, pricing } }
          : n,
    ),
  });
  const poolLine = (pricing: 'payg' | 'reserved-1y') => {
    const design = parseDesign(withPricing(pricing));
    if (!design.ok) throw new Error(JSON.stringify(design.errors));
    const line = evaluate(design.design).cost.lines.find((l) => l.nodeId === 'pool' && l.meter === 'nodes-always-on');
    if (!line) throw new Error('no VM line for the pool');
    return line;
  };
  it('pay-as-you-go: 127.816 USD/h from the 2026-08-22 Retail Prices API mirror', () => {
    const l = poolLine('payg');
    expect(l.unitUsd).toBe(127.816);
    expect(l.source).toBe('azure-pricing-radar-cf741f25');
  });
  it('reserved 1 year: no sourced price yet, so the same unit price and a note that says so (never a made-up discount)', () => {
    const l = poolLine('reserved-1y');
    expect(l.unitUsd).toBe(127.816);
    expect(l.item).toMatch(/1-year reserved requested, priced pay-as-you-go/);
    expect(l.note).toMatch(/No sourced 1-year reserved price/);
  });
});
