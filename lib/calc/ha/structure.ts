/**
 * The structure of the request path as availability arithmetic: the route as a graph (a failover edge
 * between two nodes of one role makes the target an alternative to the source), its series-parallel
 * split from post-dominators, and the side calls of each node in series with it.
 */
import type { DesignNode } from '../../design/schema';
import { nodeLabel } from '../../design/node-label';
import { formatAvailabilityPrecise } from '../../format';
import { perNode, type CalcContext } from '../context';
import type { DesignGraph } from '../graph';
import { roleOf, type RequestPath, type SideCall } from '../request-path';
import type { SlaTerm } from '../types';
import { parallelAvailability, seriesAvailability } from './formulas';
import { slaForNode } from './node-sla';

/** The virtual node every model leads to: reaching it means the request was answered. */
export const SINK = '\u0000sink';

function seriesTerm(label: string, terms: SlaTerm[]): SlaTerm {
  const flat: SlaTerm[] = [];
  for (const t of terms) {
    if (t.type === 'series') for (const x of t.terms) flat.push(x);
    else flat.push(t);
  }
  if (flat.length === 1) return flat[0] as SlaTerm;
  const parts: (number | null)[] = [];
  for (const t of flat) parts.push(t.availability);
  return { type: 'series', label, terms: flat, availability: seriesAvailability(parts) };
}

function parallelTerm(label: string, terms: SlaTerm[]): SlaTerm {
  if (terms.length === 1) return terms[0] as SlaTerm;
  return { type: 'parallel', label, terms, availability: parallelAvailability(terms.map((t) => t.availability)) };
}

function serviceTerm(n: DesignNode, access: 'read' | 'write'): SlaTerm {
  const s = slaForNode(n, access);
  return { type: 'service', nodeId: n.id, label: nodeLabel(n), availability: s.availability, slaId: s.slaId };
}

const renderedService = new WeakMap<SlaTerm, string>();

/** The structure as arithmetic, e.g. `99.99% × (1 − (1 − 99.9%) × (1 − 99.9%))`. */
export function renderTerm(t: SlaTerm): string {
  if (t.type === 'service') {
    // Service terms are immutable and kept between evaluations: their text is worked out once.
    let text = renderedService.get(t);
    if (text === undefined) {
      text = formatAvailabilityPrecise(t.availability);
      renderedService.set(t, text);
    }
    return text;
  }
  if (t.type === 'series')
    return t.terms
      .map((x) => (x.type === 'parallel' ? renderTerm(x) : x.type === 'series' ? `(${renderTerm(x)})` : renderTerm(x)))
      .join(' × ');
  return `(1 − ${t.terms.map((x) => `(1 − ${x.type === 'service' ? renderTerm(x) : `[${renderTerm(x)}]`})`).join(' × ')})`;
}

export interface AvailGraph {
  succ: Map<string, string[]>;
  /** Immediate post-dominator of each node that can deliver (SINK for the last ones). */
  ipdom: Map<string, string>;
  /** The post-dominators of a node, nearest first: itself, its immediate post-dominator, ..., SINK; empty for a dead end. */
  pdomOf: (id: string) => string[];
}

/**
 * The route as a graph for availability: a 'failover' edge between two nodes of the same role (model →
 * model, app → app) means "the target replaces the source", so the source's callers get the target as
 * an alternative; models lead to a virtual sink. Post-dominators give the series-parallel split.
 * Linear in the route's size for chains: no recursion, post-dominators as a tree (immediate ones).
 */
function availabilityGraph(g: DesignGraph, path: RequestPath): AvailGraph {
  const succ = new Map<string, string[]>();
  const peer: [string, string][] = [];
  for (const id of path.routeIds) {
    const n = g.byId.get(id);
    if (!n) continue;
    if (roleOf(n) === 'model') {
      succ.set(id, [SINK]);
      for (const e of path.routeSucc.get(id) ?? []) if (e.flow === 'failover') peer.push([id, e.target]);
      continue;
    }
    const out: string[] = [];
    for (const e of path.routeSucc.get(id) ?? []) {
      const t = g.byId.get(e.target);
      if (!t) continue;
      if (e.flow === 'failover' && roleOf(t) === roleOf(n)) peer.push([id, e.target]);
      else if (!out.includes(e.target)) out.push(e.target);
    }
    succ.set(id, out);
  }
  if (peer.length > 0) {
    // A caller of u also calls v, its peer: repeated until nothing changes (a peer of a peer), the callers
    // of each u taken in route order. Callers are indexed, so each round costs the peers' callers only.
    const rank = new Map<string, number>();
    const callers = new Map<string, Set<string>>();
    const outSet = new Map<string, Set<string>>();
    const callerSet = (id: string): Set<string> => {
      let c = callers.get(id);
      if (!c) callers.set(id, (c = new Set()));
      return c;
    };
    for (const [p, out] of succ) {
      rank.set(p, rank.size);
      outSet.set(p, new Set(out));
      for (const t of out) callerSet(t).add(p);
    }
    for (let changed = true, guard = 0; changed && guard < 50; guard++) {
      changed = false;
      for (const [u, v] of peer) {
        const ps = callers.get(u);
        if (!ps) continue;
        for (const p of [...ps].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))) {
          const os = outSet.get(p);
          if (p === v || !os || os.has(v)) continue;
          (succ.get(p) as string[]).push(v);
          os.add(v);
          callerSet(v).add(p);
          changed = true;
        }
      }
    }
  }
  // Topological order (depth-first post-order from the client, iterative), then post-dominators.
  const order: string[] = [];
  const seen = new Set<string>();
  if (path.client) {
    const frames: { id: string; next: number }[] = [{ id: path.client.id, next: 0 }];
    seen.add(path.client.id);
    while (frames.length > 0) {
      const f = frames[frames.length - 1] as { id: string; next: number };
      const outs = succ.get(f.id) ?? [];
      if (f.next < outs.length) {
        const s = outs[f.next++] as string;
        if (s !== SINK && !seen.has(s)) {
          seen.add(s);
          frames.push({ id: s, next: 0 });
        }
        continue;
      }
      order.push(f.id);
      frames.pop();
    }
  }
  // Post-dominators as a tree: a node's immediate post-dominator is where the post-dominator chains of its
  // successors meet (the nearest common one); depth = steps to the sink.
  const ipdom = new Map<string, string>();
  const depth = new Map<string, number>([[SINK, 0]]);
  const meet = (a0: string, b0: string): string => {
    let a = a0;
    let b = b0;
    while (a !== b) {
      if ((depth.get(a) ?? 0) >= (depth.get(b) ?? 0)) a = ipdom.get(a) ?? SINK;
      else b = ipdom.get(b) ?? SINK;
    }
    return a;
  };
  for (const id of order) {
    const outs = (succ.get(id) ?? []).filter((s) => depth.has(s));
    succ.set(id, outs);
    if (outs.length === 0) continue; // a dead end: cannot deliver
    let d = outs[0] as string;
    for (let i = 1; i < outs.length; i++) d = meet(d, outs[i] as string);
    ipdom.set(id, d);
    depth.set(id, (depth.get(d) ?? 0) + 1);
  }
  const pdomOf = (id: string): string[] => {
    if (!depth.has(id)) return [];
    const chain = [id];
    for (let x = id; x !== SINK;) {
      x = ipdom.get(x) ?? SINK;
      chain.push(x);
    }
    return chain;
  };
  return { succ, ipdom, pdomOf };
}

