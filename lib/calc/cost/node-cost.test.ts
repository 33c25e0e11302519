import { describe, expect, it } from 'vitest';
import { templateDesign } from '../../../scripts/template-files';
import { evaluate } from '../evaluate';
import { nodeUsdPerMonth } from './node-cost';

describe('nodeUsdPerMonth', () => {
  it("sums a component's priced lines: Front Door in the reference design, $330/mo (the figure its node shows)", () => {
    const report = evaluate(templateDesign('enterprise-reference'));
    expect(nodeUsdPerMonth(report.cost, 'afd')).toEqual({ usd: 330, pricedLines: 1, unpricedLines: 0 });
    const keyCost = report.nodes['afd']?.keyFigures.find((f) => f.label === 'Cost');
    expect(keyCost?.value).toBe('$330/mo');
  });

  it('counts unpriced lines apart and gives 0 lines for a component without cost lines', () => {
    const report = evaluate(templateDesign('enterprise-reference'));
    const ingest = nodeUsdPerMonth(report.cost, 'ingest');
    expect(ingest.unpricedLines).toBeGreaterThan(0);
    expect(nodeUsdPerMonth(report.cost, 'no-such-node')).toEqual({ usd: 0, pricedLines: 0, unpricedLines: 0 });
  });
});
