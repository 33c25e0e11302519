/**
 * KV cache arithmetic (facts §2.1): per token the model keeps a key and a value vector for every layer
 * and every KV head, so
 *
 *   KV bytes per token = 2 (K and V) × layers × KV heads × head_dim × bytes per element
 *
 * With grouped-query attention (GQA) "KV heads" is the model's `num_key_value_heads`, not its attention
 * heads: ignoring GQA overstates Llama 3.1 70B's cache 8×. Under tensor parallelism each GPU keeps
 * only its share of the KV heads: total ÷ TP, at least 1 (vLLM `get_num_kv_heads`, facts §2.1; heads
 * are replicated when TP exceeds them). Pure arithmetic; no catalog lookups here.
 */
import type { OpenModel } from '../catalog/types';
import type { Precision } from '../design/node-configs';
import { BYTES_PER_PRECISION } from './units';

/** The parts of a model's architecture the KV cache depends on. */
export interface KvArchitecture {
  layers: number;
  kvHeads: number;
  headDim: number;
}

/** vLLM's default KV block size in tokens (`CacheConfig.DEFAULT_BLOCK_SIZE`, facts §2.4). */
export const VLLM_BLOCK_TOKENS = 16;

/**
 * The KV architecture of a catalog model, or null when the catalog lacks a field. head_dim falls back to
 * hidden_size ÷ attention heads (facts §1.2: that is the definition unless the config states it).
 */
export function kvArchitectureOf(
  model: Pick<OpenModel, 'layers' | 'kvHeads' | 'headDim' | 'hiddenSize' | 'attentionHeads'>,
): KvArchitecture | null {
  const headDim =
    model.headDim ?? (model.hiddenSize !== null && model.attentionHeads !== null ? model.hiddenSize / model.attentionHeads : null);
  if (model.layers === null || model.kvHeads === null || headDim === null) return null;
  return { layers: model.layers, kvHeads: model.kvHeads, headDim };
}

/**
 * KV heads each tensor-parallel rank stores: ceil(KV heads ÷ TP), at least 1. vLLM computes
 * max(1, KV heads // TP) and refuses a TP that does not divide the heads evenly; rounding up gives the
 * same figure wherever vLLM accepts the layout and never understates memory where it does not.
 */
export function kvHeadsPerRank(kvHeads: number, tensorParallel = 1): number {
  const tp = Math.max(1, Math.floor(tensorParallel));
  return Math.max(1, Math.ceil(kvHeads / tp));
}

/**
 * Bytes per KV element for a serving node's `kvCachePrecision`. 'auto' stores the cache in the model's
 * activation dtype (vLLM `kv_cache_dtype=auto`): 2 bytes (BF16/FP16) even when the weights are
 * quantized to FP8/INT8/INT4, 4 bytes when the model runs in FP32.
 */
export function kvBytesPerElement(kvCachePrecision: 'auto' | 'fp16' | 'bf16' | 'fp8', weightsPrecision: Precision): number {
  if (kvCachePrecision === 'auto') return weightsPrecision === 'fp32' ? BYTES_PER_PRECISION.fp32 : BYTES_PER_PRECISION.bf16;
  return BYTES_PER_PRECISION[kvCachePrecision];
}

/**
 * KV bytes per token held by ONE GPU: 2 × layers × KV heads per rank × head_dim × bytes.
 * With tensorParallel = 1 this is the whole model's figure (facts §2.2: Llama 3.1 70B = 327,680 B).
 * `pipelineParallel` > 1 splits the layers across stages; the largest stage (ceil) is returned.
 */
export function kvBytesPerToken(arch: KvArchitecture, kvBytesPerElementValue: number, tensorParallel = 1, pipelineParallel = 1): number {
  const layers = Math.ceil(arch.layers / Math.max(1, Math.floor(pipelineParallel)));
  return 2 * layers * kvHeadsPerRank(arch.kvHeads, tensorParallel) * arch.headDim * kvBytesPerElementValue;
}

/** KV bytes for `sequences` sequences of `tokens` tokens each, per GPU (see kvBytesPerToken). */
export function kvCacheBytes(
  arch: KvArchitecture,
  kvBytesPerElementValue: number,
  tokens: number,
  sequences = 1,
  tensorParallel = 1,
  pipelineParallel = 1,
): number {
  return kvBytesPerToken(arch, kvBytesPerElementValue, tensorParallel, pipelineParallel) * tokens * sequences;
}

/** Tokens a sequence occupies under paged allocation: rounded up to whole blocks (vLLM PagedAttention, seed 9.4). */
export const pagedTokens = (tokens: number, blockTokens = VLLM_BLOCK_TOKENS): number => Math.ceil(tokens / blockTokens) * blockTokens;

/** Bytes of one vLLM KV block (block_size tokens) per GPU: facts §2.2, Llama 3.1 70B FP16 TP=1 = 5 MiB. */
export function kvBlockBytes(
  arch: KvArchitecture,
  kvBytesPerElementValue: number,
  tensorParallel = 1,
  blockTokens = VLLM_BLOCK_TOKENS,
): number {
  return kvBytesPerToken(arch, kvBytesPerElementValue, tensorParallel) * blockTokens;
}
