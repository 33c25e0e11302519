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

export interface MemoryPlan {
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

const EPS = 1e-9;
const seqsIn = (budget: number, perSeq: number): number => (perSeq <= 0 ? 0 : Math.max(0, Math.floor(budget / perSeq + EPS)));

export function planServingMemory(model: OpenModel, sku: VmSku, gpu: Gpu, layout: ServingLayout, scenario: Scenario): MemoryPlan {
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
