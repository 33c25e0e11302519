/**
 * Trade-off switches for workshops: one call turns a design into its variant (PAYG ↔ PTU, another GPU
 * family, another weights precision, a second region), so the store records it as one undo step and the
 * compare view can set the two side by side. Each switch is pure: `(design, nodeId, …) → { design, summary }`
 * or `{ error }` in plain words; the design it returns parses and, for the node it changed, adds no
 * error finding to what `evaluate` reported before.
 *
 * Re-fitting a self-hosted model (GPU family, precision) tries every VM size of the target GPU family at
 * every tensor-parallel size the VM allows (and pipeline parallelism over InfiniBand VMs), keeps the model
 * replicas the node had (node counts are re-sized to hold them), asks `evaluate` which layouts work, and
 * picks the cheapest by the node's monthly cost. To stay quick on a click (npm run bench), layouts whose
 * weights alone exceed a GPU are skipped, and each VM size stops at its first layout that fits.
 *
 * The studio calls a switch, pushes the returned design as one undo step and shows `summary`; on `{ error }`
 * it shows the message and keeps the design as it was.
 */
import {
  COMPONENTS,
  getAoaiModel,
  getGpu,
  getOpenModel,
  getRegion,
  getVmSku,
  REGIONS,
  regionRttMs,
  VM_SKUS,
  type Gpu,
  type VmSku,
} from '../catalog';
import type { AoaiDeploymentType } from '../catalog/types';
import type { TradeoffKind } from '../design/templates';
import { DEPLOYMENT_TYPE_LABEL, evaluate } from '../calc/evaluate';
import { nodeLabel } from '../design/node-label';
import { peakRequestsPerMinuteReaching, ptuUnitsAtPeak } from '../calc/deployment-type';
import { isProvisioned, paygTypeOf, ptuScopeOf, ptuTypeOf, type PtuScope } from '../calc/ptu';
import type { Finding, Report } from '../calc/types';
import { BYTES_PER_PRECISION, bytesToGB } from '../calc/units';
import { removeElements, uniqueId, withDescendants } from '../design/edit';
import { absoluteRect, indexNodes, NODE_SIZE } from '../design/geometry';
import type { Precision } from '../design/node-configs';
import type { Design, DesignEdge, DesignNode, NodeOfKind } from '../design/schema';

/** What a switch returns: the new design and one sentence saying what changed, or why it cannot. */
export type TradeoffResult = { design: Design; summary: string } | { error: string };

export const isTradeoffError = (r: TradeoffResult): r is { error: string } => 'error' in r;

type AoaiNode = NodeOfKind<'azure-openai'>;
type ServingNode = NodeOfKind<'gpu-vm'> | NodeOfKind<'aks-gpu-pool'> | NodeOfKind<'ml-online-endpoint'>;

const isServing = (n: DesignNode): n is ServingNode => n.kind === 'gpu-vm' || n.kind === 'aks-gpu-pool' || n.kind === 'ml-online-endpoint';

function findNode(design: Design, nodeId: string): DesignNode | { error: string } {
  const node = design.nodes.find((n) => n.id === nodeId);
  return node ?? { error: `There is no node "${nodeId}" in this design.` };
}

/** A node as findings name it (its label, or its component's name). */
const nodeName = nodeLabel;

const replaceNode = (design: Design, node: DesignNode): Design => ({
  ...design,
  nodes: design.nodes.map((n) => (n.id === node.id ? node : n)),
});

/** Error findings that name `nodeId`. */
const errorsOn = (report: Report, nodeId: string): Finding[] =>
  report.findings.filter((f) => f.severity === 'error' && f.nodeIds.includes(nodeId));

/** Error findings on `nodeIds` in `after` whose rule was not already an error on that node in `before`. */
function newErrors(before: Report, after: Report, nodeIds: readonly string[], beforeIds: (id: string) => string = (id) => id): Finding[] {
  const out: Finding[] = [];
  for (const id of nodeIds) {
    const had = new Set(errorsOn(before, beforeIds(id)).map((f) => f.ruleId));
    for (const f of errorsOn(after, id)) if (!had.has(f.ruleId) && !out.includes(f)) out.push(f);
  }
  return out;
}

// ---------------------------------------------------------------- PAYG ↔ PTU

