/**
 * VRAM fit of a self-hosted model deployment (GPU VM, AKS GPU pool, Azure ML online endpoint), per GPU:
 *
 *   weights  = parameters × bytes per precision ÷ (TP × PP)          (MoE: TOTAL parameters; facts §1.4)
 *   KV       = 2 × layers ÷ PP × ⌈KV heads ÷ TP⌉ × head_dim × bytes   (GQA-aware, facts §2.1)
 *              × context tokens (paged in 16-token blocks) × concurrent sequences
 *   overhead = CUDA/framework overhead (1 GB, assumption inside seed 9.3's 0.5-2 GB) + activations
 *   usable   = capacity × gpu_memory_utilization                      (vLLM, default 0.9, facts §2.4)
 *   fits     ⇔ weights + KV + overhead ≤ usable
 *
 * Capacity per GPU is the VM's GPU memory ÷ its GPUs, a MIG slice's memory, or the GPU ÷ replicas per GPU
 * when time-sliced (no memory isolation). Fixes are found by running the same functions on changed
 * settings. Pure: catalog look-ups only.
 */
import { getGpu, getOpenModel, getVmSku, VM_SKUS } from '../catalog/index';
import type { Gpu, OpenModel, VmSku } from '../catalog/types';
import type { NodeOfKind, DesignNode, Scenario } from '../design/schema';
import type { Precision, ServingEngine } from '../design/node-configs';
import { nodeLabel, type DesignGraph } from './graph';
import { kvArchitectureOf, kvBytesPerElement, kvBytesPerToken, kvHeadsPerRank, pagedTokens, type KvArchitecture } from './kv-cache';
import { computeFinding } from './rules-compute';
import type { Explanation, Finding, Fix, VramFit } from './types';
import { BYTES_PER_GB, BYTES_PER_PRECISION, HOURS_PER_MONTH, TARGETS, bytesToGB, gbToBytes } from './units';

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

/** Region whose price is used when a node is not placed in a region. */
export const DEFAULT_PRICE_REGION = 'eastus';

/** A whole number with thousands separators (1,234,567); locale-free and fast (toLocaleString is slow under ICU). */
export function fmtInt(n: number): string {
  const digits = Math.round(Math.abs(n))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 && Math.round(Math.abs(n)) !== 0 ? `-${digits}` : digits;
}

// ---------------------------------------------------------------- weights

/** Bytes of the weights: parameters × bytes per precision (MoE on total parameters: every expert is loaded). */
export function weightsBytes(model: Pick<OpenModel, 'parameters'>, precision: Precision): number {
  return model.parameters * BYTES_PER_PRECISION[precision];
}

/** Weights in GB from a parameter count in billions, as the seed's VRAM table computes it (9.3). */
export function weightsGBFromBillions(parametersB: number, precision: Precision): number {
  return (parametersB * 1e9 * BYTES_PER_PRECISION[precision]) / BYTES_PER_GB;
}

// ---------------------------------------------------------------- nodes and layouts

export type SelfHostedNode = NodeOfKind<'gpu-vm'> | NodeOfKind<'aks-gpu-pool'> | NodeOfKind<'ml-online-endpoint'>;

export const isSelfHostedNode = (n: DesignNode): n is SelfHostedNode =>
  n.kind === 'gpu-vm' || n.kind === 'aks-gpu-pool' || n.kind === 'ml-online-endpoint';

export type GpuSharing = 'dedicated' | 'mig' | 'time-slicing' | 'mps';
export type KvCachePrecision = 'auto' | 'fp16' | 'bf16' | 'fp8';

/** Everything the memory arithmetic needs from a node's settings. */
export interface ServingLayout {
  precision: Precision;
  kvCachePrecision: KvCachePrecision;
  gpuMemoryUtilization: number;
  tensorParallel: number;
  pipelineParallel: number;
  /** vLLM max_model_len; undefined = the model's maximum. */
  maxContextTokens: number | undefined;
  /** VMs the deployment can use (gpu-vm count, AKS max nodes, ML endpoint instances). */
  vmCount: number;
  gpuSharing: GpuSharing;
  migProfile: string | undefined;
  replicasPerGpu: number;
  engine: ServingEngine;
}

export const DEFAULT_LAYOUT: ServingLayout = {
  precision: 'bf16',
  kvCachePrecision: 'auto',
  gpuMemoryUtilization: 0.9,
  tensorParallel: 1,
  pipelineParallel: 1,
  maxContextTokens: undefined,
  vmCount: 1,
  gpuSharing: 'dedicated',
  migProfile: undefined,
  replicasPerGpu: 1,
  engine: 'vllm',
};

export function layoutOf(node: SelfHostedNode): ServingLayout {
  const c = node.config;
  const base = {
    precision: c.precision,
    kvCachePrecision: c.kvCachePrecision,
    gpuMemoryUtilization: c.gpuMemoryUtilization,
    tensorParallel: c.tensorParallel,
    pipelineParallel: c.pipelineParallel,
    maxContextTokens: c.maxContextTokens,
    engine: c.engine,
  };
  switch (node.kind) {
    case 'gpu-vm':
      return { ...base, vmCount: node.config.count, gpuSharing: 'dedicated', migProfile: undefined, replicasPerGpu: 1 };
    case 'ml-online-endpoint':
      return { ...base, vmCount: node.config.instances, gpuSharing: 'dedicated', migProfile: undefined, replicasPerGpu: 1 };
    case 'aks-gpu-pool':
      return {
        ...base,
        vmCount: Math.max(node.config.maxNodes, node.config.minNodes),
        gpuSharing: node.config.gpuSharing,
        migProfile: node.config.migProfile,
        replicasPerGpu: node.config.gpuSharing === 'dedicated' ? 1 : node.config.replicasPerGpu,
      };
  }
}

