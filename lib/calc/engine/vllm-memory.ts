/**
 * How vLLM divides one GPU's memory at startup, and so how many KV-cache tokens it ends up with.
 * Follows vLLM's own accounting (sources-compute.ts `vllm-src-memory-profiling`):
 *
 *   budget        = driver total × gpu_memory_utilization
 *   KV cache      = budget − weights − activation peak of the profiling pass − non-torch memory
 *   KV blocks     = floor(KV cache ÷ block bytes); KV tokens = blocks × block_size (16)
 *   concurrency   = KV tokens ÷ max_model_len
 *
 * The CUDA context and the CUDA graphs (captured after the KV cache is allocated) sit OUTSIDE the budget:
 * they live in the (1 − utilization) share, which is why utilization 0.98 can still run out of memory.
 *
 * The profiling pass runs max_num_batched_tokens tokens through the model and then samples one token for
 * each of max_num_seqs dummy requests with top-k/top-p on (vLLM: "to reflect the accurate memory usage"),
 * so the activation peak is the larger of (a) the widest intermediate tensors of the forward pass and
 * (b) the sampler's FP32 working tensors over max_num_seqs × vocab logits. (b) dominates for large
 * vocabularies: 7.5 GiB for gpt-oss-120b on an H100 with vLLM 0.10–0.11, where V1 defaults max_num_seqs to
 * 1024; about 60 % less from 0.17.
 *
 * Other engines size the KV cache differently (also in `ENGINE_DIFFERENCES` and every result's notes):
 * SGLang reserves `mem_fraction_static` of the GPU for weights + KV and keeps activations and CUDA graphs
 * out of it, so it reports about twice vLLM's tokens for Qwen3-235B-FP8 on 4 × H100 (vLLM issue #21348);
 * TensorRT-LLM gives the KV cache `free_gpu_memory_fraction` (0.9) of the memory still free after the
 * engine is loaded; TGI sizes it after a warm-up prefill of max_batch_prefill_tokens inside
 * `cuda_memory_fraction` (1.0). This module models vLLM only.
 *
 * Pure: inputs are numbers and plain records; no catalog lookups (the caller resolves model, scheme, GPU).
 */
import type { CheckpointScheme } from '../../catalog/checkpoint-schemes';
import { moeLayerCount, parameterParts, type ParameterParts, type TransformerConfig, VLLM_VOCAB_PADDING } from './model-params';

export const GIB = 2 ** 30;

export type VllmEngineVersion = 'v0' | 'v1';
export type VllmUsageContext = 'api-server' | 'llm-class';

/** Engine settings a deployment can set; every field has vLLM's default. */
export interface VllmEngineSettings {
  /**
   * vLLM 0.x minor release (19 = 0.19). The profiling pass changed over releases: the sampler's share of
   * the activation peak fell by about 60 % in 0.17, and tensor-parallel NCCL buffers are counted as
   * non-torch memory from 0.18. Default: the newest release the constants were checked against.
   */
  vllmMinorVersion: number;
  /** V1 is the default engine from vLLM 0.8 and the only one from 0.11; V0 for older releases. */
  engineVersion: VllmEngineVersion;
  gpuMemoryUtilization: number;
  /** Longest request (prompt + output) the engine must hold; defaults to the model's max_position_embeddings. */
  maxModelLen: number;
  /** V1: always on. V0: on by default only when max_model_len > 32768. */
  enableChunkedPrefill: boolean;
  maxNumBatchedTokens: number;
  maxNumSeqs: number;
  blockSize: number;
  /** true = no CUDA graphs (--enforce-eager). */
  enforceEager: boolean;
  kvCacheDtype: 'auto' | 'fp8';
  /** `vllm serve` (API server) or the offline `LLM` class: their batch defaults differ. */
  usageContext: VllmUsageContext;
}

/** The GPU as the engine sees it. */
export interface EngineGpu {
  /** Driver total (cudaMemGetInfo), bytes: lib/catalog/gpu-memory.ts `usableGpuBytes`. */
  totalBytes: number;
  /** Device name as vLLM reads it; only used for the batch defaults ("a100" is excluded from the large tier). */
  name: string;
}

