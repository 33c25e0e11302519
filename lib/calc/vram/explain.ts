/** "How is this computed?" for a VRAM fit: the memory formula with the node's values plugged in. */
import type { Scenario } from '../../design/schema';
import { formatGBValue, formatInt } from '../../format';
import { pagedTokens, kvHeadsPerRank } from '../kv-cache';
import type { Explanation } from '../types';
import { BYTES_PER_PRECISION, bytesToGB } from '../units';
import { gpusPerVm, type ResolvedServing } from './layout';
import {
  ACTIVATION_FALLBACK_GB,
  ACTIVATION_MLP_HIDDEN_MULTIPLE,
  ACTIVATION_RESIDUAL_HIDDEN_MULTIPLE,
  CUDA_OVERHEAD_GB,
  PROFILE_BATCH_TOKENS,
  type MemoryPlan,
} from './memory';

const uniq = (xs: string[]): string[] => [...new Set(xs.filter((x) => x !== ''))];

export function explainPlan(
  r: Pick<ResolvedServing, 'model' | 'sku' | 'gpu' | 'layout'>,
  plan: MemoryPlan,
  scenario: Scenario,
): Explanation {
  const { model, sku, gpu, layout } = r;
  const tp = layout.tensorParallel;
  const pp = layout.pipelineParallel;
  const bytes = BYTES_PER_PRECISION[layout.precision];
  const a = plan.arch;
  const kvLine = a
    ? `KV = 2 × ${Math.ceil(a.layers / pp)} layers × ${kvHeadsPerRank(a.kvHeads, tp)} KV heads (${a.kvHeads} ÷ TP ${tp}) × ${a.headDim} head_dim × ${plan.kvBytesPerElement} B = ${formatInt(plan.kvBytesPerTokenPerGpu)} B/token × ${formatInt(pagedTokens(plan.contextTokens))} tokens × ${scenario.concurrentSequences} sequences = ${formatGBValue(bytesToGB(plan.kvBytesPerGpu))} GB`
    : 'KV = unknown (the catalog lacks layers / KV heads / head_dim for this model)';
  const actLine =
    model.hiddenSize !== null
      ? `activations = ${formatInt(PROFILE_BATCH_TOKENS)} tokens × ${formatInt(model.hiddenSize)} hidden × 2 B × (${ACTIVATION_MLP_HIDDEN_MULTIPLE} ÷ ${tp} + ${ACTIVATION_RESIDUAL_HIDDEN_MULTIPLE}) = ${formatGBValue(bytesToGB(plan.activationBytes))} GB`
      : `activations = ${ACTIVATION_FALLBACK_GB} GB (assumption: hidden size unknown)`;
  const verdict = plan.fits ? 'fits' : 'does not fit';
  return {
    formula:
      'per GPU: weights = parameters × bytes/param ÷ (TP × PP); KV = 2 × layers ÷ PP × ⌈KV heads ÷ TP⌉ × head_dim × bytes × context tokens (16-token pages) × concurrent sequences; ' +
      'overhead = CUDA/framework (assumption 1 GB) + activation peak (assumption); usable = capacity × gpu_memory_utilization; fits when weights + KV + overhead ≤ usable; ' +
      'max sequences = ⌊(usable − weights − overhead) ÷ KV per sequence⌋ (paged) or ÷ KV at max context (contiguous)',
    substituted: [
      `weights = ${formatInt(model.parameters)} × ${bytes} B ÷ (${tp} × ${pp}) = ${formatGBValue(bytesToGB(plan.weightsBytesPerGpu))} GB`,
      kvLine,
      `overhead = ${CUDA_OVERHEAD_GB.toFixed(2)} GB + ${actLine} → ${formatGBValue(bytesToGB(plan.overheadBytesPerGpu))} GB`,
      `capacity = ${plan.share.label}: ${plan.capacityGBPerGpu.toFixed(2)} GB (${sku.id}: ${sku.gpuMemoryGB} GB ÷ ${gpusPerVm(sku)} GPU); usable = ${plan.capacityGBPerGpu.toFixed(2)} × ${layout.gpuMemoryUtilization} = ${plan.usableGBPerGpu.toFixed(2)} GB`,
      `required = ${formatGBValue(bytesToGB(plan.requiredBytesPerGpu))} GB of ${plan.usableGBPerGpu.toFixed(2)} GB usable → ${verdict}; utilization ${(plan.utilization * 100).toFixed(1)}% of capacity`,
      `max sequences at ${formatInt(plan.contextTokens)} tokens = ${plan.maxConcurrentSequences} (paged), ${plan.maxConcurrentSequencesContiguous} reserving ${formatInt(plan.maxContextTokens)} tokens each (contiguous)`,
      `GPU ${gpu.name}; capacity uses Microsoft's listed GB (10^9 B) figure, conservative against the physical GiB`,
    ].join('; '),
    sources: uniq([model.source, sku.source, gpu.source, 'seed 9.3', 'seed 9.4', 'facts §1.4', 'facts §2.1', 'facts §2.4', 'facts §2.5']),
  };
}