/** VMs billed for the node when computing a fix's price change: VM count, AKS minimum nodes (at least 1), ML instances. */
export function billedVmCount(node: SelfHostedNode): number {
  switch (node.kind) {
    case 'gpu-vm':
      return node.config.count;
    case 'ml-online-endpoint':
      return node.config.instances;
    case 'aks-gpu-pool':
      return Math.max(1, node.config.minNodes);
  }
}

/** Whole GPUs in one VM; a partial-GPU size (NV A10 v5, 1/6 GPU) counts as one device. */
export const gpusPerVm = (sku: Pick<VmSku, 'gpuCount'>): number => (sku.gpuCount >= 1 ? Math.round(sku.gpuCount) : 1);

/** GPU memory one device of the VM has, GB (Microsoft's listed figure ÷ GPUs). */
export const memoryPerGpuGB = (sku: Pick<VmSku, 'gpuCount' | 'gpuMemoryGB'>): number => sku.gpuMemoryGB / gpusPerVm(sku);

/**
 * False when the catalog verifies the region (in `regionScope`) and lists no price there: the size is not
 * offered. Regions outside the scope are unverified and not ruled out.
 */
export const offeredIn = (sku: VmSku, region: string | null): boolean => {
  const r = region ?? DEFAULT_PRICE_REGION;
  return !(sku.regionScope.includes(r) && sku.paygUsdPerHour[r] === undefined);
};

/** Linux PAYG price of one VM in a region (or eastus when unplaced); undefined when the catalog has none. */
export const paygUsdPerHour = (sku: VmSku, region: string | null): number | undefined => sku.paygUsdPerHour[region ?? DEFAULT_PRICE_REGION];

// ---------------------------------------------------------------- the part of a GPU a replica gets

export interface GpuShare {
  /** Memory one model replica's GPU (or slice / time-sliced share) has, GB. */
  capacityGB: number;
  /** Share of the GPU's memory bandwidth and compute the replica gets (1 = whole GPU). */
  computeShare: number;
  /** Replicas each physical GPU hosts. */
  replicasPerGpu: number;
  label: string;
  /** A reason the sharing layout cannot work (reported as vram.mig-unsupported), or null. */
  problem: string | null;
}

