/**
 * Pure functions from Retail Prices API items to the catalog's price rows: the `$filter`s to ask for,
 * Linux VM prices per offer (pay-as-you-go, spot, 1- and 3-year reservation per hour), service meters
 * in the catalog's units, Azure OpenAI meters as listed, and the snapshot built from them.
 */
import { odataString, type RetailPriceItem } from './api';
import { SERVICE_METERS, type ServiceMeterSpec } from './service-meters';
import {
  sortSnapshot,
  type AoaiMeterRow,
  type RetailSnapshot,
  type ServiceMeterRow,
  type VmOffer,
  type VmPriceRow,
  type VmScope,
} from './snapshot';

/** Source id of rows written by a refresh (sources-compute.ts). */
export const RETAIL_API_SOURCE = 'azure-retail-prices-api';

/**
 * Hours in a reservation term, to turn a reservation item's whole-term `retailPrice` into USD per hour:
 * 365 days × 24 h = 8,760 h a year (the 730 h/month × 12 that Azure's pricing calculator uses).
 */
export const HOURS_PER_RESERVATION_YEAR = 8760;

export interface RefreshQuery {
  /** What the query is for, printed while refreshing. */
  label: string;
  filter: string;
}

/** One query per VM size (all regions, all price types), one per service, one for Azure OpenAI. */
export function buildFilters(vmSkus: readonly string[], meters: readonly ServiceMeterSpec[] = SERVICE_METERS): RefreshQuery[] {
  const vm = vmSkus.map((sku) => ({
    label: `VM ${sku}`,
    filter: `serviceName eq 'Virtual Machines' and armSkuName eq ${odataString(sku)}`,
  }));
  const services = [...new Set(meters.map((m) => m.serviceName))].map((serviceName) => {
    const skus = [...new Set(meters.filter((m) => m.serviceName === serviceName).map((m) => m.skuName))];
    const skuClause =
      skus.length > 0 && skus.every((s) => s !== undefined)
        ? ` and (${skus.map((s) => `skuName eq ${odataString(s!)}`).join(' or ')})`
        : '';
    return {
      label: `service ${serviceName}`,
      filter: `serviceName eq ${odataString(serviceName)} and priceType eq 'Consumption'${skuClause}`,
    };
  });
  const aoai = {
    label: 'Azure OpenAI meters',
    filter: "startswith(productName, 'Azure OpenAI')",
  };
  return [...vm, ...services, aoai];
}

/** "1 Hour" → {count: 1, per: 'hour'}; "10K" → {count: 10000, per: ''}; "1 GB/Month" → {count: 1, per: 'gb/month'}. */
export function parseUnit(unitOfMeasure: string): { count: number; per: string } | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KM])?\s*\/?\s*(.*?)\s*$/i.exec(unitOfMeasure);
  if (!m) return null;
  const mult = m[2]?.toUpperCase() === 'K' ? 1e3 : m[2]?.toUpperCase() === 'M' ? 1e6 : 1;
  const per = (m[3] ?? '').toLowerCase().replace(/hours$/, 'hour');
  return { count: Number(m[1]) * mult, per };
}

/** Hours per month for turning an hourly meter into a monthly catalog unit (Azure's pricing calculator: 730). */
const HOURS_PER_MONTH = 730;

/** USD per catalog unit from one item; null when the item's unit does not convert to it. */
export function toCatalogUnit(item: RetailPriceItem, unit: ServiceMeterSpec['unit']): number | null {
  const u = parseUnit(item.unitOfMeasure);
  if (!u || u.count <= 0) return null;
  const each = item.retailPrice / u.count;
  switch (unit) {
    case 'hour':
    case '100 RU/s-hour':
      return u.per === 'hour' ? each : u.per === 'day' ? each / 24 : null;
    case 'month':
      return u.per === 'month' ? each : u.per === 'hour' ? each * HOURS_PER_MONTH : u.per === 'day' ? (each * HOURS_PER_MONTH) / 24 : null;
    case 'GB-month':
      return u.per === 'gb/month' || u.per === 'gib/month' ? each : null;
    case 'GB':
      return u.per === 'gb' || u.per === 'gib' ? each : null;
    case '1M operations':
    case 'million requests':
      return u.per === '' ? each * 1e6 : null;
    case '1K pages':
      return u.per === '' ? each * 1e3 : null;
    case '1M tokens':
      return u.per === '' ? each * 1e6 : null;
  }
}

