/**
 * The memory plan of one model replica, per GPU:
 *
 *   weights  = parameters × bytes per precision ÷ (TP × PP)          (MoE: TOTAL parameters; facts §1.4)
 *   KV       = 2 × layers ÷ PP × ⌈KV heads ÷ TP⌉ × head_dim × bytes   (GQA-aware, facts §2.1)
 *              × context tokens (paged in 16-token blocks) × concurrent sequences
 *   overhead = CUDA/framework overhead (1 GB, assumption inside seed 9.3's 0.5-2 GB) + activations
 *   usable   = capacity × gpu_memory_utilization                      (vLLM, default 0.9, facts §2.4)
 *   fits     ⇔ weights + KV + overhead ≤ usable
 *
 * Capacity per GPU is the VM's GPU memory ÷ its GPUs, a MIG slice's memory, or the GPU ÷ replicas per GPU
 * when time-sliced (no memory isolation). Pure arithmetic over catalog rows.
 */
import type { Gpu, OpenModel, VmSku } from '../../catalog/types';
import type { Scenario } from '../../design/schema';
import type { Precision } from '../../design/node-configs';
import { kvArchitectureOf, kvBytesPerElement, kvBytesPerToken, pagedTokens, type KvArchitecture } from '../kv-cache';
import { BYTES_PER_GB, BYTES_PER_PRECISION, gbToBytes } from '../units';
import { vllmPlanForDeployment, type EngineDeploymentInput, type EngineDeploymentResult } from '../engine/deployment';
import { gpuShare, gpusPerVm, type GpuShare, type ServingLayout } from './layout';

// ---------------------------------------------------------------- assumptions (labelled, exported)

/**
 * CUDA context + framework (PyTorch, NCCL, cuBLAS workspaces, sampler buffers) per GPU, GB. ASSUMPTION:
 * seed 9.3 gives "500 MB - 2 GB"; the CUDA context alone is ~0.3-0.7 GB (facts §2.5). 1 GB sits inside
 * both ranges.
 */
export const CUDA_OVERHEAD_GB = 1;

/**
 * Tokens in vLLM's memory-profiling forward pass (max_num_batched_tokens). ASSUMPTION: 8192; vLLM's
 * default depends on its version and usage context. The activation peak it produces is subtracted
 * before the KV cache is sized (facts §2.4, `torch_peak_increase`).
 */
export const PROFILE_BATCH_TOKENS = 8192;

/**
 * Live activation values per token at the profiling peak, in units of hidden_size. ASSUMPTION: the MLP's
 * gate/up output plus the activated product ≈ 3 × intermediate ≈ 10.5 × hidden (Llama-family
 * intermediate = 3.5 × hidden, facts §1.2), split across TP ranks, plus ≈ 2 × hidden of residual
 * stream per rank. 2 bytes each (BF16).
 */
export const ACTIVATION_MLP_HIDDEN_MULTIPLE = 10.5;
export const ACTIVATION_RESIDUAL_HIDDEN_MULTIPLE = 2;

/** Activation allowance when the catalog has no hidden size. ASSUMPTION. */
export const ACTIVATION_FALLBACK_GB = 1;

/** Context lengths of the "sequences by context" chart. */
export const CHART_CONTEXTS = [1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072] as const;

// ---------------------------------------------------------------- weights

/** Bytes of the weights: parameters × bytes per precision (MoE on total parameters: every expert is loaded). */
export function weightsBytes(model: Pick<OpenModel, 'parameters'>, precision: Precision): number {
  return model.parameters * BYTES_PER_PRECISION[precision];
}

/** Weights in GB from a parameter count in billions, as the seed's VRAM table computes it (9.3). */
export function weightsGBFromBillions(parametersB: number, precision: Precision): number {
  return (parametersB * 1e9 * BYTES_PER_PRECISION[precision]) / BYTES_PER_GB;
}
// ---------------------------------------------------------------- the memory plan

/** The vLLM engine memory model behind a plan, or why the plan fell back to the plain arithmetic. */
export type EngineModel =
  | { applied: true; result: Extract<EngineDeploymentResult, { ok: true }>; input: EngineDeploymentInput }
  | { applied: false; reason: string };