export function gpuShare(sku: VmSku, gpu: Gpu, layout: ServingLayout): GpuShare {
  const whole = memoryPerGpuGB(sku);
  const n = Math.max(1, layout.replicasPerGpu);
  switch (layout.gpuSharing) {
    case 'dedicated':
      return { capacityGB: whole, computeShare: 1, replicasPerGpu: 1, label: `${gpu.name} (dedicated)`, problem: null };
    case 'time-slicing':
    case 'mps':
      return {
        capacityGB: whole / n,
        computeShare: 1 / n,
        replicasPerGpu: n,
        label: `${gpu.name} ÷ ${n} (${layout.gpuSharing === 'mps' ? 'MPS' : 'time-sliced'})`,
        problem: null,
      };
    case 'mig': {
      const fallback = { capacityGB: whole / n, computeShare: 1 / n, replicasPerGpu: n, label: `${gpu.name} ÷ ${n}` };
      if (gpu.migProfiles.length === 0)
        return { ...fallback, problem: `${gpu.name} does not support MIG (multi-instance GPU needs A100/H100-class GPUs).` };
      const names = gpu.migProfiles.map((p) => p.name).join(', ');
      let profile =
        layout.migProfile !== undefined && layout.migProfile !== '' ? gpu.migProfiles.find((p) => p.name === layout.migProfile) : undefined;
      if (layout.migProfile !== undefined && layout.migProfile !== '' && profile === undefined)
        return { ...fallback, problem: `MIG profile ${layout.migProfile} does not exist on ${gpu.name}; its profiles are ${names}.` };
      // No profile chosen: the largest slice that still gives every replica its own instance.
      profile ??= [...gpu.migProfiles].filter((p) => p.slicesPerGpu >= n).sort((a, b) => b.memoryGB - a.memoryGB)[0];
      if (profile === undefined)
        return { ...fallback, problem: `No MIG profile of ${gpu.name} gives ${n} instances per GPU; its profiles are ${names}.` };
      const share = {
        capacityGB: profile.memoryGB,
        computeShare: Math.min(1, profile.memoryGB / gpu.memoryGB),
        replicasPerGpu: n,
        label: `MIG ${profile.name} on ${gpu.name}`,
      };
      if (n > profile.slicesPerGpu)
        return {
          ...share,
          problem: `MIG ${profile.name} gives ${profile.slicesPerGpu} instances per ${gpu.name}, not ${n} replicas per GPU.`,
        };
      if (layout.tensorParallel > 1 || layout.pipelineParallel > 1)
        return {
          ...share,
          problem:
            'MIG instances cannot be combined for tensor or pipeline parallelism: no NVLink / peer-to-peer between MIG instances (NVIDIA MIG user guide).',
        };
      return { ...share, problem: null };
    }
  }
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

// ---------------------------------------------------------------- layout rules (shared by findings and fixes)

export interface LayoutIssue {
  ruleId: 'vram.tp-needs-nvlink' | 'vram.pp-needs-infiniband' | 'vram.gpu-count-mismatch' | 'vram.tp-uneven-heads' | 'vram.mig-unsupported';
  message: string;
}

/** Structural problems of a layout on a SKU: each one makes the deployment impossible (error rules). */
export function layoutIssues(model: OpenModel, sku: VmSku, gpu: Gpu, layout: ServingLayout): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  const tp = layout.tensorParallel;
  const pp = layout.pipelineParallel;
  const perVm = gpusPerVm(sku);
  if (tp > 1 && tp > perVm)
    issues.push({
      ruleId: 'vram.tp-needs-nvlink',
      message: `Tensor parallel ${tp} needs ${tp} NVLink-connected GPUs inside one VM, but ${sku.id} has ${perVm}. Tensor parallelism stays inside a VM; span VMs with pipeline parallelism on an InfiniBand size.`,
    });
  else if (tp > 1 && !sku.nvlink)
    issues.push({
      ruleId: 'vram.tp-needs-nvlink',
      message: `Tensor parallel ${tp} on ${sku.id}, whose GPUs have no NVLink: every layer exchanges activations between GPUs over PCIe. Use an NVLink size (e.g. NC A100 v4 with 2 or 4 GPUs, ND-series).`,
    });
  if (pp > 1 && sku.infinibandGbps === null)
    issues.push({
      ruleId: 'vram.pp-needs-infiniband',
      message: `Pipeline parallel ${pp} spreads one replica over ${pp} VMs, but ${sku.id} has no InfiniBand. Use an ND-series size with InfiniBand, or fit the model in one VM (fewer bytes per parameter, more GPUs).`,
    });
  const totalGpus = layout.vmCount * perVm;
  if (tp * pp > totalGpus)
    issues.push({
      ruleId: 'vram.gpu-count-mismatch',
      message: `One replica needs TP ${tp} × PP ${pp} = ${tp * pp} GPUs, but the deployment has ${layout.vmCount} VM${layout.vmCount === 1 ? '' : 's'} × ${perVm} GPU${perVm === 1 ? '' : 's'} = ${totalGpus}.`,
    });
  if (tp > 1 && model.attentionHeads !== null && model.attentionHeads % tp !== 0)
    issues.push({
      ruleId: 'vram.tp-uneven-heads',
      message: `${model.name} has ${model.attentionHeads} attention heads, which tensor parallel ${tp} does not divide; vLLM refuses this layout.`,
    });
  else if (tp > 1 && model.kvHeads !== null && (model.kvHeads >= tp ? model.kvHeads % tp !== 0 : tp % model.kvHeads !== 0))
    issues.push({
      ruleId: 'vram.tp-uneven-heads',
      message: `${model.name} has ${model.kvHeads} KV heads, which tensor parallel ${tp} does not split evenly (vLLM needs KV heads divisible by TP, or TP divisible by KV heads).`,
    });
  const share = gpuShare(sku, gpu, layout);
  if (layout.gpuSharing === 'mig' && share.problem !== null) issues.push({ ruleId: 'vram.mig-unsupported', message: share.problem });
  return issues;
}

// ---------------------------------------------------------------- resolving a node against the catalog

export interface ResolvedServing {
  node: SelfHostedNode;
  model: OpenModel;
  sku: VmSku;
  gpu: Gpu;
  layout: ServingLayout;
  region: string | null;
}

/** Catalog rows of a self-hosted node, or the catalog.* findings saying which id is unknown. */
export function resolveServing(g: DesignGraph, node: SelfHostedNode): { resolved: ResolvedServing | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const label = nodeLabel(node);
  const model = getOpenModel(node.config.model);
  const sku = getVmSku(node.config.sku);
  if (!sku)
    findings.push(
      computeFinding('catalog.unknown-sku', {
        message: `${label}: VM size "${node.config.sku}" is not in the catalog, so its GPU memory is unknown. Pick a size from the list.`,
        nodeIds: [node.id],
      }),
    );
  if (!model)
    findings.push(
      computeFinding('catalog.unknown-model', {
        message: `${label}: model "${node.config.model}" is not in the catalog, so its size is unknown. Pick a model from the list.`,
        nodeIds: [node.id],
      }),
    );
  const gpu = sku ? getGpu(sku.gpuId) : undefined;
  if (sku && !gpu)
    findings.push(
      computeFinding('catalog.unknown-gpu', {
        message: `${label}: the GPU "${sku.gpuId}" of ${sku.id} is not in the catalog.`,
        nodeIds: [node.id],
      }),
    );
  if (!model || !sku || !gpu) return { resolved: null, findings };
  return { resolved: { node, model, sku, gpu, layout: layoutOf(node), region: g.regionOf.get(node.id) ?? null }, findings };
}

// ---------------------------------------------------------------- explanation

const gb = (bytes: number): string => bytesToGB(bytes).toFixed(2);
const int = (n: number): string => fmtInt(n);
const uniq = (xs: string[]): string[] => [...new Set(xs.filter((x) => x !== ''))];