export function buildStructure(
  g: DesignGraph,
  path: RequestPath,
  ctx?: CalcContext,
): { structure: SlaTerm | null; avail: AvailGraph | null; shared: DesignNode[] } {
  if (!path.found || !path.client) return { structure: null, avail: null, shared: [] };
  const avail = availabilityGraph(g, path);
  // A node's term reads only the node (its SLA and label): kept per node object by evaluate.
  const term = (n: DesignNode, access: 'read' | 'write'): SlaTerm =>
    ctx ? perNode(ctx, `sla-${access}`, n, [], () => serviceTerm(n, access)) : serviceTerm(n, access);
  const sideOf = new Map<string, SideCall[]>();
  const callers = new Map<string, Set<string>>();
  for (const s of path.sideCalls) {
    sideOf.set(s.fromNodeId, [...(sideOf.get(s.fromNodeId) ?? []), s]);
    callers.set(s.node.id, (callers.get(s.node.id) ?? new Set()).add(s.fromNodeId));
  }
  const isShared = (id: string) => (callers.get(id)?.size ?? 0) > 1;
  const shared: DesignNode[] = [];
  const sharedSeen = new Set<string>();

  const sideTerms = (id: string): SlaTerm[] => {
    const out: SlaTerm[] = [];
    const mine = sideOf.get(id) ?? [];
    const counted = new Set<string>(); // two edges from one caller to one service (read and write) count it once
    for (const s of mine) {
      if (counted.has(s.node.id)) continue;
      counted.add(s.node.id);
      if (isShared(s.node.id)) {
        if (!sharedSeen.has(s.node.id)) {
          sharedSeen.add(s.node.id);
          shared.push(s.node);
        }
        continue;
      }
      const writes = mine.some((c) => c.node.id === s.node.id && c.kind === 'data');
      out.push(term(s.node, writes ? 'write' : 'read'));
    }
    return out;
  };

  const chain = (start: string, stop: string, depth: number): SlaTerm[] => {
    const terms: SlaTerm[] = [];
    let x = start;
    let guard = 0;
    while (x !== stop && x !== SINK && guard++ < 1000 && depth < 50) {
      const n = g.byId.get(x);
      if (n && roleOf(n) !== 'client') terms.push(term(n, 'read'), ...sideTerms(x));
      const outs = avail.succ.get(x) ?? [];
      if (outs.length === 0) break;
      if (outs.length === 1) {
        x = outs[0] as string;
        continue;
      }
      const d = avail.ipdom.get(x) ?? SINK;
      const branches = outs.map((o) => {
        const on = g.byId.get(o);
        return seriesTerm(`via ${on ? nodeLabel(on) : o}`, chain(o, d, depth + 1));
      });
      const names = outs.map((o) => {
        const on = g.byId.get(o);
        return on ? nodeLabel(on) : o;
      });
      terms.push(parallelTerm(`Redundant: ${names.join(' | ')}`, branches));
      x = d;
    }
    return terms;
  };

  const terms = chain(path.client.id, SINK, 0);
  for (const s of shared) terms.push(term(s, path.sideCalls.some((c) => c.node.id === s.id && c.kind === 'data') ? 'write' : 'read'));
  if (terms.length === 0) return { structure: null, avail, shared };
  return { structure: seriesTerm('Request path', terms), avail, shared };
}

/** The service terms of a structure, in order (depth first, without recursion). */
export function serviceTerms(t: SlaTerm | null): Extract<SlaTerm, { type: 'service' }>[] {
  const out: Extract<SlaTerm, { type: 'service' }>[] = [];
  if (t === null) return out;
  const stack: SlaTerm[] = [t];
  while (stack.length > 0) {
    const x = stack.pop() as SlaTerm;
    if (x.type === 'service') out.push(x);
    else for (let i = x.terms.length - 1; i >= 0; i--) stack.push(x.terms[i] as SlaTerm);
  }
  return out;
}
