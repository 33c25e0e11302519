/**
 * Two reports side by side, for the workshop compare view: the headline figures of each with their
 * difference, the cost lines that differ and the findings only one of them has. Pure: it reads the two
 * reports `evaluate` gave and computes no domain number of its own beyond differences and minima.
 *
 * Matching: cost lines by their id (node + meter, e.g. `pool:nodes-always-on`), so a line whose price or
 * item changed is one changed line, not a removal and an addition; findings by rule id + the nodes they
 * name. Differences are B − A: a negative cost delta means B is cheaper.
 */
import type { CostLine, Finding, HaPattern, Report } from './types';

/** Whether B is better than A for a figure, by the figure's direction (lower cost is better, higher SLA is). */
export type Change = 'better' | 'worse' | 'same' | 'unknown';

export interface FigureDelta {
  a: number | null;
  b: number | null;
  /** b − a; null when either is unknown. */
  delta: number | null;
  change: Change;
}

export interface ComparedHeadline {
  /** Sum of the priced cost lines, USD a month (unpriced lines are counted apart). */
  monthlyCostUsd: FigureDelta;
  unpricedCostLines: FigureDelta;
  ttftMs: FigureDelta;
  e2eMs: FigureDelta;
  /** Composite availability along the request path, a fraction. */
  compositeSla: FigureDelta;
  downtimeMinutesPerMonth: FigureDelta;
  /**
   * The least VRAM headroom of the self-hosted deployments: min over them of (usable − required) GB per GPU;
   * negative when one does not fit, null when the design has none.
   */
  vramHeadroomGB: FigureDelta;
  errors: FigureDelta;
  warnings: FigureDelta;
}

export interface CostLineDelta {
  /** The line id both reports share (node + meter). */
  id: string;
  nodeId: string | null;
  /** null when the line exists only in B. */
  a: CostLine | null;
  /** null when the line exists only in A. */
  b: CostLine | null;
  /** b − a in USD a month; a missing line counts 0; null when a present line is unpriced. */
  deltaUsdPerMonth: number | null;
  /** What differs: 'added' (only in B), 'removed' (only in A), or 'changed' (price, quantity or item). */
  kind: 'added' | 'removed' | 'changed';
}

export interface ReportComparison {
  headline: ComparedHeadline;
  /** The availability pattern of each (seed 9.9), e.g. "Single region, PAYG" → "Multi-region, PTU + PAYG overflow". */
  haPattern: { a: HaPattern; b: HaPattern; aLabel: string; bLabel: string; changed: boolean };
  /** Lines that differ, largest absolute change first (unknown changes last). */
  costLines: CostLineDelta[];
  /** Findings of A with no finding of the same rule on the same nodes in B (fixed, or lost, by B). */
  onlyInA: Finding[];
  /** Findings of B with no counterpart in A (introduced by B). */
  onlyInB: Finding[];
}

type Direction = 'lower' | 'higher';

/** The difference of two figures and whether B is better in the figure's `better` direction. */
export function figureDelta(a: number | null, b: number | null, better: Direction): FigureDelta {
  if (a === null || b === null) return { a, b, delta: null, change: a === null && b === null ? 'same' : 'unknown' };
  const delta = b - a;
  // Differences below a millionth of the larger figure are float noise, not a change.
  const same = Math.abs(delta) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (same) return { a, b, delta: 0, change: 'same' };
  return { a, b, delta, change: delta < 0 === (better === 'lower') ? 'better' : 'worse' };
}

/** The least (usable − required) GB per GPU over a report's self-hosted deployments; null when there are none. */
export function vramHeadroomGB(report: Report): number | null {
  if (report.vram.length === 0) return null;
  return Math.min(...report.vram.map((v) => v.usableGBPerGpu - v.requiredGBPerGpu));
}