function explainPlan(r: Pick<ResolvedServing, 'model' | 'sku' | 'gpu' | 'layout'>, plan: MemoryPlan, scenario: Scenario): Explanation {
  const { model, sku, gpu, layout } = r;
  const tp = layout.tensorParallel;
  const pp = layout.pipelineParallel;
  const bytes = BYTES_PER_PRECISION[layout.precision];
  const a = plan.arch;
  const kvLine = a
    ? `KV = 2 × ${Math.ceil(a.layers / pp)} layers × ${kvHeadsPerRank(a.kvHeads, tp)} KV heads (${a.kvHeads} ÷ TP ${tp}) × ${a.headDim} head_dim × ${plan.kvBytesPerElement} B = ${int(plan.kvBytesPerTokenPerGpu)} B/token × ${int(pagedTokens(plan.contextTokens))} tokens × ${scenario.concurrentSequences} sequences = ${gb(plan.kvBytesPerGpu)} GB`
    : 'KV = unknown (the catalog lacks layers / KV heads / head_dim for this model)';
  const actLine =
    model.hiddenSize !== null
      ? `activations = ${int(PROFILE_BATCH_TOKENS)} tokens × ${int(model.hiddenSize)} hidden × 2 B × (${ACTIVATION_MLP_HIDDEN_MULTIPLE} ÷ ${tp} + ${ACTIVATION_RESIDUAL_HIDDEN_MULTIPLE}) = ${gb(plan.activationBytes)} GB`
      : `activations = ${ACTIVATION_FALLBACK_GB} GB (assumption: hidden size unknown)`;
  const verdict = plan.fits ? 'fits' : 'does not fit';
  return {
    formula:
      'per GPU: weights = parameters × bytes/param ÷ (TP × PP); KV = 2 × layers ÷ PP × ⌈KV heads ÷ TP⌉ × head_dim × bytes × context tokens (16-token pages) × concurrent sequences; ' +
      'overhead = CUDA/framework (assumption 1 GB) + activation peak (assumption); usable = capacity × gpu_memory_utilization; fits when weights + KV + overhead ≤ usable; ' +
      'max sequences = ⌊(usable − weights − overhead) ÷ KV per sequence⌋ (paged) or ÷ KV at max context (contiguous)',
    substituted: [
      `weights = ${int(model.parameters)} × ${bytes} B ÷ (${tp} × ${pp}) = ${gb(plan.weightsBytesPerGpu)} GB`,
      kvLine,
      `overhead = ${CUDA_OVERHEAD_GB.toFixed(2)} GB + ${actLine} → ${gb(plan.overheadBytesPerGpu)} GB`,
      `capacity = ${plan.share.label}: ${plan.capacityGBPerGpu.toFixed(2)} GB (${sku.id}: ${sku.gpuMemoryGB} GB ÷ ${gpusPerVm(sku)} GPU); usable = ${plan.capacityGBPerGpu.toFixed(2)} × ${layout.gpuMemoryUtilization} = ${plan.usableGBPerGpu.toFixed(2)} GB`,
      `required = ${gb(plan.requiredBytesPerGpu)} GB of ${plan.usableGBPerGpu.toFixed(2)} GB usable → ${verdict}; utilization ${(plan.utilization * 100).toFixed(1)}% of capacity`,
      `max sequences at ${int(plan.contextTokens)} tokens = ${plan.maxConcurrentSequences} (paged), ${plan.maxConcurrentSequencesContiguous} reserving ${int(plan.maxContextTokens)} tokens each (contiguous)`,
      `GPU ${gpu.name}; capacity uses Microsoft's listed GB (10^9 B) figure, conservative against the physical GiB`,
    ].join('; '),
    sources: uniq([model.source, sku.source, gpu.source, 'seed 9.3', 'seed 9.4', 'facts §1.4', 'facts §2.1', 'facts §2.4', 'facts §2.5']),
  };
}

// ---------------------------------------------------------------- fixes

type FixCategory = 'sharing' | 'parallelism' | 'sku' | 'kv' | 'precision' | 'sku-precision';
/** On a price tie, changes that keep model quality come first. */
const CATEGORY_ORDER: Record<FixCategory, number> = { sharing: 0, parallelism: 1, sku: 2, kv: 3, precision: 4, 'sku-precision': 5 };

interface Candidate {
  category: FixCategory;
  sku: VmSku;
  gpu: Gpu;
  layout: ServingLayout;
  config: Record<string, unknown>;
  vmCountBilled: number;
  what: string;
}

const POWERS_OF_TWO = [1, 2, 4, 8, 16];
/** Lower precisions to try, highest first (seed 9.10: quantization trades a little quality for memory). */
const LOWER_PRECISIONS: Record<Precision, Precision[]> = {
  fp32: ['bf16', 'fp8', 'int8', 'int4'],
  fp16: ['fp8', 'int8', 'int4'],
  bf16: ['fp8', 'int8', 'int4'],
  fp8: ['int8', 'int4'],
  int8: ['int4'],
  int4: [],
};

/** A layout on a SKU is viable when it has no structural issue and holds the scenario's concurrency. */
function viable(model: OpenModel, sku: VmSku, gpu: Gpu, layout: ServingLayout, scenario: Scenario): MemoryPlan | null {
  if (layoutIssues(model, sku, gpu, layout).length > 0) return null;
  const plan = planServingMemory(model, sku, gpu, layout, scenario);
  return plan.fits && plan.arch !== null ? plan : null;
}