/**
 * PTUs an Azure OpenAI node needs for the peak traffic that reaches it, on the PTU type of its family
 * (global / data zone / regional): the same sizing as choosing the type in the inspector
 * (`ptuUnitsAtPeak`, facts §5.1, rounded to the minimum and increment, never 0).
 */
function ptuUnitsForPeak(design: Design, node: AoaiNode): { units: number; type: AoaiDeploymentType } | { error: string } {
  const type = ptuTypeOf(ptuScopeOf(node.config.deploymentType));
  const units = ptuUnitsAtPeak(design, node, type);
  if (units === null)
    return { error: `${node.config.model} has no published PTU throughput figures in the catalog, so no PTU size can be computed.` };
  return { units, type };
}

const offers = (model: string, type: AoaiDeploymentType): boolean => getAoaiModel(model)?.deploymentTypes.includes(type) ?? false;

/** The scopes to try for PAYG, the node's own first, then wider ones (regional → data zone → global). */
const WIDER: Record<PtuScope, PtuScope[]> = {
  regional: ['regional', 'data-zone', 'global'],
  'data-zone': ['data-zone', 'global'],
  global: ['global'],
};

/** Check an Azure OpenAI switch against evaluate: no new error on the node. */
function checked(before: Design, after: Design, node: DesignNode, summary: string): TradeoffResult {
  const added = newErrors(evaluate(before), evaluate(after), [node.id]);
  if (added.length > 0) return { error: `${summary.replace(/\.$/, '')} would not work: ${added.map((f) => f.message).join(' ')}` };
  return { design: after, summary };
}

/** Pay-as-you-go → provisioned throughput, sized to the peak traffic that reaches the node. */
export function switchToPtu(design: Design, nodeId: string): TradeoffResult {
  const node = findNode(design, nodeId);
  if ('error' in node) return node;
  if (node.kind !== 'azure-openai') return { error: `${nodeName(node)} is not an Azure OpenAI deployment.` };
  if (isProvisioned(node.config.deploymentType))
    return { error: `${nodeName(node)} already runs on provisioned throughput (${DEPLOYMENT_TYPE_LABEL[node.config.deploymentType]}).` };
  const sized = ptuUnitsForPeak(design, node);
  if ('error' in sized) return sized;
  if (!offers(node.config.model, sized.type))
    return { error: `${node.config.model} is not offered as ${DEPLOYMENT_TYPE_LABEL[sized.type]} (Microsoft's model availability).` };
  const next: AoaiNode = { ...node, config: { ...node.config, deploymentType: sized.type, ptuUnits: sized.units } };
  const peak = peakRequestsPerMinuteReaching(design, node);
  return checked(
    design,
    replaceNode(design, next),
    node,
    `${nodeName(node)}: ${DEPLOYMENT_TYPE_LABEL[node.config.deploymentType]} → ${sized.units} PTU ${DEPLOYMENT_TYPE_LABEL[sized.type]}, sized for ${round1(peak)} requests/min at peak.`,
  );
}

/** Provisioned throughput → the pay-as-you-go type of the same family (or the nearest wider one the model offers). */
export function switchToPayg(design: Design, nodeId: string): TradeoffResult {
  const node = findNode(design, nodeId);
  if ('error' in node) return node;
  if (node.kind !== 'azure-openai') return { error: `${nodeName(node)} is not an Azure OpenAI deployment.` };
  if (!isProvisioned(node.config.deploymentType))
    return { error: `${nodeName(node)} already runs pay-as-you-go (${DEPLOYMENT_TYPE_LABEL[node.config.deploymentType]}).` };
  const type = WIDER[ptuScopeOf(node.config.deploymentType)].map(paygTypeOf).find((t) => offers(node.config.model, t));
  if (type === undefined) return { error: `${node.config.model} has no pay-as-you-go deployment type in the catalog.` };
  const next: AoaiNode = { ...node, config: { ...node.config, deploymentType: type, ptuUnits: 0 } };
  const wider = type !== paygTypeOf(ptuScopeOf(node.config.deploymentType));
  return checked(
    design,
    replaceNode(design, next),
    node,
    `${nodeName(node)}: ${node.config.ptuUnits} PTU ${DEPLOYMENT_TYPE_LABEL[node.config.deploymentType]} → ${DEPLOYMENT_TYPE_LABEL[type]} (pay-as-you-go)${wider ? `, the nearest type ${node.config.model} offers` : ''}.`,
  );
}

