/**
 * `evaluate(design)`: the one entry point. Runs every analysis over the design and the catalog and
 * returns the whole report that the canvas, the panels, the exports and the checker show.
 */
import { nodeHas } from '../catalog/components';
import { getAoaiModel, getOpenModel, getRegion } from '../catalog';
import type { AoaiDeploymentType } from '../catalog/types';
import type { Design, DesignNode } from '../design/schema';
import { formatGB, formatUsdPerMonth } from '../format';
import { contextOf, perNode, type CalcContext } from './context';
import { defaultEvaluateCache, sameForCalculation, sameTopology, type EvaluateCache } from './evaluate-cache';
import { buildGraph } from './graph';
import { priceResolver } from './prices';
import { analyzeCost } from './cost';
import { analyzeHa } from './ha';
import { analyzeLatency } from './latency';
import { performanceCheckNode } from './performance';
import { analyzePosture } from './posture';
import { isProvisioned } from './ptu';
import { analyzeRegions } from './regions';
import { reuseTrafficFlow } from './traffic';
import { findRequestPath, remapRequestPath } from './request-path';
import { trainingCheckNode } from './training';
import type { CostLine, Finding, KeyFigure, ModelPerformance, NodeStatus, PtuAnalysis, Report, TrainingEstimate, VramFit } from './types';
import { isSelfHostedNode, vramCheckNode } from './vram';

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/**
 * The report of a design. `cache` (default: one shared cache) keeps per-node results between calls, so
 * evaluating an edited design recomputes only the changed nodes and the graph-wide parts; pass your own
 * `new EvaluateCache()` for a separate stream of edits, or null to compute everything afresh. Designs must
 * not be changed in place once evaluated, and the report is read-only (lib/calc/evaluate-cache.ts).
 */
export function evaluate(design: Design, cache: EvaluateCache | null = defaultEvaluateCache): Report {
  if (cache?.last && sameForCalculation(cache.last.design, design)) {
    cache.last = { design, report: cache.last.report };
    return cache.last.report;
  }
  const report = evaluateAfresh(design, cache);
  if (cache) cache.last = { design, report };
  return report;
}

/** The price lookup of a design: the cache's when the price overrides are the same (its per-id answers survive). */
function pricesFor(design: Design, cache: EvaluateCache | null) {
  if (!cache) return priceResolver(design);
  const fresh = priceResolver(design);
  if (cache.prices?.cacheKey !== fresh.cacheKey) cache.prices = fresh;
  return cache.prices ?? fresh;
}

function evaluateAfresh(design: Design, cache: EvaluateCache | null): Report {
  // One context for every analysis: the graph, the scenario and the one price lookup (overrides over the catalog).
  const ctx: CalcContext = contextOf(buildGraph(design), pricesFor(design, cache), cache?.nodes);
  const { g, scenario } = ctx;
  // Same topology as the last evaluation (a node's settings or label changed): its request path and,
  // when the traffic shares are the same too, its traffic flow hold; only the node objects are new.
  const prev = cache?.graph ?? null;
  const sameTopo = prev !== null && sameTopology(prev.g.design, design);
  if (prev && sameTopo) reuseTrafficFlow(g, prev.g);
  const findings: Finding[] = [];

  const vram: VramFit[] = [];
  const training: TrainingEstimate[] = [];
  const performance: ModelPerformance[] = [];
  for (const node of design.nodes) {
    if (node.kind === 'training-job') {
      const t = perNode(ctx, 'training', node, [g.regionOf.get(node.id)], () => trainingCheckNode(ctx, node));
      if (t.estimate) training.push(t.estimate);
      findings.push(...t.findings);
      continue;
    }
    // Model deployments: the GPUs the customer runs, and the per-token model APIs.
    if (!nodeHas(node, 'selfHostedModel') && !nodeHas(node, 'tokenBilled')) continue;
    if (isSelfHostedNode(node)) {
      const v = perNode(ctx, 'vram', node, [g.regionOf.get(node.id)], () => vramCheckNode(ctx, node));
      if (v.fit) vram.push(v.fit);
      findings.push(...v.findings);
    }
    const p = perNode(ctx, 'performance', node, [g.regionOf.get(node.id)], () => performanceCheckNode(ctx, node));
    if (p.performance) performance.push(p.performance);
    findings.push(...p.findings);
  }
  const perfById = new Map(performance.map((p) => [p.nodeId, p]));

  const path = prev && sameTopo ? remapRequestPath(prev.path, g) : findRequestPath(g);
  if (cache) cache.graph = { g, path };
  const latency = analyzeLatency(g, scenario, perfById, path);
  findings.push(...latency.findings);
  findings.push(...analyzeRegions(g, ctx));
  const ha = analyzeHa(g, path, ctx);
  findings.push(...ha.findings);
  const trainingById = new Map(training.map((t) => [t.nodeId, t]));
  const cost = analyzeCost(ctx, { trainingEstimate: (_ctx, node) => trainingById.get(node.id) ?? null });
  findings.push(...cost.findings);
  const posture = analyzePosture(g, ctx);
  findings.push(...posture.findings);

  findings.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;

  const nodes = nodeStatuses(ctx, findings, {
    vram: new Map(vram.map((v) => [v.nodeId, v])),
    ptu: new Map(cost.report.ptu.map((p) => [p.nodeId, p])),
    costLines: cost.report.lines,
    reservationUnpriced: new Set(cost.findings.filter((f) => f.ruleId === 'cost.reservation-unpriced').flatMap((f) => f.nodeIds)),
  });

  return {
    findings,
    nodes,
    vram,
    training,
    performance,
    latency: latency.report,
    ha: ha.report,
    cost: cost.report,
    posture: posture.report,
    counts,
  };
}

