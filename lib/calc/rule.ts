/**
 * What every rule is, and how a finding is built from one: severity, area and basis come from the rule
 * table and nowhere else. The tables themselves live beside their calculations (rules-compute.ts,
 * rules-cost.ts, rules-graph.ts); rules.ts lists them all.
 */
import type { Area, Finding, Fix, Severity } from './types';

export interface Rule {
  id: string;
  severity: Severity;
  area: Area;
  title: string;
  /** The seed section or catalog source the rule rests on. */
  basis: string;
}

export interface FindingInput {
  message: string;
  nodeIds?: string[];
  edgeIds?: string[];
  fixes?: Fix[];
  /** When one rule fires at different strengths (e.g. 2 search replicas: info, 1 replica: warning). */
  severity?: Severity;
  /** Extra basis appended to the rule's, e.g. a catalog source id. */
  basis?: string;
}

export function findingFrom(rule: Rule, f: FindingInput): Finding {
  return {
    ruleId: rule.id,
    severity: f.severity ?? rule.severity,
    area: rule.area,
    message: f.message,
    nodeIds: f.nodeIds ?? [],
    edgeIds: f.edgeIds ?? [],
    basis: f.basis !== undefined && f.basis !== '' ? `${rule.basis}; ${f.basis}` : rule.basis,
    fixes: f.fixes ?? [],
  };
}

/** A typed finding builder over one rule table: `finding('vram.does-not-fit', {...})`. */
export function findingBuilder<const T extends readonly Rule[]>(table: T) {
  const byId = new Map<string, Rule>(table.map((r) => [r.id, r]));
  return (id: T[number]['id'], f: FindingInput): Finding => findingFrom(byId.get(id) as Rule, f);
}