export interface VllmMemoryInput {
  model: TransformerConfig;
  scheme: CheckpointScheme;
  gpu: EngineGpu;
  tensorParallel: number;
  settings?: Partial<VllmEngineSettings>;
}

export type VllmRefusal =
  | { code: 'utilization-exceeds-free-memory'; message: string }
  | { code: 'no-cache-blocks'; message: string }
  | { code: 'max-model-len-exceeds-kv-cache'; message: string; maxModelLenThatFits: number };

/** Per-GPU (per tensor-parallel rank) breakdown, bytes unless named otherwise. */
export interface VllmMemoryBreakdown {
  engine: 'vllm';
  settings: VllmEngineSettings;
  tensorParallel: number;
  totalBytes: number;
  /** CUDA context + library handles created before profiling; outside the budget. */
  cudaContextBytes: number;
  budgetBytes: number;
  weightsBytes: number;
  weightsByPart: Record<keyof ParameterParts | 'ropeCache', number>;
  activationPeakBytes: number;
  activation: { forwardBytes: number; samplerBytes: number; tokens: number; sampledRequests: number };
  nonTorchBytes: number;
  /** CUDA graphs, captured after the KV cache: outside the budget. 0 with enforceEager. */
  cudaGraphBytes: { low: number; high: number };
  /** Free memory outside the budget after the CUDA context: what CUDA graphs and fragmentation must fit in. */
  headroomBytes: number;
  kvCacheBytes: number;
  kvBytesPerToken: number;
  kvBlockBytes: number;
  kvBlocks: number;
  kvCacheTokens: number;
  maxConcurrency: number;
  verdict: 'fits' | 'refuses';
  refusal: VllmRefusal | null;
  warnings: string[];
  notes: string[];
}

// ------------------------------------------------------------------ constants (sourced; see each comment)

/**
 * Bytes of sampler working memory per logit during the profiling pass, up to vLLM 0.16 (FP32 logits, their
 * top-k/top-p sort values and int64 indices, softmax probabilities, cumulative sums, masks: ≈ 39 B).
 * Measured from vLLM PR #10511 (Llama-3-8B: 1.26 GiB peak over 256 × 128,256 logits, forward pass
 * 0.84 GiB) and confirmed without refitting on Phi-4 GPTQ (0.94 GiB logged, 0.96 computed), Qwen2.5-7B AWQ
 * (1.42 / 1.45), Qwen3-14B on vLLM 0.16 with 1024 sequences (5.64 / 5.67, llm-d-planner report) and
 * gpt-oss-120b on 0.10–0.11 (≈ 7.5 GiB implied).
 */
export const SAMPLER_BYTES_PER_LOGIT_UNTIL_0_16 = 39.2;
/**
 * From vLLM 0.17 the profiled sampler peak is ≈ 15 B per logit: llm-d-planner's v0.19 runs on H100
 * (1024 sequences) log 1.89 GiB for Llama-3.1-8B and 2.21 GiB for Qwen2.5-7B, and Qwen3-14B drops from
 * 5.64 GiB (0.16) to 2.23 GiB (0.17). (1.89 − hidden states) ÷ (1024 × 128,256) = 14.9 B.
 */
export const SAMPLER_BYTES_PER_LOGIT_FROM_0_17 = 14.9;
/**
 * Non-torch allocations during profiling (cuBLAS workspaces, NCCL buffers). Up to 0.17: median of the
 * values logged in the fixtures (0.01–0.35 GiB; PR #10511's pre-release 1.79 GiB is an outlier). From
 * 0.18 (llm-d-planner report): 0.25 GiB at TP 1, about 2.1 GiB per GPU at TP ≥ 2 (NCCL all-reduce buffers).
 */
export const NON_TORCH_BYTES = { untilV0_17: 0.16 * GIB, fromV0_18Tp1: 0.25 * GIB, fromV0_18TpN: 2.1 * GIB } as const;
/** CUDA context before vLLM profiles: vLLM 0.19's "worker init memory snapshot" logs cuda_memory=0.51GiB on an H100. */
export const CUDA_CONTEXT_BYTES = 0.51 * GIB;

