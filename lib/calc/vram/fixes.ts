/**
 * Fixes for a self-hosted node that does not fit: each candidate change (GPU sharing, tensor parallel,
 * lower precision, FP8 KV cache, other VM sizes, pipeline parallel over InfiniBand) is checked with the
 * same memory functions and priced through the design's price lookup (overrides over the catalog).
 */
import { getGpu, VM_SKUS } from '../../catalog/index';
import type { Gpu, OpenModel, VmSku } from '../../catalog/types';
import type { Scenario } from '../../design/schema';
import type { Precision } from '../../design/node-configs';
import { formatGBValue, formatInt } from '../../format';
import type { CalcContext } from '../context';
import { vmUsdPerHour } from '../prices';
import type { Fix } from '../types';
import { BYTES_PER_PRECISION, HOURS_PER_MONTH, bytesToGB } from '../units';
import { billedVmCount, gpusPerVm, layoutIssues, offeredIn, type ResolvedServing, type ServingLayout } from './layout';
import { planServingMemory, type MemoryPlan } from './memory';

type FixCategory = 'sharing' | 'parallelism' | 'sku' | 'kv' | 'precision' | 'sku-precision';
/** On a price tie, changes that keep model quality come first. */
const CATEGORY_ORDER: Record<FixCategory, number> = { sharing: 0, parallelism: 1, sku: 2, kv: 3, precision: 4, 'sku-precision': 5 };

interface Candidate {
  category: FixCategory;
  sku: VmSku;
  gpu: Gpu;
  layout: ServingLayout;
  config: Record<string, unknown>;
  vmCountBilled: number;
  what: string;
}

const POWERS_OF_TWO = [1, 2, 4, 8, 16];
/** Lower precisions to try, highest first (seed 9.10: quantization trades a little quality for memory). */
const LOWER_PRECISIONS: Record<Precision, Precision[]> = {
  fp32: ['bf16', 'fp8', 'int8', 'int4'],
  fp16: ['fp8', 'int8', 'int4'],
  bf16: ['fp8', 'int8', 'int4'],
  fp8: ['int8', 'int4'],
  int8: ['int4'],
  int4: [],
};

/** A layout on a SKU is viable when it has no structural issue and holds the scenario's concurrency. */
function viable(model: OpenModel, sku: VmSku, gpu: Gpu, layout: ServingLayout, scenario: Scenario): MemoryPlan | null {
  if (layoutIssues(model, sku, gpu, layout).length > 0) return null;
  const plan = planServingMemory(model, sku, gpu, layout, scenario);
  return plan.fits && plan.arch !== null ? plan : null;
}

/** The smallest tensor-parallel size (power of two, within one NVLink VM) that makes the model fit on `sku`. */
export function smallestFittingTensorParallel(
  model: OpenModel,
  sku: VmSku,
  gpu: Gpu,
  base: ServingLayout,
  scenario: Scenario,
): { tensorParallel: number; plan: MemoryPlan } | null {
  for (const tp of POWERS_OF_TWO) {
    if (tp > gpusPerVm(sku)) break;
    if (tp > 1 && !sku.nvlink) break;
    const layout = { ...base, tensorParallel: tp, pipelineParallel: 1, vmCount: Math.max(1, base.vmCount) };
    const plan = viable(model, sku, gpu, layout, scenario);
    if (plan) return { tensorParallel: tp, plan };
  }
  return null;
}

