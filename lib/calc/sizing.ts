/**
 * The cheapest single VM that serves a model for the scenario (weights + KV for its concurrency and
 * context + overhead inside the usable memory, vLLM defaults), with the same functions as the VRAM check.
 * Used by the cost report's "self-hosted" hosting alternative (seed 9.5).
 */
import { getGpu, getOpenModel, VM_SKUS } from '../catalog/index';
import type { Scenario } from '../design/schema';
import type { Precision } from '../design/node-configs';
import { DEFAULT_PRICE_REGION, priceIds, vmUsdPerHour, type PriceLookup } from './prices';
import { DEFAULT_LAYOUT, smallestFittingTensorParallel } from './vram';

export interface FittingSku {
  skuId: string;
  tensorParallel: number;
  /** Linux PAYG price of one VM (one replica) in the region, at the design's prices. */
  usdPerHour: number;
}

/**
 * Among the catalog's current (not retired) VM sizes priced in `regionId` (eastus when null), the cheapest
 * per hour at `prices` (the design's overrides over the catalog) on which one replica of the model fits in
 * one VM, dedicated GPUs, gpu_memory_utilization 0.9, KV cache in the model dtype, tensor parallel the
 * smallest power of two that fits (NVLink sizes only above 1). Ties go to the smaller TP. null when the
 * model is unknown or nothing fits in one VM (a model that needs pipeline parallelism across VMs is
 * outside this helper).
 */
export function cheapestFittingSku(
  modelId: string,
  precision: Precision,
  scenario: Scenario,
  regionId: string | null,
  prices: PriceLookup,
): FittingSku | null {
  // Memoized on everything the answer depends on (a lookup without a cacheKey is never memoized): the
  // search tries every VM size, and evaluate asks again on every edit.
  if (prices.cacheKey === undefined) return searchFittingSku(modelId, precision, scenario, regionId, prices);
  const key = JSON.stringify([modelId, precision, scenario, regionId, prices.cacheKey]);
  const hit = fitMemo.get(key);
  if (hit !== undefined) return hit;
  const found = searchFittingSku(modelId, precision, scenario, regionId, prices);
  if (fitMemo.size >= FIT_MEMO_MAX) fitMemo.clear();
  fitMemo.set(key, found);
  return found;
}

const fitMemo = new Map<string, FittingSku | null>();
const FIT_MEMO_MAX = 500;

function searchFittingSku(
  modelId: string,
  precision: Precision,
  scenario: Scenario,
  regionId: string | null,
  prices: PriceLookup,
): FittingSku | null {
  const model = getOpenModel(modelId);
  if (!model) return null;
  let best: FittingSku | null = null;
  for (const sku of VM_SKUS) {
    if (sku.retired !== null) continue;
    const price = vmUsdPerHour(prices, sku.id, regionId);
    if (price === undefined) continue;
    const gpu = getGpu(sku.gpuId);
    if (!gpu) continue;
    const fit = smallestFittingTensorParallel(model, sku, gpu, { ...DEFAULT_LAYOUT, precision }, scenario);
    if (!fit) continue;
    if (best === null || price < best.usdPerHour || (price === best.usdPerHour && fit.tensorParallel < best.tensorParallel))
      best = { skuId: sku.id, tensorParallel: fit.tensorParallel, usdPerHour: price };
  }
  return best;
}

/** The price ids cheapestFittingSku compares in a region: the PAYG price of every current VM size. */
export const fittingSkuPriceIds = (regionId: string | null): string[] =>
  VM_SKUS.filter((sku) => sku.retired === null).map((sku) => priceIds.vm(sku.id, regionId ?? DEFAULT_PRICE_REGION));
