/**
 * Figures the insights panels draw that the report holds only implicitly: the latency waterfall (where
 * each hop starts and ends, the generation after the first token, streamed and not), the VRAM bar of one
 * GPU (weights, KV cache, overhead, free, against capacity and the 90% target), and the cost levers as
 * what-if switches with the monthly total they would leave. Pure functions over the report, so the UI
 * never computes a domain number itself.
 */
import type { Design } from '../design/schema';
import { effectiveCacheHitRate } from './cost';
import { buildGraph } from './graph';
import type { CostReport, LatencyHop, LatencyReport, LeverSaving, VramFit } from './types';
import { TARGETS } from './units';

// ---------------------------------------------------------------- latency waterfall

export interface WaterfallStep {
  /** Stable key for lists: `hop-<index>` or `generation`. */
  key: string;
  kind: 'hop' | 'model' | 'generation';
  label: string;
  fromNodeId: string | null;
  toNodeId: string | null;
  /** When the step starts, ms after the request leaves the client. */
  startMs: number;
  networkMs: number;
  /** Service time; for the model hop its time to first token, for generation the decode time. */
  serviceMs: number;
  endMs: number;
  crossRegion: boolean;
  networkBasis: string;
}

export interface LatencyWaterfall {
  steps: WaterfallStep[];
  /** When the first token leaves the model and reaches the user, streamed (Σ hops). null: unknown. */
  firstTokenMs: number | null;
  /** Output tokens ÷ tokens per second: E2E − first token. */
  generationMs: number | null;
  /** When the last token arrives (E2E). */
  lastTokenMs: number | null;
  /** What the user waits for before seeing anything: streamed = first token; not streamed = the whole answer. */
  firstVisible: { streamedMs: number | null; notStreamedMs: number | null };
  /** The hops that cross regions, with their network time. */
  crossRegionHops: LatencyHop[];
  targets: { ttftMs: number; e2eMs: number };
  /** The largest time on the chart (last token or the E2E target, whichever is later). */
  scaleMs: number;
}

/** Lay the report's hops end to end, then the generation, for the waterfall chart. */
export function latencyWaterfall(latency: LatencyReport): LatencyWaterfall {
  const steps: WaterfallStep[] = [];
  let t = 0;
  const last = latency.hops.length - 1;
  latency.hops.forEach((h, i) => {
    const endMs = t + h.networkMs + h.serviceMs;
    steps.push({
      key: `hop-${i}`,
      kind: i === last ? 'model' : 'hop',
      label: h.label,
      fromNodeId: h.fromNodeId,
      toNodeId: h.toNodeId,
      startMs: t,
      networkMs: h.networkMs,
      serviceMs: h.serviceMs,
      endMs,
      crossRegion: h.crossRegion,
      networkBasis: h.networkBasis,
    });
    t = endMs;
  });
  const known = latency.ttftMs !== null && latency.hops.length > 0;
  const firstTokenMs = known ? t : null;
  const lastTokenMs = latency.e2eMs;
  const generationMs = firstTokenMs !== null && lastTokenMs !== null ? Math.max(0, lastTokenMs - firstTokenMs) : null;
  if (firstTokenMs !== null && generationMs !== null) {
    const model = latency.hops[last];
    steps.push({
      key: 'generation',
      kind: 'generation',
      label: 'Generating the answer (output tokens ÷ tokens per second)',
      fromNodeId: null,
      toNodeId: model?.toNodeId ?? null,
      startMs: firstTokenMs,
      networkMs: 0,
      serviceMs: generationMs,
      endMs: firstTokenMs + generationMs,
      crossRegion: false,
      networkBasis: '',
    });
  }
  return {
    steps,
    firstTokenMs,
    generationMs,
    lastTokenMs,
    firstVisible: { streamedMs: firstTokenMs, notStreamedMs: lastTokenMs },
    crossRegionHops: latency.hops.filter((h) => h.crossRegion),
    targets: latency.targets,
    scaleMs: Math.max(lastTokenMs ?? t, latency.targets.e2eMs),
  };
}

// ---------------------------------------------------------------- VRAM bar of one GPU