export function compareHeadline(a: Report, b: Report): ComparedHeadline {
  return {
    monthlyCostUsd: figureDelta(a.cost.totalUsdPerMonth, b.cost.totalUsdPerMonth, 'lower'),
    unpricedCostLines: figureDelta(a.cost.unpricedCount, b.cost.unpricedCount, 'lower'),
    ttftMs: figureDelta(a.latency.ttftMs, b.latency.ttftMs, 'lower'),
    e2eMs: figureDelta(a.latency.e2eMs, b.latency.e2eMs, 'lower'),
    compositeSla: figureDelta(a.ha.compositeSla, b.ha.compositeSla, 'higher'),
    downtimeMinutesPerMonth: figureDelta(a.ha.downtimeMinutesPerMonth, b.ha.downtimeMinutesPerMonth, 'lower'),
    vramHeadroomGB: figureDelta(vramHeadroomGB(a), vramHeadroomGB(b), 'higher'),
    errors: figureDelta(a.counts.error, b.counts.error, 'lower'),
    warnings: figureDelta(a.counts.warning, b.counts.warning, 'lower'),
  };
}

const sameLine = (x: CostLine, y: CostLine): boolean =>
  x.item === y.item &&
  x.quantity === y.quantity &&
  x.unitUsd === y.unitUsd &&
  x.hoursPerMonth === y.hoursPerMonth &&
  x.usdPerMonth === y.usdPerMonth &&
  x.priceId === y.priceId;

/** The cost lines that differ between two reports, matched by line id. */
export function compareCostLines(a: Report, b: Report): CostLineDelta[] {
  const inB = new Map(b.cost.lines.map((l) => [l.id, l]));
  const inA = new Map(a.cost.lines.map((l) => [l.id, l]));
  const out: CostLineDelta[] = [];
  for (const la of a.cost.lines) {
    const lb = inB.get(la.id);
    if (lb && sameLine(la, lb)) continue;
    const usdA = la.usdPerMonth;
    const usdB = lb ? lb.usdPerMonth : 0;
    out.push({
      id: la.id,
      nodeId: la.nodeId,
      a: la,
      b: lb ?? null,
      deltaUsdPerMonth: usdA === null || usdB === null ? null : usdB - usdA,
      kind: lb ? 'changed' : 'removed',
    });
  }
  for (const lb of b.cost.lines) {
    if (inA.has(lb.id)) continue;
    out.push({ id: lb.id, nodeId: lb.nodeId, a: null, b: lb, deltaUsdPerMonth: lb.usdPerMonth, kind: 'added' });
  }
  const size = (d: CostLineDelta): number => (d.deltaUsdPerMonth === null ? -1 : Math.abs(d.deltaUsdPerMonth));
  return out.sort((x, y) => size(y) - size(x) || x.id.localeCompare(y.id));
}

/** The key findings are matched by: rule id and the nodes they name. */
export const findingKey = (f: Finding): string => `${f.ruleId}@${[...f.nodeIds].sort().join(',')}`;

/** Findings only one report has, matched by rule id + nodes (a finding whose wording changed is not "new"). */
export function compareFindings(a: Report, b: Report): { onlyInA: Finding[]; onlyInB: Finding[] } {
  const keysA = new Set(a.findings.map(findingKey));
  const keysB = new Set(b.findings.map(findingKey));
  return {
    onlyInA: a.findings.filter((f) => !keysB.has(findingKey(f))),
    onlyInB: b.findings.filter((f) => !keysA.has(findingKey(f))),
  };
}

/** Everything the compare view shows for reports A and B (B − A). */
export function compareReports(a: Report, b: Report): ReportComparison {
  return {
    headline: compareHeadline(a, b),
    haPattern: {
      a: a.ha.pattern,
      b: b.ha.pattern,
      aLabel: a.ha.patternLabel,
      bLabel: b.ha.patternLabel,
      changed: a.ha.pattern !== b.ha.pattern,
    },
    costLines: compareCostLines(a, b),
    ...compareFindings(a, b),
  };
}
