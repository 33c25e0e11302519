/** The headline numbers under an exported diagram and on the stakeholder view, worded from the report. */
import type { Report } from '@/lib/calc/types';
import { formatMs, formatSla, formatUsdPerMonth } from '@/lib/format';

export interface Headline {
  label: string;
  value: string;
}

export function headlineFigures(report: Report): Headline[] {
  const { cost, latency, ha, counts } = report;
  const unpriced = cost.unpricedCount > 0 ? ` (+ ${cost.unpricedCount} unpriced)` : '';
  return [
    { label: 'Monthly cost', value: `${formatUsdPerMonth(cost.totalUsdPerMonth)}${unpriced}` },
    { label: 'Time to first token', value: formatMs(latency.ttftMs) },
    { label: 'End to end', value: formatMs(latency.e2eMs) },
    { label: 'Composite SLA', value: formatSla(ha.compositeSla) },
    {
      label: 'Findings',
      value: `${counts.error} error${counts.error === 1 ? '' : 's'} · ${counts.warning} warning${counts.warning === 1 ? '' : 's'}`,
    },
  ];
}

/** One line of text: "Monthly cost $1,234/mo · Time to first token 420 ms · …". */
export const captionText = (report: Report): string =>
  headlineFigures(report)
    .map((h) => `${h.label} ${h.value}`)
    .join('   ·   ');
