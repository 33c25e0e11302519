/**
 * Re-fitting a self-hosted model on another GPU family or weights precision: every VM size of the family at
 * every tensor-parallel size the VM allows (and pipeline parallelism over InfiniBand VMs), keeping the
 * model replicas (node counts are re-sized to hold them), asking `evaluate` which layouts work and picking
 * the cheapest by the node's monthly cost. To stay quick on a click (npm run bench), layouts whose weights
 * alone exceed a GPU are skipped, and each VM size stops at its first layout that fits.
 */
import { getGpu, getOpenModel, getVmSku, VM_SKUS, type Gpu, type VmSku } from '../catalog';
import { nodeUsdPerMonth } from '../calc/cost/node-cost';
import { evaluate } from '../calc/evaluate';
import type { Report } from '../calc/types';
import { BYTES_PER_PRECISION, bytesToGB } from '../calc/units';
import { indexNodes } from '../design/geometry';
import type { Precision } from '../design/node-configs';
import type { Design, DesignNode } from '../design/schema';
import { errorsOn, findNode, isServing, nodeName, replaceNode, type ServingNode, type TradeoffResult } from './switch';

/** A GPU family: the GPUs sharing a name stem in the catalog (A100 40GB/80GB, H100 SXM/NVL, …). */
export interface GpuFamily {
  id: string;
  name: string;
  gpuIds: string[];
  /** VM sizes of the family in service (not retired). */
  skuIds: string[];
}

/** The family of a catalog GPU id: its stem before the first dash (`a100-80gb-pcie` → `a100`). */
export const gpuFamilyId = (gpuId: string): string => gpuId.split('-')[0] ?? gpuId;

/** GPU families with at least one VM size in service, in catalog order. */
export function gpuFamilies(): GpuFamily[] {
  const out = new Map<string, GpuFamily>();
  for (const sku of VM_SKUS) {
    if (sku.retired !== null) continue;
    const gpu = getGpu(sku.gpuId);
    if (!gpu) continue;
    const id = gpuFamilyId(gpu.id);
    const fam = out.get(id) ?? { id, name: familyName(gpu), gpuIds: [], skuIds: [] };
    if (!fam.gpuIds.includes(gpu.id)) fam.gpuIds.push(gpu.id);
    fam.skuIds.push(sku.id);
    out.set(id, fam);
  }
  return [...out.values()];
}

/** "NVIDIA A100 80GB PCIe" → "A100". */
const familyName = (gpu: Gpu): string => gpu.name.replace(/^(NVIDIA|AMD)\s+(Tesla\s+|Instinct\s+)?/, '').split(/\s+/)[0] ?? gpu.id;

/** The GPU family of a self-hosted node's VM size, or null for other nodes and unknown sizes. */
export function gpuFamilyOfNode(design: Design, nodeId: string): string | null {
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node || !isServing(node)) return null;
  const sku = getVmSku(node.config.sku);
  return sku ? gpuFamilyId(sku.gpuId) : null;
}

/** Whole GPUs in a VM; a partial-GPU size counts as one device (as the VRAM check counts them). */
const gpusPerVm = (sku: VmSku): number => (sku.gpuCount >= 1 ? Math.round(sku.gpuCount) : 1);

const POWERS_OF_TWO = [1, 2, 4, 8, 16];

/** Replicas per GPU and the sharing layout a node keeps, or dedicated GPUs. */
interface Sharing {
  gpuSharing: 'dedicated' | 'mig' | 'time-slicing' | 'mps';
  replicasPerGpu: number;
  migProfile: string | undefined;
}

function sharingOf(node: ServingNode): Sharing {
  if (node.kind !== 'aks-gpu-pool' || node.config.gpuSharing === 'dedicated')
    return { gpuSharing: 'dedicated', replicasPerGpu: 1, migProfile: undefined };
  return { gpuSharing: node.config.gpuSharing, replicasPerGpu: node.config.replicasPerGpu, migProfile: node.config.migProfile };
}

/** The same sharing on another GPU: a MIG profile of the same name, else the largest one giving as many instances. */
function sharingOn(s: Sharing, gpu: Gpu): Sharing | null {
  if (s.gpuSharing !== 'mig') return s;
  if (gpu.migProfiles.length === 0) return null;
  if (s.migProfile !== undefined && gpu.migProfiles.some((p) => p.name === s.migProfile)) return s;
  const profile = [...gpu.migProfiles].filter((p) => p.slicesPerGpu >= s.replicasPerGpu).sort((a, b) => b.memoryGB - a.memoryGB)[0];
  return profile ? { ...s, migProfile: profile.name } : null;
}

