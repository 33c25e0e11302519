/**
 * Training and fine-tuning jobs (seed 9.1, 9.2, 9.6, 9.10): GPU memory per GPU, GPU-hours and cost of a run.
 *
 * Full fine-tuning with mixed-precision Adam keeps 16 bytes per parameter (ZeRO paper, Rajbhandari et al.
 * 2019, arXiv 1910.02054, §3.1: FP16 weights 2 + FP16 gradients 2 + K = 12 bytes of optimizer state:
 * FP32 master weights 4, Adam momentum 4 and variance 4). ZeRO shards them across the N data-parallel GPUs:
 *   stage 0: (2 + 2 + 12)·Ψ      stage 1: (2 + 2)·Ψ + 12·Ψ/N
 *   stage 2: 2·Ψ + (2 + 12)·Ψ/N   stage 3: (2 + 2 + 12)·Ψ/N
 * LoRA trains small adapters on frozen BF16 weights; QLoRA freezes the weights in 4-bit NF4 (0.5 B/param
 * plus 0.127 bits/param of double-quantized constants, Dettmers et al. 2023, arXiv 2305.14314 §3).
 * Activations: see ACTIVATION_* below. Compute: 6 × parameters × tokens FLOPs (Kaplan et al. 2020,
 * arXiv 2001.08361 §2.1; active parameters for MoE) at an assumed MFU.
 */
import { getGpu, getOpenModel, getVmSku, VM_SKUS } from '../catalog/index';
import type { Gpu, OpenModel, VmSku } from '../catalog/types';
import type { DesignNode, NodeOfKind } from '../design/schema';
import { nodeLabel, type DesignGraph } from './graph';
import { computeFinding } from './rules-compute';
import type { Explanation, Finding, Fix, TrainingEstimate } from './types';
import { BYTES_PER_PRECISION, bytesToGB, gbToBytes } from './units';
import { CUDA_OVERHEAD_GB, DEFAULT_PRICE_REGION, fmtInt, gpusPerVm, memoryPerGpuGB, offeredIn } from './vram';

