/** Every rule the studio checks, by id: for the findings panel, the docs and the tests. */
import type { Rule } from './rule';
import { COMPUTE_RULES } from './rules-compute';
import { COST_RULES } from './rules-cost';
import { GRAPH_RULES } from './rules-graph';

export const RULES: readonly Rule[] = [...COMPUTE_RULES, ...COST_RULES, ...GRAPH_RULES];

const byId = new Map(RULES.map((r) => [r.id, r]));
export const getRule = (id: string): Rule | undefined => byId.get(id);
