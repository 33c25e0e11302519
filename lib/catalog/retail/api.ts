/**
 * The Azure Retail Prices API (public, no login): https://prices.azure.com/api/retail/prices, filtered with
 * OData `$filter`, 100–1,000 items a page, the next page at `NextPageLink` (null on the last page).
 * Item fields as Microsoft Learn "Azure Retail Prices REST API" documents them. Prices are USD unless
 * `currencyCode` says otherwise (the catalog keeps USD only: CATALOG_CURRENCY).
 *
 * Reservation items (`type: 'Reservation'`) carry the price of the WHOLE term in `retailPrice` (e.g. a
 * 1-year reservation of one VM), even though `unitOfMeasure` reads "1 Hour"; normalise.ts divides by the
 * term's hours. Savings-plan rates (`savingsPlan`, api-version 2023-01-01-preview) are per hour.
 */
import { z } from 'zod';

export const RETAIL_PRICES_URL = 'https://prices.azure.com/api/retail/prices';
/** The version that returns savings-plan rates; backward compatible with the default version. */
export const RETAIL_PRICES_API_VERSION = '2023-01-01-preview';

export const RetailPriceType = z.enum(['Consumption', 'Reservation', 'DevTestConsumption']);

export const RetailSavingsPlan = z.object({
  unitPrice: z.number().nonnegative(),
  retailPrice: z.number().nonnegative(),
  term: z.string(),
});

/** One meter price. Required fields are the ones the catalog reads; the rest are kept for review. */
export const RetailPriceItem = z.object({
  currencyCode: z.string().min(3),
  tierMinimumUnits: z.number().nonnegative(),
  reservationTerm: z.string().optional(),
  retailPrice: z.number().nonnegative(),
  unitPrice: z.number().nonnegative(),
  armRegionName: z.string(),
  location: z.string(),
  effectiveStartDate: z.string(),
  effectiveEndDate: z.string().optional(),
  meterId: z.string().min(1),
  meterName: z.string(),
  productId: z.string(),
  skuId: z.string(),
  availabilityId: z.string().nullable().optional(),
  productName: z.string(),
  skuName: z.string(),
  serviceName: z.string().min(1),
  serviceId: z.string(),
  serviceFamily: z.string(),
  unitOfMeasure: z.string().min(1),
  type: RetailPriceType,
  isPrimaryMeterRegion: z.boolean(),
  armSkuName: z.string(),
  savingsPlan: z.array(RetailSavingsPlan).optional(),
});
export type RetailPriceItem = z.infer<typeof RetailPriceItem>;

/** The page envelope; items are validated one by one (parsePage) so one bad item does not lose a page. */
export const RetailPricesPage = z.object({
  BillingCurrency: z.string().optional(),
  CustomerEntityId: z.string().optional(),
  CustomerEntityType: z.string().optional(),
  Items: z.array(z.unknown()),
  NextPageLink: z.string().url().nullable().optional(),
  Count: z.number().int().nonnegative().optional(),
});

export interface ParsedPage {
  items: RetailPriceItem[];
  next: string | null;
  /** One line per item skipped: its index, meterId if any, and what was wrong. */
  warnings: string[];
}

/** Validate a page. Throws when the envelope itself is not a Retail Prices page; skips malformed items with a warning. */
export function parsePage(json: unknown): ParsedPage {
  const page = RetailPricesPage.safeParse(json);
  if (!page.success)
    throw new Error(`Not a Retail Prices page: ${page.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const items: RetailPriceItem[] = [];
  const warnings: string[] = [];
  page.data.Items.forEach((raw, i) => {
    const r = RetailPriceItem.safeParse(raw);
    if (r.success) items.push(r.data);
    else {
      const id = typeof raw === 'object' && raw !== null && 'meterId' in raw ? String((raw as { meterId: unknown }).meterId) : '?';
      warnings.push(
        `item ${i} (meterId ${id}) skipped: ${r.error.issues.map((x) => `${x.path.join('.') || '(item)'} ${x.message}`).join('; ')}`,
      );
    }
  });
  return { items, next: page.data.NextPageLink ?? null, warnings };
}

/** OData string literal: single quotes doubled. */
export const odataString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** The first page's URL for one `$filter`. */
export function firstPageUrl(filter: string, base = RETAIL_PRICES_URL): string {
  // Built by hand: lib/ runs without DOM or Node globals (no URL class). Same encoding as URLSearchParams.
  const q = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return `${base}${base.includes('?') ? '&' : '?'}api-version=${q(RETAIL_PRICES_API_VERSION)}&%24filter=${q(filter)}`;
}
