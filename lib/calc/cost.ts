/**
 * Monthly cost, line by line, with the levers that would lower it, the hosting alternatives for the same
 * traffic (seed 9.5) and the PTU vs PAYG analysis (seed 9.8, 9.10). A month is 730 hours (units.ts).
 *
 * Traffic model (shared with latency and capacity, lib/design/schema.ts Scenario):
 *   requests a month        = average RPM × 60 × active hours a day × 30.42 days (= 730 × h/24 hours)
 *   to a model deployment   = requests × its trafficShare × (1 − cache hit rate)
 *   the cache hit rate applies only when the design has a semantic cache (Redis or APIM with semanticCache),
 *   as in the latency chain; the Batch API share of PAYG Azure OpenAI traffic is billed at 50% (seed 9.10).
 * Hourly services run 730 h a month. AKS GPU pools: minNodes run all month and the pool scales out to
 * maxNodes during the scenario's active hours (an upper bound inside the active hours).
 * A price the catalog does not know makes the line "unpriced" (usdPerMonth null), never $0.
 */
import { COMPONENTS } from '../catalog/components';
import { getAoaiModel, getVmSku } from '../catalog/index';
import type { Precision } from '../design/node-configs';
import type { DesignNode, NodeOfKind, Scenario } from '../design/schema';
import { formatUsd } from '../format';
import { nodeLabel, type DesignGraph } from './graph';
import {
  AKS_STANDARD_TIER_PRICE_ID,
  CONTENT_SAFETY_PRICE_ID,
  DOC_INTEL_PRICE_ID,
  LOG_INGESTION_PRICE_ID,
  ROUTING_TARGET_MODEL,
  appServicePriceId,
  blobPriceId,
  cosmosRuPriceId,
  functionsPriceId,
  openModelIds,
  priceIds,
  priceResolver,
  redisPriceId,
  selfHostedAlternativeInputs,
  type PriceLookup,
  type ResolvedPrice,
} from './prices';
import {
  analyzePtuDeployment,
  isProvisioned,
  isValidPtuSize,
  paygTypeOf,
  ptuFactsOf,
  ptuFiguresNote,
  ptuMinAndIncrement,
  ptuScopeOf,
  ptuTypeOf,
  roundPtu,
  type PtuAnalysisResult,
  type PtuScope,
} from './ptu';
import { costFinding } from './rules-cost';
import { cheapestFittingSku, type FittingSku } from './sizing';
import { modelPerformance } from './performance';
import { trainingEstimateForNode } from './training';
import type { CostLine, CostReport, Explanation, Finding, HostingAlternative, LeverSaving, TrainingEstimate } from './types';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, activeHoursPerMonth } from './units';
import { DEFAULT_PRICE_REGION, gpusPerVm } from './vram';

// ---------------------------------------------------------------- constants (assumptions, named)

/** Batch API: 50% of the PAYG price (seed 9.10, "Batch inference (async, Azure Batch API) 50%"). */
export const BATCH_DISCOUNT = 0.5;
/** Cosmos DB autoscale bills 1.5 × the manual rate per 100 RU/s, at least 10% of the maximum each hour (Microsoft Learn, Cosmos DB autoscale FAQ). */
export const COSMOS_AUTOSCALE_RATE_MULTIPLIER = 1.5;
export const COSMOS_AUTOSCALE_MIN_FRACTION = 0.1;
/** Reserved VM instances: 30-60% off pay-as-you-go (seed 9.10); a range only, no sourced per-SKU price. */
export const SEED_RESERVED_SAVING_RANGE = { min: 0.3, max: 0.6 } as const;
/** Illustrative lever settings used when the scenario has none (shown in the lever's note). */
export const ILLUSTRATIVE = { cacheHitRate: 0.2, batchShare: 0.2, routingShare: 0.5 } as const;
/** Characters per token, for Content Safety text records of up to 1,000 characters (assumption). */
export const CHARS_PER_TOKEN_ASSUMPTION = 4;

// ---------------------------------------------------------------- dependencies

export interface CostDeps {
  /** Price lookup; default: the design's overrides over the catalog. */
  prices?: PriceLookup;
  /** Training estimate of a training-job node (GPU-hours per run); default lib/calc/training.ts. */
  trainingEstimate?: (g: DesignGraph, node: DesignNode) => TrainingEstimate | null;
  /** Cheapest VM that fits a model (self-hosted alternative); default lib/calc/sizing.ts. */
  cheapestSku?: (modelId: string, precision: Precision, scenario: Scenario, regionId: string | null) => FittingSku | null;
  /** Requests per minute one replica of a self-hosted model sustains; default lib/calc/performance.ts. */
  replicaRequestsPerMinute?: (g: DesignGraph, node: DesignNode, scenario: Scenario) => number | null;
}

const defaultReplicaRpm = (g: DesignGraph, node: DesignNode, scenario: Scenario): number | null => {
  try {
    return modelPerformance(g, node, scenario)?.requestsPerMinutePerReplica ?? null;
  } catch {
    return null;
  }
};

// ---------------------------------------------------------------- helpers

type ModelNode = NodeOfKind<'azure-openai'> | NodeOfKind<'foundry-serverless'>;
type ServingNode = NodeOfKind<'gpu-vm'> | NodeOfKind<'aks-gpu-pool'> | NodeOfKind<'ml-online-endpoint'>;

const r2 = (x: number): number => Math.round(x * 100) / 100;
// Built once: toLocaleString with options builds a new formatter on every call (slow).
const NUM = [0, 1, 2].map((d) => new Intl.NumberFormat('en-US', { maximumFractionDigits: d }));
const fmtUsd = formatUsd;
const fmtN = (x: number, digits = 2): string => (NUM[digits] ?? NUM[2]!).format(x);
const pct = (x: number): string => `${fmtN(x * 100, 1)}%`;

/** Whether the design has a semantic cache (Redis or APIM with the semantic-cache setting), as the latency chain uses it. */
export const hasSemanticCache = (g: DesignGraph): boolean =>
  g.design.nodes.some((n) => (n.kind === 'redis' && n.config.semanticCache) || (n.kind === 'apim' && n.config.semanticCache));

/** The cache hit rate that reaches the cost: the scenario's, when the design has a semantic cache; else 0. */
export const effectiveCacheHitRate = (g: DesignGraph): number => (hasSemanticCache(g) ? g.design.scenario.cacheHitRate : 0);

/** Requests a month the scenario sends (before traffic shares and cache): average RPM × 60 × active hours a month. */
export const scenarioRequestsPerMonth = (s: Scenario): number => s.averageRequestsPerMinute * 60 * s.activeHoursPerDay * DAYS_PER_MONTH;

/** Requests a month reaching a model deployment: scenario requests × trafficShare × (1 − cache hit rate). */
export function modelRequestsPerMonth(g: DesignGraph, node: ModelNode): number {
  return scenarioRequestsPerMonth(g.design.scenario) * node.config.trafficShare * (1 - effectiveCacheHitRate(g));
}

interface Ctx {
  g: DesignGraph;
  s: Scenario;
  prices: PriceLookup;
  lines: CostLine[];
  sources: Set<string>;
  cacheHit: number;
  activeHours: number;
}

function layerOf(node: DesignNode | null): CostLine['layer'] {
  return node ? COMPONENTS[node.kind].layer : 'Other';
}

