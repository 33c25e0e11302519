/**
 * Prices by id: the design's price overrides (a customer's negotiated rates) win over the catalog.
 * A price that is not known resolves to null: the cost line is "unpriced", never $0.
 *
 * Price-id scheme (VM prices come from the price snapshot that `npm run catalog:refresh` writes):
 *   vm:<sku>:<region>              Linux pay-as-you-go, USD per VM-hour            (price snapshot)
 *   vm-spot:<sku>:<region>         Linux spot, USD per VM-hour                     (price snapshot)
 *   vm-reserved-1y:<sku>:<region>  1-year reserved, USD per VM-hour                (price snapshot: the term price ÷ 8,760 h)
 *   vm-reserved-3y:<sku>:<region>  3-year reserved, USD per VM-hour                (price snapshot: the term price ÷ 26,280 h)
 *     an override without the region (`vm:<sku>`, `vm-spot:<sku>`, ...) applies in every region.
 *   aoai:<model>:input | :cached-input | :output
 *                                  Azure OpenAI Global Standard, USD per 1M tokens (catalog openai-models)
 *   aoai:<model>:<part>:data-zone | :regional
 *                                  Data Zone / Regional Standard; the catalog has none, so they fall back
 *                                  to the Global price (a lower bound, noted on the line) unless overridden.
 *   ptu:global | ptu:data-zone | ptu:regional
 *                                  USD per PTU-hour (catalog PTU_HOURLY_USD, secondary)
 *   ptu-reservation:monthly | ptu-reservation:annual
 *                                  USD per PTU-month under an Azure reservation (catalog, secondary)
 *   anything else                  a catalog service price id as is (service-prices.ts), e.g.
 *                                  `ai-search:s2`, `apim:standard`, `redis:premium-p1`, `cosmos:ru-100-hour`,
 *                                  `blob:hot-lrs-gb`, `foundry:llama-3.1-70b:input`.
 *   <service price id>@<region>    that service price in a region: the price snapshot's meter for the region
 *                                  when a refresh wrote one, else the catalog's price; an override of the id
 *                                  without the region applies in every region.
 */
import { nodeHas } from '../catalog/components';
import { getAoaiModel, getServicePrice, servicePriceInRegion, vmPriceUsdPerHour, type VmOffer } from '../catalog/index';
import { PTU_HOURLY_USD, PTU_RESERVATION_USD_PER_PTU_MONTH } from '../catalog/openai-models';
import type { ServicePrice } from '../catalog/types';
import type { Design, DesignNode } from '../design/schema';
import { ptuScopeOf, type PtuScope } from './ptu';

/** Region whose price is used when a node is not placed in a region. */
export const DEFAULT_PRICE_REGION = 'eastus';

export interface ResolvedPrice {
  usd: number;
  /** A catalog source id, or 'price override'. */
  source: string;
  asOf: string | null;
  overridden: boolean;
  /** The catalog's unit for service prices (hour, month, GB-month, ...); undefined for the VM / token / PTU schemes. */
  unit?: ServicePrice['unit'];
  /** Region the catalog price was read for (service prices), null = any region. */
  priceRegion?: string | null;
  /** Set when the price was found under a less specific id (e.g. Global price for a Data Zone deployment). */
  fallbackFrom?: string;
  note?: string;
}

/**
 * The one way the calculations read a price: `(priceId) => price | null`. Built once per evaluation by
 * `priceResolver(design)` and handed to every analysis in the CalcContext (lib/calc/context.ts).
 */
export interface PriceLookup {
  (priceId: string): ResolvedPrice | null;
  /**
   * Identifies the prices behind the lookup (the design's price overrides; the catalog is static), for
   * caches whose results depend on prices. A lookup without one (e.g. a test's wrapper) is not cached.
   */
  readonly cacheKey?: string;
}

export type AoaiTokenPart = 'input' | 'cached-input' | 'output';
export type VmPriceKind = 'vm' | 'vm-spot' | 'vm-reserved-1y' | 'vm-reserved-3y';
/** Which price of the snapshot each VM price id reads. */
const VM_OFFER: ReadonlyMap<string, VmOffer> = new Map<VmPriceKind, VmOffer>([
  ['vm', 'payg'],
  ['vm-spot', 'spot'],
  ['vm-reserved-1y', 'reserved-1y'],
  ['vm-reserved-3y', 'reserved-3y'],
]);