/** VM counts a node has: [field, value] pairs (AKS has two). */
function vmCounts(node: ServingNode): { field: 'count' | 'instances' | 'minNodes' | 'maxNodes'; vms: number; min: number }[] {
  switch (node.kind) {
    case 'gpu-vm':
      return [{ field: 'count', vms: node.config.count, min: 1 }];
    case 'ml-online-endpoint':
      return [{ field: 'instances', vms: node.config.instances, min: 1 }];
    case 'aks-gpu-pool':
      return [
        { field: 'minNodes', vms: node.config.minNodes, min: 0 },
        { field: 'maxNodes', vms: Math.max(node.config.maxNodes, node.config.minNodes), min: 1 },
      ];
  }
}

/** Model replicas `vms` VMs hold: ⌊VMs × GPUs per VM × replicas per GPU ÷ (TP × PP)⌋, as the VRAM check counts them. */
const replicasOn = (vms: number, sku: VmSku, rpg: number, tp: number, pp: number): number =>
  Math.floor((vms * gpusPerVm(sku) * rpg) / (tp * pp));

/** VMs needed for `replicas` replicas: the inverse, at least PP for one replica spanning VMs. */
function vmsFor(replicas: number, sku: VmSku, rpg: number, tp: number, pp: number): number {
  if (replicas <= 0) return 0;
  return Math.max(pp, Math.ceil((replicas * tp * pp) / (gpusPerVm(sku) * rpg)));
}

interface Layout {
  sku: VmSku;
  gpu: Gpu;
  tp: number;
  pp: number;
  sharing: Sharing;
}

function layoutsOn(node: ServingNode, sku: VmSku, gpu: Gpu, sharing: Sharing): Layout[] {
  const out: Layout[] = [];
  const shared = sharing.gpuSharing !== 'dedicated' ? sharingOn(sharing, gpu) : null;
  if (shared) out.push({ sku, gpu, tp: 1, pp: 1, sharing: shared });
  const dedicated: Sharing = { gpuSharing: 'dedicated', replicasPerGpu: 1, migProfile: undefined };
  for (const tp of POWERS_OF_TWO) {
    if (tp > gpusPerVm(sku) || (tp > 1 && !sku.nvlink)) break;
    out.push({ sku, gpu, tp, pp: 1, sharing: dedicated });
  }
  // Pipeline parallelism over InfiniBand VMs, for models no single VM holds (ML endpoint instances are independent).
  if (node.kind !== 'ml-online-endpoint' && sku.infinibandGbps !== null && sku.nvlink)
    for (const pp of [2, 3, 4]) out.push({ sku, gpu, tp: gpusPerVm(sku), pp, sharing: dedicated });
  return out;
}

/** The node with a layout applied, keeping the replicas it had. */
function applyLayout(node: ServingNode, layout: Layout, precision: Precision): ServingNode {
  const oldSku = getVmSku(node.config.sku);
  const old = sharingOf(node);
  const counts: Record<string, number> = {};
  for (const c of vmCounts(node)) {
    const replicas = oldSku
      ? replicasOn(c.vms, oldSku, old.replicasPerGpu, node.config.tensorParallel, node.config.pipelineParallel)
      : c.vms;
    counts[c.field] = Math.max(
      c.min,
      vmsFor(Math.max(c.min === 0 && c.vms === 0 ? 0 : 1, replicas), layout.sku, layout.sharing.replicasPerGpu, layout.tp, layout.pp),
    );
  }
  const kvCachePrecision = node.config.kvCachePrecision === 'fp8' && !layout.gpu.fp8 ? 'auto' : node.config.kvCachePrecision;
  const base = { ...node.config, sku: layout.sku.id, precision, tensorParallel: layout.tp, pipelineParallel: layout.pp, kvCachePrecision };
  switch (node.kind) {
    case 'gpu-vm':
      return { ...node, config: { ...base, count: counts.count ?? node.config.count } } as ServingNode;
    case 'ml-online-endpoint':
      return { ...node, config: { ...base, instances: counts.instances ?? node.config.instances } } as ServingNode;
    case 'aks-gpu-pool': {
      const minNodes = counts.minNodes ?? node.config.minNodes;
      const maxNodes = Math.max(minNodes, 1, counts.maxNodes ?? node.config.maxNodes);
      const config = {
        ...base,
        minNodes,
        maxNodes,
        gpuSharing: layout.sharing.gpuSharing,
        replicasPerGpu: layout.sharing.replicasPerGpu,
        migProfile: layout.sharing.migProfile,
      };
      if (config.migProfile === undefined) delete (config as { migProfile?: string }).migProfile;
      return { ...node, config } as ServingNode;
    }
  }
}

