/**
 * A design at the schema's node limit as one long request chain (Users → 4,998 Functions → Azure OpenAI):
 * the request path, traffic cycles and the availability graph walk it without recursion, so evaluate
 * answers instead of overflowing the call stack (it did before issue 14's rewrite, at about this depth).
 */
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parse';
import { DESIGN_LIMITS, type Design } from '../design/schema';
import { evaluate } from './evaluate';
import { findRequestPath } from './request-path';
import { buildGraph } from './graph';

function chain(length: number, loopBack: boolean): Design {
  const nodes: Record<string, unknown>[] = [{ id: 'users', kind: 'client', position: { x: 0, y: 0 } }];
  const edges: Record<string, unknown>[] = [];
  let prev = 'users';
  for (let i = 0; i < length; i++) {
    const id = `fn${i}`;
    nodes.push({ id, kind: 'functions', position: { x: i * 10, y: 0 } });
    edges.push({ id: `e${i}`, source: prev, target: id });
    prev = id;
  }
  nodes.push({ id: 'aoai', kind: 'azure-openai', position: { x: 0, y: 100 } });
  edges.push({ id: 'to-model', source: prev, target: 'aoai' });
  // A request edge from the end back to the start: a cycle as long as the chain.
  if (loopBack) edges.push({ id: 'back', source: prev, target: 'fn0' });
  const r = parseDesign({ schemaVersion: 1, name: 'Long chain', nodes, edges });
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.design;
}

describe('a request chain at the node limit', () => {
  const length = DESIGN_LIMITS.nodes - 2;

  it('is walked to the model without overflowing the stack', () => {
    const design = chain(length, false);
    const path = findRequestPath(buildGraph(design));
    expect(path.found).toBe(true);
    expect(path.nodes).toHaveLength(length + 2);
    expect(path.model?.id).toBe('aoai');
    const report = evaluate(design, null);
    expect(report.ha.structure).not.toBeNull();
    expect(report.latency.hops.length).toBeGreaterThan(0);
  });

  it('reports the cycle a request edge back to the start closes', () => {
    const report = evaluate(chain(length, true), null);
    const cycle = report.findings.filter((f) => f.ruleId === 'cost.request-cycle');
    expect(cycle).toHaveLength(1);
    expect(cycle[0]?.nodeIds).toHaveLength(length);
  });
});
