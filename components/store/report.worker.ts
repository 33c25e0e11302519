/**
 * The report worker: runs `evaluate(design)` off the main thread for components/store/report.ts. The
 * calculations, the catalog and the price snapshot load here, not in the page's first load.
 * Each request `{ id, design }` gets one reply `{ id, priceBasis, ok: true, report }` or `{ id, priceBasis,
 * ok: false, message }`; the report is plain data (records, arrays, numbers, strings), so it crosses
 * postMessage as it is.
 *
 * A design arrives as a fresh copy each time (structured clone), so this worker gives back the identity the
 * main thread's immutable updates keep (`reuseUnchanged`): a node, an edge or the scenario equal to the
 * previous design's is replaced by the previous object, so `evaluate`'s per-node cache (lib/calc/evaluate-cache.ts)
 * sees an edit of one node as one changed node.
 */
import { evaluate } from '@/lib/calc/evaluate';
import { reuseUnchanged } from '@/lib/calc/evaluate-cache';
import { PRICE_BASIS_NOTE } from '@/lib/catalog/vm-prices';
import type { Design } from '@/lib/design/schema';
import type { ReportReply, ReportRequest } from './report';

/** This worker's global scope, typed by what is used (the project's TypeScript libraries are the DOM's). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReportRequest>) => void) | null;
  postMessage: (reply: ReportReply) => void;
};

let previous: Design | null = null;

scope.onmessage = (e) => {
  const { id } = e.data;
  let reply: ReportReply;
  try {
    const design = reuseUnchanged(previous, e.data.design);
    previous = design;
    reply = { id, priceBasis: PRICE_BASIS_NOTE, ok: true, report: evaluate(design) };
  } catch (err) {
    reply = { id, priceBasis: PRICE_BASIS_NOTE, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