export const priceIds = {
  vm: (sku: string, region: string): string => `vm:${sku}:${region}`,
  vmSpot: (sku: string, region: string): string => `vm-spot:${sku}:${region}`,
  vmOf: (kind: VmPriceKind, sku: string, region: string): string => `${kind}:${sku}:${region}`,
  aoai: (model: string, part: AoaiTokenPart, scope: PtuScope = 'global'): string =>
    scope === 'global' ? `aoai:${model}:${part}` : `aoai:${model}:${part}:${scope}`,
  ptu: (scope: PtuScope): string => `ptu:${scope}`,
  ptuReservation: (term: 'monthly' | 'annual'): string => `ptu-reservation:${term}`,
  foundry: (model: string, part: 'input' | 'output'): string => `foundry:${model}:${part}`,
  /** A service price in the node's region (the snapshot's meter there, when a refresh wrote one). */
  serviceIn: (priceId: string, region: string | null): string => (region === null ? priceId : `${priceId}@${region}`),
} as const;

export const PRICE_OVERRIDE_SOURCE = 'price override';

/** The catalog's own price for an id (no overrides). */
export function catalogPrice(priceId: string): ResolvedPrice | null {
  const at = priceId.lastIndexOf('@');
  if (at > 0) {
    const base = priceId.slice(0, at);
    const region = priceId.slice(at + 1);
    const m = servicePriceInRegion(base, region);
    if (m) return { usd: m.usd, source: m.source, asOf: m.asOf, overridden: false, unit: m.unit, priceRegion: region };
    return catalogPrice(base);
  }
  const parts = priceId.split(':');
  const [head, a, b, c] = parts;
  if (head !== undefined && VM_OFFER.has(head) && a !== undefined && b !== undefined && parts.length === 3) {
    const p = vmPriceUsdPerHour(a, b, VM_OFFER.get(head)!);
    return p ? { usd: p.usd, source: p.source, asOf: p.asOf, overridden: false, ...(p.note ? { note: p.note } : {}) } : null;
  }
  if (head === 'aoai' && a !== undefined && b !== undefined) {
    const m = getAoaiModel(a);
    if (!m) return null;
    const usd = b === 'input' ? m.inputUsdPer1M : b === 'cached-input' ? m.cachedInputUsdPer1M : b === 'output' ? m.outputUsdPer1M : null;
    if (usd === null || usd === undefined) return null;
    const src = m.fieldSources?.inputUsdPer1M ?? m.source;
    if (c === undefined) return { usd, source: src, asOf: m.asOf, overridden: false };
    // Data Zone / Regional Standard: no catalog figure; the Global price is a lower bound (facts §5.2).
    return {
      usd,
      source: src,
      asOf: m.asOf,
      overridden: false,
      fallbackFrom: `aoai:${a}:${b}`,
      note: `Global Standard price used: ${c === 'data-zone' ? 'Data Zone' : 'Regional'} Standard is priced higher and its price is not in the catalog (facts §5.2).`,
    };
  }
  if (head === 'ptu' && a !== undefined && parts.length === 2) {
    const usd =
      a === 'global'
        ? PTU_HOURLY_USD.global
        : a === 'data-zone'
          ? PTU_HOURLY_USD.dataZone
          : a === 'regional'
            ? PTU_HOURLY_USD.regional
            : null;
    if (usd === null) return null;
    return { usd, source: PTU_HOURLY_USD.source, asOf: PTU_HOURLY_USD.asOf, overridden: false };
  }
  if (head === 'ptu-reservation' && a !== undefined && parts.length === 2) {
    const r = PTU_RESERVATION_USD_PER_PTU_MONTH;
    const usd = a === 'monthly' ? r.monthlyTerm : a === 'annual' ? r.annualTerm : null;
    if (usd === null) return null;
    return { usd, source: r.source, asOf: r.asOf, overridden: false, note: r.note };
  }
  const s = getServicePrice(priceId);
  if (!s) return null;
  return {
    usd: s.usd,
    source: s.source,
    asOf: s.asOf,
    overridden: false,
    unit: s.unit,
    priceRegion: s.region,
    ...(s.note ? { note: s.note } : {}),
  };
}

