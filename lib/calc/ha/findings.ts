/**
 * The HA findings (seed 9.8, 9.9, 9.13): tiers and replicas without an SLA, single points of failure on
 * the request path, a single region, no fallback model or gateway, PTU without PAYG overflow, and parts
 * of the path with no SLA.
 */
import type { DesignNode } from '../../design/schema';
import { nodeLabel } from '../../design/node-label';
import type { DesignGraph } from '../graph';
import { roleOf, type RequestPath } from '../request-path';
import { graphFinding } from '../rules-graph';
import type { Finding, SlaTerm } from '../types';
import { fixForSpof, instanceCount } from './instances';
import { slaForNode } from './node-sla';
import { isPayg, isPtu } from './pattern';
import { serviceTerms, SINK, type AvailGraph } from './structure';

/** Settings that leave a service without an SLA: AI Search replicas and tier, APIM Developer. */
export function configFindings(g: DesignGraph): Finding[] {
  const out: Finding[] = [];
  for (const n of g.design.nodes) {
    if (n.kind === 'ai-search' && (n.config.replicas < 3 || n.config.tier === 'free')) {
      const free = n.config.tier === 'free';
      const one = n.config.replicas < 2 || free;
      out.push(
        graphFinding('ha.search-replicas', {
          severity: one ? 'warning' : 'info',
          message: free
            ? `${nodeLabel(n)} is on the Free tier: no SLA (seed 9.8).`
            : one
              ? `${nodeLabel(n)} has 1 replica: no SLA. 2 replicas give a 99.9% SLA for queries; 3 or more cover queries and indexing (seed 9.8).`
              : `${nodeLabel(n)} has 2 replicas: the 99.9% SLA covers queries (read-only) but not indexing; 3 replicas cover both (seed 9.8).`,
          nodeIds: [n.id],
          fixes: free
            ? [
                {
                  description: 'Use the Basic tier or higher with 3 replicas.',
                  patch: { nodeId: n.id, config: { tier: 's1', replicas: 3 } },
                },
              ]
            : [{ description: 'Use 3 replicas.', patch: { nodeId: n.id, config: { replicas: 3 } } }],
        }),
      );
    }
    if (n.kind === 'apim' && n.config.tier === 'developer') {
      out.push(
        graphFinding('ha.apim-no-sla', {
          message: `${nodeLabel(n)} is on the Developer tier, which is for non-production use and has no SLA. Standard gives 99.95%; Premium across regions 99.99%.`,
          nodeIds: [n.id],
          fixes: [{ description: 'Use the Standard tier.', patch: { nodeId: n.id, config: { tier: 'standard' } } }],
        }),
      );
    }
  }
  return out;
}

/**
 * Single points of failure: nodes every route passes through (post-dominators of the client) and the side
 * calls those make (and the shared ones), with one instance. Returns their ids and one finding each.
 */
