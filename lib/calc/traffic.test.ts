import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { evaluate } from './evaluate';
import { buildGraph } from './graph';
import { servedShare, trafficFlow } from './traffic';

type N = { id: string; kind: string; config?: Record<string, unknown> };
type E = { id: string; source: string; target: string; flow?: string };

function design(nodes: N[], edges: E[], scenario: Record<string, unknown> = {}): Design {
  const r = parseDesign({
    schemaVersion: 1,
    name: 'traffic test',
    nodes: [
      { id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region: 'eastus' } },
      ...nodes.map((n) => ({ position: { x: 0, y: 0 }, parentId: n.kind === 'client' ? undefined : 'r', ...n })),
    ],
    edges,
    ...(Object.keys(scenario).length ? { scenario } : {}),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

const aoai = (id: string, config: Record<string, unknown> = {}): N => ({
  id,
  kind: 'azure-openai',
  config: { model: 'gpt-4o', deploymentType: 'global-standard', ...config },
});
const tokenUsd = (d: Design, nodeId: string): number =>
  evaluate(d)
    .cost.lines.filter((l) => l.nodeId === nodeId)
    .reduce((t, l) => t + (l.usdPerMonth ?? 0), 0);
const rules = (d: Design): string[] => evaluate(d).findings.map((f) => f.ruleId);

describe('traffic follows the graph (lib/calc/traffic.ts)', () => {
  it('an Azure OpenAI deployment nothing sends requests to is billed no tokens, with an info finding', () => {
    const d = design([{ id: 'u', kind: 'client' }, aoai('m')], []);
    expect(
      servedShare(
        buildGraph(d),
        d.nodes.find((n) => n.id === 'm')!,
      ),
    ).toBe(0);
    expect(tokenUsd(d, 'm')).toBe(0);
    const f = evaluate(d).findings.find((x) => x.ruleId === 'cost.model-unreached');
    expect(f?.severity).toBe('info');
    expect(f?.nodeIds).toEqual(['m']);
  });

  it('connected, it is billed for all the traffic; a duplicate nothing calls adds nothing (Ctrl+D does not double the bill)', () => {
    const one = design([{ id: 'u', kind: 'client' }, aoai('m')], [{ id: 'e', source: 'u', target: 'm' }]);
    const usd = tokenUsd(one, 'm');
    expect(usd).toBeGreaterThan(1000);
    const dup = design([{ id: 'u', kind: 'client' }, aoai('m'), aoai('m2')], [{ id: 'e', source: 'u', target: 'm' }]);
    expect(evaluate(dup).cost.totalUsdPerMonth).toBeCloseTo(evaluate(one).cost.totalUsdPerMonth ?? 0, 2);
  });

  it('two edges from one caller to one deployment carry the requests once', () => {
    const d = design(
      [{ id: 'u', kind: 'client' }, aoai('m')],
      [
        { id: 'e1', source: 'u', target: 'm' },
        { id: 'e2', source: 'u', target: 'm' },
      ],
    );
    expect(trafficFlow(buildGraph(d)).share.get('m')).toBe(1);
  });

  it('a failover edge carries nothing in steady state; an overflow share (trafficShare below 100%) is carried', () => {
    const d = design(
      [{ id: 'u', kind: 'client' }, aoai('a'), aoai('b'), aoai('c', { trafficShare: 0.05 })],
      [
        { id: 'e', source: 'u', target: 'a' },
        { id: 'f1', source: 'a', target: 'b', flow: 'failover' },
        { id: 'f2', source: 'a', target: 'c', flow: 'failover' },
      ],
    );
    const g = buildGraph(d);
    const node = (id: string) => d.nodes.find((n) => n.id === id)!;
    expect(servedShare(g, node('a'))).toBe(1);
    expect(servedShare(g, node('b'))).toBe(0);
    expect(servedShare(g, node('c'))).toBeCloseTo(0.05, 10);
  });

  it('a request cycle and a failover loop are warnings naming the loop', () => {
    const d = design(
      [
        { id: 'u', kind: 'client' },
        { id: 'app', kind: 'app-service', label: 'App' } as N,
        { id: 'gw', kind: 'apim' },
        aoai('a'),
        aoai('b'),
      ],
      [
        { id: 'e1', source: 'u', target: 'app' },
        { id: 'e2', source: 'app', target: 'gw' },
        { id: 'e3', source: 'gw', target: 'app' },
        { id: 'e4', source: 'gw', target: 'a' },
        { id: 'f1', source: 'a', target: 'b', flow: 'failover' },
        { id: 'f2', source: 'b', target: 'a', flow: 'failover' },
      ],
    );
    const findings = evaluate(d).findings;
    const cycle = findings.find((f) => f.ruleId === 'cost.request-cycle');
    expect(cycle?.severity).toBe('warning');
    expect(new Set(cycle?.nodeIds)).toEqual(new Set(['app', 'gw']));
    const loop = findings.find((f) => f.ruleId === 'cost.failover-loop');
    expect(loop?.severity).toBe('warning');
    expect(new Set(loop?.nodeIds)).toEqual(new Set(['a', 'b']));
    expect(loop?.message).toMatch(/→/);
    // The flow stays finite: the model behind the loop serves the scenario's requests once.
    expect(trafficFlow(buildGraph(d)).share.get('a')).toBe(1);
  });

  it('an average above the peak is a finding', () => {
    const d = design([{ id: 'u', kind: 'client' }, aoai('m')], [{ id: 'e', source: 'u', target: 'm' }], {
      averageRequestsPerMinute: 200,
      peakRequestsPerMinute: 100,
    });
    expect(rules(d)).toContain('cost.average-over-peak');
    const ok = design([{ id: 'u', kind: 'client' }, aoai('m')], [{ id: 'e', source: 'u', target: 'm' }]);
    expect(rules(ok)).not.toContain('cost.average-over-peak');
  });
});
