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
import { formatGBValue, formatInt } from '../format';
import type { CalcContext } from './context';
import { nodeLabel } from '../design/node-label';
import { vmUsdPerHour, type PriceLookup } from './prices';
import { computeFinding } from './rules-compute';
import {
  LORA_ADAPTER_FRACTION,
  QLORA_BYTES_PER_PARAM,
  TRAINING_MFU_ASSUMPTION,
  gpuHoursFor,
  hiddenOf,
  trainingFlops,
  trainingMemoryPerGpu,
  type TrainingMemory,
  type TrainingMethod,
  type TrainingSetup,
  type ZeroStage,
} from './training-memory';
import type { Explanation, Finding, Fix, TrainingEstimate } from './types';
import { bytesToGB, gbToBytes } from './units';
import { CUDA_OVERHEAD_GB, gpusPerVm, memoryPerGpuGB, offeredIn } from './vram';

export * from './training-memory';

export type TrainingNode = NodeOfKind<'training-job'>;

export interface TrainingPrice {
  usdPerVmHour: number;
  kind: 'payg' | 'spot' | 'payg-for-spot';
}

/** Per-VM hourly price for the job at the design's prices: spot when asked and known, else PAYG (noted). */
export function trainingPrice(prices: PriceLookup, sku: VmSku, region: string | null, spot: boolean): TrainingPrice | null {
  const payg = vmUsdPerHour(prices, sku.id, region);
  if (spot) {
    const s = vmUsdPerHour(prices, sku.id, region, 'vm-spot');
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

function planTraining(prices: PriceLookup, model: OpenModel, sku: VmSku, gpu: Gpu, c: TrainingConfig, region: string | null): TrainingPlan {
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
  const price = trainingPrice(prices, sku, region, c.spot);
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

function explain(p: TrainingPlan, c: TrainingConfig): Explanation {
  const m = p.memory;
  const h = hiddenOf(p.model);
  const parts = [
    p.setup.method === 'full'
      ? `full: ${formatInt(p.model.parameters)} params × (2 + 2 + 12) B under ZeRO-${p.setup.zeroStage} over ${p.setup.gpus} GPUs → weights ${formatGBValue(bytesToGB(m.state.weights))} + gradients ${formatGBValue(bytesToGB(m.state.gradients))} + Adam ${formatGBValue(bytesToGB(m.state.optimizer))} GB`
      : `${p.setup.method}: frozen ${formatInt(p.model.parameters)} params × ${p.setup.method === 'lora' ? 2 : QLORA_BYTES_PER_PARAM.toFixed(4)} B${p.setup.zeroStage >= 3 ? ` ÷ ${p.setup.gpus}` : ''} = ${formatGBValue(bytesToGB(m.frozenWeightsBytes))} GB; adapters ${formatInt(m.trainedParams)} params (assumption ${LORA_ADAPTER_FRACTION * 100}%) × 16 B under ZeRO-${p.setup.zeroStage} = ${formatGBValue(bytesToGB(m.state.weights + m.state.gradients + m.state.optimizer))} GB`,
    h !== null && p.model.layers !== null
      ? `activations (assumption: checkpointing) = ${c.sequenceLength} × ${c.microBatchPerGpu} × ${formatInt(h.hidden)}${h.estimated ? ' (estimated hidden)' : ''} × (2 × ${p.model.layers} + 34) B = ${formatGBValue(bytesToGB(m.activationBytes))} GB`
      : 'activations unknown (no layer count): 0',
    `overhead ${CUDA_OVERHEAD_GB} GB (assumption)`,
    `total ${formatGBValue(bytesToGB(m.totalBytes))} GB per GPU of ${p.capacityGB.toFixed(2)} GB → ${p.fits ? 'fits' : 'does not fit'}`,
    p.gpuHours !== null
      ? `compute = 6 × ${formatInt(p.model.activeParameters)} × ${formatInt(c.trainingTokens)} tokens ÷ (${p.gpu.denseBf16Tflops} TFLOPS × ${TRAINING_MFU_ASSUMPTION} MFU, assumption) = ${p.gpuHours.toFixed(1)} GPU-hours`
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

function trainingFixes(
  prices: PriceLookup,
  node: TrainingNode,
  base: TrainingPlan,
  c: TrainingConfig,
  region: string | null,
  limit = 3,
): Fix[] {
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
      const p = planTraining(prices, model, x.sku, x.gpu, x.c, region);
      if (!p.fits) return null;
      const delta =
        p.usdPerRun !== null && baseMonthly !== null
          ? p.usdPerRun * runs - baseMonthly
          : x.sku.id === sku.id && x.c.nodes === c.nodes
            ? 0
            : undefined;
      const fix: Fix = {
        description: `${x.what[0]?.toUpperCase() ?? ''}${x.what.slice(1)}: ${formatGBValue(bytesToGB(p.memory.totalBytes))} of ${p.capacityGB.toFixed(2)} GB per GPU.`,
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
export function trainingCheckNode(ctx: CalcContext, node: DesignNode): TrainingCheck {
  const { g, prices } = ctx;
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
  const plan = planTraining(prices, model, sku, gpu, c, region);
  if (!plan.fits)
    findings.push(
      computeFinding('training.does-not-fit', {
        message: `${label}: ${c.method === 'full' ? 'full fine-tuning' : c.method === 'lora' ? 'LoRA' : 'QLoRA'} of ${model.name} needs ${formatGBValue(bytesToGB(plan.memory.totalBytes))} GB per GPU with ZeRO stage ${c.zeroStage} over ${plan.setup.gpus} GPUs; ${gpu.name} has ${plan.capacityGB.toFixed(2)} GB.`,
        nodeIds,
        basis: [model.source, sku.source].join(', '),
        fixes: trainingFixes(prices, node, plan, c, region),
      }),
    );
  return { estimate: toEstimate(node, plan, c), findings };
}

/** Training estimate of a training-job node; null for other kinds and unknown catalog ids. */
export function trainingEstimateForNode(ctx: CalcContext, node: DesignNode): TrainingEstimate | null {
  return trainingCheckNode(ctx, node).estimate;
}