/** The smallest tensor-parallel size (power of two, within one NVLink VM) that makes the model fit on `sku`. */
export function smallestFittingTensorParallel(
  model: OpenModel,
  sku: VmSku,
  gpu: Gpu,
  base: ServingLayout,
  scenario: Scenario,
): { tensorParallel: number; plan: MemoryPlan } | null {
  for (const tp of POWERS_OF_TWO) {
    if (tp > gpusPerVm(sku)) break;
    if (tp > 1 && !sku.nvlink) break;
    const layout = { ...base, tensorParallel: tp, pipelineParallel: 1, vmCount: Math.max(1, base.vmCount) };
    const plan = viable(model, sku, gpu, layout, scenario);
    if (plan) return { tensorParallel: tp, plan };
  }
  return null;
}

function candidates(r: ResolvedServing, scenario: Scenario): Candidate[] {
  const { node, model, sku, gpu, layout } = r;
  const billed = billedVmCount(node);
  const out: Candidate[] = [];
  const push = (c: Omit<Candidate, 'gpu' | 'sku'> & { sku?: VmSku; gpu?: Gpu }) => out.push({ sku, gpu, ...c });

  // Sharing: give each replica a whole GPU.
  if (node.kind === 'aks-gpu-pool' && layout.gpuSharing !== 'dedicated') {
    push({
      category: 'sharing',
      layout: { ...layout, gpuSharing: 'dedicated', replicasPerGpu: 1 },
      config: { gpuSharing: 'dedicated', replicasPerGpu: 1 },
      vmCountBilled: billed,
      what: 'give each replica a whole GPU (GPU sharing: dedicated)',
    });
  }
  // Parallelism on the same SKU: more GPUs of the VM per replica.
  if (layout.gpuSharing === 'dedicated' && sku.nvlink) {
    for (const tp of POWERS_OF_TWO.filter((t) => t > layout.tensorParallel && t <= gpusPerVm(sku))) {
      push({
        category: 'parallelism',
        layout: { ...layout, tensorParallel: tp },
        config: { tensorParallel: tp },
        vmCountBilled: billed,
        what: `spread each replica over ${tp} NVLink GPUs of the same VM (tensor parallel ${tp})`,
      });
    }
  }
  // Lower weight precision on the same hardware.
  for (const p of LOWER_PRECISIONS[layout.precision]) {
    if (p === 'fp8' && !gpu.fp8) continue;
    push({
      category: 'precision',
      layout: { ...layout, precision: p },
      config: { precision: p },
      vmCountBilled: billed,
      what: `quantize the weights to ${p.toUpperCase()} (${BYTES_PER_PRECISION[p]} B/parameter; check quality)`,
    });
  }
  // FP8 KV cache (halves the cache; needs FP8 hardware).
  if (gpu.fp8 && layout.kvCachePrecision !== 'fp8') {
    push({
      category: 'kv',
      layout: { ...layout, kvCachePrecision: 'fp8' },
      config: { kvCachePrecision: 'fp8' },
      vmCountBilled: billed,
      what: 'store the KV cache in FP8 (halves it)',
    });
  }
  // Other SKUs (and the same SKU with lower precision and more GPUs): one VM per replica, dedicated GPUs,
  // the highest precision (current or lower) that fits, at the smallest TP that fits.
  const base: ServingLayout = { ...layout, gpuSharing: 'dedicated', replicasPerGpu: 1, pipelineParallel: 1 };
  for (const other of VM_SKUS) {
    if (other.retired !== null || !offeredIn(other, r.region)) continue;
    const otherGpu = getGpu(other.gpuId);
    if (!otherGpu) continue;
    for (const p of [layout.precision, ...LOWER_PRECISIONS[layout.precision]]) {
      if (p === 'fp8' && !otherGpu.fp8) continue;
      if (other.id === sku.id && p === layout.precision) continue; // covered by 'parallelism'
      const best = smallestFittingTensorParallel(model, other, otherGpu, { ...base, precision: p }, scenario);
      if (!best) continue;
      const config: Record<string, unknown> = { sku: other.id, tensorParallel: best.tensorParallel, pipelineParallel: 1 };
      if (p !== layout.precision) config.precision = p;
      if (node.kind === 'aks-gpu-pool' && layout.gpuSharing !== 'dedicated')
        Object.assign(config, { gpuSharing: 'dedicated', replicasPerGpu: 1 });
      const tpText = best.tensorParallel > 1 ? `, tensor parallel ${best.tensorParallel}` : '';
      const pText = p !== layout.precision ? `, weights in ${p.toUpperCase()} (check quality)` : '';
      push({
        category: other.id === sku.id ? 'precision' : p === layout.precision ? 'sku' : 'sku-precision',
        sku: other,
        gpu: otherGpu,
        layout: { ...base, precision: p, tensorParallel: best.tensorParallel },
        config,
        vmCountBilled: billed,
        what:
          other.id === sku.id
            ? [
                `quantize the weights to ${p.toUpperCase()} (check quality)`,
                best.tensorParallel !== layout.tensorParallel ? `tensor parallel ${best.tensorParallel}` : '',
                layout.gpuSharing !== 'dedicated' ? 'a whole GPU per replica' : '',
              ]
                .filter((x) => x !== '')
                .join(', ')
            : `move to ${other.id} (${gpusPerVm(other)} × ${otherGpu.name}${tpText}${pText})`,
      });
      break; // the highest precision that fits on this SKU; lower ones cost the same
    }
  }
  // Pipeline parallelism across InfiniBand VMs, for models no single VM holds (not for ML endpoints,
  // whose instances are independent replicas).
  if (node.kind !== 'ml-online-endpoint') {
    for (const other of VM_SKUS) {
      if (other.retired !== null || other.infinibandGbps === null || !other.nvlink || !offeredIn(other, r.region)) continue;
      const otherGpu = getGpu(other.gpuId);
      if (!otherGpu) continue;
      for (const pp of [2, 3, 4]) {
        const tp = gpusPerVm(other);
        const vmCount = Math.max(layout.vmCount, pp);
        const config: Record<string, unknown> = { sku: other.id, tensorParallel: tp, pipelineParallel: pp };
        let vmCountBilled = billed;
        if (node.kind === 'gpu-vm') {
          vmCountBilled = Math.max(node.config.count, pp);
          config.count = vmCountBilled;
        } else if (node.kind === 'aks-gpu-pool') {
          config.maxNodes = Math.max(node.config.maxNodes, pp);
          if (node.config.minNodes > 0) config.minNodes = Math.max(node.config.minNodes, pp);
          vmCountBilled = Math.max(1, node.config.minNodes > 0 ? Math.max(node.config.minNodes, pp) : 0);
          if (layout.gpuSharing !== 'dedicated') Object.assign(config, { gpuSharing: 'dedicated', replicasPerGpu: 1 });
        }
        push({
          category: 'sku',
          sku: other,
          gpu: otherGpu,
          layout: { ...base, tensorParallel: tp, pipelineParallel: pp, vmCount },
          config,
          vmCountBilled,
          what: `run each replica on ${pp} × ${other.id} over InfiniBand (tensor parallel ${tp} × pipeline parallel ${pp})`,
        });
      }
    }
  }
  return out;
}

