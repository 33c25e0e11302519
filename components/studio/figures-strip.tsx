'use client';
/**
 * The header strip: the design's monthly cost, time to first token, end-to-end latency, composite SLA
 * and the count of errors and warnings, all from `evaluate`. Each figure is a button that opens its panel.
 */
import { formatMs, formatSla, formatUsdPerMonth } from '@/lib/format';
import { useChangeFlash } from '@/components/insights/use-change-flash';
import { usePriceBasis, useReport, useReportError } from '@/components/store/report';
import { useStudio, type PanelId } from '@/components/store/studio-store';
import { useWas } from '@/components/workshop/use-was';
import { useSyncExternalStore } from 'react';
import { openInsight } from './panels';

type Tone = 'plain' | 'good' | 'warn' | 'bad';
const TONES: Record<Tone, string> = { plain: 'text-fg', good: 'text-ok', warn: 'text-warn', bad: 'text-err' };

function Figure({
  label,
  value,
  note,
  noteFrom = 'always',
  basis,
  tone = 'plain',
  panel,
  large = false,
}: {
  label: string;
  value: string;
  note?: string;
  /** From which window width the note shows: narrower windows show label and value only (the panel has the rest). */
  noteFrom?: 'always' | 'wide' | 'wider';
  /** What the figure rests on (the price basis), shown from 1,500 px after the note. */
  basis?: string;
  tone?: Tone;
  panel: PanelId;
  /** Projector size (presentation): its bigger figures leave room for the targets from 1,500 px. */
  large?: boolean;
}) {
  const { ref } = useChangeFlash<HTMLButtonElement>(value);
  const was = useWas(value);
  // The basis shows from 1,500 px; never at projector size, where the figures need the room (the cost panel has it).
  const showBasis = useMinWidth(1500) && !large && basis !== undefined;
  // What follows the value: for a few seconds after a change what it was, otherwise the note and basis.
  const after = was !== null ? `was ${was}` : `${note ?? ''}${showBasis ? `${note ? ' · ' : ''}${basis}` : ''}`;
  return (
    <button
      ref={ref}
      type="button"
      onClick={() => openInsight(panel)}
      // The name is the visible text, in reading order, with the label set off by a colon.
      aria-label={`${label}: ${value}${after ? ` ${after}` : ''}`}
      className="group flex shrink-0 flex-col items-start rounded-lg px-3 py-1 text-left hover:bg-sunken"
      data-testid="figure"
    >
      {/* The spaces between the parts keep their words apart in the text (a flex layout does not draw them). */}
      <span className={`${large ? 'text-[16px]' : 'text-[12px]'} font-semibold uppercase tracking-wide text-muted`}>{label}</span>{' '}
      <span className="flex items-baseline gap-1.5 whitespace-nowrap">
        <span
          className={`${large ? 'text-[26px] leading-8 min-[1500px]:text-[30px] min-[1500px]:leading-9' : 'text-[19px] leading-6'} font-semibold tabular-nums ${TONES[tone]}`}
        >
          {value}
        </span>{' '}
        {was !== null ? (
          <span className={`${large ? 'text-[20px]' : 'text-[13px]'} font-semibold text-muted`} data-testid="figure-was">
            was {was}
          </span>
        ) : (
          <>
            {note && <span className={`text-[13px] text-muted ${NOTE_FROM[large ? LARGE_NOTE_FROM[noteFrom] : noteFrom]}`}>{note}</span>}
            {/* The separator is a text node of its own: read as part of the name, as it is seen. */}
            {showBasis && (note ? ' · ' : ' ')}
            {showBasis && (
              <span className="text-[13px] text-muted" data-testid="price-basis">
                {basis}
              </span>
            )}
          </>
        )}
      </span>
    </button>
  );
}

/** Whether the window is at least `px` wide (the figure's basis shows only there). */
function useMinWidth(px: number): boolean {
  const query = `(min-width: ${px}px)`;
  return useSyncExternalStore(
    (onChange) => {
      const m = window.matchMedia(query);
      m.addEventListener('change', onChange);
      return () => m.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

const NOTE_FROM = { always: '', wide: 'hidden min-[1180px]:inline', wider: 'hidden min-[1500px]:inline', never: 'hidden' } as const;
/** At projector size the bigger figures leave room for the targets from 1,500 px and for no longer note. */
const LARGE_NOTE_FROM = { always: 'always', wide: 'wider', wider: 'never' } as const;

const Divider = () => <span aria-hidden="true" className="mx-1 h-8 w-px shrink-0 bg-line" />;

export function FiguresStrip({ large = false }: { large?: boolean } = {}) {
  const report = useReport();
  // Opening another design starts its figures afresh: "was" is for changes to one design.
  const loads = useStudio((s) => s.loads);
  const error = useReportError();
  const priceBasis = usePriceBasis() ?? undefined;
  if (error !== null) {
    return (
      <div
        role="alert"
        className="flex h-[54px] shrink-0 items-center gap-2 border-b border-line bg-err-soft px-4 text-[15px] font-medium text-err"
      >
        The design could not be checked: {error}. Your design is kept; undo the last change or keep editing.
      </div>
    );
  }
  if (!report) return <div className="h-[54px] shrink-0 border-b border-line bg-surface" />;
  const { cost, latency, ha, counts } = report;
  const ttftTone: Tone = latency.ttftMs === null ? 'plain' : latency.ttftMs <= latency.targets.ttftMs ? 'good' : 'warn';
  const e2eTone: Tone = latency.e2eMs === null ? 'plain' : latency.e2eMs <= latency.targets.e2eMs ? 'good' : 'warn';
  const findingsTone: Tone = counts.error > 0 ? 'bad' : counts.warning > 0 ? 'warn' : 'good';
  const findingsText = `${counts.error} error${counts.error === 1 ? '' : 's'} · ${counts.warning} warning${counts.warning === 1 ? '' : 's'}`;
  const cost$ = formatUsdPerMonth(cost.totalUsdPerMonth);
  const unpriced = cost.unpricedCount > 0 ? `+ ${cost.unpricedCount} unpriced` : undefined;
  return (
    <div
      key={loads}
      role="group"
      aria-label="Design figures"
      className={`flex ${large ? 'h-[84px] gap-1 px-3 min-[1500px]:gap-3 min-[1500px]:px-4' : 'h-[54px] gap-1 px-2'} shrink-0 items-center overflow-x-auto border-b border-line bg-surface`}
    >
      <Figure large={large} label="Monthly cost" value={cost$} note={unpriced} basis={priceBasis} panel="cost" />
      <Divider />
      <Figure
        large={large}
        label="Time to first token"
        value={formatMs(latency.ttftMs)}
        note={`target < ${formatMs(latency.targets.ttftMs)}`}
        noteFrom="wide"
        tone={ttftTone}
        panel="latency"
      />
      <Divider />
      <Figure
        large={large}
        label="End to end"
        value={formatMs(latency.e2eMs)}
        note={`target < ${formatMs(latency.targets.e2eMs)}`}
        noteFrom="wide"
        tone={e2eTone}
        panel="latency"
      />
      <Divider />
      <Figure
        large={large}
        label="Composite SLA"
        value={formatSla(ha.compositeSla)}
        note={ha.patternLabel}
        noteFrom="wider"
        panel="availability"
      />
      <Divider />
      <Figure large={large} label="Findings" value={findingsText} tone={findingsTone} panel="findings" />
    </div>
  );
}
