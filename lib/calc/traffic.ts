/**
 * How the scenario's requests flow through the graph, defined once for the cost, the PTU sizing and the
 * latency chain (so their numbers agree).
 *
 *   entry points      = the Users (client) nodes, which share the scenario's requests equally; a design
 *                       without one enters at every node that sends requests and receives none
 *   request edge      = every request the caller handles is sent on (an app calls search AND the model):
 *                       flow(target) += flow(caller); a model deployment then serves flow × trafficShare
 *   failover edge     = carries traffic only when the primary fails: 0 in steady state (the choice here;
 *                       failures are rare and billed per token), except the overflow a failover-only
 *                       backend is set to take (its trafficShare below 100%), which it serves every month
 *   data edge         = into a model deployment it is a call (an event-driven worker sending a document to
 *                       the model): carried like a request; elsewhere data, retrieval and replication edges
 *                       carry no model requests
 *
 * A request cycle (A → B → A) or a failover loop (A fails over to B, B to A) is reported and cut at the edge
 * that closes it, so every flow stays finite.
 */
import { COMPONENTS, nodeHas } from '../catalog/components';
import type { DesignEdge, DesignNode } from '../design/schema';
import type { DesignGraph } from './graph';

export interface TrafficFlow {
  /** Fraction of the scenario's requests (before any cache) that reaches each node; absent = 0. */
  share: Map<string, number>;
  /** Request cycles, each as the node ids in order (the first repeated at the end is implied). */
  requestCycles: string[][];
  /** Failover loops, each as the node ids in order. */
  failoverLoops: string[][];
}

const cache = new WeakMap<DesignGraph, TrafficFlow>();

/** Whether a node is a model deployment billed by the traffic that reaches it (Azure OpenAI, Foundry serverless). */
const ownShareOf = (n: DesignNode): number => (nodeHas(n, 'tokenBilled') ? n.config.trafficShare : 1);

/** Cycles among the edges of one flow, each once (by its smallest rotation), in node order. */
function cyclesOf(g: DesignGraph, flow: DesignEdge['flow']): { cycles: string[][]; backEdges: Set<string> } {
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const backEdges = new Set<string>();
  // Iterative depth-first search (a long chain must not overflow the stack); the stack of ids is the path.
  const frames: { id: string; out: DesignEdge[]; next: number }[] = [];
  const enter = (id: string): void => {
    state.set(id, 1);
    stack.push(id);
    frames.push({ id, out: g.outgoing.get(id) ?? [], next: 0 });
  };
  for (const n of g.design.nodes) {
    if (state.has(n.id)) continue;
    enter(n.id);
    while (frames.length > 0) {
      const f = frames[frames.length - 1] as (typeof frames)[number];
      if (f.next < f.out.length) {
        const e = f.out[f.next++] as DesignEdge;
        if (e.flow !== flow || !g.byId.has(e.target)) continue;
        const st = state.get(e.target);
        if (st === 1) {
          backEdges.add(e.id);
          const loop = stack.slice(stack.indexOf(e.target));
          const key = [...loop].sort().join('\u0000');
          if (!seen.has(key)) {
            seen.add(key);
            cycles.push(loop);
          }
        } else if (st === undefined) enter(e.target);
        continue;
      }
      stack.pop();
      state.set(f.id, 2);
      frames.pop();
    }
  }
  return { cycles, backEdges };
}

export function trafficFlow(g: DesignGraph): TrafficFlow {
  const hit = cache.get(g);
  if (hit) return hit;
  const requests = cyclesOf(g, 'request');
  const failovers = cyclesOf(g, 'failover');
  const isModel = (id: string): boolean => {
    const n = g.byId.get(id);
    return n !== undefined && (nodeHas(n, 'tokenBilled') || nodeHas(n, 'selfHostedModel'));
  };
  const callsModel = (e: DesignEdge): boolean => e.flow === 'data' && isModel(e.target);
  const carries = (e: DesignEdge): boolean =>
    (e.flow === 'request' || e.flow === 'failover' || callsModel(e)) && !requests.backEdges.has(e.id) && !failovers.backEdges.has(e.id);

  const share = new Map<string, number>();
  const clients = g.design.nodes.filter((n) => COMPONENTS[n.kind].role === 'client');
  const entries =
    clients.length > 0
      ? clients
      : g.design.nodes.filter(
          (n) =>
            (g.incoming.get(n.id) ?? []).every((e) => e.flow !== 'request' && !callsModel(e)) &&
            (g.outgoing.get(n.id) ?? []).some((e) => e.flow === 'request' || callsModel(e)),
        );
  for (const n of entries) share.set(n.id, 1 / entries.length);

  // Kahn's order over the carrying edges (cycles are cut above, so this is a DAG).
  const indegree = new Map<string, number>();
  for (const n of g.design.nodes) indegree.set(n.id, 0);
  for (const n of g.design.nodes)
    for (const e of g.outgoing.get(n.id) ?? [])
      if (carries(e) && indegree.has(e.target)) indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  const queue = g.design.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  for (const id of queue) {
    const out = share.get(id) ?? 0;
    const sentTo = new Set<string>(); // two edges from one caller to one target carry the requests once
    for (const e of g.outgoing.get(id) ?? []) {
      if (!carries(e) || !indegree.has(e.target)) continue;
      const target = g.byId.get(e.target);
      if (target && out > 0 && !sentTo.has(e.target)) {
        sentTo.add(e.target);
        const overflow = e.flow === 'failover' && nodeHas(target, 'tokenBilled') && target.config.trafficShare < 1;
        const carried = e.flow === 'failover' ? (overflow ? out : 0) : out;
        if (carried > 0) share.set(e.target, (share.get(e.target) ?? 0) + carried);
      }
      const left = (indegree.get(e.target) ?? 0) - 1;
      indegree.set(e.target, left);
      if (left === 0) queue.push(e.target);
    }
  }
  const result: TrafficFlow = { share, requestCycles: requests.cycles, failoverLoops: failovers.cycles };
  cache.set(g, result);
  return result;
}

/**
 * Reuse `from`'s traffic flow for `g` when nothing it reads changed: the caller has checked the topology
 * (lib/calc/evaluate-cache.ts sameTopology); here every model deployment's traffic share must be the same.
 * Returns whether it was reused.
 */
export function reuseTrafficFlow(g: DesignGraph, from: DesignGraph): boolean {
  const flow = cache.get(from);
  if (!flow || cache.has(g)) return false;
  const a = from.design.nodes;
  const b = g.design.nodes;
  if (a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) {
    const x = a[i] as DesignNode;
    const y = b[i] as DesignNode;
    if (x === y) continue;
    if (x.id !== y.id || x.kind !== y.kind) return false;
    if (nodeHas(y, 'tokenBilled') && nodeHas(x, 'tokenBilled') && x.config.trafficShare !== y.config.trafficShare) return false;
  }
  cache.set(g, flow);
  return true;
}

/**
 * Fraction of the scenario's requests (before the cache) a model deployment serves: what reaches it along
 * request (and overflow) edges × its trafficShare. 0 for a deployment nothing sends requests to.
 */
export function servedShare(g: DesignGraph, node: DesignNode): number {
  const reaching = Math.min(1, trafficFlow(g).share.get(node.id) ?? 0);
  return reaching * ownShareOf(node);
}
