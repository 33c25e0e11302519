'use client';
/** The count on the Findings tab: errors (red) or, when there are none, warnings (amber). */
import { useReport } from '@/components/store/report';
import type { PanelId } from '@/components/store/studio-store';

export function TabBadge({ id }: { id: PanelId }) {
  const report = useReport();
  if (id !== 'findings' || !report) return null;
  const { error, warning } = report.counts;
  if (error === 0 && warning === 0) return null;
  const n = error > 0 ? error : warning;
  const what = error > 0 ? `${error} error${error === 1 ? '' : 's'}` : `${warning} warning${warning === 1 ? '' : 's'}`;
  return (
    <span
      className={`absolute right-0 top-0.5 min-w-[18px] rounded-full px-1 text-center text-[11px] font-bold leading-[18px] ${error > 0 ? 'bg-err text-white dark:text-[#1a0505]' : 'bg-warn text-white dark:text-[#241703]'}`}
    >
      <span aria-hidden="true">{n}</span>
      <span className="sr-only">, {what}</span>
    </span>
  );
}