/** The node and its enclosing groups only: enough for `evaluate` to judge the node's fit, region and cost fast. */
function alone(design: Design, node: DesignNode): Design {
  const byId = indexNodes(design);
  const keep: DesignNode[] = [node];
  let cur = node.parentId !== undefined ? byId.get(node.parentId) : undefined;
  while (cur) {
    keep.unshift(cur);
    cur = cur.parentId !== undefined ? byId.get(cur.parentId) : undefined;
  }
  return { ...design, nodes: keep, edges: [] };
}

/** A node's monthly cost for ranking layouts: a layout with an unpriced line ranks last. */
const rankUsd = (report: Report, nodeId: string): number => {
  const c = nodeUsdPerMonth(report.cost, nodeId);
  return c.unpricedLines > 0 ? Infinity : c.usd;
};

function describeLayout(n: ServingNode): string {
  const c = n.config;
  const counts =
    n.kind === 'aks-gpu-pool' ? `${c.sku} × ${n.config.minNodes}-${n.config.maxNodes} nodes` : `${vmCounts(n)[0]?.vms ?? 1} × ${c.sku}`;
  const parallel = [
    c.tensorParallel > 1 ? `tensor parallel ${c.tensorParallel}` : '',
    c.pipelineParallel > 1 ? `pipeline parallel ${c.pipelineParallel}` : '',
  ]
    .filter((x) => x !== '')
    .join(', ');
  const sharing =
    n.kind === 'aks-gpu-pool' && n.config.gpuSharing === 'mig'
      ? `, MIG ${n.config.migProfile ?? ''} × ${n.config.replicasPerGpu} per GPU`
      : '';
  return `${counts}, ${c.precision.toUpperCase()}${parallel ? `, ${parallel}` : ''}${sharing}`;
}

/**
 * Re-fit a self-hosted node onto `skus` at `precision`: the cheapest layout that adds no error finding
 * to the node (VRAM fit, layout rules, region offer) and still holds the scenario's concurrent sequences
 * when it did before, keeping its replicas.
 */
/** The node holds the scenario's sequences: its VRAM verdict is neither does-not-fit nor concurrency-short. */
const holdsScenario = (v: { verdict: string } | undefined): boolean => v?.verdict === 'fits' || v?.verdict === 'above-target';

function refit(design: Design, node: ServingNode, skus: readonly VmSku[], precision: Precision, what: string): TradeoffResult {
  const before = evaluate(alone(design, node));
  const had = new Set(errorsOn(before, node.id).map((f) => f.ruleId));
  // A node that held the scenario's concurrent sequences must still hold them (vram.concurrency-short is only a warning).
  const mustFit = holdsScenario(before.vram.find((v) => v.nodeId === node.id));
  const family = getVmSku(node.config.sku)?.family;
  let best: { node: ServingNode; usd: number; rank: number[] } | null = null;
  let lastProblem = '';
  for (const sku of skus) {
    const gpu = getGpu(sku.gpuId);
    if (!gpu) continue;
    for (const layout of layoutsOn(node, sku, gpu, sharingOf(node))) {
      if (!weightsCanFit(node, layout, precision)) continue;
      const candidate = applyLayout(node, layout, precision);
      const report = evaluate(alone(design, candidate));
      const added = errorsOn(report, node.id).filter((f) => !had.has(f.ruleId));
      if (added.length > 0) {
        lastProblem = added[0]?.message ?? lastProblem;
        continue;
      }
      const fits = holdsScenario(report.vram.find((v) => v.nodeId === node.id));
      if (mustFit && !fits) {
        lastProblem = report.findings.find((f) => f.area === 'vram' && f.nodeIds.includes(node.id))?.message ?? lastProblem;
        continue;
      }
      const usd = rankUsd(report, node.id);
      const rank = [
        fits ? 0 : 1,
        usd,
        sku.family === family ? 0 : 1,
        layout.sharing.gpuSharing === sharingOf(node).gpuSharing ? 0 : 1,
        layout.tp * layout.pp,
        sku.id === node.config.sku ? 0 : 1,
      ];
      if (best === null || lexLess(rank, best.rank)) best = { node: candidate, usd, rank };
      // Layouts are tried in order of GPUs per replica: the next ones on this size need as many VMs or more.
      if (fits) break;
    }
  }
  if (best === null) return { error: `${nodeName(node)}: ${what} leaves no layout that fits${lastProblem ? `. ${lastProblem}` : '.'}` };
  return { design: replaceNode(design, best.node), summary: `${nodeName(node)}: ${what}, now ${describeLayout(best.node)}.` };
}