/** Sampler bytes per logit and non-torch bytes for a release and TP size (see the constants above). */
export function releaseConstants(
  vllmMinorVersion: number,
  tensorParallel: number,
): { samplerBytesPerLogit: number; nonTorchBytes: number } {
  const samplerBytesPerLogit = vllmMinorVersion <= 16 ? SAMPLER_BYTES_PER_LOGIT_UNTIL_0_16 : SAMPLER_BYTES_PER_LOGIT_FROM_0_17;
  const nonTorchBytes =
    vllmMinorVersion >= 18
      ? tensorParallel > 1
        ? NON_TORCH_BYTES.fromV0_18TpN
        : NON_TORCH_BYTES.fromV0_18Tp1
      : NON_TORCH_BYTES.untilV0_17;
  return { samplerBytesPerLogit, nonTorchBytes };
}
/**
 * vLLM's own warning: "CUDA graphs can take additional 1~3 GiB memory per GPU" (vLLM PR #6234 log). Measured:
 * 0.17–0.27 GiB for small models on V0, 0.81–1.84 GiB on vLLM 0.19 / H100 (llm-d-planner logs), 2.4 GiB for
 * Yi-34B at TP 4 on RTX 4090 (vLLM issue #7553).
 */
export const CUDA_GRAPH_BYTES = { low: 1 * GIB, high: 3 * GIB } as const;
/** vLLM fused-MoE processes at most this many tokens per chunk (VLLM_FUSED_MOE_CHUNK_SIZE). */
export const FUSED_MOE_CHUNK_TOKENS = 32768;
/** V0 cache engine aligns each MLA cache entry to 256 bytes (576 × 2 B → 1280 B); inferred from vLLM PR #13109's block count. */
export const V0_MLA_ENTRY_ALIGN_BYTES = 256;

export const ENGINE_DIFFERENCES: Record<'sglang' | 'tensorrt-llm' | 'tgi', string> = {
  sglang:
    'SGLang: mem_fraction_static (about 0.88) of the GPU holds weights + KV; activations and CUDA graphs use the rest, so it reports more KV tokens than vLLM at the same setting (about 2× for Qwen3-235B-FP8 on 4 × H100, vLLM issue #21348).',
  'tensorrt-llm':
    'TensorRT-LLM: the KV cache gets free_gpu_memory_fraction (default 0.9) of the memory still free after the engine and its activation buffers are loaded, not a fraction of the whole GPU.',
  tgi: 'TGI: sizes the KV cache after a warm-up prefill of max_batch_prefill_tokens, inside cuda_memory_fraction (default 1.0) of the GPU.',
};

// ------------------------------------------------------------------ defaults

/** The newest vLLM release the constants were checked against (0.19, llm-d-planner report). */
export const LATEST_CHECKED_MINOR = 19;

/** vLLM's batch defaults (EngineArgs.get_batch_defaults; V0 scheduler defaults). */
export function defaultVllmSettings(model: TransformerConfig, gpu: EngineGpu, given: Partial<VllmEngineSettings> = {}): VllmEngineSettings {
  const vllmMinorVersion = given.vllmMinorVersion ?? LATEST_CHECKED_MINOR;
  const engineVersion = given.engineVersion ?? (vllmMinorVersion >= 8 ? 'v1' : 'v0');
  const maxModelLen = given.maxModelLen ?? model.maxPositionEmbeddings;
  const usageContext = given.usageContext ?? 'api-server';
  const largeTier = gpu.totalBytes >= 70 * GIB && !gpu.name.toLowerCase().includes('a100');
  let enableChunkedPrefill: boolean;
  let maxNumBatchedTokens: number;
  let maxNumSeqs: number;
  if (engineVersion === 'v1') {
    enableChunkedPrefill = true;
    maxNumBatchedTokens = largeTier ? (usageContext === 'api-server' ? 8192 : 16384) : usageContext === 'api-server' ? 2048 : 8192;
    maxNumSeqs = largeTier ? 1024 : 256;
  } else {
    enableChunkedPrefill = given.enableChunkedPrefill ?? maxModelLen > 32768;
    maxNumBatchedTokens = enableChunkedPrefill ? 2048 : Math.max(maxModelLen, 2048);
    maxNumSeqs = 256;
  }
  return {
    vllmMinorVersion,
    engineVersion,
    gpuMemoryUtilization: given.gpuMemoryUtilization ?? 0.9,
    maxModelLen,
    enableChunkedPrefill: engineVersion === 'v1' ? true : enableChunkedPrefill,
    maxNumBatchedTokens: given.maxNumBatchedTokens ?? maxNumBatchedTokens,
    maxNumSeqs: given.maxNumSeqs ?? maxNumSeqs,
    blockSize: given.blockSize ?? 16,
    enforceEager: given.enforceEager ?? false,
    kvCacheDtype: given.kvCacheDtype ?? 'auto',
    usageContext,
  };
}

