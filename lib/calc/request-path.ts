/**
 * The request path, found from the graph: from a client (role 'client') along 'request' edges (and
 * 'failover' edges for fallbacks) to a model (role 'model'). The route is every node on some such path;
 * the primary path is the one a request takes when nothing fails: request edges before failover edges,
 * lowest priority first. Calls that branch off the route (retrieval from AI Search or Cosmos DB, a Redis
 * cache lookup, writes to a store) are side calls of the route node that makes them.
 */
import { COMPONENTS, roleTraitsOf, type PathRole } from '../catalog/components';
import type { DesignEdge, DesignNode } from '../design/schema';
import type { DesignGraph } from './graph';

export type SideCallKind = 'cache' | 'retrieval' | 'call' | 'data';

export interface SideCall {
  fromNodeId: string;
  node: DesignNode;
  edge: DesignEdge;
  kind: SideCallKind;
}

export interface Backend {
  node: DesignNode;
  /** The route edge it is reached by (request preferred over failover). */
  via: DesignEdge | null;
  /** 'request' = takes traffic (primary or load-balanced), 'failover' = only when the earlier ones fail. */
  flow: 'request' | 'failover';
  /** Fallback order: 0 for request edges without a priority, else the edge's priority. */
  priority: number;
  primary: boolean;
}

export interface RequestPath {
  found: boolean;
  /** Why no path was found, for the finding's message. */
  reason: string | null;
  client: DesignNode | null;
  /** Primary path: client … model. */
  nodes: DesignNode[];
  /** edges[i] connects nodes[i] → nodes[i + 1]. */
  edges: DesignEdge[];
  model: DesignNode | null;
  /** Side calls of the route's nodes, primary path nodes first; per node: cache, retrieval, call, data. */
  sideCalls: SideCall[];
  /** Every model on the route: primary first, then request-reached (load balanced), then failovers by priority. */
  backends: Backend[];
  /** Node ids on some client → model path. */
  routeIds: Set<string>;
  /** Route edges without cycles (back edges dropped), by source. */
  routeSucc: Map<string, DesignEdge[]>;
}

export const roleOf = (n: DesignNode): PathRole => COMPONENTS[n.kind].role;
export const isModel = (n: DesignNode): boolean => roleOf(n) === 'model';
const isRouteFlow = (e: DesignEdge): boolean => e.flow === 'request' || e.flow === 'failover';

/** request before failover, then lower priority, then the order the edges were drawn. */
const edgeOrder = (a: DesignEdge, b: DesignEdge): number =>
  (a.flow === 'request' ? 0 : 1) - (b.flow === 'request' ? 0 : 1) || (a.priority ?? 0) - (b.priority ?? 0);

const SIDE_ORDER: Record<SideCallKind, number> = { cache: 0, retrieval: 1, call: 2, data: 3 };

function sideKind(e: DesignEdge, target: DesignNode): SideCallKind {
  if (e.flow === 'data') return 'data';
  const role = roleOf(target);
  if (role === 'cache') return 'cache';
  if (role === 'retrieval' || role === 'store' || e.flow === 'retrieval') return 'retrieval';
  return 'call';
}

const empty = (reason: string, client: DesignNode | null): RequestPath => ({
  found: false,
  reason,
  client,
  nodes: [],
  edges: [],
  model: null,
  sideCalls: [],
  backends: [],
  routeIds: new Set(),
  routeSucc: new Map(),
});

/** Nodes reachable from `start` over route edges (request / failover). */
function forwardReach(g: DesignGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const e of g.outgoing.get(id) ?? []) {
      if (!isRouteFlow(e) || seen.has(e.target)) continue;
      const t = g.byId.get(e.target);
      if (!t || !roleTraitsOf(t.kind).callable) continue;
      seen.add(e.target);
      stack.push(e.target);
    }
  }
  return seen;
}

/** Of `within`, the nodes that reach a model over route edges whose ends are both in `within`. */
function reachesModel(g: DesignGraph, within: Set<string>, succ?: Map<string, DesignEdge[]>): Set<string> {
  const ok = new Set<string>();
  const stack: string[] = [];
  for (const id of within) {
    const n = g.byId.get(id);
    if (n && isModel(n)) {
      ok.add(id);
      stack.push(id);
    }
  }
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const e of g.incoming.get(id) ?? []) {
      if (!isRouteFlow(e) || ok.has(e.source) || !within.has(e.source)) continue;
      if (succ && !(succ.get(e.source) ?? []).includes(e)) continue;
      ok.add(e.source);
      stack.push(e.source);
    }
  }
  return ok;
}

