/**
 * The report worker: runs `evaluate(design)` off the main thread for components/store/report.ts. The
 * calculations, the catalog and the price snapshot load here, not in the page's first load.
 * Each request `{ id, design }` gets one reply `{ id, priceBasis, ok: true, report }` or `{ id, priceBasis,
 * ok: false, message }`; the report is plain data (records, arrays, numbers, strings), so it crosses
 * postMessage as it is.
 *
 * A design arrives as a fresh copy each time (structured clone), so this worker gives back the identity the
 * main thread's immutable updates keep: a node, an edge or the scenario equal to the previous design's is
 * replaced by the previous object. Anything keyed by object identity (memoised per-node results) then sees
 * an edit of one node as one changed node.
 */
import { evaluate } from '@/lib/calc/evaluate';
import { PRICE_BASIS_NOTE } from '@/lib/catalog/vm-prices';
import type { Design } from '@/lib/design/schema';
import type { ReportReply, ReportRequest } from './report';

/** This worker's global scope, typed by what is used (the project's TypeScript libraries are the DOM's). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReportRequest>) => void) | null;
  postMessage: (reply: ReportReply) => void;
};

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function reuse<T extends { id: string }>(prev: readonly T[], next: T[]): T[] {
  const byId = new Map(prev.map((x) => [x.id, x]));
  return next.map((x) => {
    const p = byId.get(x.id);
    return p !== undefined && same(p, x) ? p : x;
  });
}

let previous: Design | null = null;

function withIdentity(design: Design): Design {
  if (previous === null) return design;
  const nodes = reuse(previous.nodes, design.nodes);
  const edges = reuse(previous.edges, design.edges);
  const { nodes: _n, edges: _e, ...rest } = design;
  const { nodes: _pn, edges: _pe, ...prevRest } = previous;
  const sameNodes = nodes.length === previous.nodes.length && nodes.every((n, i) => n === previous?.nodes[i]);
  const sameEdges = edges.length === previous.edges.length && edges.every((e, i) => e === previous?.edges[i]);
  if (sameNodes && sameEdges && same(rest, prevRest)) return previous;
  return { ...design, nodes, edges, ...(same(design.scenario, previous.scenario) ? { scenario: previous.scenario } : {}) };
}

scope.onmessage = (e) => {
  const { id } = e.data;
  let reply: ReportReply;
  try {
    const design = withIdentity(e.data.design);
    previous = design;
    reply = { id, priceBasis: PRICE_BASIS_NOTE, ok: true, report: evaluate(design) };
  } catch (err) {
    reply = { id, priceBasis: PRICE_BASIS_NOTE, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