export interface MemoryPlan {
  /** vLLM's startup accounting (lib/calc/engine) when it applies; otherwise the reason for the fallback. */
  engine: EngineModel;
  /** True when the KV bytes per token are known (catalog architecture or the engine model, which covers MLA). */
  kvKnown: boolean;
  /** KV cache block size in tokens (vLLM block_size). */
  blockTokens: number;
  arch: KvArchitecture | null;
  gpusPerReplica: number;
  replicas: number;
  share: GpuShare;
  weightsBytesPerGpu: number;
  kvBytesPerElement: number;
  /** Per GPU (KV heads ÷ TP, layers ÷ PP); 0 when the architecture is unknown. */
  kvBytesPerTokenPerGpu: number;
  /** Whole-model KV bytes per token (TP = PP = 1), for display. */
  kvBytesPerTokenModel: number;
  /** Context each sequence holds: min(scenario context, max_model_len). */
  contextTokens: number;
  /** vLLM max_model_len: node setting or the model maximum (never above it). */
  maxContextTokens: number;
  modelMaxContextTokens: number;
  kvBytesPerSequencePerGpu: number;
  kvBytesPerGpu: number;
  cudaOverheadBytes: number;
  activationBytes: number;
  overheadBytesPerGpu: number;
  requiredBytesPerGpu: number;
  capacityGBPerGpu: number;
  usableGBPerGpu: number;
  fits: boolean;
  utilization: number;
  /** Bytes per GPU left for the KV cache after weights and overhead (may be negative). */
  kvBudgetBytesPerGpu: number;
  maxConcurrentSequences: number;
  maxConcurrentSequencesContiguous: number;
  sequencesByContext: { contextTokens: number; sequences: number }[];
}

/** Activation peak of the profiling pass per GPU, bytes (see the ASSUMPTION constants above). */
export function activationBytesPerGpu(model: Pick<OpenModel, 'hiddenSize'>, tensorParallel: number): number {
  if (model.hiddenSize === null) return gbToBytes(ACTIVATION_FALLBACK_GB);
  const perToken =
    model.hiddenSize * 2 * (ACTIVATION_MLP_HIDDEN_MULTIPLE / Math.max(1, tensorParallel) + ACTIVATION_RESIDUAL_HIDDEN_MULTIPLE);
  return PROFILE_BATCH_TOKENS * perToken;
}

const ENGINE_MEMO = new Map<string, EngineDeploymentResult>();
const ENGINE_MEMO_MAX = 256;

/** vllmPlanForDeployment memoized on its inputs: evaluate runs it for every self-hosted node on every edit. */
export function memoVllmPlan(input: EngineDeploymentInput): EngineDeploymentResult {
  const key = JSON.stringify(input);
  const hit = ENGINE_MEMO.get(key);
  if (hit) return hit;
  const result = vllmPlanForDeployment(input);
  if (ENGINE_MEMO.size >= ENGINE_MEMO_MAX) ENGINE_MEMO.delete(ENGINE_MEMO.keys().next().value as string);
  ENGINE_MEMO.set(key, result);
  return result;
}

/** The engine-model inputs of a layout (node settings mapped onto vLLM's flags). */
export function engineInputOf(model: OpenModel, gpu: Gpu, layout: ServingLayout): EngineDeploymentInput {
  const e = layout.engineSettings;
  const maxLen = Math.min(layout.maxContextTokens ?? model.maxContextTokens ?? Infinity, model.maxContextTokens ?? Infinity);
  const engineVersion = e.vllmRelease >= 8 ? 'v1' : 'v0';
  // Without chunked prefill a prefill runs whole: max_num_batched_tokens must hold max_model_len (vLLM's check).
  const unchunkedTokens = !e.chunkedPrefill && Number.isFinite(maxLen) ? Math.max(maxLen, 2048) : undefined;
  const maxNumBatchedTokens = e.maxNumBatchedTokens ?? unchunkedTokens;
  return {
    modelId: model.id,
    gpuId: gpu.id,
    tensorParallel: layout.tensorParallel,
    pipelineParallel: layout.pipelineParallel,
    precision: layout.precision,
    kvCachePrecision: layout.kvCachePrecision,
    gpuMemoryUtilization: layout.gpuMemoryUtilization,
    ...(layout.maxContextTokens !== undefined ? { maxContextTokens: layout.maxContextTokens } : {}),
    settings: {
      vllmMinorVersion: e.vllmRelease,
      engineVersion,
      enableChunkedPrefill: e.chunkedPrefill,
      enforceEager: e.enforceEager,
      blockSize: e.kvBlockSize,
      ...(maxNumBatchedTokens !== undefined ? { maxNumBatchedTokens } : {}),
      ...(e.maxNumSeqs !== undefined ? { maxNumSeqs: e.maxNumSeqs } : {}),
    },
  };
}

