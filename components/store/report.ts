/**
 * The report of the design being edited: `evaluate(design)`, computed off the main thread in a Web Worker
 * (report.worker.ts), so the canvas never waits for it and the calculations, the catalog and the price
 * snapshot are not part of the page's first load.
 *
 * - Results arrive asynchronously. The hooks show the last report received for the open document: while a
 *   newer design is computing, the previous report stays on screen (no error, no empty state in between).
 *   Opening another document (a load) starts afresh: its figures are never the previous document's.
 * - A reply for a design that is no longer the open one is not shown (it is still kept for `reportFor`).
 * - Requests coalesce: while the worker computes, only the latest design waits, never a backlog of edits.
 * - Without Worker (Vitest, Node) or after the worker fails, `evaluate` runs on the main thread, loaded on
 *   first use. A failure becomes a message, never a crash.
 * Designs are immutable, so the design object is the cache key. Nothing here runs on a drag tick: dragging
 * changes the canvas's node positions, not the design, until the drag ends.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { NodeStatus, Report } from '@/lib/calc/types';
import type { Design } from '@/lib/design/schema';
import { useStudio } from './studio-store';

export type ReportResult = { ok: true; report: Report } | { ok: false; message: string };

/** A message to the worker and its reply (plain data: both cross postMessage by structured clone). */
export type ReportRequest = { id: number; design: Design };
export type ReportReply = { id: number; priceBasis: string } & ReportResult;

const cache = new WeakMap<Design, ReportResult>();
const inFlight = new WeakMap<Design, Promise<ReportResult>>();

const failureOf = (e: unknown): ReportResult => ({ ok: false, message: e instanceof Error ? e.message : String(e) });

// ---------- The main-thread path (no Worker, or the worker failed) ----------

let evaluateModule: Promise<[typeof import('@/lib/calc/evaluate'), typeof import('@/lib/catalog/vm-prices')]> | null = null;

/** The price basis beside costs (currency and snapshot date), known once the catalog has loaded somewhere. */
let priceBasis: string | null = null;

async function evaluateHere(design: Design): Promise<ReportResult> {
  evaluateModule ??= Promise.all([import('@/lib/calc/evaluate'), import('@/lib/catalog/vm-prices')]);
  try {
    const [{ evaluate }, { PRICE_BASIS_NOTE }] = await evaluateModule;
    priceBasis = PRICE_BASIS_NOTE;
    return { ok: true, report: evaluate(design) };
  } catch (e) {
    return failureOf(e);
  }
}

// ---------- The worker path ----------

type Pending = { design: Design; resolve: (r: ReportResult) => void };
let worker: Worker | null | undefined; // undefined: not started yet; null: not available (main thread)
let nextId = 1;
const pending = new Map<number, Pending>();

function workerFailed(): void {
  worker?.terminate();
  worker = null;
  // Whatever was waiting is computed here instead: no request is ever left unanswered.
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) void evaluateHere(p.design).then(p.resolve);
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'report' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (e: MessageEvent<ReportReply>) => {
    const { id, priceBasis: basis, ...result } = e.data;
    priceBasis = basis;
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.resolve(result.ok ? { ok: true, report: result.report } : { ok: false, message: result.message });
  };
  worker.onerror = (e) => {
    e.preventDefault();
    workerFailed();
  };
  worker.onmessageerror = () => workerFailed();
  return worker;
}

function evaluateInWorker(design: Design): Promise<ReportResult> {
  const w = startWorker();
  if (!w) return evaluateHere(design);
  return new Promise<ReportResult>((resolve) => {
    const id = nextId++;
    pending.set(id, { design, resolve });
    try {
      w.postMessage({ id, design } satisfies ReportRequest);
    } catch {
      // The design could not be cloned (never expected: designs are plain data): compute it here.
      pending.delete(id);
      void evaluateHere(design).then(resolve);
    }
  });
}

