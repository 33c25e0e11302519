/** "How is this computed?" for the cost report. */
import { formatCount, formatUsd } from '../../format';
import { ptuFiguresNote } from '../ptu';
import type { Explanation } from '../types';
import { DAYS_PER_MONTH } from '../units';
import { r2, type CostCtx } from './lines';
import { scenarioRequestsPerMonth } from './traffic';

export function explainCost(ctx: CostCtx, total: number, pricedCount: number, withPtu: boolean): Explanation {
  const s = ctx.scenario;
  const requests = scenarioRequestsPerMonth(s);
  const formula = [
    'monthly total = Σ priced lines (unpriced lines are listed, not counted)',
    'hourly line = quantity × $/hour × hours (730 a month; AKS: minNodes × 730 + (maxNodes − minNodes) × active hours)',
    'requests a month = average RPM × 60 × active h/day × 30.42 days; per model deployment × trafficShare × (1 − cache hit rate, when a semantic cache exists)',
    'token line = requests × tokens per request ÷ 10^6 × $ per 1M tokens (Batch API share at 50%)',
    'PTU line = PTUs × $/PTU-hour × 730, or PTUs × reservation $/PTU-month',
    'AI Search = replicas × partitions × $/search unit-hour × 730',
    'Cosmos DB = RU/s ÷ 100 × $/100 RU/s-hour × hours × regions (autoscale 1.5×, 10% floor outside active hours)',
  ].join('; ');
  const substituted =
    `requests a month = ${formatCount(s.averageRequestsPerMinute)} × 60 × ${formatCount(s.activeHoursPerDay)} × ${formatCount(DAYS_PER_MONTH)} = ${formatCount(requests, 0)}` +
    `${ctx.cacheHit > 0 ? `; × (1 − ${formatCount(ctx.cacheHit)}) cache = ${formatCount(requests * (1 - ctx.cacheHit), 0)} reach the models` : s.cacheHitRate > 0 ? '; the scenario cache hit rate is ignored: no semantic cache in the design' : ''}` +
    `; total = ${formatUsd(r2(total))} over ${pricedCount} priced line${pricedCount === 1 ? '' : 's'}, ${ctx.lines.length - pricedCount} unpriced` +
    (withPtu ? `. ${ptuFiguresNote()}` : '');
  return { formula, substituted, sources: [...ctx.sources, 'seed 9.5', 'seed 9.8', 'seed 9.10', 'facts §3.2', 'facts §5'] };
}
