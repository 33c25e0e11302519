'use client';
/** What the line styles on the canvas mean: one sample per flow, and the cross-region halo. */
import { memo } from 'react';
import { EDGE_FLOWS, type EdgeFlow } from '@/lib/design/schema';
import { valueLabel } from '@/lib/design/value-label';
import { useStudio } from '@/components/store/studio-store';
import { EDGE_DASH, EDGE_WIDTH } from './flow-edge';

function Sample({ flow }: { flow: EdgeFlow }) {
  return (
    <svg width="22" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <path d="M1 5h20" stroke={`var(--edge-${flow})`} strokeWidth={EDGE_WIDTH[flow]} strokeDasharray={EDGE_DASH[flow]} fill="none" />
      <path d="M21 1.5 27 5l-6 3.5z" fill={`var(--edge-${flow})`} />
    </svg>
  );
}

export const Legend = memo(function Legend() {
  const shown = useStudio((s) => s.prefs.legend);
  const setPrefs = useStudio((s) => s.setPrefs);
  if (!shown) {
    return (
      <button
        type="button"
        onClick={() => setPrefs({ legend: true })}
        className="rounded-lg border border-line bg-surface px-2.5 py-1 text-[13px] font-semibold text-muted shadow-sm hover:text-fg"
      >
        Legend
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label="Legend"
      className="flex flex-wrap items-center gap-x-2 gap-y-0.5 whitespace-nowrap rounded-xl border border-line bg-surface/95 px-2 py-1 text-[13px] text-fg shadow-sm"
    >
      {EDGE_FLOWS.map((f) => (
        <span key={f} className="inline-flex items-center gap-1">
          <Sample flow={f} />
          {valueLabel(f)}
        </span>
      ))}
      <span className="inline-flex items-center gap-1">
        <svg width="22" height="12" viewBox="0 0 26 12" aria-hidden="true">
          <path d="M3 6h20" stroke="var(--edge-cross-region)" strokeOpacity="0.35" strokeWidth="9" strokeLinecap="round" />
          <path d="M3 6h20" stroke="var(--edge-request)" strokeWidth="2.5" />
        </svg>
        Cross-region
      </span>
      <button
        type="button"
        onClick={() => setPrefs({ legend: false })}
        aria-label="Hide the legend"
        className="-mr-1 rounded-md p-0.5 text-muted hover:bg-sunken hover:text-fg"
      >
        <svg
          width="14"
          height="14"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          aria-hidden="true"
        >
          <path d="m4 4 8 8M12 4l-8 8" />
        </svg>
      </button>
    </div>
  );
});
