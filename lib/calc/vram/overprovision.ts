/**
 * An over-provisioned self-hosted node: a cheaper layout serves the same number of replicas, each holding
 * the scenario's concurrent sequences at its context (the same memory test as the fit check), for at least
 * `OVERPROVISION_MIN_SAVING` less a month. The search reuses the fix machinery's smallest fitting tensor
 * parallel size on every offered VM size at the node's weight precision; prices come from the design's
 * price lookup (overrides over the catalog), pay-as-you-go, 730 h/month.
 */
import { getGpu, VM_SKUS } from '../../catalog/index';
import type { VmSku } from '../../catalog/types';
import { formatInt, formatUsd } from '../../format';
import type { CalcContext } from '../context';
import { vmUsdPerHour } from '../prices';
import type { Fix } from '../types';
import { HOURS_PER_MONTH } from '../units';
import { servingSearchKey, smallestFittingTensorParallel } from './fixes';
import { billedVmCount, gpusPerVm, offeredIn, type ResolvedServing } from './layout';

/** A cheaper layout must save at least this share of the node's monthly VM cost to be reported. */
export const OVERPROVISION_MIN_SAVING = 0.2;

export interface OverProvision {
  /** Replicas the billed VMs run today (and the cheaper layout keeps). */
  replicas: number;
  currentUsdPerMonth: number;
  cheaperUsdPerMonth: number;
  skuId: string;
  tensorParallel: number;
  vmCount: number;
  fix: Fix;
}

const replicasPerVm = (sku: VmSku, tensorParallel: number): number => Math.floor(gpusPerVm(sku) / tensorParallel);

/** Node counts for `vmCount` VMs, scaling an AKS pool's minimum and maximum by the same replica ratio. */
function countPatch(r: ResolvedServing, vmCount: number, oldPerVm: number, newPerVm: number): Record<string, unknown> {
  const node = r.node;
  switch (node.kind) {
    case 'gpu-vm':
      return { count: vmCount };
    case 'ml-online-endpoint':
      return { instances: vmCount };
    case 'aks-gpu-pool': {
      const scale = (n: number) => Math.ceil((n * oldPerVm) / newPerVm);
      const minNodes = node.config.minNodes === 0 ? 0 : vmCount;
      return { minNodes, maxNodes: Math.max(minNodes, scale(node.config.maxNodes), 1) };
    }
  }
}

/**
 * The cheapest layout that serves the node's replicas at the scenario's concurrency, when it saves at
 * least `OVERPROVISION_MIN_SAVING` of today's VM cost; null otherwise (or when prices are unknown, GPUs
 * are shared or replicas span VMs).
 */
export function overProvisionOf(ctx: Pick<CalcContext, 'scenario' | 'prices'>, r: ResolvedServing): OverProvision | null {
  // Memoized like the fixes search: the key holds everything the result depends on (a lookup without a
  // cacheKey is never memoized); the patch names the node, so it is copied for this node.
  const key = servingSearchKey(ctx, r);
  const memo = key === null ? undefined : overMemo.get(key);
  const found = memo !== undefined ? memo : searchOverProvision(ctx, r);
  if (key !== null && memo === undefined) {
    if (overMemo.size >= OVER_MEMO_MAX) overMemo.clear();
    overMemo.set(key, found);
  }
  if (found === null) return null;
  const patch = found.fix.patch ? { patch: { nodeId: r.node.id, config: { ...found.fix.patch.config } } } : {};
  return { ...found, fix: { ...found.fix, ...patch } };
}

const OVER_MEMO_MAX = 512;
const overMemo = new Map<string, OverProvision | null>();

function searchOverProvision(ctx: Pick<CalcContext, 'scenario' | 'prices'>, r: ResolvedServing): OverProvision | null {
  const { scenario, prices } = ctx;
  const { layout, sku } = r;
  if (layout.gpuSharing !== 'dedicated' || layout.pipelineParallel !== 1 || layout.tensorParallel > gpusPerVm(sku)) return null;
  const price = vmUsdPerHour(prices, sku.id, r.region);
  if (price === undefined) return null;
  const oldPerVm = replicasPerVm(sku, layout.tensorParallel);
  const billed = billedVmCount(r.node);
  const replicas = billed * oldPerVm;
  if (replicas < 1) return null;
  const current = price * billed * HOURS_PER_MONTH;
  let best: Omit<OverProvision, 'fix'> | null = null;
  for (const other of VM_SKUS) {
    if (other.retired !== null || !offeredIn(other, r.region)) continue;
    const gpu = getGpu(other.gpuId);
    if (!gpu) continue;
    // FP8 weights or KV cache stay on FP8 hardware (as in the fixes search).
    if ((layout.precision === 'fp8' || layout.kvCachePrecision === 'fp8') && !gpu.fp8 && other.id !== sku.id) continue;
    const otherPrice = vmUsdPerHour(prices, other.id, r.region);
    if (otherPrice === undefined) continue;
    const fit = smallestFittingTensorParallel(r.model, other, gpu, { ...layout, pipelineParallel: 1, vmCount: 1 }, scenario);
    if (!fit) continue;
    const perVm = replicasPerVm(other, fit.tensorParallel);
    if (perVm < 1) continue;
    const vmCount = Math.ceil(replicas / perVm);
    const usd = otherPrice * vmCount * HOURS_PER_MONTH;
    if (best === null || usd < best.cheaperUsdPerMonth)
      best = {
        replicas,
        currentUsdPerMonth: current,
        cheaperUsdPerMonth: usd,
        skuId: other.id,
        tensorParallel: fit.tensorParallel,
        vmCount,
      };
  }
  if (best === null || best.cheaperUsdPerMonth > current * (1 - OVERPROVISION_MIN_SAVING)) return null;
  const bestSku = VM_SKUS.find((s) => s.id === best.skuId) as VmSku;
  const config: Record<string, unknown> = {
    ...(best.skuId !== sku.id ? { sku: best.skuId } : {}),
    tensorParallel: best.tensorParallel,
    ...countPatch(r, best.vmCount, oldPerVm, replicasPerVm(bestSku, best.tensorParallel)),
  };
  const tp = best.tensorParallel > 1 ? `, tensor parallel ${best.tensorParallel}` : '';
  const fix: Fix = {
    description: `Run the same ${formatInt(replicas)} replica${replicas === 1 ? '' : 's'} on ${best.vmCount} × ${best.skuId}${tp}: each still holds ${formatInt(scenario.concurrentSequences)} sequences of ${formatInt(scenario.contextTokens)} tokens, for ${formatUsd(best.cheaperUsdPerMonth)} a month instead of ${formatUsd(current)}.`,
    patch: { nodeId: r.node.id, config },
    deltaUsdPerMonth: Math.round((best.cheaperUsdPerMonth - current) * 100) / 100,
  };
  return { ...best, fix };
}
