/**
 * How a self-hosted deployment (GPU VM, AKS GPU pool, Azure ML online endpoint) lays a model out on its
 * VMs: the node's settings as a ServingLayout, the part of a GPU one replica gets (dedicated, MIG slice,
 * time-sliced or MPS share), the structural rules of tensor / pipeline parallelism, and the node's
 * catalog rows. Pure: catalog look-ups only.
 */
import { nodeHas, type KindWith } from '../../catalog/components';
import { getGpu, getOpenModel, getVmSku } from '../../catalog/index';
import type { Gpu, OpenModel, VmSku } from '../../catalog/types';
import type { NodeOfKind, DesignNode } from '../../design/schema';
import type { Precision, ServingEngine } from '../../design/node-configs';
import { nodeLabel } from '../../design/node-label';
import type { DesignGraph } from '../graph';
import { DEFAULT_PRICE_REGION } from '../prices';
import { computeFinding } from '../rules-compute';
import type { Finding } from '../types';

// ---------------------------------------------------------------- nodes and layouts

export type SelfHostedNode = NodeOfKind<KindWith<'selfHostedModel'>>;

export const isSelfHostedNode = (n: DesignNode): n is SelfHostedNode => nodeHas(n, 'selfHostedModel');

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
  /** vLLM engine settings (used when engine is vLLM); undefined batch sizes = vLLM's defaults for the GPU. */
  engineSettings: EngineSettings;
}

/** The vLLM settings a node carries (node-configs.ts, with vLLM's defaults). */
export interface EngineSettings {
  vllmRelease: number;
  enforceEager: boolean;
  chunkedPrefill: boolean;
  maxNumBatchedTokens: number | undefined;
  maxNumSeqs: number | undefined;
  kvBlockSize: number;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  vllmRelease: 19,
  enforceEager: false,
  chunkedPrefill: true,
  maxNumBatchedTokens: undefined,
  maxNumSeqs: undefined,
  kvBlockSize: 16,
};

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
  engineSettings: DEFAULT_ENGINE_SETTINGS,
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
    engineSettings: {
      vllmRelease: c.vllmRelease,
      enforceEager: c.enforceEager,
      chunkedPrefill: c.chunkedPrefill,
      maxNumBatchedTokens: c.maxNumBatchedTokens,
      maxNumSeqs: c.maxNumSeqs,
      kvBlockSize: c.kvBlockSize,
    },
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