/** Which offer a VM item prices, or why it is not one the catalog keeps. */
export function vmOfferOf(item: RetailPriceItem): { offer: VmOffer } | { skip: string } {
  if (item.type === 'DevTestConsumption') return { skip: 'dev/test price' };
  if (/Windows/i.test(item.productName)) return { skip: 'Windows' };
  if (/Low Priority/i.test(item.meterName) || /Low Priority/i.test(item.skuName)) return { skip: 'low priority' };
  if (/Cloud Services|Dedicated Host/i.test(item.productName)) return { skip: 'not a VM price' };
  if (item.type === 'Reservation') {
    const years = /^(\d+) Years?$/i.exec(item.reservationTerm ?? '');
    if (years?.[1] === '1') return { offer: 'reserved-1y' };
    if (years?.[1] === '3') return { offer: 'reserved-3y' };
    return { skip: `reservation term ${item.reservationTerm ?? '(none)'}` };
  }
  return { offer: /\bSpot$/i.test(item.meterName) || /\bSpot$/i.test(item.skuName) ? 'spot' : 'payg' };
}

/** USD per hour of one VM item; reservation items divide the whole-term price by the term's hours. */
export function vmUsdPerHour(item: RetailPriceItem, offer: VmOffer): number {
  if (offer === 'reserved-1y') return item.retailPrice / HOURS_PER_RESERVATION_YEAR;
  if (offer === 'reserved-3y') return item.retailPrice / (3 * HOURS_PER_RESERVATION_YEAR);
  return item.retailPrice;
}

/** Rounded to 6 decimals (the API's own precision for hourly prices) so diffs stay readable. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Of two items for the same row, the one to keep: base tier, primary meter region, latest start date. */
function better(a: RetailPriceItem, b: RetailPriceItem): RetailPriceItem {
  if (a.tierMinimumUnits !== b.tierMinimumUnits) return a.tierMinimumUnits < b.tierMinimumUnits ? a : b;
  if (a.isPrimaryMeterRegion !== b.isPrimaryMeterRegion) return a.isPrimaryMeterRegion ? a : b;
  return a.effectiveStartDate >= b.effectiveStartDate ? a : b;
}

export interface Normalised {
  vmPrices: VmPriceRow[];
  serviceMeters: ServiceMeterRow[];
  aoaiMeters: AoaiMeterRow[];
  /** Regions any VM item was seen in: the refresh's coverage. */
  vmRegions: string[];
  /** Catalog price ids no meter matched. */
  unmatchedServicePrices: string[];
  warnings: string[];
}

