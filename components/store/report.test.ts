/**
 * The report off the main thread (report.ts): what the screen shows while newer designs compute, stale
 * replies, and the fallbacks. The worker is replaced by a stand-in that runs the same evaluate and answers
 * when the test says so, so the order of replies is the test's to choose.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '@/lib/calc/evaluate';
import { generateDesign } from '@/lib/design/generate';
import type { Design } from '@/lib/design/schema';
import type { ReportReply, ReportRequest } from './report';

type Report = typeof import('./report');
type Store = typeof import('./studio-store');

/** A stand-in Worker: keeps each request until `answer` (or `fail`) is called. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((e: { data: ReportReply }) => void) | null = null;
  onerror: ((e: { preventDefault: () => void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  requests: ReportRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.instances.push(this);
  }
  postMessage(req: ReportRequest): void {
    this.requests.push(structuredClone(req));
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(index = 0): void {
    const [req] = this.requests.splice(index, 1);
    if (!req) throw new Error('no request waiting');
    const reply: ReportReply = { id: req.id, priceBasis: 'USD · test', ok: true, report: evaluate(req.design) };
    this.onmessage?.({ data: structuredClone(reply) });
  }
  fail(): void {
    this.onerror?.({ preventDefault: () => undefined });
  }
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

let report: Report;
let store: Store;

async function load(withWorker: boolean): Promise<void> {
  vi.resetModules();
  FakeWorker.instances = [];
  if (withWorker) {
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('Worker', FakeWorker);
  }
  store = await import('./studio-store');
  report = await import('./report');
}

const open = (d: Design) => store.useStudio.getState().showTransient(d);

describe('the report of the open design', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('without Worker (Node) evaluates on the main thread and shows that report', async () => {
    await load(false);
    const d = generateDesign(12);
    open(d);
    expect(report.shownReport()).toBeNull();
    await settle();
    const design = store.useStudio.getState().design;
    expect(report.shownReport()).toEqual(evaluate(design));
    expect((await report.reportFor(design)).ok).toBe(true);
  });

  it('keeps the last report while a newer design computes, and shows only the newest reply', async () => {
    await load(true);
    open(generateDesign(12));
    report.shownReport(); // starts following the open design
    const w = FakeWorker.instances[0]!;
    expect(w.requests).toHaveLength(1);
    w.answer();
    await settle();
    const first = report.shownReport();
    expect(first?.cost.totalUsdPerMonth).toBe(evaluate(store.useStudio.getState().design).cost.totalUsdPerMonth);

    // Two edits while the worker computes: the first is asked for, the second waits (no backlog).
    const s = store.useStudio.getState();
    const a = { ...s.design, name: 'edit A' };
    s.commit(a);
    const b = { ...a, scenario: { ...a.scenario, peakRequestsPerMinute: a.scenario.peakRequestsPerMinute * 4 } };
    store.useStudio.getState().commit(b);
    expect(w.requests).toHaveLength(1);
    expect(report.shownReport()).toBe(first); // the last report stays on screen

    // The reply for A is stale (B is open): it is not shown, and B is asked for.
    w.answer();
    await settle();
    expect(report.shownReport()).toBe(first);
    expect(w.requests).toHaveLength(1);
    w.answer();
    await settle();
    expect(report.shownReport()).toEqual(evaluate(store.useStudio.getState().design));
    expect(report.cachedReportFor(a)?.ok).toBe(true); // A's reply is kept for reportFor
  });

  it('a failed worker falls back to the main thread; nothing waiting is lost', async () => {
    await load(true);
    open(generateDesign(12));
    report.shownReport();
    const w = FakeWorker.instances[0]!;
    w.fail();
    await settle();
    expect(w.terminated).toBe(true);
    expect(report.shownReport()).toEqual(evaluate(store.useStudio.getState().design));
    const other = generateDesign(30);
    const r = await report.reportFor(other);
    expect(r.ok && r.report.cost.totalUsdPerMonth).toBe(evaluate(other).cost.totalUsdPerMonth);
    expect(FakeWorker.instances).toHaveLength(1);
  });

  it('opening another document never shows the previous one’s report', async () => {
    await load(true);
    open(generateDesign(12));
    report.shownReport();
    const w = FakeWorker.instances[0]!;
    w.answer();
    await settle();
    expect(report.shownReport()).not.toBeNull();
    open(generateDesign(40));
    expect(report.shownReport()).toBeNull();
    w.answer();
    await settle();
    expect(report.shownReport()).toEqual(evaluate(store.useStudio.getState().design));
  });
});
