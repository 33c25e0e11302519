/**
 * What changed between two price snapshots, for the refresh's report and the reviewer of the generated
 * file: regions new to the data, prices that moved by more than a threshold (5% by default), and sizes
 * or offers no longer listed in a region.
 */
import type { RetailSnapshot, VmOffer } from './snapshot';

export interface PriceMove {
  id: string;
  region: string;
  from: number;
  to: number;
  /** (to − from) / from. */
  change: number;
}

export interface SnapshotDiff {
  newRegions: string[];
  priceMoves: PriceMove[];
  /** `sku offer region` rows with a price before and none now. */
  noLongerOffered: string[];
  /** `sku offer region` rows new in this snapshot. */
  newlyOffered: string[];
}

const vmKey = (sku: string, offer: VmOffer, region: string) => `${sku} ${offer} ${region}`;

function vmMap(s: RetailSnapshot): Map<string, { id: string; region: string; usd: number | null }> {
  const m = new Map<string, { id: string; region: string; usd: number | null }>();
  for (const r of s.vmPrices) m.set(vmKey(r.sku, r.offer, r.region), { id: `${r.sku} ${r.offer}`, region: r.region, usd: r.usdPerHour });
  for (const r of s.serviceMeters) m.set(`${r.priceId} ${r.region}`, { id: r.priceId, region: r.region, usd: r.usd });
  return m;
}

const regionsOf = (s: RetailSnapshot) =>
  new Set([
    ...s.vmPrices.map((r) => r.region),
    ...s.vmAvailability.filter((r) => r.offered).map((r) => r.region),
    ...s.serviceMeters.map((r) => r.region),
  ]);

export function diffSnapshots(prev: RetailSnapshot, next: RetailSnapshot, threshold = 0.05): SnapshotDiff {
  const before = vmMap(prev);
  const after = vmMap(next);
  const oldRegions = regionsOf(prev);
  const priceMoves: PriceMove[] = [];
  const noLongerOffered: string[] = [];
  const newlyOffered: string[] = [];
  for (const [k, a] of before) {
    const b = after.get(k);
    if (!b) {
      if (a.usd !== null) noLongerOffered.push(k);
      continue;
    }
    if (a.usd === null || b.usd === null || a.usd === 0) continue;
    const change = (b.usd - a.usd) / a.usd;
    if (Math.abs(change) > threshold) priceMoves.push({ id: a.id, region: a.region, from: a.usd, to: b.usd, change });
  }
  for (const k of after.keys()) if (!before.has(k)) newlyOffered.push(k);
  return {
    newRegions: [...regionsOf(next)].filter((r) => !oldRegions.has(r)).sort(),
    priceMoves: priceMoves.sort((x, y) => Math.abs(y.change) - Math.abs(x.change)),
    noLongerOffered: noLongerOffered.sort(),
    newlyOffered: newlyOffered.sort(),
  };
}

/** The diff as lines for the terminal. */
export function formatDiff(d: SnapshotDiff, threshold = 0.05): string[] {
  const pct = (x: number) => `${x > 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
  return [
    `New regions (${d.newRegions.length}): ${d.newRegions.join(', ') || 'none'}`,
    `Price moves beyond ${threshold * 100}% (${d.priceMoves.length}):`,
    ...d.priceMoves.map((m) => `  ${m.id} ${m.region}: ${m.from} → ${m.to} USD (${pct(m.change)})`),
    `No longer offered (${d.noLongerOffered.length}):`,
    ...d.noLongerOffered.map((k) => `  ${k}`),
    `Newly listed rows: ${d.newlyOffered.length}`,
  ];
}