export type TrainingNode = NodeOfKind<'training-job'>;
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
function hiddenOf(model: OpenModel): { hidden: number; estimated: boolean } | null {
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

export interface TrainingPrice {
  usdPerVmHour: number;
  kind: 'payg' | 'spot' | 'payg-for-spot';
}

/** Per-VM hourly price for the job: spot when asked and known, else PAYG (noted). */
export function trainingPrice(sku: VmSku, region: string | null, spot: boolean): TrainingPrice | null {
  const r = region ?? DEFAULT_PRICE_REGION;
  const payg = sku.paygUsdPerHour[r];
  if (spot) {
    const s = sku.spotUsdPerHour?.[r];
    if (s !== undefined) return { usdPerVmHour: s, kind: 'spot' };
    return payg !== undefined ? { usdPerVmHour: payg, kind: 'payg-for-spot' } : null;
  }
  return payg !== undefined ? { usdPerVmHour: payg, kind: 'payg' } : null;
}

// ---------------------------------------------------------------- node

interface TrainingPlan {
  model: OpenModel;
  sku: VmSku;
  gpu: Gpu;
  setup: TrainingSetup;
  nodes: number;
  memory: TrainingMemory;
  capacityGB: number;
  fits: boolean;
  gpuHours: number | null;
  price: TrainingPrice | null;
  usdPerRun: number | null;
}

interface TrainingConfig {
  method: TrainingMethod;
  zeroStage: ZeroStage;
  nodes: number;
  sequenceLength: number;
  microBatchPerGpu: number;
  trainingTokens: number;
  spot: boolean;
}

function planTraining(model: OpenModel, sku: VmSku, gpu: Gpu, c: TrainingConfig, region: string | null): TrainingPlan {
  const gpus = c.nodes * gpusPerVm(sku);
  const setup: TrainingSetup = {
    method: c.method,
    zeroStage: c.zeroStage,
    gpus,
    sequenceLength: c.sequenceLength,
    microBatchPerGpu: c.microBatchPerGpu,
  };
  const memory = trainingMemoryPerGpu(model, setup);
  const capacityGB = memoryPerGpuGB(sku);
  const gpuHours = gpu.denseBf16Tflops !== null ? gpuHoursFor(trainingFlops(model, c.trainingTokens), gpu.denseBf16Tflops) : null;
  const price = trainingPrice(sku, region, c.spot);
  const usdPerRun = gpuHours !== null && price !== null ? (gpuHours / gpusPerVm(sku)) * price.usdPerVmHour : null;
  return {
    model,
    sku,
    gpu,
    setup,
    nodes: c.nodes,
    memory,
    capacityGB,
    fits: memory.totalBytes <= gbToBytes(capacityGB),
    gpuHours,
    price,
    usdPerRun,
  };
}

const gb = (b: number): string => bytesToGB(b).toFixed(2);
const int = (n: number): string => fmtInt(n);

function explain(p: TrainingPlan, c: TrainingConfig): Explanation {
  const m = p.memory;
  const h = hiddenOf(p.model);
  const parts = [
    p.setup.method === 'full'
      ? `full: ${int(p.model.parameters)} params × (2 + 2 + 12) B under ZeRO-${p.setup.zeroStage} over ${p.setup.gpus} GPUs → weights ${gb(m.state.weights)} + gradients ${gb(m.state.gradients)} + Adam ${gb(m.state.optimizer)} GB`
      : `${p.setup.method}: frozen ${int(p.model.parameters)} params × ${p.setup.method === 'lora' ? 2 : QLORA_BYTES_PER_PARAM.toFixed(4)} B${p.setup.zeroStage >= 3 ? ` ÷ ${p.setup.gpus}` : ''} = ${gb(m.frozenWeightsBytes)} GB; adapters ${int(m.trainedParams)} params (assumption ${LORA_ADAPTER_FRACTION * 100}%) × 16 B under ZeRO-${p.setup.zeroStage} = ${gb(m.state.weights + m.state.gradients + m.state.optimizer)} GB`,
    h !== null && p.model.layers !== null
      ? `activations (assumption: checkpointing) = ${c.sequenceLength} × ${c.microBatchPerGpu} × ${int(h.hidden)}${h.estimated ? ' (estimated hidden)' : ''} × (2 × ${p.model.layers} + 34) B = ${gb(m.activationBytes)} GB`
      : 'activations unknown (no layer count): 0',
    `overhead ${CUDA_OVERHEAD_GB} GB (assumption)`,
    `total ${gb(m.totalBytes)} GB per GPU of ${p.capacityGB.toFixed(2)} GB → ${p.fits ? 'fits' : 'does not fit'}`,
    p.gpuHours !== null
      ? `compute = 6 × ${int(p.model.activeParameters)} × ${int(c.trainingTokens)} tokens ÷ (${p.gpu.denseBf16Tflops} TFLOPS × ${TRAINING_MFU_ASSUMPTION} MFU, assumption) = ${p.gpuHours.toFixed(1)} GPU-hours`
      : `compute unknown: ${p.gpu.name} has no dense BF16 figure in the catalog`,
    p.usdPerRun !== null && p.price !== null
      ? `cost = ${p.gpuHours?.toFixed(1)} GPU-h ÷ ${gpusPerVm(p.sku)} GPUs/VM × $${p.price.usdPerVmHour}/VM-h (${p.price.kind === 'payg-for-spot' ? 'PAYG: no spot price known' : p.price.kind}) = $${p.usdPerRun.toFixed(2)} per run`
      : 'cost unknown (no price or no compute figure)',
  ];
  return {
    formula:
      'memory per GPU = frozen weights + ZeRO-sharded (weights 2 + gradients 2 + Adam 12 B/param) + activations (checkpointed: s·b·h·(2L + 34) B) + overhead; GPU-hours = 6 × params × tokens ÷ (dense BF16 TFLOPS × MFU) ÷ 3600; USD per run = GPU-hours ÷ GPUs per VM × USD per VM-hour',
    substituted: parts.join('; '),
    sources: [
      ...new Set([
        p.model.source,
        p.sku.source,
        p.gpu.source,
        'seed 9.1',
        'seed 9.6',
        'seed 9.10',
        'ZeRO arXiv 1910.02054',
        'QLoRA arXiv 2305.14314',
        'arXiv 2205.05198',
        'arXiv 2001.08361',
      ]),
    ],
  };
}

function toEstimate(node: TrainingNode, p: TrainingPlan, c: TrainingConfig): TrainingEstimate {
  return {
    nodeId: node.id,
    method: c.method,
    memoryGBPerGpu: Math.round(bytesToGB(p.memory.totalBytes) * 1000) / 1000,
    capacityGBPerGpu: p.capacityGB,
    fits: p.fits,
    gpus: p.setup.gpus,
    gpuHoursPerRun: p.gpuHours,
    usdPerRun: p.usdPerRun,
    explanation: explain(p, c),
  };
}

const configOf = (n: TrainingNode): TrainingConfig => ({
  method: n.config.method,
  zeroStage: n.config.zeroStage,
  nodes: n.config.nodes,
  sequenceLength: n.config.sequenceLength,
  microBatchPerGpu: n.config.microBatchPerGpu,
  trainingTokens: n.config.trainingTokens,
  spot: n.config.spot,
});

function trainingFixes(node: TrainingNode, base: TrainingPlan, c: TrainingConfig, region: string | null, limit = 3): Fix[] {
  const runs = node.config.runsPerMonth;
  const cands: { category: string; sku: VmSku; gpu: Gpu; c: TrainingConfig; config: Record<string, unknown>; what: string }[] = [];
  const { model, sku, gpu } = base;
  if (c.zeroStage < 3 && base.setup.gpus > 1)
    cands.push({
      category: 'zero',
      sku,
      gpu,
      c: { ...c, zeroStage: 3 },
      config: { zeroStage: 3 },
      what: 'shard weights, gradients and optimizer states across all GPUs (ZeRO stage 3)',
    });
  if (c.method === 'full')
    cands.push({
      category: 'method',
      sku,
      gpu,
      c: { ...c, method: 'lora' },
      config: { method: 'lora' },
      what: 'fine-tune LoRA adapters instead of all weights',
    });
  if (c.method !== 'qlora')
    cands.push({
      category: 'method',
      sku,
      gpu,
      c: { ...c, method: 'qlora' },
      config: { method: 'qlora' },
      what: 'fine-tune with QLoRA (4-bit frozen weights)',
    });
  if (sku.infinibandGbps !== null)
    for (const nodes of [2, 4, 8, 16].filter((n) => n > c.nodes))
      cands.push({
        category: 'nodes',
        sku,
        gpu,
        c: { ...c, nodes, zeroStage: 3 },
        config: { nodes, zeroStage: 3 },
        what: `use ${nodes} nodes with ZeRO stage 3`,
      });
  for (const other of VM_SKUS) {
    if (other.id === sku.id || other.retired !== null || !offeredIn(other, region)) continue;
    if (c.nodes > 1 && other.infinibandGbps === null) continue;
    const og = getGpu(other.gpuId);
    if (!og) continue;
    cands.push({
      category: 'sku',
      sku: other,
      gpu: og,
      c,
      config: { sku: other.id },
      what: `move to ${other.id} (${gpusPerVm(other)} × ${og.name})`,
    });
  }
  const baseMonthly = base.usdPerRun !== null ? base.usdPerRun * runs : null;
  const ranked = cands
    .map((x, i) => {
      const p = planTraining(model, x.sku, x.gpu, x.c, region);
      if (!p.fits) return null;
      const delta =
        p.usdPerRun !== null && baseMonthly !== null
          ? p.usdPerRun * runs - baseMonthly
          : x.sku.id === sku.id && x.c.nodes === c.nodes
            ? 0
            : undefined;
      const fix: Fix = {
        description: `${x.what[0]?.toUpperCase() ?? ''}${x.what.slice(1)}: ${gb(p.memory.totalBytes)} of ${p.capacityGB.toFixed(2)} GB per GPU.`,
        patch: { nodeId: node.id, config: x.config },
      };
      if (delta !== undefined) fix.deltaUsdPerMonth = Math.round(delta * 100) / 100;
      return { fix, delta, category: x.category, i };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => (a.delta ?? Infinity) - (b.delta ?? Infinity) || a.i - b.i);
  const seen = new Set<string>();
  const out: Fix[] = [];
  for (const x of ranked) {
    if (out.length >= limit || seen.has(x.category)) continue;
    seen.add(x.category);
    out.push(x.fix);
  }
  return out;
}

export interface TrainingCheck {
  estimate: TrainingEstimate | null;
  findings: Finding[];
}

/** The estimate and the training.* / catalog.* findings of one training-job node. */
export function trainingCheckNode(g: DesignGraph, node: DesignNode): TrainingCheck {
  if (node.kind !== 'training-job') return { estimate: null, findings: [] };
  const findings: Finding[] = [];
  const label = nodeLabel(node);
  const nodeIds = [node.id];
  const model = getOpenModel(node.config.model);
  const sku = getVmSku(node.config.sku);
  const gpu = sku ? getGpu(sku.gpuId) : undefined;
  if (!sku)
    findings.push(
      computeFinding('catalog.unknown-sku', {
        message: `${label}: VM size "${node.config.sku}" is not in the catalog. Pick a size from the list.`,
        nodeIds,
      }),
    );
  if (!model)
    findings.push(
      computeFinding('catalog.unknown-model', {
        message: `${label}: model "${node.config.model}" is not in the catalog. Pick a model from the list.`,
        nodeIds,
      }),
    );
  if (sku && !gpu)
    findings.push(
      computeFinding('catalog.unknown-gpu', { message: `${label}: the GPU "${sku.gpuId}" of ${sku.id} is not in the catalog.`, nodeIds }),
    );

  if (sku && node.config.nodes > 1 && sku.infinibandGbps === null)
    findings.push(
      computeFinding('training.multi-node-needs-infiniband', {
        message: `${label}: ${node.config.nodes} nodes of ${sku.id}, which has no InfiniBand: gradient synchronisation after every step over Ethernet stalls the job. Use an ND-series size (InfiniBand, RDMA) or one node.`,
        nodeIds,
        basis: sku.source,
        fixes: [
          { description: 'Train on one node.', patch: { nodeId: node.id, config: { nodes: 1 } } },
          {
            description: 'Use Standard_ND96amsr_A100_v4 (8 × A100 80GB, InfiniBand).',
            patch: { nodeId: node.id, config: { sku: 'Standard_ND96amsr_A100_v4' } },
          },
        ],
      }),
    );
  if (node.config.spot && !node.config.checkpointing)
    findings.push(
      computeFinding('training.spot-without-checkpointing', {
        message: `${label}: spot VMs can be evicted mid-job; without checkpoints to storage an eviction loses the whole run.`,
        nodeIds,
        fixes: [
          { description: 'Write checkpoints to storage.', patch: { nodeId: node.id, config: { checkpointing: true } } },
          { description: 'Use pay-as-you-go VMs.', patch: { nodeId: node.id, config: { spot: false } } },
        ],
      }),
    );
  if (sku && sku.retired !== null)
    findings.push(
      computeFinding('training.retired-sku', {
        message: `${label}: ${sku.id} is retired (${sku.retired.on}): ${sku.retired.note}`,
        nodeIds,
        basis: sku.fieldSources?.retired ?? sku.source,
      }),
    );

  if (!model || !sku || !gpu) return { estimate: null, findings };
  const region = g.regionOf.get(node.id) ?? null;
  const c = configOf(node);
  const plan = planTraining(model, sku, gpu, c, region);
  if (!plan.fits)
    findings.push(
      computeFinding('training.does-not-fit', {
        message: `${label}: ${c.method === 'full' ? 'full fine-tuning' : c.method === 'lora' ? 'LoRA' : 'QLoRA'} of ${model.name} needs ${gb(plan.memory.totalBytes)} GB per GPU with ZeRO stage ${c.zeroStage} over ${plan.setup.gpus} GPUs; ${gpu.name} has ${plan.capacityGB.toFixed(2)} GB.`,
        nodeIds,
        basis: [model.source, sku.source].join(', '),
        fixes: trainingFixes(node, plan, c, region),
      }),
    );
  return { estimate: toEstimate(node, plan, c), findings };
}

/** Training estimate of a training-job node; null for other kinds and unknown catalog ids. */
export function trainingEstimateForNode(g: DesignGraph, node: DesignNode): TrainingEstimate | null {
  return trainingCheckNode(g, node).estimate;
}
