/**
 * The report worker: runs `evaluate(design)` off the main thread for components/store/report.ts. The
 * calculations, the catalog and the price snapshot load here, not in the page's first load.
 * Each request `{ id, design }` gets one reply `{ id, priceBasis, ok: true, report }` or `{ id, priceBasis, ok: false,
 * message }`;
 * the report is plain data (records, arrays, numbers, strings), so it crosses postMessage as it is.
 */
import { evaluate } from '@/lib/calc/evaluate';
import { PRICE_BASIS_NOTE } from '@/lib/catalog/vm-prices';
import type { ReportReply, ReportRequest } from './report';

/** This worker's global scope, typed by what is used (the project's TypeScript libraries are the DOM's). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReportRequest>) => void) | null;
  postMessage: (reply: ReportReply) => void;
};

scope.onmessage = (e) => {
  const { id, design } = e.data;
  let reply: ReportReply;
  try {
    reply = { id, priceBasis: PRICE_BASIS_NOTE, ok: true, report: evaluate(design) };
  } catch (err) {
    reply = { id, priceBasis: PRICE_BASIS_NOTE, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