// ------------------------------------------------------------------ parts

/** Weights held by one rank: Σ parts × scheme bytes, plus BF16 edge MLP layers and the RoPE cos/sin cache. */
/**
 * MXFP4 MoE weights as vLLM lays them out on GPUs without native FP4 (vLLM
 * model_executor/layers/quantization/mxfp4.py): the Marlin path (vLLM ≤ 0.11 on Hopper) rounds the expert
 * intermediate size per rank up to a multiple of 128 and the hidden size to 256; the Triton path (0.11 on)
 * rounds the intermediate size per rank up to 256. gpt-oss: 2880 → 2944 × 3072 (Marlin, +9.0 %) or
 * 3072 × 2880 (Triton, +6.7 %) on the expert tensors.
 */
export function mxfp4ExpertPaddingFactor(model: TransformerConfig, tensorParallel: number, vllmMinorVersion: number): number {
  if (!model.moe) return 1;
  const inter = model.moe.expertIntermediateSize / Math.max(1, tensorParallel);
  const up = (x: number, m: number) => Math.ceil(x / m) * m;
  if (vllmMinorVersion <= 11) return (up(inter, 128) / inter) * (up(model.hiddenSize, 256) / model.hiddenSize);
  return up(inter, 256) / inter;
}

export function weightsBytesPerRank(
  model: TransformerConfig,
  scheme: CheckpointScheme,
  tensorParallel: number,
  vllmMinorVersion: number = LATEST_CHECKED_MINOR,
): VllmMemoryBreakdown['weightsByPart'] {
  const parts = parameterParts(model, tensorParallel, VLLM_VOCAB_PADDING);
  const b = scheme.bytesPerParam;
  const out = {
    attention: parts.attention * b.attention,
    mlp: parts.mlp * b.mlp,
    experts:
      parts.experts * b.experts * (scheme.id === 'mxfp4-moe' ? mxfp4ExpertPaddingFactor(model, tensorParallel, vllmMinorVersion) : 1),
    router: parts.router * b.router,
    embeddings: parts.embeddings * b.embeddings,
    lmHead: parts.lmHead * b.lmHead,
    norms: parts.norms * b.norms,
    ropeCache: 0,
  };
  if (scheme.bf16EdgeMlpLayers > 0 && !model.moe) {
    const perLayerMlp = parts.mlp / model.layers;
    out.mlp += scheme.bf16EdgeMlpLayers * perLayerMlp * (scheme.activationBytes - b.mlp);
  }
  const rotaryDim = model.mla ? model.mla.qkRopeHeadDim : model.headDim;
  out.ropeCache = model.maxPositionEmbeddings * rotaryDim * scheme.activationBytes;
  return out;
}

/** KV bytes per token on one rank (MLA: one latent per layer, not split by TP). */
export function vllmKvBytesPerToken(
  model: TransformerConfig,
  tensorParallel: number,
  kvElementBytes: number,
  engineVersion: VllmEngineVersion,
): number {
  if (model.mla) {
    let entry = (model.mla.kvLoraRank + model.mla.qkRopeHeadDim) * kvElementBytes;
    if (engineVersion === 'v0') entry = Math.ceil(entry / V0_MLA_ENTRY_ALIGN_BYTES) * V0_MLA_ENTRY_ALIGN_BYTES;
    return model.layers * entry;
  }
  const tp = Math.max(1, Math.floor(tensorParallel));
  const kvHeads = Math.max(1, Math.ceil(model.kvHeads / tp));
  return 2 * model.layers * kvHeads * model.headDim * kvElementBytes;
}