/** The report for a design, memoised on the design object; computed in the worker when there is one. */
export function reportFor(design: Design): Promise<ReportResult> {
  const hit = cache.get(design);
  if (hit) return Promise.resolve(hit);
  const running = inFlight.get(design);
  if (running) return running;
  const p = evaluateInWorker(design).then((r) => {
    cache.set(design, r);
    inFlight.delete(design);
    return r;
  });
  inFlight.set(design, p);
  return p;
}

/** The report of a design if it has been computed already, else null. Never starts a computation. */
export const cachedReportFor = (design: Design): ReportResult | null => cache.get(design) ?? null;

/**
 * The report of any design (a stored one, a template), for views that show a design other than the open one
 * or need its exact report: null until it arrives (at once when it is cached).
 */
export function useReportFor(design: Design | null): ReportResult | null {
  const [got, setGot] = useState<{ design: Design; result: ReportResult } | null>(null);
  useEffect(() => {
    if (design === null || cache.has(design)) return;
    let live = true;
    void reportFor(design).then((result) => live && setGot({ design, result }));
    return () => {
      live = false;
    };
  }, [design]);
  if (design === null) return null;
  return cache.get(design) ?? (got?.design === design ? got.result : null);
}

// ---------- What is shown: the last report received for the open document ----------

type Shown = { design: Design; loads: number; result: ReportResult };
let shown: Shown | null = null;
const listeners = new Set<() => void>();
let started = false;
let requested: Design | null = null; // the design whose report is being computed for the screen

function show(next: Shown): void {
  shown = next;
  for (const l of listeners) l();
}

/** Asks for the open design's report; while one computes, only the newest design waits (no backlog). */
function requestOpenDesign(): void {
  const { design, loads } = useStudio.getState();
  if (shown?.design === design) return;
  const hit = cache.get(design);
  if (hit) {
    show({ design, loads, result: hit });
    return;
  }
  if (requested !== null) return; // the reply to the running request asks again for the newest design
  requested = design;
  void reportFor(design).then((result) => {
    requested = null;
    const now = useStudio.getState();
    // A stale reply (the open design has changed meanwhile) is not shown: the newer design is asked for.
    if (now.design === design) show({ design, loads: now.loads, result });
    else requestOpenDesign();
  });
}

function start(): void {
  if (started) return;
  started = true;
  useStudio.subscribe((s, prev) => {
    if (s.design !== prev.design || s.loads !== prev.loads) requestOpenDesign();
  });
  requestOpenDesign();
}

function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getShown = (): Shown | null => shown;

/** The shown result for the open document (null until its first report arrives, and after opening another). */
function useShownResult(): ReportResult | null {
  const s = useSyncExternalStore(subscribe, getShown, () => null);
  const loads = useStudio((st) => st.loads);
  return s !== null && s.loads === loads ? s.result : null;
}

/** What the screen shows now, for event handlers outside React's render (same rules as the hooks). */
export function shownReport(): Report | null {
  start();
  return shown !== null && shown.loads === useStudio.getState().loads && shown.result.ok ? shown.result.report : null;
}

/** What the studio states beside a cost (the catalog's currency and price snapshot date), or null until known. */
export const usePriceBasis = (): string | null =>
  useSyncExternalStore(
    subscribe,
    () => priceBasis,
    () => null,
  );

/** A node's status in a report, by own key only: a node id such as `toString` is never a prototype member. */
export const nodeStatusOf = (report: Report, id: string): NodeStatus | undefined =>
  Object.hasOwn(report.nodes, id) ? report.nodes[id] : undefined;

/** The open design's report (the last one received while a newer one computes), or null while validation failed. */
export const useReport = (): Report | null => {
  const r = useShownResult();
  return r?.ok ? r.report : null;
};

/** Why validation failed, or null. */
export const useReportError = (): string | null => {
  const r = useShownResult();
  return r && !r.ok ? r.message : null;
};

/** One node's status: key figures, badge and findings. */
export const useNodeStatus = (id: string): NodeStatus | undefined => {
  const r = useShownResult();
  return r?.ok ? nodeStatusOf(r.report, id) : undefined;
};