/** PAYG ↔ PTU in one call: the switch a toolbar button needs. */
export function togglePtuPayg(design: Design, nodeId: string): TradeoffResult {
  const node = design.nodes.find((n) => n.id === nodeId);
  return node?.kind === 'azure-openai' && isProvisioned(node.config.deploymentType)
    ? switchToPayg(design, nodeId)
    : switchToPtu(design, nodeId);
}

const round1 = (x: number): string => String(Math.round(x * 10) / 10);

// ---------------------------------------------------------------- re-fitting a self-hosted model

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

const nodeUsdPerMonth = (report: Report, nodeId: string): number => {
  let sum = 0;
  for (const l of report.cost.lines) if (l.nodeId === nodeId) sum += l.usdPerMonth ?? Infinity;
  return sum;
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
      const usd = nodeUsdPerMonth(report, node.id);
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

// ---------------------------------------------------------------- a second region

const isModel = (n: DesignNode): boolean => COMPONENTS[n.kind].role === 'model';

/**
 * Regions a second region for `regionNodeId` could go to, best first: the Azure pair (when the catalog knows
 * it), then the other regions of the same geography by measured round trip, then the rest of that geography.
 * Regions the design already has a group for are left out.
 */
export function secondRegionOptions(design: Design, regionNodeId: string): string[] {
  const region = design.nodes.find((n) => n.id === regionNodeId);
  if (region?.kind !== 'region') return [];
  const from = getRegion(region.config.region);
  if (!from) return [];
  const used = new Set(design.nodes.flatMap((n) => (n.kind === 'region' ? [n.config.region] : [])));
  const same = REGIONS.filter((r) => r.geography === from.geography && !used.has(r.id));
  const rtt = (id: string): number => regionRttMs(from.id, id)?.rttMs ?? Infinity;
  const ordered = [...same].sort((a, b) => rtt(a.id) - rtt(b.id) || a.id.localeCompare(b.id)).map((r) => r.id);
  const pair = from.pairedRegion;
  return pair !== null && ordered.includes(pair) ? [pair, ...ordered.filter((id) => id !== pair)] : ordered;
}

/**
 * Copy the model deployments of a region group into a second region (the first of `secondRegionOptions`,
 * its Azure pair where the catalog knows it, unless `targetRegion` says otherwise), in a new region group beside the design, and connect each copy with a failover edge
 * from every node that sends requests to the original (the gateway), after its existing failover
 * priorities. Copies take only the traffic share the gateway's backends leave free (0 when the primary
 * takes it all: a standby that serves on failover). Refused when a copy would not work in that region.
 */
export function addSecondRegion(design: Design, regionNodeId: string, targetRegion?: string): TradeoffResult {
  const region = findNode(design, regionNodeId);
  if ('error' in region) return region;
  if (region.kind !== 'region') return { error: `${nodeName(region)} is not a region group.` };
  const to = targetRegion ?? secondRegionOptions(design, region.id)[0] ?? null;
  if (to === null) return { error: `No second region is known for ${region.config.region} in the catalog: choose one.` };
  const toRegion = getRegion(to);
  if (!toRegion) return { error: `"${to}" is not a region the catalog knows.` };
  if (to === region.config.region) return { error: `The second region must differ from ${region.config.region}.` };
  if (design.nodes.some((n) => n.kind === 'region' && n.config.region === to))
    return { error: `The design already has a ${toRegion.name} region group.` };

  const inside = withDescendants(design, [region.id]);
  const models = design.nodes.filter((n) => inside.has(n.id) && isModel(n));
  if (models.length === 0) return { error: `${nodeName(region)} holds no model deployment to copy.` };

  // Place the new region to the right of everything on the canvas, level with the original.
  const byId = indexNodes(design);
  const right = Math.max(
    ...design.nodes.filter((n) => n.parentId === undefined).map((n) => absoluteRect(byId, n).x + absoluteRect(byId, n).width),
  );
  const taken = new Set([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);
  const take = (base: string): string => {
    const id = uniqueId(taken, base);
    taken.add(id);
    return id;
  };
  const GAP = 40;
  const groupId = take(`region-${to}`);
  const group: DesignNode = {
    id: groupId,
    kind: 'region',
    label: `${toRegion.name} (second region)`,
    position: { x: Math.round(right + 80), y: region.position.y },
    size: { width: GAP + models.length * (NODE_SIZE.width + GAP), height: 80 + NODE_SIZE.height + GAP },
    config: { region: to },
  };

  const copies = new Map<string, string>();
  const copiedNodes: DesignNode[] = models.map((m, i) => {
    const id = take(`${m.id}-${to}`);
    copies.set(id, m.id);
    return {
      ...m,
      id,
      label: `${nodeName(m)} (${toRegion.name})`,
      parentId: groupId,
      position: { x: GAP + i * (NODE_SIZE.width + GAP), y: 80 },
      config: { ...m.config },
    } as DesignNode;
  });

  const edges: DesignEdge[] = [];
  const shareOf = (n: DesignNode | undefined): number => (n && 'trafficShare' in n.config ? n.config.trafficShare : 0);
  for (const copy of copiedNodes) {
    const originalId = copies.get(copy.id) as string;
    const gateways = design.edges.filter((e) => e.target === originalId && e.flow === 'request');
    if (gateways.length === 0) continue;
    for (const g of gateways) {
      const out = [...design.edges, ...edges].filter((e) => e.source === g.source && (e.flow === 'request' || e.flow === 'failover'));
      const priority = Math.min(10, Math.max(0, ...out.map((e) => (e.flow === 'failover' ? (e.priority ?? 1) : 0))) + 1);
      edges.push({
        id: take(`e-${g.source}-${copy.id}`),
        source: g.source,
        target: copy.id,
        flow: 'failover',
        priority,
        auth: g.auth,
        connectivity: g.connectivity,
        label: `failover to ${toRegion.name}`,
      });
      const used = out.reduce((sum, e) => sum + shareOf(byId.get(e.target) ?? copiedNodes.find((c) => c.id === e.target)), 0);
      if ('trafficShare' in copy.config)
        (copy.config as { trafficShare: number }).trafficShare = Math.max(0, Math.round((1 - used) * 1000) / 1000);
    }
  }
  if (edges.length === 0)
    return { error: `No node sends requests to the models of ${nodeName(region)}, so there is no gateway to fail over from.` };

  const next: Design = { ...design, nodes: [...design.nodes, group, ...copiedNodes], edges: [...design.edges, ...edges] };
  const added = newErrors(evaluate(design), evaluate(next), [...copies.keys()], (id) => copies.get(id) ?? id);
  if (added.length > 0) return { error: `A copy in ${toRegion.name} would not work: ${added.map((f) => f.message).join(' ')}` };
  return {
    design: next,
    summary: `Added ${toRegion.name} with ${copiedNodes.map(nodeName).join(', ')}, reached by failover from ${[...new Set(edges.map((e) => nodeName(byId.get(e.source) as DesignNode)))].join(', ')}.`,
  };
}

/**
 * Remove a second region: the region group, everything in it and the edges touching them; the failover
 * priorities left at each gateway are renumbered 1, 2, … Refused for a region whose models take primary
 * traffic (a request edge), so the request path is never cut.
 */
export function removeSecondRegion(design: Design, regionNodeId: string): TradeoffResult {
  const region = findNode(design, regionNodeId);
  if ('error' in region) return region;
  if (region.kind !== 'region') return { error: `${nodeName(region)} is not a region group.` };
  const inside = withDescendants(design, [region.id]);
  const models = design.nodes.filter((n) => inside.has(n.id) && isModel(n));
  const primary = models.filter((m) => design.edges.some((e) => e.target === m.id && e.flow === 'request'));
  if (primary.length > 0)
    return {
      error: `${nodeName(region)} serves primary traffic (${primary.map(nodeName).join(', ')}): remove a region that only takes failover.`,
    };
  const onPath = design.edges.filter((e) => e.flow === 'request' && (inside.has(e.source) || inside.has(e.target)));
  if (onPath.length > 0) return { error: `${nodeName(region)} holds part of the request path: remove a region that only takes failover.` };

  const removed = removeElements(design, [region.id]);
  // Renumber the failover priorities each gateway has left.
  const bySource = new Map<string, DesignEdge[]>();
  for (const e of removed.edges) if (e.flow === 'failover') bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
  const renumbered = new Map<string, number>();
  for (const list of bySource.values())
    [...list].sort((a, b) => (a.priority ?? 1) - (b.priority ?? 1)).forEach((e, i) => renumbered.set(e.id, i + 1));
  const edges = removed.edges.map((e) =>
    renumbered.has(e.id) && renumbered.get(e.id) !== e.priority ? { ...e, priority: renumbered.get(e.id) } : e,
  );
  return {
    design: { ...removed, edges },
    summary: `Removed ${nodeName(region)}${models.length > 0 ? ` and its failover deployments ${models.map(nodeName).join(', ')}` : ''}.`,
  };
}

// ---------------------------------------------------------------- what a node offers (for the UI's menu)

/** One switch a node offers; `choices` lists the values a switch with a parameter takes. */
export type TradeoffOption =
  | { kind: Extract<TradeoffKind, 'to-ptu' | 'to-payg' | 'remove-second-region'>; label: string }
  | {
      kind: Extract<TradeoffKind, 'gpu-family' | 'precision' | 'add-second-region'>;
      label: string;
      choices: { value: string; label: string }[];
    };
export type { TradeoffKind };

const PRECISION_CHOICES: readonly Precision[] = ['fp16', 'bf16', 'fp8', 'int8', 'int4'];

/**
 * The switches that apply to a node, cheaply (no result is computed; a switch may still refuse with a
 * message when applied): PAYG ↔ PTU on Azure OpenAI, GPU family and precision on self-hosted models,
 * add a second region on a region group with models, remove it on a region that only takes failover.
 */
export function availableTradeoffs(design: Design, nodeId: string): TradeoffOption[] {
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node) return [];
  if (node.kind === 'azure-openai')
    return isProvisioned(node.config.deploymentType)
      ? [{ kind: 'to-payg', label: 'Switch to pay-as-you-go' }]
      : [{ kind: 'to-ptu', label: 'Switch to provisioned throughput (PTU)' }];
  if (isServing(node)) {
    const current = gpuFamilyOfNode(design, node.id);
    return [
      {
        kind: 'gpu-family',
        label: 'Move to another GPU family',
        choices: gpuFamilies()
          .filter((f) => f.id !== current)
          .map((f) => ({ value: f.id, label: f.name })),
      },
      {
        kind: 'precision',
        label: 'Change weights precision',
        choices: PRECISION_CHOICES.filter((p) => p !== node.config.precision).map((p) => ({ value: p, label: p.toUpperCase() })),
      },
    ];
  }
  if (node.kind === 'region') {
    const inside = withDescendants(design, [node.id]);
    const models = design.nodes.filter((n) => inside.has(n.id) && isModel(n));
    if (models.length === 0) return [];
    const options: TradeoffOption[] = [];
    const regions = secondRegionOptions(design, node.id);
    if (regions.length > 0)
      options.push({
        kind: 'add-second-region',
        label: 'Add a second region with failover',
        choices: regions.map((id) => ({ value: id, label: getRegion(id)?.name ?? id })),
      });
    if (!design.edges.some((e) => e.flow === 'request' && (inside.has(e.source) || inside.has(e.target))))
      options.push({ kind: 'remove-second-region', label: 'Remove this region' });
    return options;
  }
  return [];
}

/** Apply a switch by kind, as `availableTradeoffs` lists it; `choice` is the value for the kinds with choices. */
export function applyTradeoff(design: Design, nodeId: string, kind: TradeoffKind, choice?: string): TradeoffResult {
  switch (kind) {
    case 'to-ptu':
      return switchToPtu(design, nodeId);
    case 'to-payg':
      return switchToPayg(design, nodeId);
    case 'gpu-family':
      return choice === undefined ? { error: 'Choose a GPU family.' } : swapGpuFamily(design, nodeId, choice);
    case 'precision':
      return choice === undefined || !(PRECISION_CHOICES as readonly string[]).includes(choice)
        ? { error: `Choose a precision: ${PRECISION_CHOICES.join(', ')}.` }
        : changePrecision(design, nodeId, choice as Precision);
    case 'add-second-region':
      return addSecondRegion(design, nodeId, choice);
    case 'remove-second-region':
      return removeSecondRegion(design, nodeId);
  }
}
