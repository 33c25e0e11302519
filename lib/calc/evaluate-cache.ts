/**
 * What `evaluate` keeps between calls so that an edit recomputes only what it touches (issue 14).
 *
 * A design is immutable: an edit replaces the changed node and edge objects and the arrays that hold them,
 * and keeps every other object. So a per-node result (its VRAM fit, its speed, its cost lines, its region
 * availability) is cached in a WeakMap keyed by the node object, together with everything else it was
 * computed from (the scenario, the price overrides, the node's region, the traffic that reaches it...): a
 * hit needs the same node object AND equal inputs. The parts over the whole graph (HA structure, posture,
 * the cost totals, levers and alternatives, node statuses) run on every call and are linear in the design's
 * size; the request path and the traffic flow are reused while the topology (node ids and kinds, the edges
 * array) and the traffic shares stay the same.
 *
 * When nothing a calculation reads has changed (a node moved or resized on the canvas: no calculation
 * reads positions or sizes), the previous report is returned as it is.
 *
 * Rule for callers: never change a design's objects in place after evaluating it; build a new design (the
 * store and lib/design/edit.ts do). Reports are read-only, and parts of them are shared between reports.
 * A design that arrives as a copy (a Web Worker message) has only new objects: pass it through
 * `reuseUnchanged(previous, copy)` first so the untouched nodes are recognised.
 */
import type { Design, DesignEdge, DesignNode } from '../design/schema';
import type { DesignGraph } from './graph';
import type { PriceLookup } from './prices';
import type { RequestPath } from './request-path';
import type { Report } from './types';

interface Entry {
  inputs: string;
  key: readonly unknown[];
  value: unknown;
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
};

/** Per-node results of one kind of calculation (a "section"), keyed by the node object and its other inputs. */
export class NodeMemo {
  private readonly sections = new Map<string, WeakMap<object, Entry>>();
  hits = 0;
  misses = 0;

  /** The last inputs text seen, so that equal texts are one string and compare by reference. */
  private inputs = '';

  /** One string object for equal inputs texts (the scenario and the price overrides of an evaluation). */
  intern(inputs: string): string {
    if (inputs !== this.inputs) this.inputs = inputs;
    return this.inputs;
  }

  /**
   * `compute()` for this node, or the result cached for the same node object, the same `inputs` (the
   * scenario and prices, interned) and an equal key.
   */
  get<T>(section: string, node: object, inputs: string, key: readonly unknown[], compute: () => T): T {
    let map = this.sections.get(section);
    if (!map) {
      map = new WeakMap();
      this.sections.set(section, map);
    }
    const hit = map.get(node);
    if (hit && hit.inputs === inputs && sameKey(hit.key, key)) {
      this.hits++;
      return hit.value as T;
    }
    this.misses++;
    const value = compute();
    map.set(node, { inputs, key, value });
    return value;
  }
}

/** A reusable cache for `evaluate(design, cache)`. One per stream of edits (a studio tab, a worker, a test). */
export class EvaluateCache {
  readonly nodes = new NodeMemo();
  /** The price lookup of the last price overrides seen (its per-id cache survives edits that keep the overrides). */
  prices: PriceLookup | null = null;
  /** The last design evaluated and its report, to answer an edit that no calculation can see. */
  last: { design: Design; report: Report } | null = null;
  /** The last graph and request path, reused (with the new node objects) while the topology stays the same. */
  graph: { g: DesignGraph; path: RequestPath } | null = null;
}

/** The cache `evaluate(design)` uses when it is given none: one stream of edits per JavaScript realm. */
export const defaultEvaluateCache = new EvaluateCache();

/** The node fields a calculation may read: everything but `position` and `size` (canvas geometry). */
const sameNodeForCalc = (a: DesignNode, b: DesignNode): boolean =>
  a === b || (a.id === b.id && a.kind === b.kind && a.label === b.label && a.parentId === b.parentId && a.config === b.config);

/**
 * Whether no calculation can tell the two designs apart: the same scenario, price overrides, edges (the
 * same objects) and nodes equal in every field but their canvas position and size.
 */
export function sameForCalculation(a: Design, b: Design): boolean {
  if (a === b) return true;
  if (a.scenario !== b.scenario || a.priceOverrides !== b.priceOverrides) return false;
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (!sameNodeForCalc(a.nodes[i] as DesignNode, b.nodes[i] as DesignNode)) return false;
  const ea: readonly DesignEdge[] = a.edges;
  const eb: readonly DesignEdge[] = b.edges;
  for (let i = 0; i < ea.length; i++) if (ea[i] !== eb[i]) return false;
  return true;
}

/**
 * Whether two designs have the same topology: the same edges (the same array: an edit of a node's settings,
 * label or position keeps it) and node ids and kinds in the same order. The request path and the traffic
 * flow read nothing else (but the model deployments' traffic shares, which traffic.ts checks itself).
 */
export function sameTopology(a: Design, b: Design): boolean {
  if (a.edges !== b.edges || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i] as DesignNode;
    const y = b.nodes[i] as DesignNode;
    if (x !== y && (x.id !== y.id || x.kind !== y.kind)) return false;
  }
  return true;
}

/** Deep equality of plain JSON-like values (what a design holds after a structured clone or JSON round trip). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * `next` with every part equal in value to `prev`'s reused as `prev`'s object: nodes and edges (by id),
 * the edge and node arrays when all their items are reused in the same order, the scenario and the price
 * overrides. For a design that arrives as a copy (a Web Worker's message, a JSON round trip), so the
 * per-node cache of `evaluate` still recognises the nodes an edit did not touch. Linear in the design's size.
 */
export function reuseUnchanged(prev: Design | null, next: Design): Design {
  if (prev === null || prev === next) return next;
  const prevNodes = new Map<string, DesignNode>();
  for (const n of prev.nodes) prevNodes.set(n.id, n);
  let nodesSame = prev.nodes.length === next.nodes.length;
  const nodes = next.nodes.map((n, i) => {
    const p = prevNodes.get(n.id);
    const kept = p !== undefined && sameValue(p, n) ? p : n;
    if (kept !== prev.nodes[i]) nodesSame = false;
    return kept;
  });
  const prevEdges = new Map<string, DesignEdge>();
  for (const e of prev.edges) prevEdges.set(e.id, e);
  let edgesSame = prev.edges.length === next.edges.length;
  const edges = next.edges.map((e, i) => {
    const p = prevEdges.get(e.id);
    const kept = p !== undefined && sameValue(p, e) ? p : e;
    if (kept !== prev.edges[i]) edgesSame = false;
    return kept;
  });
  return {
    ...next,
    nodes: nodesSame ? prev.nodes : nodes,
    edges: edgesSame ? prev.edges : edges,
    scenario: sameValue(prev.scenario, next.scenario) ? prev.scenario : next.scenario,
    priceOverrides: sameValue(prev.priceOverrides, next.priceOverrides) ? prev.priceOverrides : next.priceOverrides,
  };
}
