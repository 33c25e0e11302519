'use client';
/**
 * The banner over a design that is not (yet) one of this browser's saved designs: a shared design from
 * a link (read-only, with "Make a copy" and the stakeholder summary) or an example opened by its address
 * (saved as soon as it is changed, or copied).
 */
import { useStudio } from '@/components/store/studio-store';

export function SessionBanner({ summaryOpen, onSummary }: { summaryOpen: boolean; onSummary: (open: boolean) => void }) {
  const mode = useStudio((s) => s.sessionMode);
  const makeCopy = useStudio((s) => s.makeCopy);
  if (mode === 'editing') return null;
  const shared = mode === 'shared';
  return (
    <div
      role="region"
      aria-label={shared ? 'Shared design' : 'Example design'}
      className="no-print flex shrink-0 flex-wrap items-center gap-3 border-b border-line bg-accent-soft px-4 py-2 text-[14px] text-fg"
    >
      <p className="min-w-0 flex-1">
        {shared ? (
          <>
            <strong className="font-bold">Shared design</strong> — read-only. It is not saved in this browser; make a copy to edit it.
          </>
        ) : (
          <>
            <strong className="font-bold">Example design</strong> — not saved in this browser yet: your first change (or a copy) saves it as
            one of your designs.
          </>
        )}
      </p>
      {shared && (
        <button
          type="button"
          aria-pressed={summaryOpen}
          onClick={() => onSummary(!summaryOpen)}
          className="rounded-lg border border-accent bg-surface px-3 py-1 text-[14px] font-semibold text-accent hover:bg-sunken"
        >
          Summary view
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          onSummary(false);
          makeCopy();
        }}
        className="rounded-lg bg-accent px-3 py-1 text-[14px] font-semibold text-accent-fg hover:opacity-90"
      >
        Make a copy
      </button>
    </div>
  );
}
