/**
 * The refresh pipeline, offline: recorded pages in the format Microsoft Learn documents for the Azure
 * Retail Prices API (Items / NextPageLink / Count; item fields currencyCode … savingsPlan). The figures
 * in fixtures/ are test inputs shaped like real items, not catalog data. No test reaches the network.
 */
import { describe, expect, it } from 'vitest';
import page1 from './fixtures/vm-page-1.json';
import page2 from './fixtures/vm-page-2.json';
import { firstPageUrl, odataString, parsePage, type RetailPriceItem } from './api';
import { backoffMs, fetchAllPages, retryAfterMs, type FetchLike } from './client';
import { diffSnapshots, formatDiff } from './diff';
import {
  buildFilters,
  HOURS_PER_RESERVATION_YEAR,
  normaliseItems,
  parseUnit,
  snapshotFromRefresh,
  toCatalogUnit,
  vmOfferOf,
} from './normalise';
import { runRefresh } from './refresh';
import { RetailSnapshot } from './snapshot';

const H100 = 'Standard_ND96isr_H100_v5';
const A100 = 'Standard_NC24ads_A100_v4';
const SKUS = [H100, A100];
const NEXT = page1.NextPageLink;

type Reply = { status: number; body?: unknown; retryAfter?: string };
/** A fake fetch answering from a script of replies per URL, recording every call. */
function fakeFetch(script: Record<string, Reply[]>) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    const key = Object.keys(script).find((k) => url === k || url.startsWith(k));
    const reply = key ? script[key]!.shift() : undefined;
    if (!reply) throw new Error(`unexpected request ${url}`);
    return {
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      headers: { get: (name: string) => (name.toLowerCase() === 'retry-after' ? (reply.retryAfter ?? null) : null) },
      json: async () => reply.body,
    };
  };
  return { fetch, calls };
}
const noSleep = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

const emptySnapshot = (kind: 'seed' | 'retail-api' = 'seed'): RetailSnapshot => ({
  schemaVersion: 1,
  kind,
  snapshotDate: '2026-11-01',
  currency: 'USD',
  vmScopes: [],
  vmPrices: [],
  vmAvailability: [],
  serviceMeters: [],
  aoaiMeters: [],
});

describe('parsePage', () => {
  it('keeps valid items, skips the malformed one with a warning naming its meterId, and returns NextPageLink', () => {
    const p = parsePage(page1);
    expect(p.items).toHaveLength(8);
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0]).toContain('meterId f1a7-bad1');
    expect(p.warnings[0]).toContain('retailPrice');
    expect(p.next).toBe(NEXT);
    expect(parsePage(page2).next).toBeNull();
  });
  it('throws on something that is not a page', () => {
    expect(() => parsePage({ error: 'nope' })).toThrow(/Not a Retail Prices page/);
  });
});

describe('filters and URLs', () => {
  it('one VM query per size, one per service, one for Azure OpenAI; quotes doubled', () => {
    const f = buildFilters(SKUS);
    expect(f[0]?.filter).toBe("serviceName eq 'Virtual Machines' and armSkuName eq 'Standard_ND96isr_H100_v5'");
    expect(f.some((q) => q.filter.startsWith("serviceName eq 'Redis Cache' and priceType eq 'Consumption' and (skuName eq 'C4'"))).toBe(
      true,
    );
    expect(f.at(-1)?.filter).toBe("startswith(productName, 'Azure OpenAI')");
    expect(odataString("O'Brien")).toBe("'O''Brien'");
  });
  it('first page URL carries api-version and the encoded $filter', () => {
    const u = new URL(firstPageUrl("armSkuName eq 'X'"));
    expect(u.origin + u.pathname).toBe('https://prices.azure.com/api/retail/prices');
    expect(u.searchParams.get('api-version')).toBe('2023-01-01-preview');
    expect(u.searchParams.get('$filter')).toBe("armSkuName eq 'X'");
  });
});

