'use client';
/**
 * Two saved designs side by side (a design and its variant, usually): both schematics, the headline
 * figures with their difference (B − A, from lib/calc/compare.ts), the cost lines that differ and the
 * findings only one of them has. Every figure comes from `evaluate` through the report cache.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { compareReports, type Change, type FigureDelta } from '@/lib/calc/compare';
import type { Finding, Report } from '@/lib/calc/types';
import { familyIdOf, siblingsOf } from '@/lib/design/variants';
import type { Design } from '@/lib/design/schema';
import { formatCount, formatGB, formatMs, formatPercentagePoints, formatSigned, formatSla, formatUsdPerMonth } from '@/lib/format';
import type { LibraryEntry } from '@/components/store/local-designs';
import { useReportFor } from '@/components/store/report';
import { useStudio } from '@/components/store/studio-store';
import { MiniDiagram } from './mini-diagram';

const CHANGE_TEXT: Record<Change, string> = { better: 'better', worse: 'worse', same: 'same', unknown: '' };
const CHANGE_TONE: Record<Change, string> = { better: 'text-ok', worse: 'text-err', same: 'text-muted', unknown: 'text-muted' };

interface Row {
  label: string;
  d: FigureDelta;
  show: (n: number | null) => string;
  delta: (n: number) => string;
}

const count = (n: number | null) => (n === null ? 'n/a' : formatCount(n, 0));

function rowsOf(h: ReturnType<typeof compareReports>['headline']): Row[] {
  return [
    { label: 'Monthly cost', d: h.monthlyCostUsd, show: formatUsdPerMonth, delta: (n) => formatSigned(n, formatUsdPerMonth) },
    { label: 'Time to first token', d: h.ttftMs, show: formatMs, delta: (n) => formatSigned(n, formatMs) },
    { label: 'End to end', d: h.e2eMs, show: formatMs, delta: (n) => formatSigned(n, formatMs) },
    { label: 'Composite SLA', d: h.compositeSla, show: formatSla, delta: (n) => formatSigned(n, formatPercentagePoints) },
    {
      label: 'VRAM headroom',
      d: h.vramHeadroomGB,
      show: (n) => (n === null ? 'no self-hosted model' : n < 0 ? `short by ${formatGB(-n)}` : formatGB(n)),
      delta: (n) => formatSigned(n, formatGB),
    },
    { label: 'Errors', d: h.errors, show: count, delta: (n) => formatSigned(n, (x) => formatCount(x, 0)) },
    { label: 'Warnings', d: h.warnings, show: count, delta: (n) => formatSigned(n, (x) => formatCount(x, 0)) },
  ];
}

function DesignPicker({
  label,
  value,
  onChange,
  library,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  library: LibraryEntry[];
}) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-[14px] font-semibold text-muted">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="rounded-lg border border-line bg-surface px-2 py-1.5 text-[16px] font-semibold text-fg"
      >
        {library.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function Findings({ title, list }: { title: string; list: Finding[] }) {
  return (
    <div className="min-w-0 flex-1">
      <h4 className="mb-1 text-[15px] font-semibold text-fg">{title}</h4>
      {list.length === 0 ? (
        <p className="text-[14px] text-muted">None.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {list.map((f) => (
            <li key={`${f.ruleId}@${f.nodeIds.join(',')}`} className="text-[14px] leading-snug text-fg">
              <span
                className={`font-semibold ${f.severity === 'error' ? 'text-err' : f.severity === 'warning' ? 'text-warn' : 'text-muted'}`}
              >
                {f.severity}:
              </span>{' '}
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Side({ name, design, report }: { name: string; design: Design | null; report: Report | null }) {
  return (
    <figure className="flex min-w-0 flex-1 flex-col rounded-xl border border-line bg-canvas">
      <figcaption className="border-b border-line px-3 py-2 text-[15px] font-semibold text-fg">{name}</figcaption>
      {design ? (
        <MiniDiagram design={design} report={report} labels className="h-[230px] w-full p-2" title={`Diagram of ${name}`} />
      ) : (
        <p className="p-3 text-[14px] text-err">This design could not be read.</p>
      )}
    </figure>
  );
}

function Table({ children, caption }: { children: ReactNode; caption: string }) {
  return (
    <table className="w-full border-collapse text-left text-[15px]">
      <caption className="mb-1 text-left text-[16px] font-semibold text-fg">{caption}</caption>
      {children}
    </table>
  );
}

/** A's default: the design B derives from, else another of its family, else the newest other design. */
function defaultPair(library: LibraryEntry[], docId: string | null): [string, string] | null {
  const b = library.find((e) => e.id === docId) ?? library[0];
  if (!b) return null;
  const parent = b.variant?.variantOf;
  const a =
    library.find((e) => e.id === parent) ??
    library.find((e) => e.id === siblingsOf(library, b.id)[0]?.id) ??
    library.find((e) => e.id !== b.id && familyIdOf(e) !== b.id) ??
    library.find((e) => e.id !== b.id);
  return a ? [a.id, b.id] : null;
}