/** Less specific ids an override may be written under: `vm:<sku>` for `vm:<sku>:<region>`, the Global token id for a Data Zone one. */
export function overrideFallbacks(priceId: string): string[] {
  const at = priceId.lastIndexOf('@');
  if (at > 0) return [priceId.slice(0, at)];
  const parts = priceId.split(':');
  const head = parts[0];
  if ((head === 'vm' || head === 'vm-spot' || head === 'vm-reserved-1y' || head === 'vm-reserved-3y') && parts.length === 3)
    return [`${head}:${parts[1]}`];
  if (head === 'aoai' && parts.length === 4) return [parts.slice(0, 3).join(':')];
  return [];
}

/**
 * `(priceId) => price | null` for a design: its price overrides first (the last one given for an id wins;
 * an override without a region applies in every region), then the catalog.
 */
export function priceResolver(design: Pick<Design, 'priceOverrides'>): PriceLookup {
  const overrides = new Map<string, { usd: number; note?: string }>();
  for (const o of design.priceOverrides) overrides.set(o.priceId, { usd: o.usd, ...(o.note !== undefined ? { note: o.note } : {}) });
  const cache = new Map<string, ResolvedPrice | null>();
  const lookup = (priceId: string): ResolvedPrice | null => {
    const hit = cache.get(priceId);
    if (hit !== undefined) return hit;
    let out: ResolvedPrice | null = null;
    for (const id of [priceId, ...overrideFallbacks(priceId)]) {
      const o = overrides.get(id);
      if (o) {
        out = {
          usd: o.usd,
          source: PRICE_OVERRIDE_SOURCE,
          asOf: null,
          overridden: true,
          ...(o.note !== undefined ? { note: o.note } : {}),
        };
        // Keep the catalog's unit so an overridden service price is applied per the same unit.
        const cat = catalogPrice(priceId);
        if (cat?.unit) out.unit = cat.unit;
        if (id !== priceId) out.fallbackFrom = id;
        break;
      }
    }
    out ??= catalogPrice(priceId);
    cache.set(priceId, out);
    return out;
  };
  return Object.assign(lookup, { cacheKey: JSON.stringify(design.priceOverrides.map((o) => [o.priceId, o.usd])) });
}

/** The catalog's prices alone (a design without price overrides). */
export const CATALOG_PRICES: PriceLookup = priceResolver({ priceOverrides: [] });

/** Linux price of one VM under a pricing kind (PAYG by default) in a region (eastus when unplaced), from `prices`; undefined when unknown. */
export const vmUsdPerHour = (prices: PriceLookup, skuId: string, region: string | null, kind: VmPriceKind = 'vm'): number | undefined =>
  prices(priceIds.vmOf(kind, skuId, region ?? DEFAULT_PRICE_REGION))?.usd;

// ---------------------------------------------------------------- service price ids per node

const APP_SERVICE_SKU: Record<string, string | null> = {
  free: null,
  'basic-b1': 'b1',
  'standard-s1': 's1',
  'premium-p1v3': 'p1v3',
  'premium-p2v3': 'p2v3',
  'premium-p3v3': 'p3v3',
};

/** App Service plan price id (Linux assumed), null for the Free plan. */
export function appServicePriceId(plan: string): string | null {
  const sku = APP_SERVICE_SKU[plan];
  return sku ? `app-service:${sku}-linux` : null;
}

export const redisPriceId = (tier: string, size: string): string => `redis:${tier}-${size.toLowerCase()}`;

const BLOB_REDUNDANCY: Record<string, string> = {
  lrs: 'lrs',
  zrs: 'zrs',
  grs: 'grs',
  gzrs: 'gzrs',
  'ra-grs': 'ragrs',
  'ra-gzrs': 'ragzrs',
};
export const blobPriceId = (accessTier: string, redundancy: string): string =>
  `blob:${accessTier}-${BLOB_REDUNDANCY[redundancy] ?? redundancy}-gb`;

export const functionsPriceId = (plan: string): string | null =>
  plan === 'consumption'
    ? 'functions:consumption-executions'
    : plan === 'flex-consumption'
      ? 'functions:flex-consumption-executions'
      : plan === 'premium-ep1'
        ? 'functions:ep1'
        : plan === 'premium-ep2'
          ? 'functions:ep2'
          : null;

export const cosmosRuPriceId = (zoneRedundant: boolean): string =>
  zoneRedundant ? 'cosmos:ru-100-hour-zone-redundant' : 'cosmos:ru-100-hour';