describe('fetchAllPages: paging and polite retries', () => {
  it('follows NextPageLink across two pages, pausing between them', async () => {
    const first = firstPageUrl('x');
    const { fetch, calls } = fakeFetch({ [first]: [{ status: 200, body: page1 }], [NEXT]: [{ status: 200, body: page2 }] });
    const s = noSleep();
    const r = await fetchAllPages(first, { fetch, sleep: s.sleep, pageDelayMs: 200 });
    expect(calls).toEqual([first, NEXT]);
    expect(r.pages).toBe(2);
    expect(r.items).toHaveLength(8 + 9);
    expect(r.warnings).toEqual([expect.stringContaining('page 1: item 8 (meterId f1a7-bad1)')]);
    expect(s.waits).toEqual([200]);
  });
  it('429 with Retry-After: waits what the server asks, then succeeds', async () => {
    const first = firstPageUrl('x');
    const { fetch, calls } = fakeFetch({
      [first]: [
        { status: 429, retryAfter: '7' },
        { status: 200, body: page2 },
      ],
    });
    const s = noSleep();
    const r = await fetchAllPages(first, { fetch, sleep: s.sleep });
    expect(calls).toHaveLength(2);
    expect(s.waits).toEqual([7000]);
    expect(r.items).toHaveLength(9);
  });
  it('5xx without Retry-After: exponential backoff 1 s, 2 s, 4 s', async () => {
    const first = firstPageUrl('x');
    const { fetch } = fakeFetch({ [first]: [{ status: 503 }, { status: 500 }, { status: 502 }, { status: 200, body: page2 }] });
    const s = noSleep();
    await fetchAllPages(first, { fetch, sleep: s.sleep, baseBackoffMs: 1000 });
    expect(s.waits).toEqual([1000, 2000, 4000]);
  });
  it('gives up after maxRetries, and does not retry a 400', async () => {
    const first = firstPageUrl('x');
    const a = fakeFetch({ [first]: [{ status: 429 }, { status: 429 }, { status: 429 }] });
    await expect(fetchAllPages(first, { fetch: a.fetch, sleep: noSleep().sleep, maxRetries: 2 })).rejects.toThrow(
      /after 3 tries \(last status 429\)/,
    );
    const b = fakeFetch({ [first]: [{ status: 400 }] });
    await expect(fetchAllPages(first, { fetch: b.fetch, sleep: noSleep().sleep })).rejects.toThrow(/HTTP 400/);
    expect(b.calls).toHaveLength(1);
  });
  it('Retry-After as an HTTP date; backoff capped', () => {
    const now = Date.parse('2026-12-02T10:00:00Z');
    expect(retryAfterMs('Wed, 02 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(backoffMs(10, 1000, 60_000)).toBe(60_000);
  });
});

describe('normalise: VM items', () => {
  const items = [...parsePage(page1).items, ...parsePage(page2).items];
  const n = normaliseItems(items, SKUS, '2026-12-02');
  const row = (sku: string, region: string, offer: string) =>
    n.vmPrices.find((r) => r.sku === sku && r.region === region && r.offer === offer);

  it('Linux pay-as-you-go and spot; Windows, low priority and dev/test dropped', () => {
    expect(row(H100, 'eastus', 'payg')?.usdPerHour).toBe(98.32);
    expect(row(H100, 'eastus', 'spot')?.usdPerHour).toBe(39.328);
    expect(row(H100, 'westeurope', 'payg')?.usdPerHour).toBe(126.3);
    expect(row(H100, 'swedencentral', 'payg')?.usdPerHour).toBe(108.15);
    expect(row(A100, 'westeurope', 'payg')?.usdPerHour).toBe(4.41);
    expect(n.vmPrices.filter((r) => r.sku === H100 && r.region === 'eastus')).toHaveLength(4);
  });
  it('reservations: the whole-term price ÷ term hours (8,760 h a year)', () => {
    expect(HOURS_PER_RESERVATION_YEAR).toBe(8760);
    // 602,977.8 USD for 1 year ÷ 8,760 h = 68.833 USD/h; 1,291,532.4 USD for 3 years ÷ 26,280 h = 49.145 USD/h.
    expect(row(H100, 'eastus', 'reserved-1y')?.usdPerHour).toBeCloseTo(68.833082, 5);
    expect(row(H100, 'eastus', 'reserved-3y')?.usdPerHour).toBeCloseTo(49.145069, 5);
    expect(row(H100, 'eastus', 'reserved-1y')?.note).toContain('8760 h');
  });
  it('records every region a VM price was seen in (the refresh scope), including sizes outside the catalog', () => {
    expect(n.vmRegions).toEqual(['eastus', 'japaneast', 'swedencentral', 'westeurope']);
  });
  it('vmOfferOf reasons', () => {
    const base = parsePage(page1).items[0] as RetailPriceItem;
    expect(vmOfferOf({ ...base, productName: 'Virtual Machines NDsr H100 v5 Series Windows' })).toEqual({ skip: 'Windows' });
    expect(vmOfferOf({ ...base, type: 'Reservation', reservationTerm: '5 Years' })).toEqual({ skip: 'reservation term 5 Years' });
  });
  it('a price whose effectiveStartDate is after the snapshot date is not used', () => {
    const base = parsePage(page1).items[0] as RetailPriceItem;
    const later = { ...base, retailPrice: 150, effectiveStartDate: '2027-01-01T00:00:00Z' };
    const r = normaliseItems([base, later], SKUS, '2026-12-02');
    expect(r.vmPrices.map((x) => x.usdPerHour)).toEqual([98.32]);
  });
  it('a non-USD item is skipped with a warning', () => {
    const base = parsePage(page1).items[0] as RetailPriceItem;
    const r = normaliseItems([{ ...base, currencyCode: 'EUR' }], SKUS, '2026-12-02');
    expect(r.vmPrices).toEqual([]);
    expect(r.warnings[0]).toContain('EUR');
  });
});

describe('normalise: service meters and units', () => {
  const n = normaliseItems([...parsePage(page2).items], SKUS, '2026-12-02');
  const svc = (id: string) => n.serviceMeters.find((r) => r.priceId === id && r.region === 'westeurope');
  it('AI Search Basic per unit-hour; blob hot LRS first tier per GB-month; Functions executions per million', () => {
    expect(svc('ai-search:basic')?.usd).toBe(0.1101);
    expect(svc('blob:hot-lrs-gb')?.usd).toBe(0.0196);
    // 0.000002 USD per 10 executions = 0.2 USD per million.
    expect(svc('functions:consumption-executions')?.usd).toBeCloseTo(0.2, 9);
    expect(n.unmatchedServicePrices).toContain('apim:premium');
    expect(n.unmatchedServicePrices).not.toContain('ai-search:basic');
  });
  it('Azure OpenAI meters are kept as listed', () => {
    expect(n.aoaiMeters).toEqual([
      expect.objectContaining({ region: 'swedencentral', meterName: 'gpt 4o 0806 Inp glbl Tokens', usd: 0.0025 }),
    ]);
  });
  it('parseUnit / toCatalogUnit', () => {
    expect(parseUnit('1 Hour')).toEqual({ count: 1, per: 'hour' });
    expect(parseUnit('100 Hours')).toEqual({ count: 100, per: 'hour' });
    expect(parseUnit('10K')).toEqual({ count: 10000, per: '' });
    expect(parseUnit('1 GB/Month')).toEqual({ count: 1, per: 'gb/month' });
    const base = parsePage(page2).items[4] as RetailPriceItem;
    expect(toCatalogUnit({ ...base, retailPrice: 0.5, unitOfMeasure: '1 Hour' }, 'month')).toBe(365);
    expect(toCatalogUnit({ ...base, retailPrice: 0.5, unitOfMeasure: '1 GB/Month' }, 'hour')).toBeNull();
  });
});

describe('snapshot and diff', () => {
  const prev: RetailSnapshot = {
    ...emptySnapshot(),
    vmScopes: [{ source: 'skypilot-azure-vms-098741e7', asOf: '2026-03', skus: [H100, 'Standard_ND96isr_H200_v5'], regions: ['eastus'] }],
    vmPrices: [
      { sku: H100, region: 'eastus', offer: 'payg', usdPerHour: 90, source: 'skypilot-azure-vms-098741e7', asOf: '2026-03' },
      { sku: H100, region: 'westus', offer: 'payg', usdPerHour: 127.816, source: 'skypilot-azure-vms-098741e7', asOf: '2026-03' },
      { sku: 'Standard_ND96isr_H200_v5', region: 'eastus', offer: 'payg', usdPerHour: null, source: 'some-source', asOf: '2026-03' },
    ],
  };
  const n = normaliseItems([...parsePage(page1).items, ...parsePage(page2).items], SKUS, '2026-12-02');
  const next = snapshotFromRefresh(n, [...SKUS, 'Standard_ND96isr_H200_v5'], '2026-12-02', prev);

  it('the refresh scope covers the sizes it priced, in every region it saw; other sizes keep their earlier rows and scope', () => {
    expect(RetailSnapshot.parse(next).kind).toBe('retail-api');
    expect(next.vmScopes[0]).toMatchObject({
      source: 'azure-retail-prices-api',
      skus: [A100, H100],
      regions: ['eastus', 'japaneast', 'swedencentral', 'westeurope'],
    });
    expect(next.vmScopes[1]).toMatchObject({ source: 'skypilot-azure-vms-098741e7', skus: ['Standard_ND96isr_H200_v5'] });
    expect(next.vmPrices.filter((r) => r.sku === 'Standard_ND96isr_H200_v5')).toHaveLength(1);
    expect(next.vmPrices.some((r) => r.sku === H100 && r.source !== 'azure-retail-prices-api')).toBe(false);
  });
  it('reports new regions, moves beyond 5% and what is no longer offered', () => {
    const d = diffSnapshots(prev, next);
    expect(d.newRegions).toEqual(['swedencentral', 'westeurope']);
    expect(d.priceMoves).toEqual([{ id: `${H100} payg`, region: 'eastus', from: 90, to: 98.32, change: expect.closeTo(0.092444, 5) }]);
    expect(d.noLongerOffered).toEqual([`${H100} payg westus`]);
    expect(formatDiff(d).join('\n')).toContain('+9.2%');
  });
  it('a move of exactly 5% or less is not reported', () => {
    const a = {
      ...emptySnapshot(),
      vmPrices: [{ sku: H100, region: 'eastus', offer: 'payg' as const, usdPerHour: 100, source: 's', asOf: '2026-01' }],
    };
    const b = { ...a, vmPrices: [{ ...a.vmPrices[0]!, usdPerHour: 105 }] };
    expect(diffSnapshots(a, b).priceMoves).toEqual([]);
  });
});

describe('runRefresh end to end on recorded pages (no network)', () => {
  it('queries every filter, retries a 429, writes a snapshot and a diff', async () => {
    const h100Url = firstPageUrl(buildFilters([H100])[0]!.filter);
    const script: Record<string, Reply[]> = {
      [h100Url]: [
        { status: 429, retryAfter: '1' },
        { status: 200, body: page1 },
      ],
      [NEXT]: [{ status: 200, body: page2 }],
    };
    const { fetch, calls } = fakeFetch(script);
    const empty = { status: 200, body: { BillingCurrency: 'USD', Items: [], NextPageLink: null, Count: 0 } };
    const wrapped: FetchLike = (url) =>
      url === h100Url || url === NEXT ? fetch(url) : fetch(url).catch(() => fakeFetch({ [url]: [empty] }).fetch(url));
    const r = await runRefresh({
      vmSkus: [H100],
      previous: emptySnapshot(),
      snapshotDate: '2026-12-02',
      client: { fetch: wrapped, sleep: async () => {} },
    });
    expect(calls.filter((c) => c === h100Url)).toHaveLength(2);
    expect(r.snapshot.vmPrices.filter((x) => x.sku === H100).map((x) => `${x.region} ${x.offer}`)).toEqual([
      'eastus payg',
      'eastus spot',
      'eastus reserved-1y',
      'eastus reserved-3y',
      'swedencentral payg',
      'swedencentral spot',
      'westeurope payg',
    ]);
    expect(r.warnings.some((w) => w.includes('f1a7-bad1'))).toBe(true);
    expect(r.diff.newRegions).toContain('westeurope');
  });
});
