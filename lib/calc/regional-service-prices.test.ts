/**
 * A refreshed price snapshot reaches the service cost lines: when `npm run catalog:refresh` wrote a meter for a
 * service price id in a region, a node in that region is priced from it; elsewhere the catalog's price stays
 * (Azure AI Search S1: $245 a month ÷ 730 h = $0.3356/h, service-prices.ts); an override still wins.
 * The snapshot is replaced here by the seed plus one meter, as a refresh would write it: AI Search S1 in
 * Sweden Central at $0.40 per unit-hour (a test value, not a published price).
 */
import { describe, expect, it, vi } from 'vitest';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { evaluate } from './evaluate';

vi.mock('../catalog/generated/retail-prices.json', async (importOriginal) => {
  const seed = (await importOriginal<{ default: Record<string, unknown> }>()).default;
  return {
    default: {
      ...seed,
      serviceMeters: [
        { priceId: 'ai-search:s1', region: 'swedencentral', usd: 0.4, unit: 'hour', source: 'azure-retail-prices-api', asOf: '2026-11-30' },
      ],
    },
  };
});

function searchIn(region: string, priceOverrides: { priceId: string; usd: number }[] = []): Design {
  const r = parseDesign({
    schemaVersion: 1,
    name: 'search',
    nodes: [
      { id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region } },
      { id: 's', kind: 'ai-search', parentId: 'r', position: { x: 20, y: 60 }, config: { tier: 's1', replicas: 2, partitions: 1 } },
    ],
    priceOverrides,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

const searchLine = (d: Design) => {
  const line = evaluate(d, null).cost.lines.find((l) => l.nodeId === 's');
  if (!line) throw new Error('no AI Search line');
  return line;
};

describe('service prices from a refreshed snapshot, by region', () => {
  it('Sweden Central reads the meter: 2 units × $0.40 × 730 h = $584, sourced to the Retail Prices API', () => {
    const line = searchLine(searchIn('swedencentral'));
    expect(line.usdPerMonth).toBeCloseTo(584, 2);
    expect(line.source).toBe('azure-retail-prices-api');
    expect(line.note ?? '').not.toContain('Price read for');
  });

  it('East US has no meter in the snapshot: the catalog price, 2 × $245 = $490, as before', () => {
    const line = searchLine(searchIn('eastus'));
    expect(line.usdPerMonth).toBeCloseTo(490, 2);
    expect(line.source).not.toBe('azure-retail-prices-api');
  });

  it('an override of the id without a region still wins in Sweden Central: 2 × $0.30 × 730 = $438', () => {
    const line = searchLine(searchIn('swedencentral', [{ priceId: 'ai-search:s1', usd: 0.3 }]));
    expect(line.usdPerMonth).toBeCloseTo(438, 2);
    expect(line.source).toBe('price override');
  });
});