/**
 * Fixes depend only on the node's kind, settings, layout, region and the scenario's memory-relevant fields, so
 * identical nodes (common in generated and copied designs) share one search. The catalog is static, so
 * this memo cannot go stale; it is bounded and cleared when full.
 */
const FIX_MEMO_MAX = 512;
const fixMemo = new Map<string, Fix[]>();

/**
 * The cheapest changes that make the node fit the scenario (weights, KV for its concurrency and overhead
 * inside the usable memory), each checked with the same functions: lower precision, other VM sizes, more
 * GPUs per replica. Best of each kind, cheapest first, at most `limit`. `deltaUsdPerMonth` is the PAYG
 * price change in the node's region (eastus when unplaced) at the billed VM count, 730 h/month.
 */
function fixesFor(r: ResolvedServing, scenario: Scenario, limit: number): Fix[] {
  const key = JSON.stringify([r.node.kind, r.node.config, r.layout, r.region, scenario.contextTokens, scenario.concurrentSequences, limit]);
  let fixes = fixMemo.get(key);
  if (fixes === undefined) {
    fixes = searchFixes(r, scenario, limit);
    if (fixMemo.size >= FIX_MEMO_MAX) fixMemo.clear();
    fixMemo.set(key, fixes);
  }
  // Patches name the node: copy them for this node, so callers may mutate the result freely.
  return fixes.map((f) => ({ ...f, ...(f.patch ? { patch: { nodeId: r.node.id, config: { ...f.patch.config } } } : {}) }));
}

function searchFixes(r: ResolvedServing, scenario: Scenario, limit: number): Fix[] {
  const currentPrice = paygUsdPerHour(r.sku, r.region);
  const currentMonthly = currentPrice !== undefined ? currentPrice * billedVmCount(r.node) * HOURS_PER_MONTH : undefined;
  const ranked: { fix: Fix; category: FixCategory; delta: number | undefined; order: number }[] = [];
  let order = 0;
  for (const c of candidates(r, scenario)) {
    const plan = viable(r.model, c.sku, c.gpu, c.layout, scenario);
    if (!plan) continue;
    const price = paygUsdPerHour(c.sku, r.region);
    let delta: number | undefined;
    if (c.sku.id === r.sku.id && c.vmCountBilled === billedVmCount(r.node)) delta = 0;
    else if (price !== undefined && currentMonthly !== undefined) delta = price * c.vmCountBilled * HOURS_PER_MONTH - currentMonthly;
    const fix: Fix = {
      description: `${c.what[0]?.toUpperCase() ?? ''}${c.what.slice(1)}: needs ${gb(plan.requiredBytesPerGpu)} of ${plan.usableGBPerGpu.toFixed(2)} GB usable per GPU, room for ${plan.maxConcurrentSequences} sequences at ${fmtInt(plan.contextTokens)} tokens.`,
      patch: { nodeId: r.node.id, config: c.config },
    };
    if (delta !== undefined) fix.deltaUsdPerMonth = Math.round(delta * 100) / 100;
    ranked.push({ fix, category: c.category, delta, order: order++ });
  }
  const byPrice = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    (a.delta ?? Infinity) - (b.delta ?? Infinity) || CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] || a.order - b.order;
  ranked.sort(byPrice);
  // Best of each kind first (variety), then fill with the next cheapest.
  const picked: typeof ranked = [];
  const seen = new Set<FixCategory>();
  for (const x of ranked) {
    if (seen.has(x.category)) continue;
    seen.add(x.category);
    picked.push(x);
  }
  const chosen = picked.sort(byPrice).slice(0, limit);
  for (const x of ranked) if (chosen.length < limit && !chosen.includes(x)) chosen.push(x);
  return chosen.sort(byPrice).map((x) => x.fix);
}

