/**
 * Training memory and compute formulas (seed 9.1, 9.6): mixed-precision Adam state under ZeRO sharding,
 * LoRA / QLoRA frozen weights, checkpointed activations, 6·N·D FLOPs. Sources in lib/calc/training.ts.
 */
import type { OpenModel } from '../catalog/types';
import { BYTES_PER_PRECISION, gbToBytes } from './units';
import { CUDA_OVERHEAD_GB } from './vram';

export type TrainingMethod = 'full' | 'lora' | 'qlora';
export type ZeroStage = 0 | 1 | 2 | 3;

/** Mixed-precision Adam bytes per parameter (ZeRO paper §3.1): 2 + 2 + 12 = 16. */
export const ADAM_MIXED_PRECISION = { weightsBytes: 2, gradientBytes: 2, optimizerBytes: 12 } as const;

/** QLoRA frozen weights: NF4 0.5 B/param + double-quantized constants 0.127 bits/param (arXiv 2305.14314 §3). */
export const QLORA_BYTES_PER_PARAM = BYTES_PER_PRECISION.int4 + 0.127 / 8;

/**
 * LoRA adapter parameters as a share of the model. ASSUMPTION: 1% (rank 16 on every attention and MLP
 * projection of a Llama-family model is ~0.5%; rank 64 ~2%).
 */
export const LORA_ADAPTER_FRACTION = 0.01;

/**
 * Activations. ASSUMPTION: activation (gradient) checkpointing on, as fine-tuning recipes usually set it,
 * and FlashAttention (no stored attention matrix). Per GPU: the checkpointed input of every layer,
 * 2·s·b·h bytes each, plus one layer's full activations while it is recomputed, 34·s·b·h bytes
 * (Korthikanti et al. 2022, arXiv 2205.05198, §4: s·b·h·(34 + 5·a·s/h) per layer, the 5·a·s/h term being
 * the attention matrix FlashAttention does not store). Logits (s·b·vocab) are not counted.
 */
export const ACTIVATION_CHECKPOINT_BYTES_PER_SBH_PER_LAYER = 2;
export const ACTIVATION_LAYER_BYTES_PER_SBH = 34;

/** Model FLOPs utilization of training. ASSUMPTION: 0.4 (well-tuned large-scale training reports ~0.35-0.55). */
export const TRAINING_MFU_ASSUMPTION = 0.4;

// ---------------------------------------------------------------- memory

export interface ZeroStateBytes {
  weights: number;
  gradients: number;
  optimizer: number;
}

/** Per-GPU bytes of mixed-precision Adam training state for `params` trained parameters under ZeRO stage `stage` over `gpus`. */
export function zeroStateBytesPerGpu(params: number, stage: ZeroStage, gpus: number): ZeroStateBytes {
  const n = Math.max(1, gpus);
  const { weightsBytes: w, gradientBytes: gr, optimizerBytes: o } = ADAM_MIXED_PRECISION;
  return {
    weights: (params * w) / (stage >= 3 ? n : 1),
    gradients: (params * gr) / (stage >= 2 ? n : 1),
    optimizer: (params * o) / (stage >= 1 ? n : 1),
  };
}

/** Hidden size, or the dense-transformer estimate Ψ ≈ 12·L·h² solved for h when the catalog lacks it (labelled in the explanation). */
export function hiddenOf(model: OpenModel): { hidden: number; estimated: boolean } | null {
  if (model.hiddenSize !== null) return { hidden: model.hiddenSize, estimated: false };
  if (model.layers !== null) return { hidden: Math.sqrt(model.activeParameters / (12 * model.layers)), estimated: true };
  return null;
}

/** Activation bytes per GPU with checkpointing (see ACTIVATION_* assumptions); 0 when layers are unknown. */
export function trainingActivationBytes(model: OpenModel, sequenceLength: number, microBatch: number): number {
  const h = hiddenOf(model);
  if (h === null || model.layers === null) return 0;
  const sbh = sequenceLength * microBatch * h.hidden;
  return sbh * (ACTIVATION_CHECKPOINT_BYTES_PER_SBH_PER_LAYER * model.layers + ACTIVATION_LAYER_BYTES_PER_SBH);
}

export interface TrainingSetup {
  method: TrainingMethod;
  zeroStage: ZeroStage;
  /** Data-parallel GPUs (nodes × GPUs per VM). */
  gpus: number;
  sequenceLength: number;
  microBatchPerGpu: number;
}

export interface TrainingMemory {
  frozenWeightsBytes: number;
  trainedParams: number;
  state: ZeroStateBytes;
  activationBytes: number;
  overheadBytes: number;
  totalBytes: number;
}

/** Memory per GPU of a training job. */
export function trainingMemoryPerGpu(model: OpenModel, s: TrainingSetup): TrainingMemory {
  const P = model.parameters;
  const shardFrozen = s.zeroStage >= 3 ? Math.max(1, s.gpus) : 1;
  const trainedParams = s.method === 'full' ? P : P * LORA_ADAPTER_FRACTION;
  const state = zeroStateBytesPerGpu(trainedParams, s.zeroStage, s.gpus);
  const frozenWeightsBytes =
    s.method === 'full' ? 0 : (P * (s.method === 'lora' ? BYTES_PER_PRECISION.bf16 : QLORA_BYTES_PER_PARAM)) / shardFrozen;
  const activationBytes = trainingActivationBytes(model, s.sequenceLength, s.microBatchPerGpu);
  const overheadBytes = gbToBytes(CUDA_OVERHEAD_GB);
  const totalBytes = frozenWeightsBytes + state.weights + state.gradients + state.optimizer + activationBytes + overheadBytes;
  return { frozenWeightsBytes, trainedParams, state, activationBytes, overheadBytes, totalBytes };
}

// ---------------------------------------------------------------- compute and cost

/** Training FLOPs of one run: 6 × (active) parameters × tokens (Kaplan et al. 2020). */
export const trainingFlops = (model: Pick<OpenModel, 'activeParameters'>, tokens: number): number => 6 * model.activeParameters * tokens;

/** GPU-hours for `flops` on GPUs of `denseTflops` at `mfu` (ASSUMPTION 0.4 by default). */
export const gpuHoursFor = (flops: number, denseTflops: number, mfu = TRAINING_MFU_ASSUMPTION): number =>
  flops / (denseTflops * 1e12 * mfu) / 3600;
