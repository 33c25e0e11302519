'use client';
/**
 * A node's status badge (ok, warning, error from `evaluate`). Hovering or focusing it shows why: the
 * messages of the node's findings, in a tooltip placed in the page (not inside the canvas), below the
 * badge or above it when there is more room there, so nothing clips or covers it.
 */
import { memo, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { NodeStatus, Severity } from '@/lib/calc/types';
import { useReport } from '@/components/store/report';

function Glyph({ kind }: { kind: NodeStatus['status'] | Severity }) {
  if (kind === 'ok') {
    return (
      <svg
        width="14"
        height="14"
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d="m3.5 8.5 3 3 6-7" />
      </svg>
    );
  }
  if (kind === 'warning') {
    return (
      <svg width="14" height="14" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
        <path d="M8 1.5 15 14H1z" />
        <path d="M8 6v3.6M8 11.6v.1" stroke="var(--warn-soft)" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
    );
  }
  if (kind === 'info') {
    return (
      <svg width="14" height="14" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
        <circle cx="8" cy="8" r="7" />
        <path d="M8 7.2v4.3M8 4.6v.1" stroke="var(--surface)" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
    );
  }
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
      <circle cx="8" cy="8" r="7" />
      <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="var(--err-soft)" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

const TONE: Record<NodeStatus['status'], string> = {
  ok: 'bg-ok-soft text-ok',
  warning: 'bg-warn-soft text-warn',
  error: 'bg-err-soft text-err',
};
const SEVERITY_TEXT: Record<Severity, string> = { error: 'text-err', warning: 'text-warn', info: 'text-accent' };

function Tip({ status, id, anchor }: { status: NodeStatus; id: string; anchor: DOMRect }) {
  const report = useReport();
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const margin = 8;
    const below = window.innerHeight - anchor.bottom;
    const top = below >= height + margin * 2 || below >= anchor.top ? anchor.bottom + margin : anchor.top - height - margin;
    const left = Math.min(Math.max(margin, anchor.left + anchor.width / 2 - width / 2), window.innerWidth - width - margin);
    setPos({ left, top: Math.max(margin, top) });
  }, [anchor]);
  const findings = status.findings.map((i) => report?.findings[i]).filter((f) => f !== undefined);
  return createPortal(
    <div
      ref={ref}
      id={id}
      role="tooltip"
      style={{ left: pos?.left ?? -9999, top: pos?.top ?? -9999 }}
      className="pointer-events-none fixed z-[60] max-h-[60vh] w-max max-w-[400px] overflow-hidden rounded-xl border border-line bg-raised p-3 text-[14px] leading-snug text-fg shadow-2xl"
    >
      {findings.length === 0 ? (
        <p className="font-medium text-ok">No problems found.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {findings.map((f, i) => (
            <li key={i} className="flex gap-2">
              <span className={`mt-0.5 shrink-0 ${SEVERITY_TEXT[f.severity]}`}>
                <Glyph kind={f.severity} />
              </span>
              <span>
                <span className="sr-only">{f.severity}: </span>
                {f.message}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>,
    document.body,
  );
}

export const StatusBadge = memo(function StatusBadge({ status }: { status: NodeStatus | undefined }) {
  const [anchor, setAnchor] = useState<DOMRect | null>(null);
  const tipId = useId();
  if (!status) return null;
  const problems = status.findings.length;
  const label =
    status.status === 'ok' && problems === 0
      ? 'Status: no problems found'
      : `Status: ${problems} finding${problems === 1 ? '' : 's'}${status.status === 'ok' ? '' : `, worst is ${status.status}`}`;
  const show = (e: { currentTarget: HTMLElement }) => setAnchor(e.currentTarget.getBoundingClientRect());
  const hide = () => setAnchor(null);
  return (
    <>
      <button
        type="button"
        className={`nodrag inline-flex h-7 min-w-7 shrink-0 cursor-help items-center justify-center gap-1 rounded-full px-1.5 text-[14px] font-bold shadow-sm ring-2 ring-surface ${TONE[status.status]}`}
        aria-label={label}
        aria-describedby={anchor ? tipId : undefined}
        data-status={status.status}
        onMouseEnter={show}
        onMouseLeave={hide}
        onFocus={show}
        onBlur={hide}
        onKeyDown={(e) => {
          if (e.key === 'Escape') hide();
        }}
        onClick={(e) => {
          e.stopPropagation();
          if (anchor) hide();
          else show(e);
        }}
      >
        <Glyph kind={status.status} />
        {status.status !== 'ok' && <span>{problems}</span>}
      </button>
      {anchor && <Tip status={status} id={tipId} anchor={anchor} />}
    </>
  );
});
