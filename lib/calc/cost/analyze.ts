/**
 * Monthly cost, line by line, with the levers that would lower it, the hosting alternatives for the same
 * traffic (seed 9.5) and the PTU vs PAYG analysis (seed 9.8, 9.10). A month is 730 hours (units.ts).
 * Traffic model: traffic.ts. Hourly services run 730 h a month. AKS GPU pools: minNodes run all month and
 * the pool scales out to maxNodes during the scenario's active hours (an upper bound inside the active hours).
 * A price the catalog does not know makes the line "unpriced" (usdPerMonth null), never $0.
 * Every price is read through the context's one price lookup: the design's overrides over the catalog.
 */
import { COMPONENTS } from '../../catalog/components';
import type { DesignNode, NodeOfKind } from '../../design/schema';
import { perNode, type CalcContext } from '../context';
import { modelPerformance } from '../performance';
import { cheapestFittingSku } from '../sizing';
import { trainingEstimateForNode } from '../training';
import { trafficFlow } from '../traffic';
import type { CostLine, CostReport, Finding, TrainingEstimate } from '../types';
import { activeHoursPerMonth } from '../units';
import { alternatives, type AlternativeDeps } from './alternatives';
import { aoaiNode, foundryLines, type AoaiState } from './aoai';
import { explainCost } from './explain';
import { unpricedFindings } from './findings';
import { levers } from './levers';
import { unknownOverrideFindings } from './override-findings';
import { r2, sumLines, type CostCtx } from './lines';
import { reservationUnpricedFinding, servingLines, spotServingFinding, trainingLines } from './serving';
import { serviceLines } from './services';
import { effectiveCacheHitRate, trafficFlowFindings, trafficShareFindings } from './traffic';

/** The helpers of other modules the cost analysis uses; tests replace them, the studio uses the defaults. */
export interface CostDeps extends Partial<AlternativeDeps> {
  /** Training estimate of a training-job node (GPU-hours per run); default lib/calc/training.ts. */
  trainingEstimate?: (ctx: CalcContext, node: NodeOfKind<'training-job'>) => TrainingEstimate | null;
}

const defaultReplicaRpm: AlternativeDeps['replicaRequestsPerMinute'] = (g, node, scenario) =>
  modelPerformance(g, node, scenario)?.requestsPerMinutePerReplica ?? null;

