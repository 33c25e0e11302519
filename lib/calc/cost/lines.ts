/**
 * Cost lines: the shared state of one cost analysis (CostCtx) and the helpers that add a priced line.
 * Every price is read through the context's one price lookup (the design's overrides over the catalog).
 * A price the catalog does not know makes the line "unpriced" (usdPerMonth null), never $0.
 */
import { COMPONENTS } from '../../catalog/components';
import { getVmSku } from '../../catalog/index';
import type { DesignNode } from '../../design/schema';
import type { CalcContext } from '../context';
import { DEFAULT_PRICE_REGION, priceIds, type ResolvedPrice } from '../prices';
import type { PtuScope } from '../ptu';
import type { CostLine, CostMeter } from '../types';
import { HOURS_PER_MONTH } from '../units';

/** One cost analysis: the design's context plus the lines and sources gathered so far. */
export interface CostCtx extends CalcContext {
  lines: CostLine[];
  sources: Set<string>;
  /** The cache hit rate that reaches the cost (0 without a semantic cache). */
  cacheHit: number;
  activeHours: number;
}

export const r2 = (x: number): number => Math.round(x * 100) / 100;

export function sumLines(lines: readonly CostLine[]): number {
  let t = 0;
  for (const l of lines) if (l.usdPerMonth !== null) t += l.usdPerMonth;
  return t;
}

function layerOf(node: DesignNode | null): CostLine['layer'] {
  return node ? COMPONENTS[node.kind].layer : 'Other';
}

export interface LineInput {
  suffix: string;
  meter: CostMeter;
  item: string;
  quantity: number;
  unit: string;
  priceId: string | null;
  price: ResolvedPrice | null;
  /** Multiplier on the unit price (Batch API 0.5, Cosmos autoscale 1.5). */
  priceFactor?: number;
  hoursPerMonth?: number | null;
  /** Set when the quantity itself is unknown (usage not modelled): the line stays unpriced. */
  quantityUnknown?: boolean;
  note?: string;
  /** Overrides the region shown (null for global services). */
  region?: string | null;
}

export function addLine(ctx: CostCtx, node: DesignNode | null, x: LineInput): CostLine {
  const unitUsd = x.price ? x.price.usd * (x.priceFactor ?? 1) : null;
  const hours = x.hoursPerMonth ?? null;
  const usd = unitUsd !== null && !x.quantityUnknown ? x.quantity * unitUsd * (hours ?? 1) : null;
  const notes = [
    x.note,
    x.price?.fallbackFrom && !x.price.overridden ? x.price.note : undefined,
    x.price?.overridden && x.price.note ? `override: ${x.price.note}` : undefined,
  ].filter((n): n is string => n !== undefined && n !== '');
  const line: CostLine = {
    id: `${node?.id ?? 'design'}:${x.suffix}`,
    meter: x.meter,
    nodeId: node?.id ?? null,
    layer: layerOf(node),
    region: x.region !== undefined ? x.region : node ? (ctx.g.regionOf.get(node.id) ?? null) : null,
    item: x.item,
    quantity: x.quantity,
    unit: x.unit,
    unitUsd,
    hoursPerMonth: hours,
    usdPerMonth: usd,
    priceId: x.priceId,
    source: x.price?.source ?? null,
    asOf: x.price?.asOf ?? null,
    overridden: x.price?.overridden ?? false,
  };
  if (notes.length > 0) line.note = notes.join(' ');
  if (x.price) ctx.sources.add(x.price.source);
  ctx.lines.push(line);
  return line;
}

/**
 * A line priced from a catalog service price whose unit may be per hour or per month: per hour runs
 * `hours` (730 by default) a month. An override of an id the catalog lacks is read in `expectedUnit`.
 */
