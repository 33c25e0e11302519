/**
 * Traffic model (shared with latency and capacity, lib/design/schema.ts Scenario):
 *   requests a month        = average RPM × 60 × active hours a day × 30.42 days (= 730 × h/24 hours)
 *   to a model deployment   = requests × its trafficShare × (1 − cache hit rate)
 *   the cache hit rate applies only when the design has a semantic cache (Redis or APIM with semanticCache),
 *   as in the latency chain; the Batch API share of PAYG Azure OpenAI traffic is billed at 50% (seed 9.10).
 */
import { nodeHas, type KindWith } from '../../catalog/components';
import type { NodeOfKind, Scenario } from '../../design/schema';
import { formatCount, formatPercentUpTo } from '../../format';
import { servedShare, trafficFlow } from '../traffic';
import { nodeLabel } from '../../design/node-label';
import type { DesignGraph } from '../graph';
import { costFinding } from '../rules-cost';
import type { Finding } from '../types';
import { DAYS_PER_MONTH } from '../units';

export type ModelNode = NodeOfKind<KindWith<'tokenBilled'>>;

/** Whether the design has a semantic cache (Redis or APIM with the semantic-cache setting), as the latency chain uses it. */
export const hasSemanticCache = (g: DesignGraph): boolean =>
  g.design.nodes.some((n) => nodeHas(n, 'semanticCache') && n.config.semanticCache);

/** The cache hit rate that reaches the cost: the scenario's, when the design has a semantic cache; else 0. */
export const effectiveCacheHitRate = (g: DesignGraph): number => (hasSemanticCache(g) ? g.design.scenario.cacheHitRate : 0);

/** Requests a month the scenario sends (before traffic shares and cache): average RPM × 60 × active hours a month. */
export const scenarioRequestsPerMonth = (s: Scenario): number => s.averageRequestsPerMinute * 60 * s.activeHoursPerDay * DAYS_PER_MONTH;

/**
 * Fraction of the scenario's requests a model deployment serves after the cache: the share that reaches it
 * along the graph (lib/calc/traffic.ts) × trafficShare × (1 − cache hit rate).
 */
export const modelServedFraction = (g: DesignGraph, node: ModelNode): number => servedShare(g, node) * (1 - effectiveCacheHitRate(g));

/** Requests a month reaching a model deployment: scenario requests × served share × (1 − cache hit rate). */
export function modelRequestsPerMonth(g: DesignGraph, node: ModelNode): number {
  return scenarioRequestsPerMonth(g.design.scenario) * modelServedFraction(g, node);
}

/**
 * The traffic findings: model deployments nothing sends requests to (billed for their fixed part only),
 * an average above the peak, request cycles and failover loops (each named).
 */
export function trafficFlowFindings(g: DesignGraph): Finding[] {
  const findings: Finding[] = [];
  const flow = trafficFlow(g);
  for (const n of g.design.nodes) {
    if (!nodeHas(n, 'tokenBilled') && !nodeHas(n, 'selfHostedModel')) continue;
    if ((flow.share.get(n.id) ?? 0) > 0) continue;
    // A standby behind a failover edge is connected: it serves only on failure (not "unreached").
    if ((g.incoming.get(n.id) ?? []).some((e) => e.flow === 'failover' || e.flow === 'request' || e.flow === 'data')) continue;
    findings.push(
      costFinding('cost.model-unreached', {
        message: `${nodeLabel(n)}: no request reaches it (connect a caller with a request edge, or a failover edge with an overflow share). Only its fixed part is billed (PTUs, VMs); no tokens.`,
        nodeIds: [n.id],
      }),
    );
  }
  const s = g.design.scenario;
  const overPeak = averageOverPeakMessage(s);
  if (overPeak)
    findings.push(
      costFinding('cost.average-over-peak', {
        message: `${overPeak} Costs use the average and capacity uses the peak, so they disagree.`,
        nodeIds: [],
        fixes: [
          { description: `Raise the peak to at least ${formatCount(s.averageRequestsPerMinute)} requests/min, or lower the average.` },
        ],
      }),
    );
  const named = (ids: string[]): string =>
    [...ids, ids[0] ?? '']
      .map((id) => {
        const n = g.byId.get(id);
        return n ? nodeLabel(n) : id;
      })
      .join(' → ');
  for (const loop of flow.requestCycles)
    findings.push(
      costFinding('cost.request-cycle', {
        message: `Requests go round in a loop: ${named(loop)}. Each request would be counted without end; the studio cuts the loop at its last edge. Remove one of the request edges.`,
        nodeIds: loop,
      }),
    );
  for (const loop of flow.failoverLoops)
    findings.push(
      costFinding('cost.failover-loop', {
        message: `Failover loop: ${named(loop)}. A backend that fails would be retried through the loop; end the chain at a backend that fails over to nothing.`,
        nodeIds: loop,
      }),
    );
  return findings;
}

/** The message when the scenario's average requests per minute is above its peak (also shown by the scenario form). */
export const averageOverPeakMessage = (s: Scenario): string | null =>
  s.averageRequestsPerMinute > s.peakRequestsPerMinute
    ? `The average (${formatCount(s.averageRequestsPerMinute)} requests/min) is above the peak (${formatCount(s.peakRequestsPerMinute)} requests/min): the peak is the busiest minute, so it is at least the average.`
    : null;

/**
 * Each model deployment is billed for its `trafficShare` of the requests that reach it. Behind one gateway
 * the shares its backends take every month (request edges, and failover edges set to an overflow share
 * below 100%) should add up to at most 100%, else the same requests are billed more than once.
 */
export function trafficShareFindings(g: DesignGraph): Finding[] {
  const findings: Finding[] = [];
  for (const node of g.design.nodes) {
    const backends: { t: ModelNode; share: number; flow: 'request' | 'failover' }[] = [];
    for (const e of g.outgoing.get(node.id) ?? []) {
      const t = g.byId.get(e.target);
      if (!t || !nodeHas(t, 'tokenBilled') || backends.some((b) => b.t.id === t.id)) continue;
      if (e.flow === 'request') backends.push({ t, share: t.config.trafficShare, flow: 'request' });
      else if (e.flow === 'failover' && t.config.trafficShare < 1) backends.push({ t, share: t.config.trafficShare, flow: 'failover' });
    }
    if (backends.length < 2) continue;
    const total = backends.reduce((sum, b) => sum + b.share, 0);
    if (total <= 1.0001) continue;
    findings.push(
      costFinding('cost.traffic-shares-over-100', {
        message: `The backends behind ${nodeLabel(node)} together serve ${formatPercentUpTo(total)} of the model traffic (${backends.map((b) => `${nodeLabel(b.t)} ${formatPercentUpTo(b.share)}`).join(', ')}), so their token and capacity costs count the same requests more than once. Lower the traffic shares so they add up to 100%.`,
        nodeIds: backends.map((b) => b.t.id),
        fixes: [],
      }),
    );
  }
  return findings;
}
