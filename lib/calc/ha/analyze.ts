/**
 * High availability (seed 9.8, 9.9, 9.13): the design's pattern among the seed's, composite availability
 * from the catalog's SLAs with the Well-Architected formulas (facts §4.2: series multiply; redundant
 * parts in parallel, 1 − Π(1 − a); regions the same way), the seed's rules, and the stores' RPO/RTO.
 */
import type { CalcContext } from '../context';
import type { DesignGraph } from '../graph';
import { findRequestPath, type RequestPath } from '../request-path';
import type { Finding, HaReport } from '../types';
import { haExplanation } from './explanation';
import { backendFindings, configFindings, noSlaFindings, singlePointsOfFailure } from './findings';
import { downtimeMinutesPerMonth } from './formulas';
import { classifyPattern, patternLabelOf } from './pattern';
import { recoveryOf } from './recovery';
import { buildStructure } from './structure';

export interface HaResult {
  report: HaReport;
  findings: Finding[];
}

/** The HA report and findings; with a context (evaluate's), each node's SLA term is kept between calls. */
export function analyzeHa(g: DesignGraph, path: RequestPath = findRequestPath(g), ctx?: CalcContext): HaResult {
  const pattern = classifyPattern(g, path);
  const { structure, avail, shared } = buildStructure(g, path, ctx);
  const composite = structure?.availability ?? null;

  const regions: string[] = [];
  for (const id of [...path.routeIds, ...path.sideCalls.map((s) => s.node.id)]) {
    const r = g.regionOf.get(id);
    if (r && !regions.includes(r)) regions.push(r);
  }

  const { spof, findings: spofFindings } = singlePointsOfFailure(g, path, avail, shared);
  const findings = [...configFindings(g), ...spofFindings, ...backendFindings(g, path), ...noSlaFindings(g, structure)];

  return {
    report: {
      pattern,
      patternLabel: patternLabelOf(g, path, pattern),
      regions,
      compositeSla: composite,
      downtimeMinutesPerMonth: composite === null ? null : downtimeMinutesPerMonth(composite),
      structure,
      singlePointsOfFailure: spof,
      recovery: recoveryOf(g),
      explanation: haExplanation(structure),
    },
    findings,
  };
}
