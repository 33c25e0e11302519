/**
 * Prices and availability read from the generated snapshot (generated/retail-prices.json, written by
 * `npm run catalog:refresh`, seeded from public sources until the first refresh). Every answer names its
 * source and as-of date; "unknown" is null, never 0. Lookups go through Maps, so ids typed into a
 * design ("__proto__", "constructor") find nothing rather than an inherited property.
 */
import snapshotJson from './generated/retail-prices.json' with { type: 'json' };
import { RetailSnapshot, type ServiceMeterRow, type VmAvailabilityRow, type VmOffer, type VmPriceRow } from './retail/snapshot';

export type { VmOffer } from './retail/snapshot';

/** The generated snapshot, validated when the catalog loads (a malformed generated file fails loudly). */
export const PRICE_SNAPSHOT: RetailSnapshot = RetailSnapshot.parse(snapshotJson);

/** Date the price snapshot was taken (or seeded). */
export const PRICE_SNAPSHOT_DATE: string = PRICE_SNAPSHOT.snapshotDate;

/** Every catalog price is in US dollars (Microsoft prices Azure in USD; other currencies are for reference). */
export const CATALOG_CURRENCY = 'USD' as const;

/** What the studio states beside a cost: the catalog's currency and the price snapshot date. */
export const PRICE_BASIS_NOTE = `${CATALOG_CURRENCY} · prices as of ${PRICE_SNAPSHOT_DATE}`;

export interface SourcedPrice {
  usd: number;
  source: string;
  asOf: string;
  note?: string;
}

export interface VmOffered {
  /** true = offered, false = not offered, null = no source says (unverified). */
  offered: boolean | null;
  /** Source id of the answer; null when unverified. */
  source: string | null;
  asOf: string | null;
}

const k = (...parts: string[]) => parts.join('\u0000');

/** Source rank when two rows answer the same question: a refresh beats seed rows. */
const rank = (source: string) => (source === 'azure-retail-prices-api' ? 0 : 1);

const prices = new Map<string, VmPriceRow>();
const pricedRegions = new Map<string, Set<string>>();
for (const r of PRICE_SNAPSHOT.vmPrices) {
  const key = k(r.sku, r.region, r.offer);
  const prev = prices.get(key);
  if (!prev || rank(r.source) < rank(prev.source) || (prev.usdPerHour === null && r.usdPerHour !== null)) prices.set(key, r);
  if (!pricedRegions.has(r.sku)) pricedRegions.set(r.sku, new Set());
  pricedRegions.get(r.sku)!.add(r.region);
}
const availability = new Map<string, VmAvailabilityRow>();
for (const r of PRICE_SNAPSHOT.vmAvailability) {
  const key = k(r.sku, r.region);
  const prev = availability.get(key);
  if (!prev || rank(r.source) < rank(prev.source)) availability.set(key, r);
}
const services = new Map<string, ServiceMeterRow>();
for (const r of PRICE_SNAPSHOT.serviceMeters) services.set(k(r.priceId, r.region), r);

/** Linux USD per hour of a VM size in a region for one offer, with its source; null = not known there. */
export function vmPriceUsdPerHour(sku: string, region: string, offer: VmOffer): SourcedPrice | null {
  const r = prices.get(k(sku, region, offer));
  if (!r || r.usdPerHour === null) return null;
  return { usd: r.usdPerHour, source: r.source, asOf: r.asOf, ...(r.note ? { note: r.note } : {}) };
}

/** Regions with a price row (any offer) for a size, sorted. */
export function vmPricedRegions(sku: string): string[] {
  return [...(pricedRegions.get(sku) ?? [])].sort();
}

/** The scope rows that cover a size: sources that list every region (of theirs) offering it. */
export function vmScopesOf(sku: string): { source: string; asOf: string; regions: string[] }[] {
  return PRICE_SNAPSHOT.vmScopes.filter((s) => s.skus.includes(sku)).map((s) => ({ source: s.source, asOf: s.asOf, regions: s.regions }));
}

/** Regions whose availability of this size some source settles (offered or not). */
export function vmVerifiedRegions(sku: string): string[] {
  return [...new Set(vmScopesOf(sku).flatMap((s) => s.regions))].sort();
}

/**
 * Whether a size is offered in a region: a price row there (any offer) or an availability row says so;
 * a source whose scope covers the region and lists no price says not; otherwise unverified (null).
 */
export function vmOfferedIn(sku: string, region: string): VmOffered {
  // The snapshot does not change: each answer is worked out once (the regions check asks per node and edit).
  const key = k(sku, region);
  const hit = offeredMemo.get(key);
  if (hit) return { ...hit };
  const found = offeredIn(sku, region);
  if (offeredMemo.size >= MEMO_MAX) offeredMemo.clear(); // ids typed into designs are unbounded
  offeredMemo.set(key, found);
  return { ...found };
}
const offeredMemo = new Map<string, VmOffered>();
const MEMO_MAX = 5000;

function offeredIn(sku: string, region: string): VmOffered {
  const priced = (['payg', 'spot', 'reserved-1y', 'reserved-3y'] as const)
    .map((o) => prices.get(k(sku, region, o)))
    .filter((r): r is VmPriceRow => r !== undefined)
    .sort((a, b) => rank(a.source) - rank(b.source));
  const a = availability.get(k(sku, region));
  if (priced[0]) return { offered: true, source: priced[0].source, asOf: priced[0].asOf };
  if (a) return { offered: a.offered, source: a.source, asOf: a.asOf };
  const scope = PRICE_SNAPSHOT.vmScopes.find((s) => s.skus.includes(sku) && s.regions.includes(region));
  if (scope) return { offered: false, source: scope.source, asOf: scope.asOf };
  return { offered: null, source: null, asOf: null };
}

/** Regions where a source says the size is offered (priced there, or an availability row). */
export function vmOfferedRegions(sku: string): string[] {
  let regions = offeredRegionsMemo.get(sku);
  if (!regions) {
    const fromRows = PRICE_SNAPSHOT.vmAvailability.filter((r) => r.sku === sku && r.offered).map((r) => r.region);
    regions = [...new Set([...vmPricedRegions(sku), ...fromRows])].sort();
    if (offeredRegionsMemo.size >= MEMO_MAX) offeredRegionsMemo.clear();
    offeredRegionsMemo.set(sku, regions);
  }
  return [...regions];
}
const offeredRegionsMemo = new Map<string, string[]>();

/** A service meter price from the snapshot for a catalog price id in a region; null = not in the snapshot. */
export function servicePriceInRegion(priceId: string, region: string): (SourcedPrice & { unit: ServiceMeterRow['unit'] }) | null {
  const r = services.get(k(priceId, region));
  return r ? { usd: r.usd, unit: r.unit, source: r.source, asOf: r.asOf } : null;
}

/** Region → USD/hour for one size and offer (the shape VmSku.paygUsdPerHour / spotUsdPerHour use). */
export function vmPriceTable(sku: string, offer: VmOffer): Record<string, number> {
  const out = Object.create(null) as Record<string, number>; // keyed by region ids from designs: no prototype members
  for (const region of vmPricedRegions(sku)) {
    const p = vmPriceUsdPerHour(sku, region, offer);
    if (p) out[region] = p.usd;
  }
  return out;
}