export function singlePointsOfFailure(
  g: DesignGraph,
  path: RequestPath,
  avail: AvailGraph | null,
  shared: readonly DesignNode[],
): { spof: string[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const spof: string[] = [];
  if (path.client && avail) {
    const must = new Set(avail.pdomOf(path.client.id).filter((id) => id !== SINK && id !== path.client?.id));
    for (const s of path.sideCalls) if (must.has(s.fromNodeId) || shared.some((x) => x.id === s.node.id)) must.add(s.node.id);
    for (const id of must) {
      const n = g.byId.get(id);
      if (!n) continue;
      const count = instanceCount(n);
      if (count !== null && count <= 1 && !spof.includes(id)) spof.push(id);
    }
  }
  for (const id of spof) {
    const n = g.byId.get(id);
    if (!n) continue;
    const count = instanceCount(n) ?? 1;
    findings.push(
      graphFinding('ha.single-point-of-failure', {
        message: `${nodeLabel(n)} is on every request path with ${count === 0 ? 'no always-on instance (scales from zero)' : 'a single instance'}: when it fails, the whole service fails.`,
        nodeIds: [id],
        fixes: fixForSpof(n),
      }),
    );
  }

  return { spof, findings };
}

/** The model backends: one region, one backend, no gateway in front of several, PTU without overflow. */
export function backendFindings(g: DesignGraph, path: RequestPath): Finding[] {
  const findings: Finding[] = [];
  if (path.found && path.model) {
    const models = path.backends.map((b) => b.node);
    const modelRegions = new Set(models.map((m) => g.regionOf.get(m.id) ?? null).filter((r): r is string => r !== null));
    if (modelRegions.size <= 1) {
      findings.push(
        graphFinding('ha.single-region', {
          message: `Every model backend is in ${modelRegions.size === 1 ? [...modelRegions][0] : 'one place (no region set)'}: a regional outage stops the service. "Multi-region is not optional for production": deploy in at least two regions behind APIM (seed 9.13).`,
          nodeIds: models.map((m) => m.id),
          fixes: [{ description: 'Add a deployment in a second region as a failover backend of the gateway.' }],
        }),
      );
    }
    if (models.length === 1) {
      findings.push(
        graphFinding('ha.no-fallback-model', {
          message: `${nodeLabel(path.model)} is the only model backend: on 429 or 503 there is nowhere to go. Add a secondary deployment and a cheaper or self-hosted fallback (seed 9.9 fallback table).`,
          nodeIds: [path.model.id],
          fixes: [{ description: 'Add a fallback model behind the gateway with a failover edge.' }],
        }),
      );
    }
    const onRoute = (id: string) => path.routeIds.has(id);
    if (
      models.length > 1 &&
      ![...path.routeIds].some((id) => {
        const n = g.byId.get(id);
        return n !== undefined && roleOf(n) === 'gateway';
      })
    ) {
      findings.push(
        graphFinding('ha.no-gateway', {
          message: `${models.length} model backends but no AI gateway (API Management) on the request path: retries on 429/503, circuit breaking and load balancing fall to application code (seed 9.8, 9.9).`,
          nodeIds: models.map((m) => m.id),
          fixes: [{ description: 'Put API Management in front of the model backends as a backend pool.' }],
        }),
      );
    }
    for (const n of g.design.nodes) {
      if (!isPtu(n)) continue;
      const hasOverflow = onRoute(n.id)
        ? models.some((m) => m.id !== n.id && isPayg(m))
        : (g.outgoing.get(n.id) ?? []).some(
            (e) =>
              e.flow === 'failover' &&
              (() => {
                const t = g.byId.get(e.target);
                return t !== undefined && isPayg(t);
              })(),
          );
      if (!hasOverflow) {
        findings.push(
          graphFinding('ha.ptu-without-overflow', {
            message: `${nodeLabel(n)} is provisioned (PTU) with no pay-as-you-go deployment to spill to: traffic above the PTU capacity gets 429s. Add PAYG in another region as overflow (seed 9.9 "PTU + PAYG overflow").`,
            nodeIds: [n.id],
            fixes: [{ description: "Add a Global Standard (PAYG) deployment as the gateway's failover backend." }],
          }),
        );
      }
    }
  } else {
    for (const n of g.design.nodes) {
      if (!isPtu(n)) continue;
      const overflow = (g.outgoing.get(n.id) ?? []).some((e) => {
        const t = g.byId.get(e.target);
        return e.flow === 'failover' && t !== undefined && isPayg(t);
      });
      if (!overflow)
        findings.push(
          graphFinding('ha.ptu-without-overflow', {
            message: `${nodeLabel(n)} is provisioned (PTU) with no pay-as-you-go deployment to spill to (seed 9.9).`,
            nodeIds: [n.id],
            fixes: [{ description: 'Add a Global Standard (PAYG) deployment as overflow.' }],
          }),
        );
    }
  }

  return findings;
}

/** Parts of the request path with no SLA: the composite is unknown. */
export function noSlaFindings(g: DesignGraph, structure: SlaTerm | null): Finding[] {
  const findings: Finding[] = [];
  const missing = serviceTerms(structure).filter((t) => t.availability === null);
  if (missing.length > 0) {
    findings.push(
      graphFinding('ha.no-sla', {
        message: `No composite SLA: ${missing
          .map((t) => {
            const n = g.byId.get(t.nodeId);
            return `${t.label} (${n ? slaForNode(n).note : 'no SLA'})`;
          })
          .join('; ')}.`,
        nodeIds: missing.map((t) => t.nodeId),
      }),
    );
  }

  return findings;
}