interface FigureInputs {
  vram: Map<string, VramFit>;
  ptu: Map<string, PtuAnalysis>;
  costLines: CostLine[];
  /** Nodes with a reservation chosen but priced pay-as-you-go (no reserved price known). */
  reservationUnpriced: Set<string>;
}

/**
 * Status, findings and key figures per node. Node ids come from the design, so the statuses are gathered
 * in a Map and returned as a null-prototype record: an id such as `__proto__` or `constructor` is an own
 * key like any other, never a property of Object.prototype.
 */
function nodeStatuses(ctx: CalcContext, findings: Finding[], inputs: FigureInputs): Record<string, NodeStatus> {
  const g = ctx.g;
  const costByNode = new Map<string, { usd: number; unpriced: boolean }>();
  for (const line of inputs.costLines) {
    if (line.nodeId === null) continue;
    const cur = costByNode.get(line.nodeId) ?? { usd: 0, unpriced: false };
    if (line.usdPerMonth === null) cur.unpriced = true;
    else cur.usd += line.usdPerMonth;
    costByNode.set(line.nodeId, cur);
  }
  const byId = new Map<string, NodeStatus>();
  for (const node of g.design.nodes) {
    const cost = costByNode.get(node.id);
    const fit = inputs.vram.get(node.id);
    const ptu = inputs.ptu.get(node.id);
    const unpriced = inputs.reservationUnpriced.has(node.id);
    // The figures read the node, its fit, PTU analysis and cost: the same objects and sums give the same figures.
    const figures = perNode(ctx, 'key-figures', node, [fit, ptu, cost?.usd, cost?.unpriced, unpriced], () =>
      keyFigures(node, inputs, cost),
    );
    byId.set(node.id, { status: 'ok', findings: [], keyFigures: figures, region: g.regionOf.get(node.id) ?? null });
  }
  findings.forEach((f, i) => {
    for (const id of f.nodeIds) {
      const s = byId.get(id);
      if (!s) continue;
      s.findings.push(i);
      if (f.severity === 'error') s.status = 'error';
      else if (f.severity === 'warning' && s.status === 'ok') s.status = 'warning';
    }
  });
  const out = Object.create(null) as Record<string, NodeStatus>;
  for (const [id, status] of byId) out[id] = status; // no prototype: `__proto__` is a plain own key here
  return out;
}

/** How a deployment type reads in the UI, the key figures and the trade-off switches. */
export const DEPLOYMENT_TYPE_LABEL = {
  standard: 'Regional Standard',
  'global-standard': 'Global Standard',
  'data-zone-standard': 'Data Zone Standard',
  provisioned: 'Regional PTU',
  'global-provisioned': 'Global PTU',
  'data-zone-provisioned': 'Data Zone PTU',
} as const satisfies Record<AoaiDeploymentType, string>;