/** Whether the vLLM engine model applies to this layout; the reason when it does not. */
function engineModelFor(model: OpenModel, gpu: Gpu, layout: ServingLayout, share: GpuShare): EngineModel {
  if (layout.engine !== 'vllm')
    return {
      applied: false,
      reason: `The startup memory model follows vLLM; ${layout.engine} sizes its KV cache differently, so the plain arithmetic is shown.`,
    };
  if (share.replicasPerGpu !== 1 || layout.gpuSharing !== 'dedicated')
    return {
      applied: false,
      reason: 'GPU sharing (MIG, time-slicing, MPS) is not in the vLLM memory model: the plain arithmetic is shown.',
    };
  const input = engineInputOf(model, gpu, layout);
  const result = memoVllmPlan(input);
  return result.ok ? { applied: true, result, input } : { applied: false, reason: result.reason };
}

const EPS = 1e-9;
const seqsIn = (budget: number, perSeq: number): number => (perSeq <= 0 ? 0 : Math.max(0, Math.floor(budget / perSeq + EPS)));

export function planServingMemory(model: OpenModel, sku: VmSku, gpu: Gpu, layout: ServingLayout, scenario: Scenario): MemoryPlan {
  const tp = Math.max(1, layout.tensorParallel);
  const pp = Math.max(1, layout.pipelineParallel);
  const share = gpuShare(sku, gpu, layout);
  const engine = engineModelFor(model, gpu, layout, share);
  if (!engine.applied) return arithmeticPlan(model, sku, gpu, layout, scenario, engine);
  const p = engine.result.plan;
  const arch = kvArchitectureOf(model);
  const bpe = p.settings.kvCacheDtype === 'fp8' ? 1 : kvBytesPerElement(layout.kvCachePrecision, layout.precision);
  const block = p.settings.blockSize;
  const maxContextTokens = p.settings.maxModelLen;
  const modelMaxContextTokens = model.maxContextTokens ?? maxContextTokens;
  const contextTokens = Math.min(scenario.contextTokens, maxContextTokens);
  const kvBytesPerTokenPerGpu = p.kvBytesPerToken;
  const kvBytesPerSequencePerGpu = pagedTokens(contextTokens, block) * kvBytesPerTokenPerGpu;
  const kvBytesPerGpu = kvBytesPerSequencePerGpu * scenario.concurrentSequences;
  const overheadBytesPerGpu = p.activationPeakBytes + p.nonTorchBytes;
  const requiredBytesPerGpu = p.weightsBytes + kvBytesPerGpu + overheadBytesPerGpu;
  const capacityGBPerGpu = p.totalBytes / BYTES_PER_GB;
  const usableGBPerGpu = p.budgetBytes / BYTES_PER_GB;
  const seqsAt = (ctx: number) => Math.floor(p.kvBlocks / Math.max(1, Math.ceil(ctx / block)));
  const totalGpus = layout.vmCount * gpusPerVm(sku);
  const gpusPerReplica = tp * pp;
  return {
    engine,
    kvKnown: true,
    blockTokens: block,
    arch,
    gpusPerReplica,
    replicas: Math.floor((totalGpus * share.replicasPerGpu) / gpusPerReplica),
    share,
    weightsBytesPerGpu: p.weightsBytes,
    kvBytesPerElement: bpe,
    kvBytesPerTokenPerGpu,
    kvBytesPerTokenModel: arch ? kvBytesPerToken(arch, bpe) : kvBytesPerTokenPerGpu,
    contextTokens,
    maxContextTokens,
    modelMaxContextTokens,
    kvBytesPerSequencePerGpu,
    kvBytesPerGpu,
    cudaOverheadBytes: p.nonTorchBytes,
    activationBytes: p.activationPeakBytes,
    overheadBytesPerGpu,
    requiredBytesPerGpu,
    capacityGBPerGpu,
    usableGBPerGpu,
    fits: p.verdict === 'fits' && requiredBytesPerGpu <= p.budgetBytes * (1 + EPS),
    utilization: requiredBytesPerGpu / p.totalBytes,
    kvBudgetBytesPerGpu: p.kvCacheBytes,
    maxConcurrentSequences: seqsAt(contextTokens),
    maxConcurrentSequencesContiguous: Math.floor(Math.max(0, p.kvCacheBytes) / (maxContextTokens * kvBytesPerTokenPerGpu) + EPS),
    sequencesByContext: CHART_CONTEXTS.filter((c) => c <= modelMaxContextTokens).map((c) => ({ contextTokens: c, sequences: seqsAt(c) })),
  };
}

