import type { CostReport } from '../types';

/** One component's monthly cost: the sum of its priced cost lines, with how many of its lines are priced and unpriced. */
export function nodeUsdPerMonth(
  cost: Pick<CostReport, 'lines'>,
  nodeId: string,
): { usd: number; pricedLines: number; unpricedLines: number } {
  let usd = 0;
  let pricedLines = 0;
  let unpricedLines = 0;
  for (const l of cost.lines) {
    if (l.nodeId !== nodeId) continue;
    if (l.usdPerMonth === null) unpricedLines++;
    else {
      usd += l.usdPerMonth;
      pricedLines++;
    }
  }
  return { usd, pricedLines, unpricedLines };
}