export function CompareView() {
  const open = useStudio((s) => s.compareOpen);
  return open ? <CompareDialog /> : null;
}

function CompareDialog() {
  const setOpen = useStudio((s) => s.setCompareOpen);
  const library = useStudio((s) => s.library);
  const docId = useStudio((s) => s.docId);
  const readStored = useStudio((s) => s.readStored);
  const design = useStudio((s) => s.design);
  // The pair is chosen when the view opens; the lists follow the library while it is open.
  const [pair, setPair] = useState<[string, string] | null>(() => defaultPair(library, docId));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    headingRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [setOpen]);

  const sides = useMemo(() => {
    if (!pair) return null;
    return pair.map((id) => ({ id, name: library.find((e) => e.id === id)?.name ?? 'Saved design', design: readStored(id) }));
    // `design` is read through readStored for the open design: recompute when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pair, library, readStored, design]);

  // Each side's report arrives from the report worker (at once when already computed).
  const reportA = useReportFor(sides?.[0]?.design ?? null);
  const reportB = useReportFor(sides?.[1]?.design ?? null);
  const [a, b] =
    sides?.map((side, i) => {
      const r = i === 0 ? reportA : reportB;
      return { ...side, report: r?.ok ? r.report : null, checking: side.design !== null && r === null };
    }) ?? [];
  const cmp = a?.report && b?.report ? compareReports(a.report, b.report) : null;
  return (
    <div className="fixed inset-0 z-[60] flex items-stretch justify-center bg-black/40 p-4">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        className="flex w-full max-w-[1400px] flex-col overflow-hidden rounded-2xl border border-line bg-raised text-fg shadow-2xl"
      >
        <div className="flex items-center gap-3 border-b border-line px-5 py-3">
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="flex-1 text-[20px] font-bold outline-none">
            Compare designs
          </h2>
          <button
            type="button"
            onClick={() => setOpen(false)}
            className="rounded-lg border border-line bg-surface px-3 py-1.5 text-[14px] font-semibold hover:bg-sunken"
          >
            Close
          </button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">
          {!pair || !a || !b ? (
            <p className="text-[16px] text-muted">
              Compare needs two saved designs. Open the Designs menu and choose “Duplicate as variant” on a design, then change the variant.
            </p>
          ) : (
            <div className="flex flex-col gap-5">
              <div className="flex gap-4">
                <DesignPicker label="A" value={a.id} onChange={(id) => setPair([id, b.id])} library={library} />
                <DesignPicker label="B" value={b.id} onChange={(id) => setPair([a.id, id])} library={library} />
              </div>
              <div className="flex gap-4">
                <Side name={a.name} design={a.design} report={a.report} />
                <Side name={b.name} design={b.design} report={b.report} />
              </div>
              {a.checking || b.checking ? (
                <p role="status" className="text-[15px] text-muted">
                  Checking the designs…
                </p>
              ) : !cmp ? (
                <p role="alert" className="text-[15px] text-err">
                  One of the designs could not be checked, so they cannot be compared.
                </p>
              ) : (
                <>
                  <Table caption="Headline figures (difference is B − A)">
                    <CompareHead first="Figure" />
                    <tbody>
                      {rowsOf(cmp.headline).map((r) => (
                        <tr key={r.label} className="border-b border-line" data-testid={`compare-row-${r.label}`}>
                          <th scope="row" className="py-1.5 pr-3 font-semibold">
                            {r.label}
                          </th>
                          <td className="py-1.5 pr-3 tabular-nums">{r.show(r.d.a)}</td>
                          <td className="py-1.5 pr-3 tabular-nums">{r.show(r.d.b)}</td>
                          <td className={`py-1.5 font-semibold tabular-nums ${CHANGE_TONE[r.d.change]}`} data-testid="delta">
                            {r.d.delta === null ? '—' : r.delta(r.d.delta)}
                            {r.d.change === 'better' || r.d.change === 'worse' ? ` (${CHANGE_TEXT[r.d.change]})` : ''}
                          </td>
                        </tr>
                      ))}
                      <tr className="border-b border-line">
                        <th scope="row" className="py-1.5 pr-3 font-semibold">
                          Availability pattern
                        </th>
                        <td className="py-1.5 pr-3">{cmp.haPattern.aLabel}</td>
                        <td className="py-1.5 pr-3">{cmp.haPattern.bLabel}</td>
                        <td className="py-1.5 text-muted">{cmp.haPattern.changed ? 'changed' : 'same'}</td>
                      </tr>
                    </tbody>
                  </Table>
                  <Table caption={`Cost lines that differ (${cmp.costLines.length})`}>
                    <CompareHead first="Line" />
                    <tbody>
                      {cmp.costLines.length === 0 && (
                        <tr>
                          <td colSpan={4} className="py-1.5 text-muted">
                            The same cost lines.
                          </td>
                        </tr>
                      )}
                      {cmp.costLines.map((l) => (
                        <tr key={l.id} className="border-b border-line align-top">
                          <th scope="row" className="py-1.5 pr-3 font-medium">
                            {(l.b ?? l.a)?.item}
                            <span className="block text-[13px] font-normal text-muted">
                              {l.kind === 'added' ? 'only in B' : l.kind === 'removed' ? 'only in A' : 'changed'}
                            </span>
                          </th>
                          <td className="py-1.5 pr-3 tabular-nums">
                            {l.a ? `${formatCount(l.a.quantity)} × ${l.a.unit} · ${formatUsdPerMonth(l.a.usdPerMonth)}` : '—'}
                          </td>
                          <td className="py-1.5 pr-3 tabular-nums">
                            {l.b ? `${formatCount(l.b.quantity)} × ${l.b.unit} · ${formatUsdPerMonth(l.b.usdPerMonth)}` : '—'}
                          </td>
                          <td className="py-1.5 font-semibold tabular-nums">
                            {l.deltaUsdPerMonth === null ? 'unpriced' : formatSigned(l.deltaUsdPerMonth, formatUsdPerMonth)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                  <section aria-label="Findings only one design has" className="flex gap-6">
                    <Findings title={`Only in A (${cmp.onlyInA.length})`} list={cmp.onlyInA} />
                    <Findings title={`Only in B (${cmp.onlyInB.length})`} list={cmp.onlyInB} />
                  </section>
                </>
              )}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** The head of a compare table: what a row is, then A, B and the difference. */
function CompareHead({ first }: { first: string }) {
  return (
    <thead>
      <tr className="border-b border-line text-[13px] uppercase tracking-wide text-muted">
        {[first, 'A', 'B'].map((label) => (
          <th key={label} scope="col" className="py-1.5 pr-3 font-semibold">
            {label}
          </th>
        ))}
        <th scope="col" className="py-1.5 font-semibold">
          Difference
        </th>
      </tr>
    </thead>
  );
}
