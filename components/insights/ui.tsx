'use client';
/**
 * The building blocks every insights panel shares: the panel frame, sections, headline figures that
 * light up when they change, node chips that show a node on the canvas, switches and small badges.
 */
import { formatCount } from '@/lib/format';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { COMPONENTS } from '@/lib/catalog/components';
import { nodeLabel } from '@/lib/design/node-label';
import type { DesignNode } from '@/lib/design/schema';
import { ComponentIcon } from '@/components/icons/component-icon';
import { useStudio } from '@/components/store/studio-store';
import { useChangeFlash } from './use-change-flash';

// ---------------------------------------------------------------- panel frame

/** A panel: a title row, then a scrolling body. */
export function PanelFrame({
  title,
  lead,
  children,
  scrollPadding,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  scrollPadding?: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex min-h-0 flex-1 flex-col">
      <div className={`min-h-0 flex-1 overflow-y-auto overscroll-contain ${scrollPadding ?? ''}`}>
        <header className="border-b border-line px-4 pb-3 pt-3.5">
          <h2 id={id} className="text-[17px] font-semibold tracking-tight text-fg">
            {title}
          </h2>
          {lead && <div className="mt-1 text-[14px] leading-snug text-muted">{lead}</div>}
        </header>
        {children}
      </div>
    </section>
  );
}

export function Section({ title, aside, children, id }: { title: string; aside?: ReactNode; children: ReactNode; id?: string }) {
  const hid = useId();
  return (
    <section aria-labelledby={hid} id={id} className="border-b border-line px-4 py-4 last:border-b-0">
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h3 id={hid} className="text-[13px] font-semibold uppercase tracking-wide text-muted">
          {title}
        </h3>
        {aside && <div className="text-[13px] text-muted">{aside}</div>}
      </div>
      <div className="flex flex-col gap-3">{children}</div>
    </section>
  );
}

/** Shown when a panel has nothing to chart for this design: what is missing and how to get it. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="m-4 rounded-xl border border-dashed border-line-strong/60 bg-sunken px-4 py-5 text-center">
      <p className="text-[15px] font-semibold text-fg">{title}</p>
      <div className="mt-1.5 text-[14px] leading-snug text-muted">{children}</div>
    </div>
  );
}

// ---------------------------------------------------------------- headline figures

export type Tone = 'plain' | 'good' | 'warn' | 'bad';
export const TONE_TEXT: Record<Tone, string> = { plain: 'text-fg', good: 'text-ok', warn: 'text-warn', bad: 'text-err' };

/**
 * A headline number: label, value (lit up when it changes), a note, and optionally its explanation.
 * `testId` names it for the end-to-end tests.
 */
export function Headline({
  label,
  value,
  note,
  tone = 'plain',
  testId,
  size = 'lg',
}: {
  label: string;
  value: string;
  note?: ReactNode;
  tone?: Tone;
  testId?: string;
  size?: 'lg' | 'md';
}) {
  const { ref, previous } = useChangeFlash<HTMLDivElement>(value);
  return (
    <div ref={ref} className="min-w-0 rounded-lg px-2 py-1.5 -mx-2">
      <div className="text-[12px] font-semibold uppercase tracking-wide text-muted">{label}</div>
      <div
        className={`${size === 'lg' ? 'text-[26px] leading-8' : 'text-[20px] leading-7'} font-semibold tabular-nums tracking-tight ${TONE_TEXT[tone]}`}
        data-testid={testId}
      >
        {value}
      </div>
      {previous !== null ? (
        <div className="text-[13px] font-medium text-warn" aria-live="polite">
          was {previous}
        </div>
      ) : (
        note && <div className="text-[13px] leading-snug text-muted">{note}</div>
      )}
    </div>
  );
}

// ---------------------------------------------------------------- nodes

/** The design's nodes by id (for names and icons). */
export function useNodeIndex(): Map<string, DesignNode> {
  const nodes = useStudio((s) => s.design.nodes);
  return useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
}

/** Select nodes and centre the canvas on them. */
export function showOnCanvas(nodeIds: readonly string[]): void {
  if (nodeIds.length === 0) return;
  useStudio.getState().focusNodes([...nodeIds]);
}

/** A node named by its label and icon; pressing it selects the node and centres the canvas on it. */
export function NodeChip({ id, nodes }: { id: string; nodes: Map<string, DesignNode> }) {
  const node = nodes.get(id);
  if (!node) return <span className="rounded-md bg-sunken px-1.5 py-0.5 font-mono text-[13px] text-muted">{id}</span>;
  const name = nodeLabel(node);
  return (
    <button
      type="button"
      onClick={() => showOnCanvas([id])}
      title={`Show ${name} on the canvas`}
      aria-label={`Show ${name} (${COMPONENTS[node.kind].name}) on the canvas`}
      className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-line bg-surface py-0.5 pl-0.5 pr-2.5 text-[14px] font-medium text-fg hover:border-accent hover:bg-accent-soft"
    >
      <ComponentIcon kind={node.kind} size={22} />
      <span className="truncate">{name}</span>
    </button>
  );
}