/** The few numbers a node shows on the canvas. */
function keyFigures(node: DesignNode, inputs: FigureInputs, cost: { usd: number; unpriced: boolean } | undefined): KeyFigure[] {
  const figures: KeyFigure[] = [];
  switch (node.kind) {
    case 'gpu-vm':
    case 'aks-gpu-pool':
    case 'ml-online-endpoint': {
      const model = getOpenModel(node.config.model);
      figures.push({ label: 'Model', value: `${model?.name ?? node.config.model} · ${node.config.precision.toUpperCase()}` });
      const fit = inputs.vram.get(node.id);
      if (fit)
        figures.push({
          label: 'VRAM per GPU',
          value: `${formatGB(fit.requiredGBPerGpu).replace(' GB', '')} of ${formatGB(fit.capacityGBPerGpu)}`,
        });
      figures.push({ label: 'Size', value: node.config.sku.replace(/^Standard_/, '') });
      if (inputs.reservationUnpriced.has(node.id))
        // First, so the canvas (which shows the first few figures) says it.
        figures.unshift({ label: 'Pricing', value: 'Reserved: no price known, pay-as-you-go shown' });
      break;
    }
    case 'azure-openai': {
      const model = getAoaiModel(node.config.model);
      figures.push({
        label: 'Model',
        value: `${model?.name ?? node.config.model} · ${DEPLOYMENT_TYPE_LABEL[node.config.deploymentType]}`,
      });
      if (isProvisioned(node.config.deploymentType)) {
        const ptu = inputs.ptu.get(node.id);
        figures.push({
          label: 'PTU',
          value: ptu ? `${node.config.ptuUnits} (peak needs ${ptu.requiredPtu})` : String(node.config.ptuUnits),
        });
      }
      break;
    }
    case 'foundry-serverless':
      figures.push({ label: 'Model', value: getOpenModel(node.config.model)?.name ?? node.config.model });
      break;
    case 'ai-search':
      figures.push({
        label: 'Tier',
        value: `${node.config.tier.toUpperCase()} · ${node.config.replicas} replica${node.config.replicas === 1 ? '' : 's'} × ${node.config.partitions} partition${node.config.partitions === 1 ? '' : 's'}`,
      });
      break;
    case 'apim':
      figures.push({
        label: 'Tier',
        value: `${node.config.tier[0]?.toUpperCase()}${node.config.tier.slice(1)} · ${node.config.units} unit${node.config.units === 1 ? '' : 's'}`,
      });
      break;
    case 'redis':
      figures.push({
        label: 'Tier',
        value: `${node.config.tier[0]?.toUpperCase()}${node.config.tier.slice(1)} ${node.config.size.toUpperCase()}${node.config.semanticCache ? ' · semantic cache' : ''}`,
      });
      break;
    case 'region':
      figures.push({ label: 'Region', value: getRegion(node.config.region)?.name ?? `${node.config.region} (unknown)` });
      break;
    case 'vnet':
      figures.push({ label: 'Address space', value: node.config.addressSpace.join(', ') });
      break;
    case 'subnet':
      figures.push({ label: 'CIDR', value: node.config.cidr });
      break;
    case 'training-job':
      figures.push({
        label: 'Job',
        value: `${node.config.method.toUpperCase()} · ${node.config.nodes} × ${node.config.sku.replace(/^Standard_/, '')}`,
      });
      break;
    case 'client':
    case 'front-door':
    case 'app-service':
    case 'functions':
    case 'container-apps':
    case 'ai-foundry':
    case 'content-safety':
    case 'blob-storage':
    case 'cosmos-db':
    case 'document-intelligence':
    case 'event-grid':
    case 'service-bus':
    case 'storage-queue':
    case 'monitor':
    case 'app-insights':
    case 'key-vault':
    case 'entra-id':
    case 'firewall':
    case 'ddos-protection':
    case 'private-dns':
      break; // the cost figure only
  }
  if (cost)
    figures.push({
      label: 'Cost',
      value: cost.unpriced && cost.usd === 0 ? 'unpriced' : `${formatUsdPerMonth(cost.usd)}${cost.unpriced ? ' + unpriced' : ''}`,
    });
  return figures;
}