export function serviceLine(
  ctx: CostCtx,
  node: DesignNode,
  x: Omit<LineInput, 'price' | 'hoursPerMonth'> & { priceId: string; expectedUnit: 'hour' | 'month' | 'usage'; hours?: number },
): CostLine {
  const price = ctx.prices(priceIds.serviceIn(x.priceId, ctx.g.regionOf.get(node.id) ?? null));
  const unit = price?.unit;
  const hourly = unit === 'hour' || unit === '100 RU/s-hour' || (unit === undefined && x.expectedUnit === 'hour');
  const monthly = unit === 'month' || (unit === undefined && x.expectedUnit === 'month');
  const usage = !hourly && !monthly;
  const mismatch = price !== null && x.expectedUnit !== 'usage' && usage;
  const note = [
    x.note,
    price?.priceRegion && price.priceRegion !== (ctx.g.regionOf.get(node.id) ?? null) ? `Price read for ${price.priceRegion}.` : undefined,
  ]
    .filter((n): n is string => n !== undefined)
    .join(' ');
  return addLine(ctx, node, {
    ...x,
    price: mismatch ? null : price,
    hoursPerMonth: hourly ? (x.hours ?? HOURS_PER_MONTH) : null,
    note: mismatch ? `${note} The catalog price ${x.priceId} is per ${unit}, which this line cannot use.`.trim() : note,
  });
}

export interface VmPriceChoice {
  priceId: string;
  price: ResolvedPrice | null;
  paygPrice: ResolvedPrice | null;
  label: string;
  note?: string;
}

/** The hourly price of a VM under a pricing option: spot / reserved when known, else PAYG (noted). */
export function vmPrice(
  ctx: CostCtx,
  sku: string,
  region: string | null,
  pricing: 'payg' | 'spot' | 'reserved-1y' | 'reserved-3y',
): VmPriceChoice {
  const r = region ?? DEFAULT_PRICE_REGION;
  const where = region === null ? ` Not placed in a region: priced in ${DEFAULT_PRICE_REGION}.` : '';
  const paygId = priceIds.vm(sku, r);
  const payg = ctx.prices(paygId);
  const unknown = !getVmSku(sku) && !payg ? ` VM size ${sku} is not in the catalog.` : '';
  if (pricing === 'payg')
    return { priceId: paygId, price: payg, paygPrice: payg, label: 'pay-as-you-go', note: (where + unknown).trim() || undefined };
  const kind = pricing === 'spot' ? 'vm-spot' : pricing === 'reserved-1y' ? 'vm-reserved-1y' : 'vm-reserved-3y';
  const id = priceIds.vmOf(kind, sku, r);
  const p = ctx.prices(id);
  const name = pricing === 'spot' ? 'spot' : pricing === 'reserved-1y' ? '1-year reserved' : '3-year reserved';
  if (p) return { priceId: id, price: p, paygPrice: payg, label: name, note: where.trim() || undefined };
  const why =
    pricing === 'spot'
      ? `No spot price known for ${sku} in ${r}: shown at pay-as-you-go (an upper bound).`
      : `No sourced ${name} price: shown at pay-as-you-go; the seed (9.10) puts reserved savings at 30-60%. Add a price override for ${id} to use your rate.`;
  return {
    priceId: paygId,
    price: payg,
    paygPrice: payg,
    label: `${name} requested, priced pay-as-you-go`,
    note: `${why}${where}${unknown}`,
  };
}

/** Price of one PTU for a month under the node's commitment. */
export function ptuMonthPrice(
  ctx: CostCtx,
  scope: PtuScope,
  commitment: 'hourly' | 'monthly' | 'annual',
): { priceId: string; price: ResolvedPrice | null; hours: number | null; usdPerPtuMonth: number | null } {
  if (commitment === 'hourly') {
    const id = priceIds.ptu(scope);
    const p = ctx.prices(id);
    return { priceId: id, price: p, hours: HOURS_PER_MONTH, usdPerPtuMonth: p ? p.usd * HOURS_PER_MONTH : null };
  }
  const id = priceIds.ptuReservation(commitment);
  const p = ctx.prices(id);
  return { priceId: id, price: p, hours: null, usdPerPtuMonth: p ? p.usd : null };
}
