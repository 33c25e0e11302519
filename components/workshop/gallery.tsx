'use client';
/**
 * The template gallery: a card per template with a schematic of its design, the trade-off it shows and
 * its headline figures from `evaluate`. Opening a card saves the template as a new design of yours.
 * On first open it sits over the canvas without blocking the rest of the studio, and leaves as soon as
 * the design changes or another one opens; from the header it is the same gallery.
 */
import { useEffect, useId, useRef } from 'react';
import { formatMs, formatSla, formatUsdPerMonth } from '@/lib/format';
import { TEMPLATES, type DesignTemplate } from '@/lib/design/templates';
import { useStudio } from '@/components/store/studio-store';
import { MiniDiagram } from './mini-diagram';
import { useTemplate } from './use-template';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-[12px] font-semibold uppercase tracking-wide text-muted">{label}</dt>
      <dd className="truncate text-[16px] font-semibold tabular-nums text-fg">{value}</dd>
    </div>
  );
}

function TemplateCard({ template }: { template: DesignTemplate }) {
  const t = useTemplate(template.slug);
  const openNewDesign = useStudio((s) => s.openNewDesign);
  const closeGallery = useStudio((s) => s.closeGallery);
  const headingId = useId();
  const report = t.state === 'ready' ? t.report : null;
  const counts = report?.counts;
  return (
    <li
      aria-labelledby={headingId}
      data-testid={`template-${template.slug}`}
      className="flex flex-col overflow-hidden rounded-xl border border-line bg-surface shadow-sm"
    >
      <div className="h-[120px] border-b border-line bg-canvas p-2">
        {t.state === 'ready' ? (
          <MiniDiagram design={t.design} report={report} className="h-full w-full" title={`Diagram of ${template.title}`} />
        ) : (
          <div className="flex h-full items-center justify-center text-[14px] text-muted">
            {t.state === 'loading' ? 'Loading…' : 'Not available'}
          </div>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-3">
        <h3 id={headingId} className="text-[16px] font-semibold leading-snug text-fg">
          {template.title}
        </h3>
        <p className="text-[14px] leading-snug text-muted">{template.tradeoff}</p>
        {t.state === 'failed' && (
          <p role="alert" className="text-[14px] text-err">
            This template could not be loaded: {t.message}
          </p>
        )}
        {t.state === 'ready' && t.reportError && (
          <p role="alert" className="text-[14px] text-err">
            This template could not be checked: {t.reportError}
          </p>
        )}
        {report && counts && template.slug !== 'blank' && (
          <dl className="grid grid-cols-2 gap-x-3 gap-y-1.5" aria-label={`Figures of ${template.title}`}>
            <Figure label="Monthly cost" value={formatUsdPerMonth(report.cost.totalUsdPerMonth)} />
            <Figure label="Composite SLA" value={formatSla(report.ha.compositeSla)} />
            <Figure label="Time to first token" value={formatMs(report.latency.ttftMs)} />
            <Figure label="End to end" value={formatMs(report.latency.e2eMs)} />
            <div className="col-span-2">
              <dt className="sr-only">Findings</dt>
              <dd
                data-testid="template-findings"
                className={`text-[14px] font-semibold ${counts.error > 0 ? 'text-err' : counts.warning > 0 ? 'text-warn' : 'text-ok'}`}
              >
                {counts.error} error{counts.error === 1 ? '' : 's'} · {counts.warning} warning{counts.warning === 1 ? '' : 's'}
                {template.intentionalErrors.length > 0 && <span className="font-medium text-muted"> · the error is on purpose</span>}
              </dd>
            </div>
          </dl>
        )}
        <div className="mt-auto pt-1">
          <button
            type="button"
            disabled={t.state !== 'ready'}
            onClick={() => {
              if (t.state !== 'ready') return;
              openNewDesign(t.design);
              closeGallery();
            }}
            aria-label={`Open ${template.title}`}
            className="w-full rounded-lg border border-accent bg-accent px-3 py-1.5 text-[15px] font-semibold text-accent-fg hover:opacity-90 disabled:opacity-50"
          >
            {template.slug === 'blank' ? 'Start blank' : 'Open as a new design'}
          </button>
        </div>
      </div>
    </li>
  );
}

export function TemplateGallery() {
  const mode = useStudio((s) => s.gallery);
  const closeGallery = useStudio((s) => s.closeGallery);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  // On first open the gallery leaves as soon as the design changes or another design opens.
  useEffect(() => {
    if (mode !== 'welcome') return;
    const at = useStudio.getState();
    return useStudio.subscribe((s) => {
      if (s.gallery === 'welcome' && (s.docId !== at.docId || s.design !== at.design)) s.closeGallery();
    });
  }, [mode]);

  useEffect(() => {
    if (mode === null) return;
    if (mode === 'picker') headingRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closeGallery();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [mode, closeGallery]);

  if (mode === null) return null;
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      className="absolute inset-0 z-30 flex flex-col overflow-hidden bg-app/95 backdrop-blur-sm"
    >
      <div className="flex shrink-0 items-start gap-3 border-b border-line bg-surface px-5 py-3">
        <div className="min-w-0 flex-1">
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-[20px] font-bold text-fg outline-none">
            Start from a template
          </h2>
          <p className="text-[14px] text-muted">
            Each opens as a new design of yours. {mode === 'welcome' ? 'Close this to explore the reference design behind it.' : ''}
          </p>
        </div>
        <button
          type="button"
          onClick={closeGallery}
          className="shrink-0 rounded-lg border border-line bg-surface px-3 py-1.5 text-[14px] font-semibold text-fg hover:bg-sunken"
        >
          Close
        </button>
      </div>
      <ul
        aria-label="Templates"
        className="grid min-h-0 flex-1 auto-rows-max grid-cols-[repeat(auto-fill,minmax(270px,1fr))] gap-4 overflow-y-auto p-5"
      >
        {TEMPLATES.map((t) => (
          <TemplateCard key={t.slug} template={t} />
        ))}
      </ul>
    </div>
  );
}
