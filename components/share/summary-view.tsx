'use client';
/**
 * The stakeholder view of a design: the diagram, the headline numbers, the findings in plain words and
 * the bill of materials. Prints to PDF from the browser: the summary fills the first page, the bill of
 * materials follows (app/globals.css, print styles).
 */
import { getNodesBounds, useNodesInitialized, useReactFlow } from '@xyflow/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { headlineFigures } from '@/components/export/caption';
import { renderDiagram } from '@/components/export/diagram';
import { useReportFor } from '@/components/store/report';
import { useStudio } from '@/components/store/studio-store';
import { billOfMaterials } from '@/lib/export';
import { formatCount, formatUsdCents } from '@/lib/format';

const cents = (c: number | null) => formatUsdCents(c === null ? null : c / 100);

export function SummaryView({ onClose }: { onClose: () => void }) {
  const design = useStudio((s) => s.design);
  const titleId = useId();
  const { getNodes, getViewport, setViewport } = useReactFlow();
  const [image, setImage] = useState<{ url: string } | { error: string } | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const measured = useNodesInitialized();
  const result = useReportFor(design);
  const bom = useMemo(() => (result?.ok ? billOfMaterials(design, result.report) : null), [design, result]);

  useEffect(() => closeRef.current?.focus(), []);

  // Draw once per design, when the nodes are measured. Drawing sets the zoom to 100% for a moment, which
  // re-measures the nodes: that must not start another drawing.
  const drawnFor = useRef<object | null>(null);
  useEffect(() => {
    if (!measured || drawnFor.current === design) return;
    const nodes = getNodes();
    if (nodes.length === 0) return;
    drawnFor.current = design;
    renderDiagram({ bounds: getNodesBounds(nodes), getViewport, setViewport }, { format: 'png', scale: 2, forceLight: true, caption: null })
      .then((out) => {
        if (drawnFor.current !== design || !(out instanceof Uint8Array)) return;
        setImage((prev) => {
          if (prev && 'url' in prev) URL.revokeObjectURL(prev.url);
          return { url: URL.createObjectURL(new Blob([out as BlobPart], { type: 'image/png' })) };
        });
      })
      .catch((e: unknown) => drawnFor.current === design && setImage({ error: e instanceof Error ? e.message : String(e) }));
  }, [design, measured, getNodes, getViewport, setViewport]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const findings = result?.ok ? result.report.findings.filter((f) => f.severity !== 'info') : [];
  return (
    <div
      className="stakeholder-summary fixed inset-0 z-[55] overflow-auto bg-surface text-fg"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
    >
      <div className="mx-auto max-w-[1000px] px-6 py-5">
        <div className="no-print mb-3 flex items-center justify-end gap-2">
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded-lg bg-accent px-3.5 py-1.5 text-[14px] font-semibold text-accent-fg hover:opacity-90"
          >
            Print or save as PDF
          </button>
          <button
            ref={closeRef}
            type="button"
            onClick={onClose}
            className="rounded-lg border border-line px-3.5 py-1.5 text-[14px] font-semibold hover:bg-sunken"
          >
            Back to the studio
          </button>
        </div>
        <section className="summary-page" aria-labelledby={titleId}>
          <p className="text-[13px] font-semibold uppercase tracking-wide text-muted">Design summary</p>
          <h2 id={titleId} className="text-[24px] font-bold leading-tight">
            {design.name}
          </h2>
          {design.description && <p className="mt-1 text-[14px] text-muted">{design.description}</p>}
          {result === null ? (
            <p role="status" className="mt-3 text-[14px] text-muted">
              Checking the design…
            </p>
          ) : result.ok ? (
            <dl className="mt-3 grid grid-cols-5 gap-2" aria-label="Headline numbers">
              {headlineFigures(result.report).map((h) => (
                <div key={h.label} className="rounded-lg border border-line px-3 py-2">
                  <dt className="text-[12px] font-semibold text-muted">{h.label}</dt>
                  <dd className="text-[17px] font-bold">{h.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p role="alert" className="mt-3 text-err">
              The design could not be checked: {result.message}
            </p>
          )}
          <figure className="mt-3 flex justify-center rounded-lg border border-line bg-white p-2">
            {design.nodes.length === 0 ? (
              <p className="py-16 text-[14px] text-muted">The design has no components yet.</p>
            ) : image === null ? (
              <p className="py-16 text-[14px] text-muted">Drawing the diagram…</p>
            ) : 'url' in image ? (
              // eslint-disable-next-line @next/next/no-img-element -- a blob URL drawn in the browser, nothing for the image optimizer
              <img src={image.url} alt={`Diagram of ${design.name}`} className="summary-diagram max-h-[46vh] max-w-full object-contain" />
            ) : (
              <p className="py-16 text-[14px] text-muted">The diagram could not be drawn: {image.error}</p>
            )}
          </figure>
          <h3 className="mt-3 text-[16px] font-bold">Findings</h3>
          {findings.length === 0 ? (
            <p className="text-[14px]">No errors or warnings: the design checks out.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 text-[13px] leading-snug">
              {findings.map((f, i) => (
                <li key={`${f.ruleId}-${i}`}>
                  <strong className={f.severity === 'error' ? 'text-err' : 'text-fg'}>
                    {f.severity === 'error' ? 'Error' : 'Warning'}:
                  </strong>{' '}
                  {f.message}
                </li>
              ))}
            </ul>
          )}
        </section>
        {bom && (
          <section className="summary-bom mt-6" aria-labelledby={`${titleId}-bom`}>
            <h3 id={`${titleId}-bom`} className="text-[16px] font-bold">
              Bill of materials ({bom.currency} per {bom.period}
              {bom.pricesAsOf ? `, prices as of ${bom.pricesAsOf}` : ''})
            </h3>
            <table className="mt-1 w-full border-collapse text-[12px]">
              <thead>
                <tr className="border-b border-line text-left">
                  <th className="py-1 pr-2">Item</th>
                  <th className="py-1 pr-2">SKU or tier</th>
                  <th className="py-1 pr-2">Region</th>
                  <th className="py-1 pr-2 text-right">Quantity</th>
                  <th className="py-1 pr-2">Lever</th>
                  <th className="py-1 text-right">Monthly</th>
                </tr>
              </thead>
              <tbody>
                {bom.lines.map((l) => (
                  <tr key={l.lineId} className="border-b border-line/60">
                    <td className="py-0.5 pr-2">
                      {l.nodeLabel ?? l.kindName} — {l.item}
                    </td>
                    <td className="py-0.5 pr-2">{l.skuOrTier ?? ''}</td>
                    <td className="py-0.5 pr-2">{l.region ?? ''}</td>
                    <td className="py-0.5 pr-2 text-right">
                      {formatCount(l.quantity)} {l.unit}
                    </td>
                    <td className="py-0.5 pr-2">{l.lever}</td>
                    <td className="py-0.5 text-right">{cents(l.centsPerMonth)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="font-bold">
                  <td className="py-1" colSpan={5}>
                    Total
                    {bom.unpricedCount > 0 ? ` (${bom.unpricedCount} unpriced item${bom.unpricedCount === 1 ? '' : 's'} not included)` : ''}
                  </td>
                  <td className="py-1 text-right" data-testid="summary-total">
                    {cents(bom.totalCentsPerMonth)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </section>
        )}
      </div>
    </div>
  );
}