export interface VramBar {
  weightsGB: number;
  kvCacheGB: number;
  overheadGB: number;
  /** Capacity left after weights, KV cache and overhead (0 when over). */
  freeGB: number;
  /** How far the requirement exceeds the GPU's capacity (0 when within). */
  overGB: number;
  requiredGB: number;
  capacityGB: number;
  /** What the serving engine may use (capacity × gpu_memory_utilization). */
  usableGB: number;
  /** The seed's 90% line (9.11), in GB. */
  targetGB: number;
  targetFraction: number;
  withinTarget: boolean;
}

export function vramBar(fit: VramFit): VramBar {
  const requiredGB = fit.requiredGBPerGpu;
  const capacityGB = fit.capacityGBPerGpu;
  return {
    weightsGB: fit.weightsGBPerGpu,
    kvCacheGB: fit.kvCacheGBPerGpu,
    overheadGB: fit.overheadGBPerGpu,
    freeGB: Math.max(0, capacityGB - requiredGB),
    overGB: Math.max(0, requiredGB - capacityGB),
    requiredGB,
    capacityGB,
    usableGB: fit.usableGBPerGpu,
    targetGB: capacityGB * TARGETS.vramUtilization,
    targetFraction: TARGETS.vramUtilization,
    withinTarget: fit.utilization <= TARGETS.vramUtilization,
  };
}

// ---------------------------------------------------------------- cost levers as what-if switches

export type LeverId = LeverSaving['lever'];

/**
 * - `available`: a saving that is not in the lines yet; it can be switched on in the what-if.
 * - `included`: the scenario already applies it (cache hit rate, batch share); the lines hold the saving.
 * - `unknown`: it applies, but no sourced price tells how much it saves.
 * - `not-applicable`: nothing in the design it could act on, or it saves nothing.
 */
export type LeverState = 'available' | 'included' | 'unknown' | 'not-applicable';

export interface LeverOption extends LeverSaving {
  state: LeverState;
  /** Levers that cannot be on together with this one (reserved 1 year and 3 years). */
  excludes: LeverId[];
}

const EXCLUSIVE: Partial<Record<LeverId, LeverId[]>> = {
  'reserved-1y': ['reserved-3y'],
  'reserved-3y': ['reserved-1y'],
};

/** Each lever of the report with what the what-if can do with it. */
export function leverOptions(design: Design, cost: CostReport): LeverOption[] {
  const s = design.scenario;
  const cacheOn = effectiveCacheHitRate(buildGraph(design)) > 0;
  return cost.levers.map((l) => {
    const included = (l.lever === 'semantic-cache' && cacheOn) || (l.lever === 'batch-api' && s.batchShare > 0);
    let state: LeverState;
    if (!l.applicable) state = 'not-applicable';
    else if (l.savingUsdPerMonth === null) state = 'unknown';
    else if (included) state = 'included';
    else if (l.savingUsdPerMonth <= 0) state = 'not-applicable';
    else state = 'available';
    return { ...l, state, excludes: EXCLUSIVE[l.lever] ?? [] };
  });
}

export interface LeverProjection {
  /** Sum of the switched-on savings (each computed alone; together they may overlap). */
  savingUsdPerMonth: number;
  /** The design's total less those savings, never below 0. */
  totalUsdPerMonth: number;
  /** The levers counted (available and switched on; of an exclusive pair, the first named). */
  counted: LeverId[];
}

/** The monthly total if the switched-on levers were applied. */
export function projectLevers(cost: CostReport, options: readonly LeverOption[], on: ReadonlySet<LeverId>): LeverProjection {
  const counted: LeverId[] = [];
  let saving = 0;
  for (const o of options) {
    if (!on.has(o.lever) || o.state !== 'available' || o.savingUsdPerMonth === null) continue;
    if (o.excludes.some((x) => counted.includes(x))) continue;
    counted.push(o.lever);
    saving += o.savingUsdPerMonth;
  }
  const savingUsdPerMonth = Math.min(saving, cost.totalUsdPerMonth);
  return { savingUsdPerMonth, totalUsdPerMonth: cost.totalUsdPerMonth - savingUsdPerMonth, counted };
}