/** The cost report and the cost.* findings of a design, at the context's prices. */
export function analyzeCost(calc: CalcContext, deps: CostDeps = {}): { report: CostReport; findings: Finding[] } {
  const { g, scenario: s } = calc;
  const ctx: CostCtx = {
    ...calc,
    lines: [],
    sources: new Set<string>(),
    cacheHit: effectiveCacheHitRate(g),
    activeHours: activeHoursPerMonth(s.activeHoursPerDay),
  };
  const training = deps.trainingEstimate ?? trainingEstimateForNode;
  const findings: Finding[] = [];
  const aoai: AoaiState[] = [];
  const foundry: { node: NodeOfKind<'foundry-serverless'>; usd: number | null }[] = [];

  const flow = trafficFlow(g);
  const unpriced: Finding[] = [];
  for (const node of g.design.nodes) {
    // Each node's lines, findings and model state depend on the node, the scenario and prices (in the
    // memo's key), its region, the cache hit rate, the traffic that reaches it and its training estimate.
    const estimate = node.kind === 'training-job' ? training(calc, node) : null;
    const part = perNode(calc, 'cost', node, [g.regionOf.get(node.id), ctx.cacheHit, flow.share.get(node.id), estimate], () => {
      const sub: CostCtx = { ...ctx, lines: [], sources: new Set() };
      const out: NodeCost = { lines: sub.lines, findings: [], unpriced: [], aoai: null, foundry: null };
      nodeCost(sub, node, estimate, out);
      out.unpriced = unpricedFindings(g, sub.lines); // the node's lines only: its cost.unpriced finding, if any
      return out;
    });
    for (const line of part.lines) {
      ctx.lines.push(line);
      if (line.source !== null) ctx.sources.add(line.source);
    }
    findings.push(...part.findings);
    unpriced.push(...part.unpriced);
    if (part.aoai) aoai.push(part.aoai);
    if (part.foundry) foundry.push(part.foundry);
  }

  findings.push(...unpriced); // = unpricedFindings(g, ctx.lines): one per node, in node order
  findings.push(...trafficShareFindings(g));
  findings.push(...trafficFlowFindings(g));
  findings.push(...unknownOverrideFindings(g.design));

  const priced = ctx.lines.filter((l) => l.usdPerMonth !== null);
  const total = sumLines(priced);
  const byLayer = new Map<string, number>();
  const byRegion = new Map<string, number>();
  let oldest: string | null = null;
  for (const l of priced) {
    byLayer.set(l.layer, (byLayer.get(l.layer) ?? 0) + (l.usdPerMonth ?? 0));
    const node = l.nodeId !== null ? g.byId.get(l.nodeId) : undefined;
    const key = l.region ?? (node && COMPONENTS[node.kind].regional ? 'unplaced' : 'global');
    byRegion.set(key, (byRegion.get(key) ?? 0) + (l.usdPerMonth ?? 0));
    if (l.asOf !== null && (oldest === null || l.asOf < oldest)) oldest = l.asOf;
  }

  const ptu = aoai.map((a) => a.ptu?.analysis).filter((a): a is NonNullable<typeof a> => a !== undefined);
  const report: CostReport = {
    lines: ctx.lines,
    totalUsdPerMonth: r2(total),
    unpricedCount: ctx.lines.length - priced.length,
    byLayer: [...byLayer].map(([layer, usd]) => ({ layer, usdPerMonth: r2(usd) })).sort((a, b) => b.usdPerMonth - a.usdPerMonth),
    byRegion: [...byRegion].map(([region, usd]) => ({ region, usdPerMonth: r2(usd) })).sort((a, b) => b.usdPerMonth - a.usdPerMonth),
    levers: levers(ctx, aoai, foundry),
    alternatives: alternatives(ctx, {
      cheapestSku: deps.cheapestSku ?? cheapestFittingSku,
      replicaRequestsPerMinute: deps.replicaRequestsPerMinute ?? defaultReplicaRpm,
    }),
    ptu,
    pricesAsOf: oldest,
    explanation: explainCost(ctx, total, priced.length, ptu.length > 0),
  };
  return { report, findings };
}

interface NodeCost {
  lines: CostLine[];
  findings: Finding[];
  /** The node's cost.unpriced finding (reported after every node's other cost findings). */
  unpriced: Finding[];
  aoai: AoaiState | null;
  foundry: { node: NodeOfKind<'foundry-serverless'>; usd: number | null } | null;
}

/** The cost lines, findings and model state of one node (lines into `ctx.lines`, the rest into `out`). */
function nodeCost(ctx: CostCtx, node: DesignNode, estimate: TrainingEstimate | null, out: NodeCost): void {
  const findings = out.findings;
  switch (node.kind) {
    case 'gpu-vm':
    case 'aks-gpu-pool':
    case 'ml-online-endpoint': {
      const linesBefore = ctx.lines.length;
      servingLines(ctx, node);
      const spot = spotServingFinding(ctx, node, linesBefore);
      if (spot) findings.push(spot);
      const reserved = reservationUnpricedFinding(ctx, node);
      if (reserved) findings.push(reserved);
      break;
    }
    case 'training-job':
      trainingLines(ctx, node, estimate);
      break;
    case 'azure-openai':
      out.aoai = aoaiNode(ctx, node, findings);
      break;
    case 'foundry-serverless':
      out.foundry = { node, usd: foundryLines(ctx, node) };
      break;
    case 'client':
    case 'front-door':
    case 'app-service':
    case 'functions':
    case 'container-apps':
    case 'apim':
    case 'ai-foundry':
    case 'ai-search':
    case 'content-safety':
    case 'blob-storage':
    case 'cosmos-db':
    case 'redis':
    case 'document-intelligence':
    case 'event-grid':
    case 'service-bus':
    case 'storage-queue':
    case 'monitor':
    case 'app-insights':
    case 'key-vault':
    case 'entra-id':
    case 'region':
    case 'vnet':
    case 'subnet':
    case 'firewall':
    case 'ddos-protection':
    case 'private-dns':
      serviceLines(ctx, node);
      break;
  }
}
