/**
 * Which connections make sense between two components, and what flows along a new one. The canvas
 * refuses a connection the catalog says makes no sense and shows the reason; everything else is allowed
 * and left to `evaluate` to judge.
 */
import { COMPONENTS, isGroupKind, roleTraitsOf } from '../catalog/components';
import { nodeLabel } from './node-label';
import type { Design, DesignEdge, DesignNode, EdgeFlow } from './schema';

export type ConnectionCheck = { ok: true; flow: EdgeFlow; priority?: number } | { ok: false; reason: string };

const role = (n: DesignNode) => COMPONENTS[n.kind].role;
const named = (n: DesignNode): string => {
  const label = nodeLabel(n);
  const name = COMPONENTS[n.kind].name;
  return label === name ? name : `${name} “${label}”`;
};

/** Sends requests onwards (the front of the request path): the catalog's role trait. */
const sendsRequests = (n: DesignNode): boolean => roleTraitsOf(n.kind).sendsRequests;

/**
 * Check a connection from `sourceId` to `targetId` and, when it is allowed, propose what flows along it:
 * `request` towards the model, `retrieval` into search and caches, `failover` (next priority) for a
 * second model behind the same caller, `replication` between two stores of one kind, else `data`.
 */
export function checkConnection(
  design: Design,
  sourceId: string,
  targetId: string,
  byId?: ReadonlyMap<string, DesignNode>,
): ConnectionCheck {
  const find = (id: string) => (byId ? byId.get(id) : design.nodes.find((n) => n.id === id));
  const source = find(sourceId);
  const target = find(targetId);
  if (!source || !target) return { ok: false, reason: 'That component is no longer on the canvas.' };
  if (source.id === target.id) return { ok: false, reason: 'A component cannot connect to itself.' };
  for (const n of [source, target]) {
    if (isGroupKind(n.kind)) {
      return { ok: false, reason: `${named(n)} is a container, not a service: place components inside it instead of connecting it.` };
    }
  }
  if (role(target) === 'client') {
    return { ok: false, reason: `${named(target)} is where requests start: nothing sends requests to it.` };
  }
  if (role(source) === 'model' && sendsRequests(target)) {
    return {
      ok: false,
      reason: `A model answers requests, it does not send them: connect ${named(target)} to ${named(source)} instead.`,
    };
  }
  const existing = design.edges.find((e) => e.source === source.id && e.target === target.id);
  if (existing) return { ok: false, reason: `${named(source)} is already connected to ${named(target)}.` };

  const targetRole = role(target);
  if (targetRole === 'retrieval' || targetRole === 'cache') return { ok: true, flow: 'retrieval' };
  if (targetRole === 'model' && sendsRequests(source)) {
    const outgoing = design.edges.filter((e) => e.source === source.id);
    const toModel = (e: DesignEdge) => {
      const t = find(e.target);
      return t !== undefined && role(t) === 'model';
    };
    if (outgoing.some((e) => e.flow === 'request' && toModel(e))) {
      const failovers = outgoing.filter((e) => e.flow === 'failover');
      const priority = Math.min(10, failovers.reduce((max, e) => Math.max(max, e.priority ?? 0), 0) + 1);
      return { ok: true, flow: 'failover', priority };
    }
    return { ok: true, flow: 'request' };
  }
  if (sendsRequests(source) && sendsRequests(target)) return { ok: true, flow: 'request' };
  if (source.kind === target.kind && role(source) === 'store') return { ok: true, flow: 'replication' };
  return { ok: true, flow: 'data' };
}
