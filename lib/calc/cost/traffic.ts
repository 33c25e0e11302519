/**
 * Traffic model (shared with latency and capacity, lib/design/schema.ts Scenario):
 *   requests a month        = average RPM × 60 × active hours a day × 30.42 days (= 730 × h/24 hours)
 *   to a model deployment   = requests × its trafficShare × (1 − cache hit rate)
 *   the cache hit rate applies only when the design has a semantic cache (Redis or APIM with semanticCache),
 *   as in the latency chain; the Batch API share of PAYG Azure OpenAI traffic is billed at 50% (seed 9.10).
 */
import { COMPONENTS, nodeHas, type KindWith } from '../../catalog/components';
import type { DesignNode, NodeOfKind, Scenario } from '../../design/schema';
import { formatPercentUpTo } from '../../format';
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

/** Requests a month reaching a model deployment: scenario requests × trafficShare × (1 − cache hit rate). */
export function modelRequestsPerMonth(g: DesignGraph, node: ModelNode): number {
  return scenarioRequestsPerMonth(g.design.scenario) * node.config.trafficShare * (1 - effectiveCacheHitRate(g));
}

/**
 * Each model deployment is billed for its `trafficShare` of the requests. Behind one gateway the shares
 * of its backends (request and failover edges) should add up to at most 100%; a failover backend left
 * at the default 100% would be billed for traffic it only takes on 429/503.
 */
export function trafficShareFindings(g: DesignGraph): Finding[] {
  const findings: Finding[] = [];
  for (const node of g.design.nodes) {
    const backends = (g.outgoing.get(node.id) ?? [])
      .filter((e) => e.flow === 'request' || e.flow === 'failover')
      .map((e) => g.byId.get(e.target))
      .filter((t): t is DesignNode => t !== undefined && COMPONENTS[t.kind].role === 'model' && 'trafficShare' in t.config);
    if (backends.length < 2) continue;
    const shareOf = (t: DesignNode): number => ('trafficShare' in t.config ? t.config.trafficShare : 0);
    const total = backends.reduce((sum, t) => sum + shareOf(t), 0);
    if (total <= 1.0001) continue;
    const standby = backends.filter((t) => (g.incoming.get(t.id) ?? []).every((e) => e.flow === 'failover'));
    findings.push(
      costFinding('cost.traffic-shares-over-100', {
        message: `The backends behind ${nodeLabel(node)} together serve ${formatPercentUpTo(total)} of the model traffic (${backends.map((t) => `${nodeLabel(t)} ${formatPercentUpTo(shareOf(t))}`).join(', ')}), so their token and capacity costs count the same requests more than once. Set each failover backend's traffic share to the overflow it is expected to take.`,
        nodeIds: backends.map((t) => t.id),
        fixes: standby.map((t) => ({
          description: `Set ${nodeLabel(t)}'s traffic share to 5% (overflow only).`,
          patch: { nodeId: t.id, config: { trafficShare: 0.05 } },
        })),
      }),
    );
  }
  return findings;
}