// ---------------------------------------------------------------- the node check

function toVramFit(r: ResolvedServing, plan: MemoryPlan, scenario: Scenario): VramFit {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    nodeId: r.node.id,
    kind: r.node.kind,
    modelId: r.model.id,
    skuId: r.sku.id,
    precision: r.layout.precision,
    gpusPerReplica: plan.gpusPerReplica,
    replicas: plan.replicas,
    weightsGBPerGpu: round(bytesToGB(plan.weightsBytesPerGpu)),
    kvCacheGBPerGpu: round(bytesToGB(plan.kvBytesPerGpu)),
    overheadGBPerGpu: round(bytesToGB(plan.overheadBytesPerGpu)),
    requiredGBPerGpu: round(bytesToGB(plan.requiredBytesPerGpu)),
    capacityGBPerGpu: round(plan.capacityGBPerGpu),
    usableGBPerGpu: round(plan.usableGBPerGpu),
    fits: plan.fits,
    utilization: plan.utilization,
    kvBytesPerToken: plan.kvBytesPerTokenPerGpu,
    maxConcurrentSequences: plan.maxConcurrentSequences,
    maxConcurrentSequencesContiguous: plan.maxConcurrentSequencesContiguous,
    sequencesByContext: plan.sequencesByContext,
    explanation: explainPlan(r, plan, scenario),
  };
}

/**
 * GPUs without BF16 tensor cores are pre-Ampere (V100, T4, M60): vLLM's FP8 Marlin weight-only kernels
 * are listed for Ampere, Ada and Hopper (docs.vllm.ai "Supported Hardware" for quantization), so FP8
 * there is an error; Ampere (A100, A10) runs FP8 weight-only (W8A16), a warning.
 */
const noFp8Path = (gpu: Gpu): boolean => !gpu.fp8 && gpu.denseBf16Tflops === null;

export interface VramCheck {
  fit: VramFit | null;
  findings: Finding[];
  /** The plan behind `fit` (null when catalog ids are unknown), for the performance model. */
  plan: MemoryPlan | null;
  resolved: ResolvedServing | null;
}