/** Everything the catalog keeps from a refresh's items. */
export function normaliseItems(
  items: readonly RetailPriceItem[],
  vmSkus: readonly string[],
  asOf: string,
  meters = SERVICE_METERS,
): Normalised {
  const skus = new Set(vmSkus);
  const warnings: string[] = [];
  const vmBest = new Map<string, { item: RetailPriceItem; offer: VmOffer }>();
  const svcBest = new Map<string, { item: RetailPriceItem; spec: ServiceMeterSpec }>();
  const aoai = new Map<string, RetailPriceItem>();
  const vmRegions = new Set<string>();
  for (const item of items) {
    if (item.currencyCode !== 'USD') {
      warnings.push(`meter ${item.meterId}: currency ${item.currencyCode}, not USD: skipped`);
      continue;
    }
    // A price announced for later (effectiveStartDate after the snapshot date) is not today's price.
    if (item.effectiveStartDate.slice(0, 10) > asOf) continue;
    if (item.serviceName === 'Virtual Machines') {
      if (item.armRegionName === '') continue;
      vmRegions.add(item.armRegionName);
      if (!skus.has(item.armSkuName)) continue;
      const o = vmOfferOf(item);
      if ('skip' in o) continue;
      if (item.retailPrice <= 0) {
        warnings.push(`meter ${item.meterId} (${item.armSkuName} ${item.armRegionName}): price 0: skipped`);
        continue;
      }
      if (parseUnit(item.unitOfMeasure)?.per !== 'hour' || parseUnit(item.unitOfMeasure)?.count !== 1) {
        warnings.push(
          `meter ${item.meterId} (${item.armSkuName} ${item.armRegionName}): unit "${item.unitOfMeasure}", expected "1 Hour": skipped`,
        );
        continue;
      }
      const key = `${item.armSkuName}|${item.armRegionName}|${o.offer}`;
      const prev = vmBest.get(key);
      vmBest.set(key, { item: prev ? better(prev.item, item) : item, offer: o.offer });
      continue;
    }
    if (/^Azure OpenAI/.test(item.productName)) {
      if (item.armRegionName !== '') aoai.set(item.meterId + '|' + item.armRegionName + '|' + item.type, item);
      continue;
    }
    if (item.type !== 'Consumption' || item.armRegionName === '') continue;
    for (const spec of meters) {
      if (spec.serviceName !== item.serviceName || !spec.meterName.test(item.meterName)) continue;
      if (spec.skuName !== undefined && spec.skuName !== item.skuName) continue;
      if (spec.productName !== undefined && !spec.productName.test(item.productName)) continue;
      const key = `${spec.priceId}|${item.armRegionName}`;
      const prev = svcBest.get(key);
      svcBest.set(key, { item: prev ? better(prev.item, item) : item, spec });
    }
  }
  const vmPrices: VmPriceRow[] = [...vmBest.values()].map(({ item, offer }) => ({
    sku: item.armSkuName,
    region: item.armRegionName,
    offer,
    usdPerHour: round6(vmUsdPerHour(item, offer)),
    source: RETAIL_API_SOURCE,
    asOf,
    meterId: item.meterId,
    ...(offer.startsWith('reserved')
      ? { note: `Reservation: ${item.retailPrice} USD for the ${item.reservationTerm} term ÷ ${offer === 'reserved-1y' ? 8760 : 26280} h.` }
      : {}),
  }));
  const serviceMeters: ServiceMeterRow[] = [];
  for (const { item, spec } of svcBest.values()) {
    const usd = toCatalogUnit(item, spec.unit);
    if (usd === null) {
      warnings.push(
        `meter ${item.meterId} (${spec.priceId} ${item.armRegionName}): unit "${item.unitOfMeasure}" does not convert to ${spec.unit}: skipped`,
      );
      continue;
    }
    serviceMeters.push({
      priceId: spec.priceId,
      region: item.armRegionName,
      usd: round6(usd),
      unit: spec.unit,
      source: RETAIL_API_SOURCE,
      asOf,
      meterId: item.meterId,
      meterName: item.meterName,
    });
  }
  const matched = new Set(serviceMeters.map((r) => r.priceId));
  const aoaiMeters: AoaiMeterRow[] = [...aoai.values()].map((i) => ({
    region: i.armRegionName,
    productName: i.productName,
    skuName: i.skuName,
    meterName: i.meterName,
    unitOfMeasure: i.unitOfMeasure,
    usd: i.retailPrice,
    type: i.type,
    source: RETAIL_API_SOURCE,
    asOf,
    meterId: i.meterId,
  }));
  return {
    vmPrices,
    serviceMeters,
    aoaiMeters,
    vmRegions: [...vmRegions].sort(),
    unmatchedServicePrices: [...new Set(meters.map((m) => m.priceId))].filter((id) => !matched.has(id)),
    warnings,
  };
}

/**
 * The snapshot a refresh writes. The API lists every region, so its scope is every region it returned,
 * for the sizes it priced at all; sizes it has no price for keep the previous snapshot's rows (e.g. a
 * size sold by contract only) and stay out of its scope (unverified rather than "not offered").
 */
export function snapshotFromRefresh(
  n: Normalised,
  vmSkus: readonly string[],
  snapshotDate: string,
  previous?: RetailSnapshot,
): RetailSnapshot {
  const priced = new Set(n.vmPrices.map((r) => r.sku));
  const scope: VmScope = {
    source: RETAIL_API_SOURCE,
    asOf: snapshotDate,
    skus: vmSkus.filter((s) => priced.has(s)).sort(),
    regions: n.vmRegions,
    note: 'Every region the Retail Prices API returned a Virtual Machines price in: a listed size with no Linux price there is not offered there.',
  };
  const keep = <T extends { sku: string }>(rows: readonly T[] | undefined): T[] => (rows ?? []).filter((r) => !priced.has(r.sku));
  const keptScopes = (previous?.vmScopes ?? [])
    .map((s) => ({ ...s, skus: s.skus.filter((k) => !priced.has(k)) }))
    .filter((s) => s.skus.length > 0);
  const services = new Set(n.serviceMeters.map((r) => r.priceId));
  return sortSnapshot({
    schemaVersion: 1,
    kind: 'retail-api',
    snapshotDate,
    currency: 'USD',
    vmScopes: [scope, ...keptScopes],
    vmPrices: [...n.vmPrices, ...keep(previous?.vmPrices)],
    vmAvailability: keep(previous?.vmAvailability),
    serviceMeters: [...n.serviceMeters, ...(previous?.serviceMeters ?? []).filter((r) => !services.has(r.priceId))],
    aoaiMeters: n.aoaiMeters.length > 0 ? n.aoaiMeters : (previous?.aoaiMeters ?? []),
  });
}