function candidates(r: ResolvedServing, scenario: Scenario): Candidate[] {
  const { node, model, sku, gpu, layout } = r;
  const billed = billedVmCount(node);
  const out: Candidate[] = [];
  const push = (c: Omit<Candidate, 'gpu' | 'sku'> & { sku?: VmSku; gpu?: Gpu }) => out.push({ sku, gpu, ...c });

  // Sharing: give each replica a whole GPU.
  if (node.kind === 'aks-gpu-pool' && layout.gpuSharing !== 'dedicated') {
    push({
      category: 'sharing',
      layout: { ...layout, gpuSharing: 'dedicated', replicasPerGpu: 1 },
      config: { gpuSharing: 'dedicated', replicasPerGpu: 1 },
      vmCountBilled: billed,
      what: 'give each replica a whole GPU (GPU sharing: dedicated)',
    });
  }
  // Parallelism on the same SKU: more GPUs of the VM per replica.
  if (layout.gpuSharing === 'dedicated' && sku.nvlink) {
    for (const tp of POWERS_OF_TWO.filter((t) => t > layout.tensorParallel && t <= gpusPerVm(sku))) {
      push({
        category: 'parallelism',
        layout: { ...layout, tensorParallel: tp },
        config: { tensorParallel: tp },
        vmCountBilled: billed,
        what: `spread each replica over ${tp} NVLink GPUs of the same VM (tensor parallel ${tp})`,
      });
    }
  }
  // Lower weight precision on the same hardware.
  for (const p of LOWER_PRECISIONS[layout.precision]) {
    if (p === 'fp8' && !gpu.fp8) continue;
    push({
      category: 'precision',
      layout: { ...layout, precision: p },
      config: { precision: p },
      vmCountBilled: billed,
      what: `quantize the weights to ${p.toUpperCase()} (${BYTES_PER_PRECISION[p]} B/parameter; check quality)`,
    });
  }
  // FP8 KV cache (halves the cache; needs FP8 hardware).
  if (gpu.fp8 && layout.kvCachePrecision !== 'fp8') {
    push({
      category: 'kv',
      layout: { ...layout, kvCachePrecision: 'fp8' },
      config: { kvCachePrecision: 'fp8' },
      vmCountBilled: billed,
      what: 'store the KV cache in FP8 (halves it)',
    });
  }
  // Other SKUs (and the same SKU with lower precision and more GPUs): one VM per replica, dedicated GPUs,
  // the highest precision (current or lower) that fits, at the smallest TP that fits.
  const base: ServingLayout = { ...layout, gpuSharing: 'dedicated', replicasPerGpu: 1, pipelineParallel: 1 };
  for (const other of VM_SKUS) {
    if (other.retired !== null || !offeredIn(other, r.region)) continue;
    const otherGpu = getGpu(other.gpuId);
    if (!otherGpu) continue;
    for (const p of [layout.precision, ...LOWER_PRECISIONS[layout.precision]]) {
      if (p === 'fp8' && !otherGpu.fp8) continue;
      if (other.id === sku.id && p === layout.precision) continue; // covered by 'parallelism'
      const best = smallestFittingTensorParallel(model, other, otherGpu, { ...base, precision: p }, scenario);
      if (!best) continue;
      const config: Record<string, unknown> = { sku: other.id, tensorParallel: best.tensorParallel, pipelineParallel: 1 };
      if (p !== layout.precision) config.precision = p;
      if (node.kind === 'aks-gpu-pool' && layout.gpuSharing !== 'dedicated')
        Object.assign(config, { gpuSharing: 'dedicated', replicasPerGpu: 1 });
      const tpText = best.tensorParallel > 1 ? `, tensor parallel ${best.tensorParallel}` : '';
      const pText = p !== layout.precision ? `, weights in ${p.toUpperCase()} (check quality)` : '';
      push({
        category: other.id === sku.id ? 'precision' : p === layout.precision ? 'sku' : 'sku-precision',
        sku: other,
        gpu: otherGpu,
        layout: { ...base, precision: p, tensorParallel: best.tensorParallel },
        config,
        vmCountBilled: billed,
        what:
          other.id === sku.id
            ? [
                `quantize the weights to ${p.toUpperCase()} (check quality)`,
                best.tensorParallel !== layout.tensorParallel ? `tensor parallel ${best.tensorParallel}` : '',
                layout.gpuSharing !== 'dedicated' ? 'a whole GPU per replica' : '',
              ]
                .filter((x) => x !== '')
                .join(', ')
            : `move to ${other.id} (${gpusPerVm(other)} × ${otherGpu.name}${tpText}${pText})`,
      });
      break; // the highest precision that fits on this SKU; lower ones cost the same
    }
  }
  // Pipeline parallelism across InfiniBand VMs, for models no single VM holds (not for ML endpoints,
  // whose instances are independent replicas).
  if (node.kind !== 'ml-online-endpoint') {
    for (const other of VM_SKUS) {
      if (other.retired !== null || other.infinibandGbps === null || !other.nvlink || !offeredIn(other, r.region)) continue;
      const otherGpu = getGpu(other.gpuId);
      if (!otherGpu) continue;
      for (const pp of [2, 3, 4]) {
        const tp = gpusPerVm(other);
        const vmCount = Math.max(layout.vmCount, pp);
        const config: Record<string, unknown> = { sku: other.id, tensorParallel: tp, pipelineParallel: pp };
        let vmCountBilled = billed;
        if (node.kind === 'gpu-vm') {
          vmCountBilled = Math.max(node.config.count, pp);
          config.count = vmCountBilled;
        } else if (node.kind === 'aks-gpu-pool') {
          config.maxNodes = Math.max(node.config.maxNodes, pp);
          if (node.config.minNodes > 0) config.minNodes = Math.max(node.config.minNodes, pp);
          vmCountBilled = Math.max(1, node.config.minNodes > 0 ? Math.max(node.config.minNodes, pp) : 0);
          if (layout.gpuSharing !== 'dedicated') Object.assign(config, { gpuSharing: 'dedicated', replicasPerGpu: 1 });
        }
        push({
          category: 'sku',
          sku: other,
          gpu: otherGpu,
          layout: { ...base, tensorParallel: tp, pipelineParallel: pp, vmCount },
          config,
          vmCountBilled,
          what: `run each replica on ${pp} × ${other.id} over InfiniBand (tensor parallel ${tp} × pipeline parallel ${pp})`,
        });
      }
    }
  }
  return out;
}