/** Activation peak of the profiling pass on one rank (see the module comment). */
export function profilingActivationBytes(
  model: TransformerConfig,
  tensorParallel: number,
  tokens: number,
  sampledRequests: number,
  activationBytes: number,
  samplerBytesPerLogit: number = SAMPLER_BYTES_PER_LOGIT_FROM_0_17,
): { forwardBytes: number; samplerBytes: number } {
  const tp = Math.max(1, Math.floor(tensorParallel));
  const H = model.hiddenSize;
  const residual = 3 * H; // residual stream, normalised input and layer output live across a block
  const widths: number[] = [];
  const denseLayers = model.layers - moeLayerCount(model);
  if (denseLayers > 0) widths.push(((model.gatedMlp ?? true) ? 3 : 2) * (model.intermediateSize / tp));
  if (model.mla) {
    const m = model.mla;
    widths.push(
      (model.attentionHeads / tp) * (m.qkNopeHeadDim + m.qkRopeHeadDim + m.qkNopeHeadDim + 2 * m.vHeadDim) + m.kvLoraRank + m.qkRopeHeadDim,
    );
  } else {
    const q = model.attentionHeads / tp;
    const kv = Math.max(1, Math.ceil(model.kvHeads / tp));
    widths.push((2 * q + 2 * kv) * model.headDim);
  }
  let forwardBytes = tokens * activationBytes * (residual + Math.max(...widths));
  if (model.moe) {
    const e = model.moe;
    const moeTokens = Math.min(tokens, FUSED_MOE_CHUNK_TOKENS);
    // fused-MoE intermediate caches: [T, topk, 2N], [T·topk, N], [T, topk, H], N = expert intermediate ÷ TP
    const moe =
      moeTokens * e.activeExperts * (3 * (e.expertIntermediateSize / tp) + H) * activationBytes + tokens * residual * activationBytes;
    forwardBytes = Math.max(forwardBytes, moe);
  }
  const vocab = Math.ceil(model.vocabSize / VLLM_VOCAB_PADDING) * VLLM_VOCAB_PADDING;
  const samplerBytes = sampledRequests * vocab * samplerBytesPerLogit + tokens * H * activationBytes;
  return { forwardBytes, samplerBytes };
}

// ------------------------------------------------------------------ the model

const fmtGiB = (b: number) => `${(b / GIB).toFixed(2)} GiB`;