interface LineInput {
  suffix: string;
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

function addLine(ctx: Ctx, node: DesignNode | null, x: LineInput): CostLine {
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
function serviceLine(
  ctx: Ctx,
  node: DesignNode,
  x: Omit<LineInput, 'price' | 'hoursPerMonth'> & { priceId: string; expectedUnit: 'hour' | 'month' | 'usage'; hours?: number },
): CostLine {
  const price = ctx.prices(x.priceId);
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

// ---------------------------------------------------------------- VMs

interface VmPriceChoice {
  priceId: string;
  price: ResolvedPrice | null;
  paygPrice: ResolvedPrice | null;
  label: string;
  note?: string;
}

/** The hourly price of a VM under a pricing option: spot / reserved when known, else PAYG (noted). */
function vmPrice(ctx: Ctx, sku: string, region: string | null, pricing: 'payg' | 'spot' | 'reserved-1y' | 'reserved-3y'): VmPriceChoice {
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

function servingLines(ctx: Ctx, node: ServingNode): void {
  const region = ctx.g.regionOf.get(node.id) ?? null;
  const sku = node.config.sku;
  const v = vmPrice(ctx, sku, region, node.config.pricing);
  const item = (what: string) => `${sku} (Linux, ${v.label})${what}`;
  if (node.kind === 'gpu-vm') {
    addLine(ctx, node, {
      suffix: 'vm',
      item: item(''),
      quantity: node.config.count,
      unit: 'VM',
      priceId: v.priceId,
      price: v.price,
      hoursPerMonth: HOURS_PER_MONTH,
      note: v.note,
    });
  } else if (node.kind === 'ml-online-endpoint') {
    addLine(ctx, node, {
      suffix: 'instances',
      item: item(' — online endpoint instances'),
      quantity: node.config.instances,
      unit: 'instance',
      priceId: v.priceId,
      price: v.price,
      hoursPerMonth: HOURS_PER_MONTH,
      note: v.note,
    });
  } else {
    const min = node.config.minNodes;
    const max = Math.max(node.config.maxNodes, min);
    if (min > 0)
      addLine(ctx, node, {
        suffix: 'nodes-always-on',
        item: item(' — AKS nodes always on (minNodes)'),
        quantity: min,
        unit: 'node',
        priceId: v.priceId,
        price: v.price,
        hoursPerMonth: HOURS_PER_MONTH,
        note: v.note,
      });
    if (max > min && ctx.activeHours > 0)
      addLine(ctx, node, {
        suffix: 'nodes-autoscaled',
        item: item(' — AKS nodes scaled out (maxNodes − minNodes)'),
        quantity: max - min,
        unit: 'node',
        priceId: v.priceId,
        price: v.price,
        hoursPerMonth: ctx.activeHours,
        note: [
          `Autoscale model: up to maxNodes during the scenario's ${fmtN(ctx.s.activeHoursPerDay)} active h/day (${fmtN(ctx.activeHours)} h a month), minNodes otherwise.`,
          v.note,
        ]
          .filter(Boolean)
          .join(' '),
      });
    if (node.config.clusterTier === 'standard')
      serviceLine(ctx, node, {
        suffix: 'aks-standard-tier',
        item: 'AKS Standard tier (Uptime SLA) cluster fee',
        quantity: 1,
        unit: 'cluster',
        priceId: AKS_STANDARD_TIER_PRICE_ID,
        expectedUnit: 'hour',
        note: 'Billed per cluster: counted once for this pool (several pools in one cluster share it).',
      });
  }
}

function trainingLines(ctx: Ctx, node: NodeOfKind<'training-job'>, estimate: TrainingEstimate | null | undefined): void {
  const region = ctx.g.regionOf.get(node.id) ?? null;
  const c = node.config;
  const v = vmPrice(ctx, c.sku, region, c.spot ? 'spot' : 'payg');
  const sku = getVmSku(c.sku);
  const gpuHours = estimate?.gpuHoursPerRun ?? null;
  const vmHoursPerMonth = gpuHours !== null && sku ? (gpuHours * c.runsPerMonth) / gpusPerVm(sku) : null;
  const note = [
    gpuHours !== null
      ? `${fmtN(gpuHours)} GPU-hours per run (lib/calc/training.ts) × ${fmtN(c.runsPerMonth)} runs a month ÷ ${sku ? gpusPerVm(sku) : '?'} GPUs per VM.`
      : estimate === undefined
        ? 'No training estimate available: GPU-hours unknown.'
        : 'GPU-hours per run not estimated (the GPU has no dense TFLOPS figure or the model is unknown).',
    v.note,
  ]
    .filter(Boolean)
    .join(' ');
  addLine(ctx, node, {
    suffix: 'training',
    item: `${c.sku} (Linux, ${v.label}) — training, ${c.nodes} node${c.nodes === 1 ? '' : 's'}`,
    quantity: c.nodes,
    unit: 'VM',
    priceId: v.priceId,
    price: v.price,
    hoursPerMonth: vmHoursPerMonth !== null ? vmHoursPerMonth / c.nodes : null,
    quantityUnknown: vmHoursPerMonth === null,
    note,
  });
}

// ---------------------------------------------------------------- models

interface TokenSplit {
  requests: number;
  interactiveRequests: number;
  batchRequests: number;
}

function aoaiTokenLines(ctx: Ctx, node: NodeOfKind<'azure-openai'>, split: TokenSplit, scope: PtuScope): void {
  const m = node.config.model;
  const s = ctx.s;
  const pIn = ctx.prices(priceIds.aoai(m, 'input', scope));
  const pOut = ctx.prices(priceIds.aoai(m, 'output', scope));
  const unknown = getAoaiModel(m) ? undefined : `Model ${m} is not in the catalog.`;
  const parts: { suffix: string; label: string; req: number; factor: number; note?: string }[] = [
    { suffix: '', label: '', req: split.interactiveRequests, factor: 1 },
  ];
  if (split.batchRequests > 0)
    parts.push({
      suffix: '-batch',
      label: ' (Batch API, 50%)',
      req: split.batchRequests,
      factor: BATCH_DISCOUNT,
      note: `Batch share ${pct(s.batchShare)} at 50% of the PAYG price (seed 9.10).`,
    });
  for (const p of parts) {
    addLine(ctx, node, {
      suffix: `input${p.suffix}`,
      item: `${m} input tokens — ${node.config.deploymentType}${p.label}`,
      quantity: (p.req * s.inputTokensPerRequest) / 1e6,
      unit: '1M input tokens',
      priceId: priceIds.aoai(m, 'input', scope),
      price: pIn,
      priceFactor: p.factor,
      note: [p.note, unknown].filter(Boolean).join(' ') || undefined,
    });
    addLine(ctx, node, {
      suffix: `output${p.suffix}`,
      item: `${m} output tokens — ${node.config.deploymentType}${p.label}`,
      quantity: (p.req * s.outputTokensPerRequest) / 1e6,
      unit: '1M output tokens',
      priceId: priceIds.aoai(m, 'output', scope),
      price: pOut,
      priceFactor: p.factor,
      note: [p.note, unknown].filter(Boolean).join(' ') || undefined,
    });
  }
}

/** Price of one PTU for a month under the node's commitment. */
function ptuMonthPrice(
  ctx: Ctx,
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

interface AoaiState {
  node: NodeOfKind<'azure-openai'>;
  scope: PtuScope;
  provisioned: boolean;
  split: TokenSplit;
  ptu: PtuAnalysisResult | null;
  /** PAYG token cost of this node's traffic at Global list prices, no batch discount (null = unpriced). */
  paygFullUsd: number | null;
  /** PAYG token cost as billed (batch discount applied); null for PTU nodes or unpriced. */
  paygBilledUsd: number | null;
  currentUsd: number | null;
}

function paygCost(ctx: Ctx, model: string, scope: PtuScope, requests: number, factor = 1): number | null {
  const pIn = ctx.prices(priceIds.aoai(model, 'input', scope));
  const pOut = ctx.prices(priceIds.aoai(model, 'output', scope));
  if (!pIn || !pOut) return null;
  return ((requests * (ctx.s.inputTokensPerRequest * pIn.usd + ctx.s.outputTokensPerRequest * pOut.usd)) / 1e6) * factor;
}

function aoaiNode(ctx: Ctx, node: NodeOfKind<'azure-openai'>, findings: Finding[]): AoaiState {
  const c = node.config;
  const s = ctx.s;
  const scope = ptuScopeOf(c.deploymentType);
  const provisioned = isProvisioned(c.deploymentType);
  const requests = scenarioRequestsPerMonth(s) * c.trafficShare * (1 - ctx.cacheHit);
  // The Batch API is a PAYG offering: on a PTU deployment all of its traffic is served by the PTUs.
  const batchRequests = provisioned ? 0 : requests * s.batchShare;
  const split: TokenSplit = { requests, interactiveRequests: requests - batchRequests, batchRequests };
  const label = nodeLabel(node);
  let currentUsd: number | null = null;
  let paygBilledUsd: number | null = null;
  const pm = ptuMonthPrice(ctx, scope, c.ptuReservation);

  if (provisioned) {
    const line = addLine(ctx, node, {
      suffix: 'ptu',
      item: `${c.model} provisioned throughput — ${c.deploymentType}, ${c.ptuReservation === 'hourly' ? 'hourly' : `${c.ptuReservation} reservation`}`,
      quantity: c.ptuUnits,
      unit: c.ptuReservation === 'hourly' ? 'PTU' : 'PTU-month',
      priceId: pm.priceId,
      price: pm.price,
      hoursPerMonth: pm.hours,
      note: c.ptuReservation === 'hourly' ? 'Billed per deployed PTU-hour (facts §5.1).' : undefined,
    });
    currentUsd = line.usdPerMonth;
    // Valid size (facts §5.1).
    const facts = ptuFactsOf(c.model);
    if (facts) {
      const { min, increment } = ptuMinAndIncrement(facts, scope);
      if (!isValidPtuSize(c.ptuUnits, min, increment)) {
        const to = roundPtu(c.ptuUnits, min, increment);
        const delta = pm.usdPerPtuMonth !== null ? r2((to - c.ptuUnits) * pm.usdPerPtuMonth) : undefined;
        findings.push(
          costFinding('cost.ptu-below-minimum', {
            message: `${label}: ${c.ptuUnits} PTU is not a size Azure deploys for ${c.model} ${c.deploymentType}: the minimum is ${min} PTU, then steps of ${increment}. The next valid size is ${to} PTU.`,
            nodeIds: [node.id],
            basis: 'aoai-ptu-onboarding',
            fixes: [
              {
                description: `Deploy ${to} PTU.`,
                patch: { nodeId: node.id, config: { ptuUnits: to } },
                ...(delta !== undefined ? { deltaUsdPerMonth: delta } : {}),
              },
            ],
          }),
        );
      }
    }
  } else {
    aoaiTokenLines(ctx, node, split, scope);
    paygBilledUsd = paygCost(ctx, c.model, scope, split.interactiveRequests);
    const batch = paygCost(ctx, c.model, scope, split.batchRequests, BATCH_DISCOUNT);
    paygBilledUsd = paygBilledUsd !== null && batch !== null ? paygBilledUsd + batch : null;
    currentUsd = paygBilledUsd;
  }

  // PTU analysis: Global PAYG list prices for the same traffic.
  const pIn = ctx.prices(priceIds.aoai(c.model, 'input', scope));
  const pOut = ctx.prices(priceIds.aoai(c.model, 'output', scope));
  const share = c.trafficShare * (1 - ctx.cacheHit);
  const ptu = analyzePtuDeployment({
    nodeId: node.id,
    modelId: c.model,
    scope,
    deployedPtu: provisioned ? c.ptuUnits : 0,
    usdPerPtuMonth: pm.usdPerPtuMonth,
    inputUsdPer1M: pIn?.usd ?? null,
    outputUsdPer1M: pOut?.usd ?? null,
    peakRequestsPerMinute: s.peakRequestsPerMinute * share,
    averageRequestsPerMinute: s.averageRequestsPerMinute * share,
    activeHoursPerMonth: ctx.activeHours,
    inputTokens: s.inputTokensPerRequest,
    outputTokens: s.outputTokensPerRequest,
  });
  const paygFullUsd = paygCost(ctx, c.model, scope, requests);
  if (ptu)
    ptuFindings(
      ctx,
      node,
      scope,
      provisioned,
      ptu,
      provisioned ? paygFullUsd : (paygBilledUsd ?? paygFullUsd),
      pm.usdPerPtuMonth,
      findings,
    );
  return { node, scope, provisioned, split, ptu, paygFullUsd, paygBilledUsd, currentUsd };
}

function ptuFindings(
  ctx: Ctx,
  node: NodeOfKind<'azure-openai'>,
  scope: PtuScope,
  provisioned: boolean,
  r: PtuAnalysisResult,
  paygFullUsd: number | null,
  usdPerPtuMonth: number | null,
  findings: Finding[],
): void {
  const c = node.config;
  const a = r.analysis;
  const label = nodeLabel(node);
  const sz = r.sizing;
  const share = c.trafficShare * (1 - ctx.cacheHit);
  const tpmPerPtu = ptuFactsOf(c.model)?.inputTpmPerPtu ?? sz.tpmNeeded / sz.requiredPtuRaw;
  const weight = (sz.weightedTokensPerRequest - ctx.s.inputTokensPerRequest) / ctx.s.outputTokensPerRequest;
  const sizingText =
    `${fmtN(ctx.s.peakRequestsPerMinute * share)} RPM at peak × (${ctx.s.inputTokensPerRequest} + ${ctx.s.outputTokensPerRequest} × ${fmtN(weight)}) ` +
    `= ${fmtN(sz.tpmNeeded, 0)} weighted tokens/min ÷ ${fmtN(tpmPerPtu, 0)} per PTU = ${fmtN(sz.requiredPtuRaw)} PTU → ${sz.requiredPtu} PTU (minimum ${sz.min}, steps of ${sz.increment})`;
  if (provisioned) {
    if (c.ptuUnits < a.requiredPtu && c.ptuUnits > 0) {
      const avgRaw = (ctx.s.averageRequestsPerMinute * share * sz.weightedTokensPerRequest) / tpmPerPtu;
      const severe = c.ptuUnits < avgRaw;
      const delta = usdPerPtuMonth !== null ? r2((a.requiredPtu - c.ptuUnits) * usdPerPtuMonth) : undefined;
      findings.push(
        costFinding('cost.ptu-undersized', {
          severity: severe ? 'error' : 'warning',
          message:
            `${label}: ${c.ptuUnits} PTU deployed, ${a.requiredPtu} needed at peak (${sizingText}). ` +
            (severe
              ? 'Even average traffic exceeds the deployment: requests will be throttled (429) all day.'
              : 'Peaks will be throttled (429) unless they spill over to a PAYG deployment.'),
          nodeIds: [node.id],
          basis: 'aoai-ptu-onboarding',
          fixes: [
            {
              description: `Deploy ${a.requiredPtu} PTU.`,
              patch: { nodeId: node.id, config: { ptuUnits: a.requiredPtu } },
              ...(delta !== undefined ? { deltaUsdPerMonth: delta } : {}),
            },
          ],
        }),
      );
    }
    if (
      a.utilization !== null &&
      a.breakEvenUtilization !== null &&
      a.ptuUsdPerMonth !== null &&
      paygFullUsd !== null &&
      paygFullUsd < a.ptuUsdPerMonth
    ) {
      const never = a.breakEvenUtilization > 1;
      const to = paygTypeOf(scope);
      findings.push(
        costFinding('cost.ptu-underused', {
          severity: never ? 'info' : 'warning',
          message:
            `${label}: ${c.ptuUnits} PTU run at ${pct(a.utilization)} utilization on average; PTU pays off above ${pct(a.breakEvenUtilization)}. ` +
            `The same traffic on ${to} would cost ${fmtUsd(r2(paygFullUsd))} a month instead of ${fmtUsd(r2(a.ptuUsdPerMonth))}.` +
            (never
              ? ' At these prices PTU is never cheaper for this request shape: keep it only for guaranteed throughput and latency.'
              : ' Premature PTU commitment is a common cost mistake (seed 9.10).'),
          nodeIds: [node.id],
          fixes: [
            {
              description: `Switch to ${to} (pay-as-you-go).`,
              patch: { nodeId: node.id, config: { deploymentType: to, ptuUnits: 0 } },
              deltaUsdPerMonth: r2(paygFullUsd - a.ptuUsdPerMonth),
            },
          ],
        }),
      );
    }
  } else if (paygFullUsd !== null && paygFullUsd > 0) {
    // Would a PTU deployment of the required size be cheaper: hourly, or under an annual reservation?
    const options: { commitment: 'hourly' | 'annual'; monthly: number }[] = [];
    for (const commitment of ['hourly', 'annual'] as const) {
      const pm = ptuMonthPrice(ctx, scope, commitment);
      if (pm.usdPerPtuMonth !== null) options.push({ commitment, monthly: a.requiredPtu * pm.usdPerPtuMonth });
    }
    const best = options.filter((o) => o.monthly < paygFullUsd).sort((x, y) => x.monthly - y.monthly)[0];
    if (best) {
      const to = ptuTypeOf(scope);
      findings.push(
        costFinding('cost.payg-over-break-even', {
          message:
            `${label}: ${fmtUsd(r2(paygFullUsd))} a month of pay-as-you-go tokens; ${a.requiredPtu} PTU ${to} (${sizingText}) ` +
            `would cost ${fmtUsd(r2(best.monthly))}${best.commitment === 'annual' ? ' under an annual reservation' : ' billed hourly'}. ` +
            'Check 2-4 weeks of production traffic before committing (seed 9.10).',
          nodeIds: [node.id],
          fixes: [
            {
              description: `Switch to ${a.requiredPtu} PTU ${to}${best.commitment === 'annual' ? ' with an annual reservation' : ''}.`,
              patch: { nodeId: node.id, config: { deploymentType: to, ptuUnits: a.requiredPtu, ptuReservation: best.commitment } },
              deltaUsdPerMonth: r2(best.monthly - paygFullUsd),
            },
          ],
        }),
      );
    }
  }
}

function foundryLines(ctx: Ctx, node: NodeOfKind<'foundry-serverless'>): number | null {
  const m = node.config.model;
  const requests = modelRequestsPerMonth(ctx.g, node);
  let total: number | null = 0;
  for (const part of ['input', 'output'] as const) {
    const id = priceIds.foundry(m, part);
    const line = addLine(ctx, node, {
      suffix: part,
      item: `${m} ${part} tokens — AI Foundry serverless`,
      quantity: (requests * (part === 'input' ? ctx.s.inputTokensPerRequest : ctx.s.outputTokensPerRequest)) / 1e6,
      unit: `1M ${part} tokens`,
      priceId: id,
      price: ctx.prices(id),
    });
    total = total !== null && line.usdPerMonth !== null ? total + line.usdPerMonth : null;
  }
  return total;
}

// ---------------------------------------------------------------- other services

function serviceLines(ctx: Ctx, node: DesignNode): void {
  const s = ctx.s;
  const requests = scenarioRequestsPerMonth(s);
  switch (node.kind) {
    case 'ai-search': {
      const c = node.config;
      const units = c.replicas * c.partitions;
      if (c.tier === 'free') {
        addLine(ctx, node, {
          suffix: 'search-units',
          item: 'AI Search Free tier',
          quantity: 1,
          unit: 'service',
          priceId: null,
          price: { usd: 0, source: 'free tier', asOf: null, overridden: false },
          note: 'The Free tier has no charge (and no SLA).',
        });
        return;
      }
      serviceLine(ctx, node, {
        suffix: 'search-units',
        item: `AI Search ${c.tier.toUpperCase()} — ${c.replicas} replica${c.replicas === 1 ? '' : 's'} × ${c.partitions} partition${c.partitions === 1 ? '' : 's'}`,
        quantity: units,
        unit: 'search unit',
        priceId: `ai-search:${c.tier}`,
        expectedUnit: 'hour',
        note: `Search units = replicas × partitions = ${c.replicas} × ${c.partitions} = ${units} (seed 9.8).${c.semanticRanker ? ' Semantic ranker queries beyond the free allowance are billed on top (not modelled).' : ''}`,
      });
      return;
    }
    case 'apim': {
      const c = node.config;
      if (c.tier === 'consumption') {
        serviceLine(ctx, node, {
          suffix: 'calls',
          item: 'API Management Consumption — calls',
          quantity: requests / 1e6,
          unit: 'million calls',
          priceId: 'apim:consumption',
          expectedUnit: 'usage',
          note: 'One gateway call per scenario request (assumption).',
        });
        return;
      }
      const regions = c.tier === 'premium' ? c.regions : 1;
      serviceLine(ctx, node, {
        suffix: 'units',
        item: `API Management ${c.tier} — ${c.units} unit${c.units === 1 ? '' : 's'}${regions > 1 ? ` × ${regions} regions` : ''}`,
        quantity: c.units * regions,
        unit: 'unit',
        priceId: `apim:${c.tier}`,
        expectedUnit: 'hour',
        note:
          c.tier === 'premium' && regions > 1
            ? `Premium multi-region: each of the ${regions} regions runs ${c.units} unit${c.units === 1 ? '' : 's'} (assumption: same in every region).`
            : undefined,
      });
      return;
    }
    case 'redis': {
      const c = node.config;
      serviceLine(ctx, node, {
        suffix: 'cache',
        item: `Azure Cache for Redis ${c.tier} ${c.size.toUpperCase()}`,
        quantity: 1,
        unit: 'cache',
        priceId: redisPriceId(c.tier, c.size),
        expectedUnit: 'hour',
      });
      return;
    }
    case 'app-service': {
      const c = node.config;
      const id = appServicePriceId(c.plan);
      if (id === null) {
        addLine(ctx, node, {
          suffix: 'plan',
          item: 'App Service Free plan',
          quantity: 1,
          unit: 'plan',
          priceId: null,
          price: { usd: 0, source: 'free tier', asOf: null, overridden: false },
          note: 'The Free plan has no charge.',
        });
        return;
      }
      serviceLine(ctx, node, {
        suffix: 'plan',
        item: `App Service ${c.plan} (Linux) — ${c.instances} instance${c.instances === 1 ? '' : 's'}`,
        quantity: c.instances,
        unit: 'instance',
        priceId: id,
        expectedUnit: 'hour',
        note: 'Linux plan assumed.',
      });
      return;
    }
    case 'functions': {
      const c = node.config;
      const id = functionsPriceId(c.plan);
      if (id === null) return; // dedicated: billed through its App Service plan
      if (c.plan === 'consumption' || c.plan === 'flex-consumption')
        serviceLine(ctx, node, {
          suffix: 'executions',
          item: `Functions ${c.plan} — executions`,
          quantity: requests / 1e6,
          unit: 'million executions',
          priceId: id,
          expectedUnit: 'usage',
          note: 'One execution per scenario request (assumption); the execution-time (GB-s) meter is not modelled.',
        });
      else
        serviceLine(ctx, node, {
          suffix: 'instances',
          item: `Functions ${c.plan} — instances`,
          quantity: Math.max(1, c.instances),
          unit: 'instance',
          priceId: id,
          expectedUnit: 'hour',
          note: 'At least one instance is always billed on Elastic Premium.',
        });
      return;
    }
    case 'container-apps': {
      const c = node.config;
      serviceLine(ctx, node, {
        suffix: 'replicas',
        item: `Container Apps${c.gpu !== 'none' ? ` serverless GPU (${c.gpu.toUpperCase()})` : ''} — ${c.replicas} minimum replica${c.replicas === 1 ? '' : 's'}`,
        quantity: c.replicas,
        unit: 'replica',
        priceId: `container-apps:${c.gpu === 'none' ? 'replica' : `gpu-${c.gpu}`}`,
        expectedUnit: 'hour',
        note: 'Billed per vCPU-second, GiB-second (and GPU-second); modelled as always-on minimum replicas.',
      });
      return;
    }
    case 'cosmos-db': {
      const c = node.config;
      if (c.capacityMode === 'serverless') {
        serviceLine(ctx, node, {
          suffix: 'ru',
          item: 'Cosmos DB serverless — request units consumed',
          quantity: 0,
          unit: 'million RU',
          priceId: 'cosmos:serverless-1m-ru',
          expectedUnit: 'usage',
          quantityUnknown: true,
          note: 'Usage-based: request units consumed are not modelled.',
        });
      } else {
        const hundreds = c.throughputRu / 100;
        const autoscale = c.capacityMode === 'autoscale';
        const hours = autoscale ? ctx.activeHours + COSMOS_AUTOSCALE_MIN_FRACTION * (HOURS_PER_MONTH - ctx.activeHours) : HOURS_PER_MONTH;
        serviceLine(ctx, node, {
          suffix: 'ru',
          item: `Cosmos DB ${autoscale ? 'autoscale (max ' : 'provisioned ('}${fmtN(c.throughputRu, 0)} RU/s) × ${c.regions} region${c.regions === 1 ? '' : 's'}`,
          quantity: hundreds * c.regions,
          unit: '100 RU/s',
          priceId: cosmosRuPriceId(c.zoneRedundant),
          priceFactor: autoscale ? COSMOS_AUTOSCALE_RATE_MULTIPLIER : 1,
          expectedUnit: 'hour',
          hours,
          note:
            [
              autoscale
                ? `Autoscale: 1.5 × the manual rate per 100 RU/s, at the maximum during ${fmtN(ctx.activeHours)} active hours and at the 10% floor otherwise (Microsoft Learn: Cosmos DB autoscale FAQ).`
                : undefined,
              c.regions > 1 ? 'Throughput is billed in every region.' : undefined,
              c.multiRegionWrites ? 'Multi-region writes are billed at a higher rate (not in the catalog): a lower bound.' : undefined,
            ]
              .filter(Boolean)
              .join(' ') || undefined,
        });
      }
      serviceLine(ctx, node, {
        suffix: 'storage',
        item: `Cosmos DB storage — ${fmtN(c.storageGB)} GB × ${c.regions} region${c.regions === 1 ? '' : 's'}`,
        quantity: c.storageGB * c.regions,
        unit: 'GB-month',
        priceId: 'cosmos:storage-gb',
        expectedUnit: 'usage',
      });
      return;
    }
    case 'blob-storage': {
      const c = node.config;
      serviceLine(ctx, node, {
        suffix: 'capacity',
        item: `Blob Storage ${c.accessTier} ${c.redundancy.toUpperCase()} — ${fmtN(c.capacityGB)} GB`,
        quantity: c.capacityGB,
        unit: 'GB-month',
        priceId: blobPriceId(c.accessTier, c.redundancy),
        expectedUnit: 'usage',
        note: 'Capacity only; transactions and egress not modelled.',
      });
      return;
    }
    case 'monitor':
    case 'app-insights': {
      const gbDay = node.config.ingestionGBPerDay;
      serviceLine(ctx, node, {
        suffix: 'ingestion',
        item: `${node.kind === 'monitor' ? 'Log Analytics' : 'Application Insights (workspace-based)'} ingestion — ${fmtN(gbDay)} GB/day`,
        quantity: gbDay * DAYS_PER_MONTH,
        unit: 'GB',
        priceId: LOG_INGESTION_PRICE_ID,
        expectedUnit: 'usage',
        note: `${fmtN(gbDay)} GB/day × ${fmtN(DAYS_PER_MONTH)} days; free allowance and retention beyond the included period not modelled.`,
      });
      return;
    }
    case 'document-intelligence':
      serviceLine(ctx, node, {
        suffix: 'pages',
        item: 'Document Intelligence — prebuilt layout pages',
        quantity: node.config.pagesPerMonth / 1000,
        unit: '1,000 pages',
        priceId: DOC_INTEL_PRICE_ID,
        expectedUnit: 'usage',
        note: 'Layout model assumed (the Read model is cheaper: doc-intel:read).',
      });
      return;
    case 'content-safety': {
      // The user prompt (one record; retrieved context is not screened) and the completion.
      const recordsPerRequest = 1 + Math.ceil((s.outputTokensPerRequest * CHARS_PER_TOKEN_ASSUMPTION) / 1000);
      serviceLine(ctx, node, {
        suffix: 'records',
        item: 'AI Content Safety — text records',
        quantity: (requests * recordsPerRequest) / 1e6,
        unit: 'million text records',
        priceId: CONTENT_SAFETY_PRICE_ID,
        expectedUnit: 'usage',
        note: `${recordsPerRequest} text records (≤ 1,000 characters each) per request: the user prompt (1, assumption: retrieved context is not screened) and the completion at ~${CHARS_PER_TOKEN_ASSUMPTION} characters per token (assumption).`,
      });
      return;
    }
    case 'front-door':
      serviceLine(ctx, node, {
        suffix: 'base',
        item: `Front Door ${node.config.tier} base fee`,
        quantity: 1,
        unit: 'profile',
        priceId: `front-door:${node.config.tier}-base`,
        expectedUnit: 'month',
        region: null,
        note: 'Requests and data transfer are billed on top (not modelled).',
      });
      return;
    case 'firewall':
      serviceLine(ctx, node, {
        suffix: 'deployment',
        item: `Azure Firewall ${node.config.tier} deployment`,
        quantity: 1,
        unit: 'firewall',
        priceId: `firewall:${node.config.tier}`,
        expectedUnit: 'hour',
        note: 'Data processed is billed on top.',
      });
      return;
    case 'ddos-protection':
      serviceLine(ctx, node, {
        suffix: 'plan',
        item: 'DDoS Network Protection plan',
        quantity: 1,
        unit: 'plan',
        priceId: 'ddos-protection:network',
        expectedUnit: 'month',
      });
      return;
    case 'private-dns':
      serviceLine(ctx, node, {
        suffix: 'zone',
        item: `Private DNS zone ${node.config.zone}`,
        quantity: 1,
        unit: 'zone',
        priceId: 'private-dns:zone',
        expectedUnit: 'month',
        region: null,
      });
      return;
    case 'service-bus': {
      const t = node.config.tier;
      if (t === 'basic')
        serviceLine(ctx, node, {
          suffix: 'operations',
          item: 'Service Bus Basic — operations',
          quantity: 0,
          unit: 'million operations',
          priceId: 'service-bus:basic-ops',
          expectedUnit: 'usage',
          quantityUnknown: true,
          note: 'Usage-based: operations are not modelled.',
        });
      else
        serviceLine(ctx, node, {
          suffix: t === 'standard' ? 'base' : 'messaging-units',
          item: t === 'standard' ? 'Service Bus Standard base charge' : 'Service Bus Premium — 1 messaging unit',
          quantity: 1,
          unit: t === 'standard' ? 'namespace' : 'messaging unit',
          priceId: t === 'standard' ? 'service-bus:standard-base' : 'service-bus:premium-mu',
          expectedUnit: 'hour',
          note: t === 'standard' ? 'Includes 13M operations a month; more are billed on top (not modelled).' : undefined,
        });
      return;
    }
    case 'event-grid':
      serviceLine(ctx, node, {
        suffix: 'operations',
        item: 'Event Grid — operations',
        quantity: 0,
        unit: 'million operations',
        priceId: 'event-grid:operations',
        expectedUnit: 'usage',
        quantityUnknown: true,
        note: 'Usage-based: operations are not modelled.',
      });
      return;
    case 'storage-queue':
      serviceLine(ctx, node, {
        suffix: 'operations',
        item: 'Storage queue — transactions',
        quantity: 0,
        unit: 'million operations',
        priceId: 'storage-queue:operations',
        expectedUnit: 'usage',
        quantityUnknown: true,
        note: 'Usage-based: transactions are not modelled.',
      });
      return;
    case 'key-vault':
      serviceLine(ctx, node, {
        suffix: 'operations',
        item: 'Key Vault — secret operations',
        quantity: 0,
        unit: 'million operations',
        priceId: 'key-vault:secret-ops',
        expectedUnit: 'usage',
        quantityUnknown: true,
        note: 'Usage-based: operations are not modelled (small when apps cache secrets).',
      });
      return;
    default:
      // client, region, vnet, subnet, entra-id, ai-foundry (hub: no charge of its own): nothing billed.
      return;
  }
}

// ---------------------------------------------------------------- levers

function sumLines(lines: readonly CostLine[]): number {
  let t = 0;
  for (const l of lines) if (l.usdPerMonth !== null) t += l.usdPerMonth;
  return t;
}

function levers(
  ctx: Ctx,
  aoai: AoaiState[],
  foundryTotals: { node: NodeOfKind<'foundry-serverless'>; usd: number | null }[],
): LeverSaving[] {
  const out: LeverSaving[] = [];
  const g = ctx.g;
  const linesByNode = new Map<string, CostLine[]>();
  for (const l of ctx.lines) {
    if (l.nodeId === null) continue;
    const list = linesByNode.get(l.nodeId);
    if (list) list.push(l);
    else linesByNode.set(l.nodeId, [l]);
  }
  const byNode = (id: string): CostLine[] => linesByNode.get(id) ?? [];

  // Reserved 1y / 3y: always-on VM lines priced at PAYG.
  const serving = g.design.nodes.filter(
    (n): n is ServingNode => n.kind === 'gpu-vm' || n.kind === 'aks-gpu-pool' || n.kind === 'ml-online-endpoint',
  );
  const alwaysOn = serving.filter((n) => n.config.pricing !== 'spot');
  const alwaysOnLines = alwaysOn.flatMap((n) =>
    byNode(n.id).filter((l) => l.id.endsWith(':vm') || l.id.endsWith(':instances') || l.id.endsWith(':nodes-always-on')),
  );
  const alwaysOnUsd = sumLines(alwaysOnLines);
  for (const term of ['1y', '3y'] as const) {
    const kind = term === '1y' ? 'vm-reserved-1y' : 'vm-reserved-3y';
    let saving: number | null = 0;
    for (const l of alwaysOnLines) {
      const node = g.byId.get(l.nodeId ?? '');
      if (!node || !(node.kind === 'gpu-vm' || node.kind === 'aks-gpu-pool' || node.kind === 'ml-online-endpoint')) continue;
      const r = ctx.g.regionOf.get(node.id) ?? DEFAULT_PRICE_REGION;
      const reserved = ctx.prices(priceIds.vmOf(kind, node.config.sku, r));
      if (!reserved || l.unitUsd === null || saving === null) {
        saving = null;
        continue;
      }
      saving += (l.unitUsd - reserved.usd) * l.quantity * (l.hoursPerMonth ?? HOURS_PER_MONTH);
    }
    const range = `the seed (9.10) puts reserved VM savings at 30-60%: ${fmtUsd(r2(alwaysOnUsd * SEED_RESERVED_SAVING_RANGE.min))}-${fmtUsd(r2(alwaysOnUsd * SEED_RESERVED_SAVING_RANGE.max))} a month of ${fmtUsd(r2(alwaysOnUsd))} always-on GPU VMs`;
    out.push({
      lever: term === '1y' ? 'reserved-1y' : 'reserved-3y',
      label: `Reserved VM instances (${term === '1y' ? '1 year' : '3 years'})`,
      savingUsdPerMonth: alwaysOnLines.length > 0 && saving !== null ? r2(saving) : null,
      applicable: alwaysOnUsd > 0,
      note:
        alwaysOnLines.length === 0
          ? 'No always-on GPU VMs in the design.'
          : saving !== null
            ? `From your ${kind} price overrides; ${range}.`
            : `No sourced reserved price per VM size; ${range}. Add price overrides ${kind}:<sku>:<region> for an exact figure.`,
    });
  }

  // Spot: training jobs (seed 9.10: spot for training / batch).
  const training = g.design.nodes.filter((n): n is NodeOfKind<'training-job'> => n.kind === 'training-job');
  let spotSaving: number | null = 0;
  let spotKnown = 0;
  for (const n of training) {
    if (n.config.spot) continue;
    const l = byNode(n.id).find((x) => x.id.endsWith(':training'));
    const r = ctx.g.regionOf.get(n.id) ?? DEFAULT_PRICE_REGION;
    const sp = ctx.prices(priceIds.vmSpot(n.config.sku, r));
    if (!l || l.unitUsd === null || l.hoursPerMonth === null || !sp) {
      spotSaving = null;
      continue;
    }
    spotKnown++;
    if (spotSaving !== null) spotSaving += (l.unitUsd - sp.usd) * l.quantity * l.hoursPerMonth;
  }
  const trainingOnPayg = training.filter((n) => !n.config.spot).length;
  out.push({
    lever: 'spot',
    label: 'Spot VMs for training',
    savingUsdPerMonth: trainingOnPayg > 0 && spotSaving !== null ? r2(spotSaving) : null,
    applicable: trainingOnPayg > 0,
    note:
      trainingOnPayg === 0
        ? training.length > 0
          ? 'Training jobs already run on spot.'
          : 'No training jobs: spot suits training and batch, not interactive serving (seed 9.10).'
        : `From catalog spot prices for ${spotKnown} of ${trainingOnPayg} pay-as-you-go training job${trainingOnPayg === 1 ? '' : 's'}; the seed (9.10) says 60-90%. Needs checkpointing: spot VMs can be evicted mid-job.`,
  });

  // Semantic cache: token lines (PAYG Azure OpenAI and Foundry serverless).
  const cacheExists = hasSemanticCache(g);
  const tokenUsdNow = aoai.reduce((t, a) => t + (a.paygBilledUsd ?? 0), 0) + foundryTotals.reduce((t, f) => t + (f.usd ?? 0), 0);
  const tokenUsdNoCache = ctx.cacheHit < 1 ? tokenUsdNow / (1 - ctx.cacheHit) : 0;
  const cacheRate = cacheExists && ctx.s.cacheHitRate > 0 ? ctx.s.cacheHitRate : ILLUSTRATIVE.cacheHitRate;
  out.push({
    lever: 'semantic-cache',
    label: 'Semantic cache',
    savingUsdPerMonth: tokenUsdNoCache > 0 ? r2(tokenUsdNoCache * cacheRate) : null,
    applicable: tokenUsdNoCache > 0,
    note:
      tokenUsdNoCache === 0
        ? 'No pay-as-you-go token spend to cache.'
        : cacheExists && ctx.s.cacheHitRate > 0
          ? `At the scenario's ${pct(cacheRate)} hit rate the cache already saves this on ${fmtUsd(r2(tokenUsdNoCache))} of token spend (included in the lines). Seed 9.10: 50-90% for repeated queries. The cache itself is a line of its own.`
          : `${cacheExists ? 'The design has a semantic cache but the scenario hit rate is 0.' : 'No semantic cache (Redis or APIM with semanticCache) in the design.'} At an illustrative ${pct(cacheRate)} hit rate: ${pct(cacheRate)} of ${fmtUsd(r2(tokenUsdNoCache))} token spend. Seed 9.10: 50-90% for repeated queries.`,
  });

  // Batch API: 50% on the share sent through it (PAYG Azure OpenAI only).
  const paygAoai = aoai.filter((a) => !a.provisioned);
  const paygFull = paygAoai.reduce<number | null>((t, a) => (t !== null && a.paygFullUsd !== null ? t + a.paygFullUsd : null), 0);
  const batchRate = ctx.s.batchShare > 0 ? ctx.s.batchShare : ILLUSTRATIVE.batchShare;
  out.push({
    lever: 'batch-api',
    label: 'Batch API (async, 50%)',
    savingUsdPerMonth: paygAoai.length > 0 && paygFull !== null ? r2(paygFull * batchRate * BATCH_DISCOUNT) : null,
    applicable: paygAoai.length > 0,
    note:
      paygAoai.length === 0
        ? 'No pay-as-you-go Azure OpenAI deployment.'
        : ctx.s.batchShare > 0
          ? `The scenario's ${pct(batchRate)} batch share at 50% (included in the lines). 24-hour turnaround, not real-time (seed 9.10).`
          : `At an illustrative ${pct(batchRate)} of requests through the Batch API at 50%. 24-hour turnaround, not real-time (seed 9.10).`,
  });

  // Autoscale: scale GPU capacity to zero outside the active hours.
  const idleHours = HOURS_PER_MONTH - ctx.activeHours;
  let autoscaleSaving = 0;
  let realized = 0;
  for (const n of serving) {
    for (const l of byNode(n.id)) {
      if (l.unitUsd === null) continue;
      if (l.id.endsWith(':vm') || l.id.endsWith(':nodes-always-on')) autoscaleSaving += l.unitUsd * l.quantity * idleHours;
      if (l.id.endsWith(':instances')) autoscaleSaving += l.unitUsd * Math.max(0, l.quantity - 1) * idleHours; // ML endpoints keep one instance
      if (l.id.endsWith(':nodes-autoscaled')) realized += l.unitUsd * l.quantity * idleHours;
    }
  }
  out.push({
    lever: 'autoscale',
    label: 'Autoscale GPU nodes to the active hours',
    savingUsdPerMonth: serving.length > 0 ? r2(autoscaleSaving) : null,
    applicable: serving.length > 0 && idleHours > 0,
    note:
      serving.length === 0
        ? 'No self-hosted GPU deployments.'
        : idleHours <= 0
          ? 'The scenario is active 24 h a day: nothing to scale down.'
          : `Scaling to zero for the ${fmtN(idleHours)} idle hours a month (${fmtN(ctx.s.activeHoursPerDay)} active h/day); cold starts take 2-10 min for GPU nodes (seed 9.10).${realized > 0 ? ` The AKS autoscale range already saves ${fmtUsd(r2(realized))} against running maxNodes all month.` : ''}`,
  });

  // Model routing: a share of traffic to gpt-4o-mini.
  let routing: number | null = 0;
  let routable = 0;
  for (const a of paygAoai) {
    if (a.node.config.model === ROUTING_TARGET_MODEL) continue;
    routable++;
    const here = paygCost(ctx, a.node.config.model, a.scope, a.split.requests);
    const mini = paygCost(ctx, ROUTING_TARGET_MODEL, a.scope, a.split.requests);
    if (here === null || mini === null || routing === null) {
      routing = null;
      continue;
    }
    routing += ILLUSTRATIVE.routingShare * (here - mini);
  }
  out.push({
    lever: 'model-routing',
    label: `Model routing (share of traffic to ${ROUTING_TARGET_MODEL})`,
    savingUsdPerMonth: routable > 0 && routing !== null ? r2(routing) : null,
    applicable: routable > 0,
    note:
      routable === 0
        ? `No pay-as-you-go deployment of a model pricier than ${ROUTING_TARGET_MODEL}.`
        : `At an illustrative ${pct(ILLUSTRATIVE.routingShare)} of requests routed to ${ROUTING_TARGET_MODEL}; the seed (9.10) says 30-80%, after validating quality per model.`,
  });

  // PTU vs PAYG: the cheaper of the two per deployment.
  let ptuSaving = 0;
  let ptuKnown = 0;
  for (const a of aoai) {
    if (!a.ptu || a.ptu.analysis.ptuUsdPerMonth === null || a.paygFullUsd === null) continue;
    ptuKnown++;
    const ptuUsd = a.ptu.analysis.ptuUsdPerMonth;
    if (a.provisioned) ptuSaving += Math.max(0, ptuUsd - a.paygFullUsd);
    else ptuSaving += Math.max(0, (a.paygBilledUsd ?? a.paygFullUsd) - ptuUsd);
  }
  out.push({
    lever: 'ptu-vs-payg',
    label: 'PTU vs pay-as-you-go',
    savingUsdPerMonth: ptuKnown > 0 ? r2(ptuSaving) : null,
    applicable: ptuKnown > 0 && ptuSaving > 0,
    note:
      ptuKnown === 0
        ? 'No Azure OpenAI deployment with PTU facts and prices.'
        : ptuSaving > 0
          ? 'Moving each deployment to the cheaper of PTU (sized for peak, hourly) and PAYG for the same traffic; see the break-even chart.'
          : 'Each deployment already uses the cheaper of PTU and PAYG for its traffic.',
  });
  return out;
}

// ---------------------------------------------------------------- hosting alternatives (seed 9.5)

function alternatives(ctx: Ctx, deps: Required<Pick<CostDeps, 'cheapestSku' | 'replicaRequestsPerMinute'>>): HostingAlternative[] {
  const g = ctx.g;
  const s = ctx.s;
  const out: HostingAlternative[] = [];
  const requests = scenarioRequestsPerMonth(s) * (1 - ctx.cacheHit);
  const peak = s.peakRequestsPerMinute * (1 - ctx.cacheHit);
  const avg = s.averageRequestsPerMinute * (1 - ctx.cacheHit);
  const firstAoai = g.design.nodes.find((n): n is NodeOfKind<'azure-openai'> => n.kind === 'azure-openai');
  const aoaiModel = firstAoai?.config.model ?? 'gpt-4o';
  const traffic = `${fmtN(requests, 0)} requests a month of ${s.inputTokensPerRequest} in + ${s.outputTokensPerRequest} out tokens`;

  const payg = paygCost(ctx, aoaiModel, 'global', requests * (1 - s.batchShare));
  const paygBatch = paygCost(ctx, aoaiModel, 'global', requests * s.batchShare, BATCH_DISCOUNT);
  out.push({
    option: `Azure OpenAI pay-as-you-go (${aoaiModel}, Global Standard)`,
    usdPerMonth: payg !== null && paygBatch !== null ? r2(payg + paygBatch) : null,
    note: `${traffic}${s.batchShare > 0 ? `, ${pct(s.batchShare)} through the Batch API at 50%` : ''}. No capacity guarantee (429s under load).`,
  });

  const pHour = ctx.prices(priceIds.ptu('global'));
  const pIn = ctx.prices(priceIds.aoai(aoaiModel, 'input'));
  const pOut = ctx.prices(priceIds.aoai(aoaiModel, 'output'));
  const ptu = analyzePtuDeployment({
    nodeId: firstAoai?.id ?? 'alternative',
    modelId: aoaiModel,
    scope: 'global',
    deployedPtu: 0,
    usdPerPtuMonth: pHour ? pHour.usd * HOURS_PER_MONTH : null,
    inputUsdPer1M: pIn?.usd ?? null,
    outputUsdPer1M: pOut?.usd ?? null,
    peakRequestsPerMinute: peak,
    averageRequestsPerMinute: avg,
    activeHoursPerMonth: ctx.activeHours,
    inputTokens: s.inputTokensPerRequest,
    outputTokens: s.outputTokensPerRequest,
  });
  out.push({
    option: `Azure OpenAI PTU (${aoaiModel}, Global, hourly${ptu ? `, ${ptu.analysis.requiredPtu} PTU` : ''})`,
    usdPerMonth:
      ptu?.analysis.ptuUsdPerMonth !== null && ptu?.analysis.ptuUsdPerMonth !== undefined ? r2(ptu.analysis.ptuUsdPerMonth) : null,
    note: ptu
      ? `Sized for ${fmtN(peak)} RPM at peak: ${fmtN(ptu.sizing.requiredPtuRaw)} PTU → ${ptu.analysis.requiredPtu} (minimum ${ptu.sizing.min}, steps of ${ptu.sizing.increment}); ${pct(ptu.analysis.utilization ?? 0)} utilized on average. Guaranteed throughput and latency.`
      : `No PTU facts for ${aoaiModel} in the catalog.`,
  });

  for (const model of openModelIds(g)) {
    const fIn = ctx.prices(priceIds.foundry(model, 'input'));
    const fOut = ctx.prices(priceIds.foundry(model, 'output'));
    out.push({
      option: `AI Foundry serverless (${model})`,
      usdPerMonth: fIn && fOut ? r2((requests * (s.inputTokensPerRequest * fIn.usd + s.outputTokensPerRequest * fOut.usd)) / 1e6) : null,
      note:
        fIn && fOut
          ? `${traffic}, per-token (seed 9.5: start here for open models).`
          : `No serverless price for ${model} in the catalog: unpriced.`,
    });

    const self = g.design.nodes.find(
      (n): n is ServingNode =>
        (n.kind === 'gpu-vm' || n.kind === 'aks-gpu-pool' || n.kind === 'ml-online-endpoint') && n.config.model === model,
    );
    const { precision, region } = selfHostedAlternativeInputs(g, model);
    let fit: FittingSku | null = null;
    try {
      fit = deps.cheapestSku(model, precision, s, region);
    } catch {
      fit = null;
    }
    if (!fit) {
      out.push({
        option: `Self-hosted (${model}, ${precision})`,
        usdPerMonth: null,
        note: `No single VM in the catalog fits ${model} at ${precision} for the scenario, or the model is unknown.`,
      });
      continue;
    }
    const vmId = priceIds.vm(fit.skuId, region ?? DEFAULT_PRICE_REGION);
    const vmPriceOverride = ctx.prices(vmId);
    const usdPerHour = vmPriceOverride?.usd ?? fit.usdPerHour;
    // Throughput per replica from lib/calc/performance.ts, on a probe node with the chosen size.
    const probe = {
      id: `alternative:${model}`,
      label: '',
      position: { x: 0, y: 0 },
      kind: 'gpu-vm' as const,
      config: {
        ...(self?.kind === 'gpu-vm' ? self.config : defaultGpuVmConfig()),
        sku: fit.skuId,
        model,
        precision,
        tensorParallel: fit.tensorParallel,
        pipelineParallel: 1,
        count: 1,
      },
    } as NodeOfKind<'gpu-vm'>;
    let rpm: number | null = null;
    try {
      rpm = deps.replicaRequestsPerMinute(g, probe, s);
    } catch {
      rpm = null;
    }
    const replicas = rpm !== null && rpm > 0 ? Math.max(1, Math.ceil(peak / rpm)) : 1;
    out.push({
      option: `Self-hosted (${model}, ${precision}) on ${replicas} × ${fit.skuId}`,
      usdPerMonth: r2(replicas * usdPerHour * HOURS_PER_MONTH),
      note:
        `Cheapest VM where one replica fits (tensor parallel ${fit.tensorParallel}), ${fmtUsd(usdPerHour)}/h × 730 h` +
        (rpm !== null && rpm > 0
          ? ` × ${replicas} replica${replicas === 1 ? '' : 's'} for ${fmtN(peak)} RPM at peak (≈ ${fmtN(rpm, 1)} RPM per replica, lib/calc/performance.ts).`
          : '; throughput per replica unknown, so one replica is shown (a floor).') +
        ' Add a replica for HA; you run the serving stack (seed 9.5: only for very high volume, special models or residency).',
    });
  }
  return out;
}

function defaultGpuVmConfig(): NodeOfKind<'gpu-vm'>['config'] {
  return {
    sku: 'Standard_NC24ads_A100_v4',
    model: 'llama-3.1-8b',
    precision: 'bf16',
    kvCachePrecision: 'auto',
    engine: 'vllm',
    gpuMemoryUtilization: 0.9,
    tensorParallel: 1,
    pipelineParallel: 1,
    pricing: 'payg',
    count: 1,
    trafficShare: 1,
    zones: false,
  };
}

// ---------------------------------------------------------------- traffic shares

/**
 * Each model deployment is billed for its `trafficShare` of the requests. Behind one gateway the shares
 * of its backends (request and failover edges) should add up to at most 100%; a failover backend left
 * at the default 100% would be billed for traffic it only takes on 429/503.
 */
export function trafficShareFindings(g: DesignGraph): Finding[] {
  const findings: Finding[] = [];
  for (const node of g.design.nodes) {
    const backends = (g.outgoing.get(node.id) ?? [])
      .filter((e) => e.flow === 'request' || e.flow === 'failover')
      .map((e) => g.byId.get(e.target))
      .filter((t): t is DesignNode => t !== undefined && COMPONENTS[t.kind].role === 'model' && 'trafficShare' in t.config);
    if (backends.length < 2) continue;
    const shareOf = (t: DesignNode): number => ('trafficShare' in t.config ? t.config.trafficShare : 0);
    const total = backends.reduce((sum, t) => sum + shareOf(t), 0);
    if (total <= 1.0001) continue;
    const standby = backends.filter((t) => (g.incoming.get(t.id) ?? []).every((e) => e.flow === 'failover'));
    findings.push(
      costFinding('cost.traffic-shares-over-100', {
        message: `The backends behind ${nodeLabel(node)} together serve ${pct(total)} of the model traffic (${backends.map((t) => `${nodeLabel(t)} ${pct(shareOf(t))}`).join(', ')}), so their token and capacity costs count the same requests more than once. Set each failover backend's traffic share to the overflow it is expected to take.`,
        nodeIds: backends.map((t) => t.id),
        fixes: standby.map((t) => ({
          description: `Set ${nodeLabel(t)}'s traffic share to 5% (overflow only).`,
          patch: { nodeId: t.id, config: { trafficShare: 0.05 } },
        })),
      }),
    );
  }
  return findings;
}

// ---------------------------------------------------------------- entry point

/**
 * The cost report and the cost.* findings of a design.
 * `deps` replaces the price lookup or the helpers of other modules (tests; the studio uses the defaults).
 */
export function analyzeCost(g: DesignGraph, deps: CostDeps = {}): { report: CostReport; findings: Finding[] } {
  const s = g.design.scenario;
  const ctx: Ctx = {
    g,
    s,
    prices: deps.prices ?? priceResolver(g.design),
    lines: [],
    sources: new Set<string>(),
    cacheHit: effectiveCacheHitRate(g),
    activeHours: activeHoursPerMonth(s.activeHoursPerDay),
  };
  const training = deps.trainingEstimate ?? trainingEstimateForNode;
  const findings: Finding[] = [];
  const aoai: AoaiState[] = [];
  const foundry: { node: NodeOfKind<'foundry-serverless'>; usd: number | null }[] = [];

  for (const node of g.design.nodes) {
    switch (node.kind) {
      case 'gpu-vm':
      case 'aks-gpu-pool':
      case 'ml-online-endpoint': {
        const linesBefore = ctx.lines.length;
        servingLines(ctx, node);
        if (node.config.pricing === 'spot' && s.batchShare < 1) {
          const v = vmPrice(ctx, node.config.sku, g.regionOf.get(node.id) ?? null, 'payg');
          const spotLines = ctx.lines.slice(linesBefore).filter((l) => l.unit !== 'cluster');
          const delta =
            v.price && spotLines.every((l) => l.usdPerMonth !== null)
              ? r2(spotLines.reduce((t, l) => t + (v.price!.usd - (l.unitUsd ?? 0)) * l.quantity * (l.hoursPerMonth ?? HOURS_PER_MONTH), 0))
              : undefined;
          findings.push(
            costFinding('cost.spot-for-serving', {
              message: `${nodeLabel(node)}: serves ${s.batchShare > 0 ? `${pct(1 - s.batchShare)} interactive` : 'interactive'} traffic on spot VMs, which Azure can evict at any time with 30 s notice: requests fail until capacity returns. Use spot for training and batch; serve on pay-as-you-go or reserved VMs.`,
              nodeIds: [node.id],
              fixes: [
                {
                  description: 'Serve on pay-as-you-go VMs.',
                  patch: { nodeId: node.id, config: { pricing: 'payg' } },
                  ...(delta !== undefined ? { deltaUsdPerMonth: delta } : {}),
                },
              ],
            }),
          );
        }
        break;
      }
      case 'training-job': {
        let estimate: TrainingEstimate | null | undefined;
        try {
          estimate = training(g, node);
        } catch {
          estimate = undefined;
        }
        trainingLines(ctx, node, estimate);
        break;
      }
      case 'azure-openai':
        aoai.push(aoaiNode(ctx, node, findings));
        break;
      case 'foundry-serverless':
        foundry.push({ node, usd: foundryLines(ctx, node) });
        break;
      default:
        serviceLines(ctx, node);
    }
  }

  // Unpriced lines, one finding per node.
  const unpricedByNode = new Map<string, CostLine[]>();
  for (const l of ctx.lines) {
    if (l.usdPerMonth !== null) continue;
    const list = unpricedByNode.get(l.nodeId ?? '');
    if (list) list.push(l);
    else unpricedByNode.set(l.nodeId ?? '', [l]);
  }
  for (const [nodeId, ls] of unpricedByNode) {
    const node = g.byId.get(nodeId);
    const what = ls
      .map(
        (l) => `${l.item} (${l.unitUsd === null ? `no known price${l.priceId ? ` for ${l.priceId}` : ''}` : 'hours or usage not known'})`,
      )
      .join('; ');
    findings.push(
      costFinding('cost.unpriced', {
        message: `${node ? nodeLabel(node) : 'Design'}: ${what}. Shown as unpriced, not $0, and left out of the total${ls.some((l) => l.unitUsd === null && l.priceId) ? '; add a price override to include it' : ''}.`,
        nodeIds: node ? [node.id] : [],
      }),
    );
  }

  findings.push(...trafficShareFindings(g));

  const priced = ctx.lines.filter((l) => l.usdPerMonth !== null);
  const total = sumLines(priced);
  const byLayer = new Map<string, number>();
  const byRegion = new Map<string, number>();
  for (const l of priced) {
    byLayer.set(l.layer, (byLayer.get(l.layer) ?? 0) + (l.usdPerMonth ?? 0));
    const node = l.nodeId !== null ? g.byId.get(l.nodeId) : undefined;
    const key = l.region ?? (node && COMPONENTS[node.kind].regional ? 'unplaced' : 'global');
    byRegion.set(key, (byRegion.get(key) ?? 0) + (l.usdPerMonth ?? 0));
  }
  const dates = priced
    .map((l) => l.asOf)
    .filter((d): d is string => d !== null)
    .sort();

  const ptu = aoai.map((a) => a.ptu?.analysis).filter((a): a is NonNullable<typeof a> => a !== undefined);
  const report: CostReport = {
    lines: ctx.lines,
    totalUsdPerMonth: r2(total),
    unpricedCount: ctx.lines.length - priced.length,
    byLayer: [...byLayer].map(([layer, usd]) => ({ layer, usdPerMonth: r2(usd) })).sort((a, b) => b.usdPerMonth - a.usdPerMonth),
    byRegion: [...byRegion].map(([region, usd]) => ({ region, usdPerMonth: r2(usd) })).sort((a, b) => b.usdPerMonth - a.usdPerMonth),
    levers: levers(ctx, aoai, foundry),
    alternatives: alternatives(ctx, {
      cheapestSku: deps.cheapestSku ?? cheapestFittingSku,
      replicaRequestsPerMinute: deps.replicaRequestsPerMinute ?? defaultReplicaRpm,
    }),
    ptu,
    pricesAsOf: dates[0] ?? null,
    explanation: explain(ctx, total, priced.length, ptu.length > 0),
  };
  return { report, findings };
}

function explain(ctx: Ctx, total: number, pricedCount: number, withPtu: boolean): Explanation {
  const s = ctx.s;
  const requests = scenarioRequestsPerMonth(s);
  const formula = [
    'monthly total = Σ priced lines (unpriced lines are listed, not counted)',
    'hourly line = quantity × $/hour × hours (730 a month; AKS: minNodes × 730 + (maxNodes − minNodes) × active hours)',
    'requests a month = average RPM × 60 × active h/day × 30.42 days; per model deployment × trafficShare × (1 − cache hit rate, when a semantic cache exists)',
    'token line = requests × tokens per request ÷ 10^6 × $ per 1M tokens (Batch API share at 50%)',
    'PTU line = PTUs × $/PTU-hour × 730, or PTUs × reservation $/PTU-month',
    'AI Search = replicas × partitions × $/search unit-hour × 730',
    'Cosmos DB = RU/s ÷ 100 × $/100 RU/s-hour × hours × regions (autoscale 1.5×, 10% floor outside active hours)',
  ].join('; ');
  const substituted =
    `requests a month = ${fmtN(s.averageRequestsPerMinute)} × 60 × ${fmtN(s.activeHoursPerDay)} × ${fmtN(DAYS_PER_MONTH)} = ${fmtN(requests, 0)}` +
    `${ctx.cacheHit > 0 ? `; × (1 − ${fmtN(ctx.cacheHit)}) cache = ${fmtN(requests * (1 - ctx.cacheHit), 0)} reach the models` : s.cacheHitRate > 0 ? '; the scenario cache hit rate is ignored: no semantic cache in the design' : ''}` +
    `; total = ${fmtUsd(r2(total))} over ${pricedCount} priced line${pricedCount === 1 ? '' : 's'}, ${ctx.lines.length - pricedCount} unpriced` +
    (withPtu ? `. ${ptuFiguresNote()}` : '');
  return { formula, substituted, sources: [...ctx.sources, 'seed 9.5', 'seed 9.8', 'seed 9.10', 'facts §3.2', 'facts §5'] };
}