/**
 * A cheap first cut before asking `evaluate`: the weights alone, parameters × bytes ÷ (TP × PP), must fit in
 * one GPU's (or slice's) memory. Catalog facts only; `evaluate` still decides.
 */
function weightsCanFit(node: ServingNode, layout: Layout, precision: Precision): boolean {
  const model = getOpenModel(node.config.model);
  if (!model) return true;
  const share = layout.sharing;
  const perGpuGB =
    share.gpuSharing === 'mig'
      ? (layout.gpu.migProfiles.find((p) => p.name === share.migProfile)?.memoryGB ?? Infinity)
      : layout.sku.gpuMemoryGB / gpusPerVm(layout.sku) / (share.gpuSharing === 'dedicated' ? 1 : share.replicasPerGpu);
  return bytesToGB((model.parameters * BYTES_PER_PRECISION[precision]) / (layout.tp * layout.pp)) <= perGpuGB;
}

const lexLess = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
};

function servingNode(design: Design, nodeId: string): ServingNode | { error: string } {
  const node = findNode(design, nodeId);
  if ('error' in node) return node;
  if (!isServing(node)) return { error: `${nodeName(node)} is not a self-hosted model (GPU VM, AKS GPU pool or ML online endpoint).` };
  return node;
}

/**
 * Move a self-hosted node to another GPU family (A100 ↔ H100 ↔ …, ids from `gpuFamilies()`): the equivalent
 * VM size of the family, with tensor parallelism and node counts re-sized so the model still fits and
 * keeps its replicas. The cheapest working layout wins; on a tie the same VM series (NC / ND) as before.
 */
export function swapGpuFamily(design: Design, nodeId: string, familyId: string): TradeoffResult {
  const node = servingNode(design, nodeId);
  if ('error' in node) return node;
  const family = gpuFamilies().find((f) => f.id === familyId);
  if (!family)
    return {
      error: `"${familyId}" is not a GPU family with VM sizes in service (${gpuFamilies()
        .map((f) => f.id)
        .join(', ')}).`,
    };
  const current = getVmSku(node.config.sku);
  if (current && gpuFamilyId(current.gpuId) === family.id) return { error: `${nodeName(node)} already runs on ${family.name} GPUs.` };
  const skus = family.skuIds.map(getVmSku).filter((s): s is VmSku => s !== undefined);
  return refit(design, node, skus, node.config.precision, `moved to ${family.name} GPUs`);
}

/**
 * Change a self-hosted node's weights precision (fp16 / bf16 / fp8 / int4, …) and re-fit it the same way,
 * within the GPU family it runs on: a lower precision may need fewer GPUs per replica or a smaller size,
 * a higher one more.
 */
export function changePrecision(design: Design, nodeId: string, precision: Precision): TradeoffResult {
  const node = servingNode(design, nodeId);
  if ('error' in node) return node;
  if (node.config.precision === precision) return { error: `${nodeName(node)} already runs in ${precision.toUpperCase()}.` };
  const current = getVmSku(node.config.sku);
  const family = current ? gpuFamilyId(current.gpuId) : null;
  const skus = VM_SKUS.filter((s) => s.retired === null && family !== null && gpuFamilyId(s.gpuId) === family);
  return refit(
    design,
    node,
    skus.length > 0 ? skus : current ? [current] : [],
    precision,
    `weights ${node.config.precision.toUpperCase()} → ${precision.toUpperCase()}`,
  );
}
