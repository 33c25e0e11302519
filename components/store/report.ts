/**
 * The report of the design being edited: `evaluate(design)`, computed once per design object (designs
 * are immutable, so identity is the cache key). Nothing here runs on a drag tick: dragging changes the
 * canvas's node positions, not the design, until the drag ends.
 */
import { evaluate } from '@/lib/calc/evaluate';
import type { NodeStatus, Report } from '@/lib/calc/types';
import type { Design } from '@/lib/design/schema';
import { useStudio } from './studio-store';

export type ReportResult = { ok: true; report: Report } | { ok: false; message: string };

const cache = new WeakMap<Design, ReportResult>();

/** The report for a design (memoised on the design object). A failure becomes a message, never a crash. */
export function reportFor(design: Design): ReportResult {
  const hit = cache.get(design);
  if (hit) return hit;
  let result: ReportResult;
  try {
    result = { ok: true, report: evaluate(design) };
  } catch (e) {
    result = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  cache.set(design, result);
  return result;
}

/** A node's status in a report, by own key only: a node id such as `toString` is never a prototype member. */
export const nodeStatusOf = (report: Report, id: string): NodeStatus | undefined =>
  Object.hasOwn(report.nodes, id) ? report.nodes[id] : undefined;

/** The current design's report, or null while validation failed (the header shows why). */
export const useReport = (): Report | null =>
  useStudio((s) => {
    const r = reportFor(s.design);
    return r.ok ? r.report : null;
  });

/** Why validation failed, or null. */
export const useReportError = (): string | null =>
  useStudio((s) => {
    const r = reportFor(s.design);
    return r.ok ? null : r.message;
  });

/** One node's status: key figures, badge and findings. */
export const useNodeStatus = (id: string): NodeStatus | undefined =>
  useStudio((s) => {
    const r = reportFor(s.design);
    return r.ok ? nodeStatusOf(r.report, id) : undefined;
  });