/** A node's name, as text. */
export function nodeName(nodes: Map<string, DesignNode>, id: string | null): string {
  if (id === null) return '';
  const n = nodes.get(id);
  return n ? nodeLabel(n) : id;
}

// ---------------------------------------------------------------- controls

export function Switch({
  checked,
  onChange,
  label,
  disabled,
  describedBy,
}: {
  checked: boolean;
  onChange: (v: boolean) => void;
  label: string;
  disabled?: boolean;
  describedBy?: string;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!checked)}
      className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full border transition-colors disabled:cursor-not-allowed disabled:opacity-40 ${
        checked ? 'border-accent bg-accent' : 'border-line-strong bg-sunken'
      }`}
    >
      <span
        aria-hidden="true"
        className={`inline-block h-[18px] w-[18px] rounded-full shadow transition-transform ${checked ? 'translate-x-[21px] bg-accent-fg' : 'translate-x-[2px] bg-surface ring-1 ring-line-strong'}`}
      />
    </button>
  );
}

/** A small segmented choice (e.g. by layer / by region). */
export function Segmented<T extends string>({
  value,
  options,
  onChange,
  label,
}: {
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  label: string;
}) {
  return (
    <div role="group" aria-label={label} className="inline-flex rounded-lg border border-line bg-sunken p-0.5">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
          className={`rounded-md px-2.5 py-1 text-[13px] font-semibold ${o.value === value ? 'bg-surface text-fg shadow-sm ring-1 ring-line' : 'text-muted hover:text-fg'}`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

const BADGE_TONES = {
  neutral: 'bg-sunken text-muted ring-line',
  good: 'bg-ok-soft text-ok ring-ok/30',
  warn: 'bg-warn-soft text-warn ring-warn/30',
  bad: 'bg-err-soft text-err ring-err/30',
  accent: 'bg-accent-soft text-accent ring-accent/30',
} as const;

export function Badge({ tone = 'neutral', children }: { tone?: keyof typeof BADGE_TONES; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-md px-1.5 py-0.5 text-[12px] font-semibold ring-1 ${BADGE_TONES[tone]}`}
    >
      {children}
    </span>
  );
}

/**
 * A chart with its text equivalent: the caption says what it shows, the chart itself is an image with
 * a summary for screen readers, and the numbers are one click away as a table.
 */
export function ChartFigure({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  summary: string;
  table: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="flex items-start justify-between gap-3">
        <span className="text-[14px] font-semibold text-fg">{title}</span>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={tableId}
          onClick={() => setOpen(!open)}
          className="shrink-0 rounded-md px-1.5 py-0.5 text-[13px] font-semibold text-accent hover:bg-accent-soft"
        >
          {open ? 'Hide table' : 'Show as table'}
        </button>
      </figcaption>
      <div role="img" aria-label={summary}>
        {children}
      </div>
      <p className="text-[13px] leading-snug text-muted">{summary}</p>
      <div id={tableId} hidden={!open}>
        {table}
      </div>
    </figure>
  );
}

/** A compact data table with a caption for screen readers. */
export function DataTable({
  caption,
  head,
  rows,
  align,
}: {
  caption: string;
  head: string[];
  rows: ReactNode[][];
  align?: ('left' | 'right')[];
}) {
  return (
    <table className="w-full border-collapse text-[13px]">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-line text-muted">
          {head.map((h, i) => (
            <th
              key={h}
              scope="col"
              className={`px-1.5 py-1 font-semibold ${(align?.[i] ?? (i === 0 ? 'left' : 'right')) === 'left' ? 'text-left' : 'text-right'}`}
            >
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, ri) => (
          <tr key={ri} className="border-b border-line/60 last:border-b-0">
            {r.map((c, ci) =>
              ci === 0 ? (
                <th key={ci} scope="row" className="px-1.5 py-1 text-left font-medium text-fg">
                  {c}
                </th>
              ) : (
                <td key={ci} className={`px-1.5 py-1 tabular-nums ${(align?.[ci] ?? 'right') === 'left' ? 'text-left' : 'text-right'}`}>
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 131072 → `128K` tokens, for axes and compact labels. */
export const tokensShort = (tokens: number): string =>
  tokens >= 1024 && tokens % 1024 === 0 ? `${formatCount(tokens / 1024, 0)}K` : formatCount(tokens, 0);