/** Log Analytics pay-as-you-go ingestion (Monitor workspaces and workspace-based Application Insights). */
export const LOG_INGESTION_PRICE_ID = 'log-analytics:ingestion-gb';
export const DOC_INTEL_PRICE_ID = 'doc-intel:layout';
export const CONTENT_SAFETY_PRICE_ID = 'content-safety:text';
export const AKS_STANDARD_TIER_PRICE_ID = 'aks:standard-tier';
/** gpt-4o-mini: the cheaper model the model-routing lever sends traffic to (seed 9.10). */
export const ROUTING_TARGET_MODEL = 'gpt-4o-mini';
/** The open model compared for the Foundry serverless / self-hosted alternatives when the design has none. */
export const DEFAULT_OPEN_MODEL = 'llama-3.1-70b';

const serviceBusPriceId = (tier: string): string =>
  tier === 'basic' ? 'service-bus:basic-ops' : tier === 'standard' ? 'service-bus:standard-base' : 'service-bus:premium-mu';

/** Price ids one node's cost lines and levers look up (VMs of an unplaced node: priced in eastus). */
export function nodePriceIds(node: DesignNode, placedRegion: string | null): string[] {
  if (!nodeHas(node, 'billed')) return [];
  const region = placedRegion ?? DEFAULT_PRICE_REGION;
  switch (node.kind) {
    case 'gpu-vm':
    case 'aks-gpu-pool':
    case 'ml-online-endpoint': {
      const sku = node.config.sku;
      const ids = (['vm', 'vm-spot', 'vm-reserved-1y', 'vm-reserved-3y'] as const).map((k) => priceIds.vmOf(k, sku, region));
      if (node.kind === 'aks-gpu-pool' && node.config.clusterTier === 'standard') ids.push(AKS_STANDARD_TIER_PRICE_ID);
      return ids;
    }
    case 'training-job':
      return (['vm', 'vm-spot'] as const).map((k) => priceIds.vmOf(k, node.config.sku, region));
    case 'azure-openai': {
      const model = node.config.model;
      const scope = ptuScopeOf(node.config.deploymentType);
      const ids = [
        priceIds.aoai(model, 'input', scope),
        priceIds.aoai(model, 'output', scope),
        priceIds.aoai(model, 'input'),
        priceIds.aoai(model, 'output'),
        priceIds.ptu(scope),
        priceIds.ptuReservation('monthly'),
        priceIds.ptuReservation('annual'),
        priceIds.aoai(ROUTING_TARGET_MODEL, 'input', scope),
        priceIds.aoai(ROUTING_TARGET_MODEL, 'output', scope),
      ];
      return ids;
    }
    case 'foundry-serverless':
      return [priceIds.foundry(node.config.model, 'input'), priceIds.foundry(node.config.model, 'output')];
    case 'ai-search':
      return node.config.tier === 'free' ? [] : [`ai-search:${node.config.tier}`];
    case 'apim':
      return [`apim:${node.config.tier}`];
    case 'redis':
      return [redisPriceId(node.config.tier, node.config.size)];
    case 'app-service': {
      const id = appServicePriceId(node.config.plan);
      return id ? [id] : [];
    }
    case 'functions': {
      const id = functionsPriceId(node.config.plan);
      return id ? [id] : [];
    }
    case 'container-apps':
      return [`container-apps:${node.config.gpu === 'none' ? 'replica' : `gpu-${node.config.gpu}`}`];
    case 'cosmos-db':
      return node.config.capacityMode === 'serverless'
        ? ['cosmos:serverless-1m-ru', 'cosmos:storage-gb']
        : [cosmosRuPriceId(node.config.zoneRedundant), 'cosmos:storage-gb'];
    case 'blob-storage':
      return [blobPriceId(node.config.accessTier, node.config.redundancy)];
    case 'monitor':
    case 'app-insights':
      return [LOG_INGESTION_PRICE_ID];
    case 'document-intelligence':
      return [DOC_INTEL_PRICE_ID];
    case 'content-safety':
      return [CONTENT_SAFETY_PRICE_ID];
    case 'front-door':
      return [`front-door:${node.config.tier}-base`];
    case 'firewall':
      return [`firewall:${node.config.tier}`];
    case 'ddos-protection':
      return ['ddos-protection:network'];
    case 'private-dns':
      return ['private-dns:zone'];
    case 'service-bus':
      return [serviceBusPriceId(node.config.tier)];
    case 'event-grid':
      return ['event-grid:operations'];
    case 'storage-queue':
      return ['storage-queue:operations'];
    case 'key-vault':
      return ['key-vault:secret-ops'];
  }
}
