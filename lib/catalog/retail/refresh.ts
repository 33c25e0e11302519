/**
 * One refresh run, with the network and the clock injected: query the Retail Prices API for every
 * catalog VM size and priced service, normalise, build the new snapshot and diff it against the old.
 * scripts/catalog-refresh.ts is the thin command around this.
 */
import { firstPageUrl } from './api';
import { fetchAllPages, type ClientOptions } from './client';
import { diffSnapshots, type SnapshotDiff } from './diff';
import { buildFilters, normaliseItems, snapshotFromRefresh } from './normalise';
import type { RetailSnapshot } from './snapshot';

export interface RefreshResult {
  snapshot: RetailSnapshot;
  diff: SnapshotDiff;
  warnings: string[];
  unmatchedServicePrices: string[];
  pages: number;
  items: number;
}

export async function runRefresh(args: {
  vmSkus: readonly string[];
  previous: RetailSnapshot;
  snapshotDate: string;
  client: ClientOptions;
  baseUrl?: string;
}): Promise<RefreshResult> {
  const log = args.client.log ?? (() => {});
  const items = [];
  const warnings: string[] = [];
  let pages = 0;
  for (const q of buildFilters(args.vmSkus)) {
    log(`${q.label}`);
    const r = await fetchAllPages(firstPageUrl(q.filter, args.baseUrl), args.client);
    log(`  ${r.items.length} items, ${r.pages} page(s)`);
    items.push(...r.items);
    warnings.push(...r.warnings.map((w) => `${q.label}: ${w}`));
    pages += r.pages;
  }
  const n = normaliseItems(items, args.vmSkus, args.snapshotDate);
  const snapshot = snapshotFromRefresh(n, args.vmSkus, args.snapshotDate, args.previous);
  return {
    snapshot,
    diff: diffSnapshots(args.previous, snapshot),
    warnings: [...warnings, ...n.warnings],
    unmatchedServicePrices: n.unmatchedServicePrices,
    pages,
    items: items.length,
  };
}