/**
 * Fixes depend only on the node's kind, settings, layout, region, the scenario's memory-relevant fields and
 * the prices (the design's price overrides over the static catalog), so identical nodes (common in generated
 * and copied designs) share one search. The key holds all of them, so this memo cannot go stale; a price
 * lookup without a `cacheKey` (a test's wrapper) is never memoized. Bounded and cleared when full.
 */
const FIX_MEMO_MAX = 512;
const fixMemo = new Map<string, Fix[]>();

/**
 * The memo key of a search over a serving node's layouts (fixes, over-provisioning): everything its result
 * depends on, plus `extra`; null when the prices carry no cacheKey (such a lookup is never memoized).
 */
export function servingSearchKey(ctx: Pick<CalcContext, 'scenario' | 'prices'>, r: ResolvedServing, ...extra: unknown[]): string | null {
  const { scenario, prices } = ctx;
  if (prices.cacheKey === undefined) return null;
  return JSON.stringify([
    r.node.kind,
    r.node.config,
    r.layout,
    r.region,
    scenario.contextTokens,
    scenario.concurrentSequences,
    ...extra,
    prices.cacheKey,
  ]);
}

/**
 * The cheapest changes that make the node fit the scenario (weights, KV for its concurrency and overhead
 * inside the usable memory), each checked with the same functions: lower precision, other VM sizes, more
 * GPUs per replica. Best of each kind, cheapest first, at most `limit`. `deltaUsdPerMonth` is the PAYG
 * price change in the node's region (eastus when unplaced) at the billed VM count, 730 h/month, at the
 * design's prices (its overrides over the catalog).
 */
export function fixesFor(ctx: Pick<CalcContext, 'scenario' | 'prices'>, r: ResolvedServing, limit: number): Fix[] {
  const key = servingSearchKey(ctx, r, limit);
  let fixes = key === null ? undefined : fixMemo.get(key);
  if (fixes === undefined) {
    fixes = searchFixes(ctx, r, limit);
    if (key !== null) {
      if (fixMemo.size >= FIX_MEMO_MAX) fixMemo.clear();
      fixMemo.set(key, fixes);
    }
  }
  // Patches name the node: copy them for this node, so callers may mutate the result freely.
  return fixes.map((f) => ({ ...f, ...(f.patch ? { patch: { nodeId: r.node.id, config: { ...f.patch.config } } } : {}) }));
}

function searchFixes(ctx: Pick<CalcContext, 'scenario' | 'prices'>, r: ResolvedServing, limit: number): Fix[] {
  const { scenario, prices } = ctx;
  const currentPrice = vmUsdPerHour(prices, r.sku.id, r.region);
  const currentMonthly = currentPrice !== undefined ? currentPrice * billedVmCount(r.node) * HOURS_PER_MONTH : undefined;
  const ranked: { fix: Fix; category: FixCategory; delta: number | undefined; order: number }[] = [];
  let order = 0;
  for (const c of candidates(r, scenario)) {
    const plan = viable(r.model, c.sku, c.gpu, c.layout, scenario);
    if (!plan) continue;
    const price = vmUsdPerHour(prices, c.sku.id, r.region);
    let delta: number | undefined;
    if (c.sku.id === r.sku.id && c.vmCountBilled === billedVmCount(r.node)) delta = 0;
    else if (price !== undefined && currentMonthly !== undefined) delta = price * c.vmCountBilled * HOURS_PER_MONTH - currentMonthly;
    const fix: Fix = {
      description: `${c.what[0]?.toUpperCase() ?? ''}${c.what.slice(1)}: needs ${formatGBValue(bytesToGB(plan.requiredBytesPerGpu))} of ${plan.usableGBPerGpu.toFixed(2)} GB usable per GPU, room for ${plan.maxConcurrentSequences} sequences at ${formatInt(plan.contextTokens)} tokens.`,
      patch: { nodeId: r.node.id, config: c.config },
    };
    if (delta !== undefined) fix.deltaUsdPerMonth = Math.round(delta * 100) / 100;
    ranked.push({ fix, category: c.category, delta, order: order++ });
  }
  const byPrice = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    (a.delta ?? Infinity) - (b.delta ?? Infinity) || CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] || a.order - b.order;
  ranked.sort(byPrice);
  // Best of each kind first (variety), then fill with the next cheapest.
  const picked: typeof ranked = [];
  const seen = new Set<FixCategory>();
  for (const x of ranked) {
    if (seen.has(x.category)) continue;
    seen.add(x.category);
    picked.push(x);
  }
  const chosen = picked.sort(byPrice).slice(0, limit);
  for (const x of ranked) if (chosen.length < limit && !chosen.includes(x)) chosen.push(x);
  return chosen.sort(byPrice).map((x) => x.fix);
}