/** vLLM's memory plan for one GPU of a deployment; see the module comment for what follows vLLM. */
export function vllmMemoryPlan(input: VllmMemoryInput): VllmMemoryBreakdown {
  const { model, scheme, gpu } = input;
  const tp = Math.max(1, Math.floor(input.tensorParallel));
  const s = defaultVllmSettings(model, gpu, input.settings);
  const warnings: string[] = [];
  const notes: string[] = [
    'KV capacity follows vLLM: budget = driver total × gpu_memory_utilization, minus weights, the profiling activation peak and non-torch memory; KV tokens are whole 16-token blocks.',
    ENGINE_DIFFERENCES.sglang,
    ENGINE_DIFFERENCES['tensorrt-llm'],
    ENGINE_DIFFERENCES.tgi,
  ];

  const weightsByPart = weightsBytesPerRank(model, scheme, tp, s.vllmMinorVersion);
  const weightsBytes = Object.values(weightsByPart).reduce((a, b) => a + b, 0);
  const budgetBytes = gpu.totalBytes * s.gpuMemoryUtilization;
  const tokens = s.maxNumBatchedTokens;
  const sampledRequests = Math.min(s.maxNumSeqs, tokens);
  const { samplerBytesPerLogit, nonTorchBytes } = releaseConstants(s.vllmMinorVersion, tp);
  const act = profilingActivationBytes(model, tp, tokens, sampledRequests, scheme.activationBytes, samplerBytesPerLogit);
  const activationPeakBytes = Math.max(act.forwardBytes, act.samplerBytes);
  const kvElementBytes = s.kvCacheDtype === 'fp8' ? 1 : scheme.activationBytes;
  const kvBytesPerToken = vllmKvBytesPerToken(model, tp, kvElementBytes, s.engineVersion);
  const kvBlockBytes = kvBytesPerToken * s.blockSize;
  const kvCacheBytes = budgetBytes - weightsBytes - activationPeakBytes - nonTorchBytes;
  const kvBlocks = kvCacheBytes > 0 ? Math.floor(kvCacheBytes / kvBlockBytes) : 0;
  const kvCacheTokens = kvBlocks * s.blockSize;
  const blocksPerRequest = Math.ceil(s.maxModelLen / s.blockSize);
  const maxConcurrency = s.engineVersion === 'v1' ? kvBlocks / blocksPerRequest : kvCacheTokens / s.maxModelLen;
  const cudaGraphBytes = s.enforceEager ? { low: 0, high: 0 } : { ...CUDA_GRAPH_BYTES };
  const headroomBytes = gpu.totalBytes - budgetBytes - CUDA_CONTEXT_BYTES;

  let refusal: VllmRefusal | null = null;
  if (s.engineVersion === 'v1' && budgetBytes > gpu.totalBytes - CUDA_CONTEXT_BYTES) {
    refusal = {
      code: 'utilization-exceeds-free-memory',
      message: `Free memory at startup (${fmtGiB(gpu.totalBytes - CUDA_CONTEXT_BYTES)}) is less than gpu_memory_utilization ${s.gpuMemoryUtilization} × ${fmtGiB(gpu.totalBytes)} = ${fmtGiB(budgetBytes)}.`,
    };
  } else if (kvBlocks <= 0) {
    refusal = {
      code: 'no-cache-blocks',
      message: `No memory left for the KV cache: ${fmtGiB(budgetBytes)} budget − ${fmtGiB(weightsBytes)} weights − ${fmtGiB(activationPeakBytes)} activations − ${fmtGiB(nonTorchBytes)} non-torch = ${fmtGiB(kvCacheBytes)}. vLLM: "No available memory for the cache blocks".`,
    };
  } else if (s.engineVersion === 'v0' ? s.maxModelLen > kvCacheTokens : blocksPerRequest > kvBlocks) {
    refusal = {
      code: 'max-model-len-exceeds-kv-cache',
      message: `max_model_len ${s.maxModelLen} is larger than the ${kvCacheTokens} tokens the KV cache holds; lower max_model_len or raise gpu_memory_utilization.`,
      maxModelLenThatFits: kvCacheTokens,
    };
  }
  if (!s.enforceEager && refusal === null && headroomBytes < CUDA_GRAPH_BYTES.low)
    warnings.push(
      `Only ${fmtGiB(headroomBytes)} is left outside the ${s.gpuMemoryUtilization} budget for CUDA graphs (vLLM warns they take 1–3 GiB): lower gpu_memory_utilization or use enforce_eager.`,
    );
  if (scheme.id === 'mxfp4-moe')
    warnings.push(
      'MXFP4 kernels on GPUs without native FP4 pad the expert weights: vLLM logs 4–7 % more weight memory than the checkpoint tensors.',
    );

  return {
    engine: 'vllm',
    settings: s,
    tensorParallel: tp,
    totalBytes: gpu.totalBytes,
    cudaContextBytes: CUDA_CONTEXT_BYTES,
    budgetBytes,
    weightsBytes,
    weightsByPart,
    activationPeakBytes,
    activation: { ...act, tokens, sampledRequests },
    nonTorchBytes,
    cudaGraphBytes,
    headroomBytes,
    kvCacheBytes,
    kvBytesPerToken,
    kvBlockBytes,
    kvBlocks,
    kvCacheTokens,
    maxConcurrency,
    verdict: refusal ? 'refuses' : 'fits',
    refusal,
    warnings,
    notes,
  };
}
