/**
 * Shape of the generated price snapshot (lib/catalog/generated/retail-prices.json): the catalog's price
 * rows per SKU / service, region and offer, each with its source and as-of date. Written by
 * `npm run catalog:refresh` from the Azure Retail Prices API; until the first refresh it holds the seed
 * rows transcribed from the public sources named in each row.
 */
import { z } from 'zod';
import { IsoDate, ServicePrice } from '../types';

export const VmOffer = z.enum(['payg', 'spot', 'reserved-1y', 'reserved-3y']);
export type VmOffer = z.infer<typeof VmOffer>;

/** A Linux VM price. `usdPerHour: null` = the source lists the size there but gives no figure (unknown, not 0). */
export const VmPriceRow = z.object({
  sku: z.string().regex(/^Standard_/),
  region: z.string().min(1),
  offer: VmOffer,
  usdPerHour: z.number().positive().nullable(),
  source: z.string().min(1),
  asOf: IsoDate,
  meterId: z.string().optional(),
  note: z.string().optional(),
});
export type VmPriceRow = z.infer<typeof VmPriceRow>;

/** A statement that a size is (or is not) offered in a region, from a source without a usable price. */
export const VmAvailabilityRow = z.object({
  sku: z.string().regex(/^Standard_/),
  region: z.string().min(1),
  offered: z.boolean(),
  source: z.string().min(1),
  asOf: IsoDate,
  note: z.string().optional(),
});
export type VmAvailabilityRow = z.infer<typeof VmAvailabilityRow>;

/**
 * A source's coverage: for these sizes it lists every region (of `regions`) that offers them, so a size
 * with no row in one of these regions is NOT offered there (per that source).
 */
export const VmScope = z.object({
  source: z.string().min(1),
  asOf: IsoDate,
  skus: z.array(z.string()),
  regions: z.array(z.string()),
  note: z.string().optional(),
});
export type VmScope = z.infer<typeof VmScope>;

/** A service meter mapped onto a catalog price id (service-prices.ts ids), in the catalog's unit. */
export const ServiceMeterRow = z.object({
  priceId: z.string().min(1),
  region: z.string().min(1),
  usd: z.number().nonnegative(),
  unit: ServicePrice.shape.unit,
  source: z.string().min(1),
  asOf: IsoDate,
  meterId: z.string().optional(),
  meterName: z.string().optional(),
});
export type ServiceMeterRow = z.infer<typeof ServiceMeterRow>;

/** An Azure OpenAI token or PTU meter as listed (not mapped to model ids: Microsoft's meter names vary). */
export const AoaiMeterRow = z.object({
  region: z.string().min(1),
  productName: z.string(),
  skuName: z.string(),
  meterName: z.string(),
  unitOfMeasure: z.string(),
  usd: z.number().nonnegative(),
  type: z.string(),
  source: z.string().min(1),
  asOf: IsoDate,
  meterId: z.string(),
});
export type AoaiMeterRow = z.infer<typeof AoaiMeterRow>;

export const RetailSnapshot = z.object({
  schemaVersion: z.literal(1),
  /** `seed`: transcribed from public sources before any refresh; `retail-api`: written by catalog:refresh. */
  kind: z.enum(['seed', 'retail-api']),
  snapshotDate: IsoDate,
  currency: z.literal('USD'),
  note: z.string().optional(),
  vmScopes: z.array(VmScope),
  vmPrices: z.array(VmPriceRow),
  vmAvailability: z.array(VmAvailabilityRow),
  serviceMeters: z.array(ServiceMeterRow),
  aoaiMeters: z.array(AoaiMeterRow),
});
export type RetailSnapshot = z.infer<typeof RetailSnapshot>;

/** Rows in a stable order (so the generated file diffs cleanly in git). */
export function sortSnapshot(s: RetailSnapshot): RetailSnapshot {
  const by =
    <T>(...keys: ((r: T) => string)[]) =>
    (a: T, b: T) => {
      for (const k of keys) {
        const c = k(a).localeCompare(k(b));
        if (c !== 0) return c;
      }
      return 0;
    };
  const offerOrder = (o: VmOffer) => String(VmOffer.options.indexOf(o));
  return {
    ...s,
    vmPrices: [...s.vmPrices].sort(
      by<VmPriceRow>(
        (r) => r.sku,
        (r) => r.region,
        (r) => offerOrder(r.offer),
        (r) => r.source,
      ),
    ),
    vmAvailability: [...s.vmAvailability].sort(
      by<VmAvailabilityRow>(
        (r) => r.sku,
        (r) => r.region,
        (r) => r.source,
      ),
    ),
    serviceMeters: [...s.serviceMeters].sort(
      by<ServiceMeterRow>(
        (r) => r.priceId,
        (r) => r.region,
      ),
    ),
    aoaiMeters: [...s.aoaiMeters].sort(
      by<AoaiMeterRow>(
        (r) => r.region,
        (r) => r.meterName,
        (r) => r.meterId,
      ),
    ),
  };
}
