'use client';
/**
 * Presentation: a projector view of the open design. The side panels give way to the request path,
 * stepped through hop by hop (arrow keys or the buttons; the hop's component is highlighted and brought
 * into view on the canvas, with its latency and cost from the report) and one insights panel beside it.
 * Esc leaves. It changes nothing in the design, so it works without edit rights (a shared link).
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useId, useRef } from 'react';
import { nodeUsdPerMonth } from '@/lib/calc/cost/node-cost';
import type { LatencyHop } from '@/lib/calc/types';
import { formatMs, formatUsdPerMonth } from '@/lib/format';
import { INSIGHTS } from '@/components/insights/registry';
import { shownReport, useReport } from '@/components/store/report';
import { useStudio, type PresentPanel } from '@/components/store/studio-store';
import { stopPresentation } from './workshop-buttons';

const PANELS: { id: PresentPanel; label: string }[] = [
  { id: 'latency', label: 'Latency' },
  { id: 'cost', label: 'Cost' },
  { id: 'availability', label: 'Availability' },
];

/** Highlights the current hop on the canvas (its component and the connection into it). */
function HopHighlight({ hop }: { hop: LatencyHop | undefined }) {
  const design = useStudio((s) => s.design);
  if (!hop) return null;
  const edge = design.edges.find((e) => e.source === hop.fromNodeId && e.target === hop.toNodeId);
  const esc = (s: string) => s.replace(/["\\]/g, '\\$&');
  const css = `.react-flow__node[data-id="${esc(hop.toNodeId)}"]{outline:6px solid var(--accent);outline-offset:6px;border-radius:16px}${
    edge
      ? `.react-flow__edge[data-testid="rf__edge-${esc(edge.id)}"] path.react-flow__edge-path{stroke:var(--accent)!important;stroke-width:7px!important}`
      : ''
  }`;
  return <style>{css}</style>;
}

export function PresentationBar() {
  const name = useStudio((s) => s.design.name);
  return (
    <div className="flex h-[64px] shrink-0 items-center gap-4 border-b border-line bg-surface px-5">
      <h1 className="min-w-0 flex-1 truncate text-[26px] font-bold text-fg">{name}</h1>
      <p className="hidden text-[16px] text-muted min-[1100px]:block">← → steps through the request path · Esc leaves</p>
      <button
        type="button"
        onClick={stopPresentation}
        aria-keyshortcuts="Escape"
        className="rounded-lg border border-line bg-surface px-4 py-2 text-[17px] font-semibold text-fg hover:bg-sunken"
      >
        Leave presentation
      </button>
    </div>
  );
}

export function PresentationSide() {
  const report = useReport();
  const hopIndex = useStudio((s) => s.presentHop);
  const setHop = useStudio((s) => s.setPresentHop);
  const panel = useStudio((s) => s.presentPanel);
  const setPanel = useStudio((s) => s.setPresentPanel);
  const flow = useReactFlow();
  const hops = report?.latency.hops ?? [];
  const hop = hops[hopIndex];
  const listRef = useRef<HTMLOListElement>(null);
  const selectId = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && ['INPUT', 'SELECT', 'TEXTAREA'].includes(e.target.tagName)) return;
      const s = useStudio.getState();
      const n = shownReport()?.latency.hops.length ?? 0;
      if (e.key === 'Escape') {
        e.preventDefault();
        stopPresentation();
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        if (n > 0) s.setPresentHop(s.presentHop + 1, n);
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'PageUp') {
        e.preventDefault();
        e.stopPropagation();
        if (n > 0) s.setPresentHop(s.presentHop - 1, n);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  useEffect(() => {
    if (!hop) return;
    // Both ends of the hop in view (a hop from the client has no source node: then its target alone).
    const ends = hop.fromNodeId !== null ? [{ id: hop.fromNodeId }, { id: hop.toNodeId }] : [{ id: hop.toNodeId }];
    void flow.fitView({ nodes: ends, maxZoom: 1.1, minZoom: 0.5, padding: ends.length > 1 ? 0.35 : 1.2, duration: 300 });
    listRef.current?.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
  }, [hop, flow]);

  const Panel = INSIGHTS.find((p) => p.id === panel);
  // The monthly cost of the component the hop reaches (its priced lines), or null when it has none priced.
  const reached = report && hop ? nodeUsdPerMonth(report.cost, hop.toNodeId) : null;
  const cost = reached && reached.pricedLines > 0 ? reached.usd : null;
  return (
    <div className="presentation flex h-full flex-col text-fg">
      <HopHighlight hop={hop} />
      <section aria-label="Request path" className="shrink-0 border-b border-line p-4">
        <div className="flex items-center gap-2">
          <h2 className="flex-1 text-[22px] font-bold">Request path</h2>
          <button
            type="button"
            onClick={() => setHop(hopIndex - 1, hops.length)}
            disabled={hopIndex <= 0}
            className="rounded-lg border border-line px-3 py-1 text-[18px] font-semibold disabled:opacity-40"
            aria-label="Previous hop"
          >
            ←
          </button>
          <button
            type="button"
            onClick={() => setHop(hopIndex + 1, hops.length)}
            disabled={hopIndex >= hops.length - 1}
            className="rounded-lg border border-line px-3 py-1 text-[18px] font-semibold disabled:opacity-40"
            aria-label="Next hop"
          >
            →
          </button>
        </div>
        {hops.length === 0 ? (
          <p className="mt-2 text-[18px] text-muted">This design has no request path from a client to a model.</p>
        ) : (
          <>
            {hop && (
              <div className="mt-3 rounded-xl bg-accent-soft p-3" aria-live="polite" data-testid="present-hop">
                <p className="text-[16px] font-semibold text-muted">
                  Hop {hopIndex + 1} of {hops.length}
                </p>
                <p className="text-[24px] font-bold leading-tight">{hop.label}</p>
                <dl className="mt-2 grid grid-cols-3 gap-2">
                  <div>
                    <dt className="text-[15px] font-semibold text-muted">Network</dt>
                    <dd className="text-[22px] font-semibold tabular-nums">{formatMs(hop.networkMs)}</dd>
                  </div>
                  <div>
                    <dt className="text-[15px] font-semibold text-muted">Service</dt>
                    <dd className="text-[22px] font-semibold tabular-nums">{formatMs(hop.serviceMs)}</dd>
                  </div>
                  <div>
                    <dt className="text-[15px] font-semibold text-muted">Cost</dt>
                    <dd className="text-[22px] font-semibold tabular-nums">{cost === null ? '—' : formatUsdPerMonth(cost)}</dd>
                  </div>
                </dl>
                <p className="mt-1 text-[15px] text-muted">{hop.networkBasis}</p>
              </div>
            )}
            <ol ref={listRef} className="mt-3 flex max-h-[150px] flex-col gap-1 overflow-y-auto">
              {hops.map((h, i) => (
                <li key={`${h.fromNodeId ?? 'start'}-${h.toNodeId}`}>
                  <button
                    type="button"
                    onClick={() => setHop(i, hops.length)}
                    aria-current={i === hopIndex ? 'step' : undefined}
                    className={`w-full rounded-lg px-2 py-1 text-left text-[17px] ${i === hopIndex ? 'bg-accent font-semibold text-accent-fg' : 'hover:bg-sunken'}`}
                  >
                    {i + 1}. {h.label}
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <div className="flex shrink-0 items-center gap-2 border-b border-line px-4 py-2">
        <label htmlFor={selectId} className="text-[17px] font-semibold">
          Panel
        </label>
        <select
          id={selectId}
          value={panel}
          onChange={(e) => setPanel(e.target.value as PresentPanel)}
          className="rounded-lg border border-line bg-surface px-2 py-1 text-[17px] font-semibold"
        >
          {PANELS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto text-[17px]">{Panel?.render()}</div>
    </div>
  );
}