/** The plain arithmetic (engines other than vLLM, GPU sharing, and what the engine model cannot express). */
function arithmeticPlan(
  model: OpenModel,
  sku: VmSku,
  gpu: Gpu,
  layout: ServingLayout,
  scenario: Scenario,
  engine: EngineModel,
): MemoryPlan {
  const tp = Math.max(1, layout.tensorParallel);
  const pp = Math.max(1, layout.pipelineParallel);
  const arch = kvArchitectureOf(model);
  const share = gpuShare(sku, gpu, layout);
  const bpe = kvBytesPerElement(layout.kvCachePrecision, layout.precision);

  const weightsBytesPerGpu = weightsBytes(model, layout.precision) / (tp * pp);
  const kvBytesPerTokenPerGpu = arch ? kvBytesPerToken(arch, bpe, tp, pp) : 0;
  const kvBytesPerTokenModel = arch ? kvBytesPerToken(arch, bpe) : 0;

  const modelMaxContextTokens = model.maxContextTokens ?? layout.maxContextTokens ?? scenario.contextTokens;
  const maxContextTokens = Math.min(layout.maxContextTokens ?? modelMaxContextTokens, modelMaxContextTokens);
  const contextTokens = Math.min(scenario.contextTokens, maxContextTokens);

  const kvBytesPerSequencePerGpu = pagedTokens(contextTokens) * kvBytesPerTokenPerGpu;
  const kvBytesPerGpu = kvBytesPerSequencePerGpu * scenario.concurrentSequences;
  const cudaOverheadBytes = gbToBytes(CUDA_OVERHEAD_GB);
  const activationBytes = activationBytesPerGpu(model, tp);
  const overheadBytesPerGpu = cudaOverheadBytes + activationBytes;
  const requiredBytesPerGpu = weightsBytesPerGpu + kvBytesPerGpu + overheadBytesPerGpu;

  const capacityGBPerGpu = share.capacityGB;
  const usableGBPerGpu = capacityGBPerGpu * layout.gpuMemoryUtilization;
  const usableBytes = gbToBytes(usableGBPerGpu);
  const kvBudgetBytesPerGpu = usableBytes - weightsBytesPerGpu - overheadBytesPerGpu;

  const maxConcurrentSequences = arch ? seqsIn(kvBudgetBytesPerGpu, kvBytesPerSequencePerGpu) : 0;
  const maxConcurrentSequencesContiguous = arch ? seqsIn(kvBudgetBytesPerGpu, maxContextTokens * kvBytesPerTokenPerGpu) : 0;
  const sequencesByContext = CHART_CONTEXTS.filter((c) => c <= modelMaxContextTokens).map((c) => ({
    contextTokens: c,
    sequences: arch ? seqsIn(kvBudgetBytesPerGpu, pagedTokens(c) * kvBytesPerTokenPerGpu) : 0,
  }));

  const totalGpus = layout.vmCount * gpusPerVm(sku);
  const gpusPerReplica = tp * pp;
  const replicas = Math.floor((totalGpus * share.replicasPerGpu) / gpusPerReplica);

  return {
    engine,
    kvKnown: arch !== null,
    blockTokens: 16,
    arch,
    gpusPerReplica,
    replicas,
    share,
    weightsBytesPerGpu,
    kvBytesPerElement: bpe,
    kvBytesPerTokenPerGpu,
    kvBytesPerTokenModel,
    contextTokens,
    maxContextTokens,
    modelMaxContextTokens,
    kvBytesPerSequencePerGpu,
    kvBytesPerGpu,
    cudaOverheadBytes,
    activationBytes,
    overheadBytesPerGpu,
    requiredBytesPerGpu,
    capacityGBPerGpu,
    usableGBPerGpu,
    fits: requiredBytesPerGpu <= usableBytes * (1 + EPS),
    utilization: requiredBytesPerGpu / gbToBytes(capacityGBPerGpu),
    kvBudgetBytesPerGpu,
    maxConcurrentSequences,
    maxConcurrentSequencesContiguous,
    sequencesByContext,
  };
}