export function findRequestPath(g: DesignGraph): RequestPath {
  const clients = g.design.nodes.filter((n) => roleOf(n) === 'client');
  if (clients.length === 0) return empty('the design has no Users (client) node to start the request path from', null);
  if (!g.design.nodes.some(isModel)) return empty('the design has no model deployment', clients[0] ?? null);

  for (const client of clients) {
    const reach = forwardReach(g, client.id);
    let route = reachesModel(g, reach);
    if (route.size === 0 || !route.has(client.id)) continue;

    // Drop back edges (DFS from the client in preference order) so the route is a DAG.
    const succ = new Map<string, DesignEdge[]>();
    const state = new Map<string, 1 | 2>(); // 1 on stack, 2 done
    // Iterative depth-first search (a long chain must not overflow the stack): a frame per node on the
    // stack, its route edges in preference order; a node's kept edges are set when it is finished.
    const frames: { id: string; out: DesignEdge[]; next: number; kept: DesignEdge[] }[] = [];
    const enter = (id: string): void => {
      state.set(id, 1);
      const out = (g.outgoing.get(id) ?? []).filter((e) => isRouteFlow(e) && route.has(e.target)).sort(edgeOrder);
      frames.push({ id, out, next: 0, kept: [] });
    };
    enter(client.id);
    while (frames.length > 0) {
      const f = frames[frames.length - 1] as (typeof frames)[number];
      if (f.next < f.out.length) {
        const e = f.out[f.next++] as DesignEdge;
        const s = state.get(e.target);
        if (s === 1) continue; // back edge: a cycle
        f.kept.push(e);
        if (s === undefined) enter(e.target);
        continue;
      }
      succ.set(f.id, f.kept);
      state.set(f.id, 2);
      frames.pop();
    }
    // Without the back edges some nodes may no longer reach a model: prune them.
    route = reachesModel(g, route, succ);
    for (const [id, out] of succ) {
      if (!route.has(id)) succ.delete(id);
      else
        succ.set(
          id,
          out.filter((e) => route.has(e.target)),
        );
    }

    // Primary path: follow the preferred edge until a model.
    const nodes: DesignNode[] = [client];
    const edges: DesignEdge[] = [];
    let cur = client;
    while (!isModel(cur)) {
      const next = (succ.get(cur.id) ?? [])[0];
      const n = next ? g.byId.get(next.target) : undefined;
      if (!next || !n) break;
      edges.push(next);
      nodes.push(n);
      cur = n;
    }
    const model = isModel(cur) ? cur : null;
    if (!model) continue;

    // Backends: every model on the route.
    const backends: Backend[] = [];
    for (const id of route) {
      const n = g.byId.get(id);
      if (!n || !isModel(n)) continue;
      const inc = (g.incoming.get(id) ?? []).filter((e) => route.has(e.source) && (succ.get(e.source) ?? []).includes(e)).sort(edgeOrder);
      const via = id === model.id ? (edges[edges.length - 1] ?? null) : (inc[0] ?? null);
      const flow = via?.flow === 'failover' ? 'failover' : 'request';
      backends.push({ node: n, via, flow, priority: via?.priority ?? 0, primary: id === model.id });
    }
    backends.sort(
      (a, b) =>
        Number(b.primary) - Number(a.primary) || (a.flow === 'request' ? 0 : 1) - (b.flow === 'request' ? 0 : 1) || a.priority - b.priority,
    );

    // Side calls: edges from route nodes to nodes off the route.
    // The primary path's nodes in path order, then the rest of the route in its order (a stable sort by
    // position on the primary path, done in one pass).
    const onPrimary = new Set<string>();
    for (const n of nodes) onPrimary.add(n.id);
    const routeList: string[] = [];
    for (const n of nodes) if (route.has(n.id)) routeList.push(n.id);
    for (const id of route) if (!onPrimary.has(id)) routeList.push(id);
    const sideCalls: SideCall[] = [];
    for (const id of routeList) {
      const mine: SideCall[] = [];
      for (const e of g.outgoing.get(id) ?? []) {
        if (e.flow === 'replication' || e.flow === 'failover' || route.has(e.target)) continue;
        const t = g.byId.get(e.target);
        if (!t || !roleTraitsOf(t.kind).callable) continue;
        mine.push({ fromNodeId: id, node: t, edge: e, kind: sideKind(e, t) });
      }
      mine.sort((a, b) => SIDE_ORDER[a.kind] - SIDE_ORDER[b.kind]);
      sideCalls.push(...mine);
    }

    return { found: true, reason: null, client, nodes, edges, model, sideCalls, backends, routeIds: route, routeSucc: succ };
  }
  return empty('no chain of request edges leads from the Users node to a model deployment', clients[0] ?? null);
}

/**
 * The same path over another graph of the same topology (lib/calc/evaluate-cache.ts sameTopology): every
 * node reference replaced by the node of that id in `g` (an edit replaces the node objects it changes).
 */
export function remapRequestPath(path: RequestPath, g: DesignGraph): RequestPath {
  const node = (n: DesignNode): DesignNode => g.byId.get(n.id) ?? n;
  return {
    ...path,
    client: path.client ? node(path.client) : null,
    nodes: path.nodes.map(node),
    model: path.model ? node(path.model) : null,
    sideCalls: path.sideCalls.map((s) => ({ ...s, node: node(s.node) })),
    backends: path.backends.map((b) => ({ ...b, node: node(b.node) })),
  };
}