/** VRAM fit and the vram.* / catalog.* findings of one self-hosted node. */
export function vramCheckNode(g: DesignGraph, node: DesignNode, scenario: Scenario): VramCheck {
  if (!isSelfHostedNode(node)) return { fit: null, findings: [], plan: null, resolved: null };
  const { resolved: r, findings } = resolveServing(g, node);
  if (!r) return { fit: null, findings, plan: null, resolved: null };
  const { model, sku, gpu, layout } = r;
  const label = nodeLabel(node);
  const nodeIds = [node.id];
  const plan = planServingMemory(model, sku, gpu, layout, scenario);
  const fit = toVramFit(r, plan, scenario);
  const sources = [model.source, sku.source, gpu.source].join(', ');

  if (plan.arch === null)
    findings.push(
      computeFinding('catalog.model-architecture-unknown', {
        message: `${label}: the catalog lacks ${model.name}'s layers / KV heads / head size, so the KV cache is left out and concurrency is not computed.`,
        nodeIds,
        basis: model.source,
      }),
    );

  for (const issue of layoutIssues(model, sku, gpu, layout))
    findings.push(computeFinding(issue.ruleId, { message: `${label}: ${issue.message}`, nodeIds, basis: sku.source }));

  if ((layout.precision === 'fp8' || layout.kvCachePrecision === 'fp8') && !gpu.fp8) {
    const what = layout.precision === 'fp8' ? 'FP8 weights' : 'an FP8 KV cache';
    findings.push(
      noFp8Path(gpu)
        ? computeFinding('vram.fp8-unsupported', {
            message: `${label}: ${what} on ${gpu.name}, which has no FP8 support (vLLM's FP8 weight-only kernels need Ampere or later). Use BF16/FP16, INT8 or INT4 weights.`,
            nodeIds,
            severity: 'error',
            basis: gpu.source,
          })
        : computeFinding('vram.fp8-unsupported', {
            message: `${label}: ${what} on ${gpu.name}, which has no FP8 tensor cores. vLLM runs FP8 checkpoints there weight-only (W8A16, FP8 Marlin): the memory saving holds, compute stays BF16/FP16.`,
            nodeIds,
            basis: gpu.source,
          }),
    );
  }

  const configMax = layout.maxContextTokens;
  if (model.maxContextTokens !== null && configMax !== undefined && configMax > model.maxContextTokens)
    findings.push(
      computeFinding('vram.context-over-max', {
        message: `${label}: max context ${fmtInt(configMax)} tokens is above ${model.name}'s maximum of ${fmtInt(model.maxContextTokens)}; the engine will refuse it. Computed at ${fmtInt(model.maxContextTokens)}.`,
        nodeIds,
        basis: model.source,
      }),
    );
  if (scenario.contextTokens > plan.maxContextTokens)
    findings.push(
      computeFinding('vram.context-over-max', {
        message: `${label}: the scenario's context of ${fmtInt(scenario.contextTokens)} tokens is above this deployment's maximum of ${fmtInt(plan.maxContextTokens)} (${configMax !== undefined && configMax < plan.modelMaxContextTokens ? 'max context setting' : `${model.name}'s limit`}); longer requests are rejected. Memory is computed at ${fmtInt(plan.maxContextTokens)}.`,
        nodeIds,
        basis: model.source,
      }),
    );

  if (layout.gpuSharing === 'time-slicing' && layout.replicasPerGpu > 1)
    findings.push(
      computeFinding('vram.time-slicing-no-isolation', {
        message: `${label}: ${layout.replicasPerGpu} replicas time-share each GPU without memory isolation: one replica's KV cache growth can run another out of memory, and latency is unpredictable. Each is counted with ${plan.capacityGBPerGpu.toFixed(1)} GB. Use MIG for isolation, or dedicated GPUs.`,
        nodeIds,
      }),
    );

  const weightsAndOverheadFit = plan.kvBudgetBytesPerGpu >= 0;
  if (!plan.fits && (plan.maxConcurrentSequences === 0 || plan.arch === null)) {
    const why = !weightsAndOverheadFit
      ? `weights (${gb(plan.weightsBytesPerGpu)} GB) and overhead (${gb(plan.overheadBytesPerGpu)} GB) alone exceed the ${plan.usableGBPerGpu.toFixed(2)} GB usable per GPU`
      : `after weights and overhead only ${gb(plan.kvBudgetBytesPerGpu)} GB per GPU is left, less than one sequence's KV cache at ${fmtInt(plan.contextTokens)} tokens (${gb(plan.kvBytesPerSequencePerGpu)} GB)`;
    findings.push(
      computeFinding('vram.does-not-fit', {
        message: `${label}: ${model.name} in ${layout.precision.toUpperCase()} does not fit on ${sku.id}: needs ${gb(plan.requiredBytesPerGpu)} GB per GPU, ${plan.usableGBPerGpu.toFixed(2)} GB usable (${plan.capacityGBPerGpu.toFixed(2)} × ${layout.gpuMemoryUtilization}); ${why}. The process would stop with out-of-memory.`,
        nodeIds,
        fixes: fixesFor(r, scenario, 3),
        basis: sources,
      }),
    );
  } else if (plan.arch !== null && scenario.concurrentSequences > plan.maxConcurrentSequences) {
    findings.push(
      computeFinding('vram.concurrency-short', {
        message: `${label}: the KV cache holds ${plan.maxConcurrentSequences} sequences of ${fmtInt(plan.contextTokens)} tokens per replica (paged), the scenario needs ${scenario.concurrentSequences}; the rest queue or get preempted. Needs ${gb(plan.requiredBytesPerGpu)} of ${plan.usableGBPerGpu.toFixed(2)} GB usable per GPU.`,
        nodeIds,
        fixes: fixesFor(r, scenario, 3),
        basis: sources,
      }),
    );
  } else {
    const engineReserve = layout.engine === 'vllm' || layout.engine === 'sglang' ? layout.gpuMemoryUtilization : 0;
    if (plan.utilization > TARGETS.vramUtilization || engineReserve > TARGETS.vramUtilization)
      findings.push(
        computeFinding('vram.over-target', {
          message:
            plan.utilization > TARGETS.vramUtilization
              ? `${label}: uses ${(plan.utilization * 100).toFixed(0)}% of GPU memory, above the 90% target: little headroom for longer prompts or bursts.`
              : `${label}: the engine reserves ${(layout.gpuMemoryUtilization * 100).toFixed(0)}% of GPU memory (gpu_memory_utilization ${layout.gpuMemoryUtilization}), above the 90% target.`,
          nodeIds,
          fixes: planServingMemory(model, sku, gpu, { ...layout, gpuMemoryUtilization: 0.9 }, scenario).fits
            ? [
                {
                  description: 'Set gpu_memory_utilization to 0.9 (vLLM default); the scenario still fits.',
                  patch: { nodeId: node.id, config: { gpuMemoryUtilization: 0.9 } },
                },
              ]
            : fixesFor({ ...r, layout: { ...layout, gpuMemoryUtilization: 0.9 } }, scenario, 3).map((f) => ({
                ...f,
                description: `${f.description} (with gpu_memory_utilization 0.9)`,
                ...(f.patch ? { patch: { ...f.patch, config: { ...f.patch.config, gpuMemoryUtilization: 0.9 } } } : {}),
              })),
        }),
      );
  }
  return { fit, findings, plan, resolved: r };
}

/** The memory plan of a self-hosted node without findings or fixes (for the speed model); null when unresolved. */
export function servingPlanForNode(
  g: DesignGraph,
  node: DesignNode,
  scenario: Scenario,
): { resolved: ResolvedServing; plan: MemoryPlan } | null {
  if (!isSelfHostedNode(node)) return null;
  const { resolved } = resolveServing(g, node);
  if (!resolved) return null;
  return { resolved, plan: planServingMemory(resolved.model, resolved.sku, resolved.gpu, resolved.layout, scenario) };
}

/** The VRAM fit of a self-hosted node, or null for other kinds and unknown catalog ids. */
export function vramFitForNode(g: DesignGraph, node: DesignNode, scenario: Scenario): VramFit | null {
  return vramCheckNode(g, node, scenario).fit;
}
