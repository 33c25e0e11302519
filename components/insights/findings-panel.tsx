'use client';
/**
 * Findings: what is wrong or worth knowing about the design, grouped by severity and area. Each names
 * its nodes (pressing one shows it on the canvas), says why with the rule's basis, and offers the
 * computed fix; a fix that is a single change has an Apply button (undo with Ctrl+Z).
 */
import { useState } from 'react';
import { getSource } from '@/lib/catalog';
import { getRule } from '@/lib/calc/rules';
import { AREAS, SEVERITIES, type Area, type Finding, type Fix, type Severity } from '@/lib/calc/types';
import type { DesignNode } from '@/lib/design/schema';
import { formatUsdPerMonth } from '@/lib/format';
import { useReport } from '@/components/store/report';
import { useStudio } from '@/components/store/studio-store';
import { Badge, EmptyState, NodeChip, PanelFrame, showOnCanvas, useNodeIndex } from './ui';

export const AREA_LABELS: Record<Area, string> = {
  vram: 'VRAM',
  training: 'Training',
  region: 'Regions',
  latency: 'Latency',
  ha: 'Availability',
  cost: 'Cost',
  security: 'Security',
  networking: 'Networking',
};

const SEVERITY_WORDS: Record<Severity, { one: string; many: string; tone: 'bad' | 'warn' | 'accent' }> = {
  error: { one: 'error', many: 'Errors', tone: 'bad' },
  warning: { one: 'warning', many: 'Warnings', tone: 'warn' },
  info: { one: 'info', many: 'Info', tone: 'accent' },
};

const CARD_EDGE: Record<Severity, string> = { error: 'border-l-err', warning: 'border-l-warn', info: 'border-l-accent' };

export function SeverityIcon({ severity }: { severity: Severity }) {
  if (severity === 'error')
    return (
      <svg width="18" height="18" viewBox="0 0 20 20" className="shrink-0 text-err" aria-hidden="true">
        <circle cx="10" cy="10" r="9" fill="currentColor" />
        <path d="m6.8 6.8 6.4 6.4m0-6.4-6.4 6.4" stroke="var(--surface)" strokeWidth="2" strokeLinecap="round" />
      </svg>
    );
  if (severity === 'warning')
    return (
      <svg width="18" height="18" viewBox="0 0 20 20" className="shrink-0 text-warn" aria-hidden="true">
        <path d="M10 1.8 19 17.8H1z" fill="currentColor" strokeLinejoin="round" />
        <path d="M10 7.5v4.6M10 14.6v.2" stroke="var(--surface)" strokeWidth="2" strokeLinecap="round" />
      </svg>
    );
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" className="shrink-0 text-accent" aria-hidden="true">
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      <path d="M10 9v5M10 6v.2" stroke="var(--surface)" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** A rule's basis, with catalog source ids named by their titles. */
function Basis({ text }: { text: string }) {
  const parts = text.split(/;\s*/).filter((p) => p !== '');
  return (
    <>
      {parts.map((p, i) => {
        const m = /^([a-z0-9][a-z0-9-]+)(.*)$/.exec(p);
        const source = m ? getSource(m[1] as string) : undefined;
        return (
          <span key={i}>
            {i > 0 && '; '}
            {source ? (
              <>
                {/^https?:\/\//.test(source.where) ? (
                  <a
                    href={source.where}
                    target="_blank"
                    rel="noreferrer"
                    className="text-accent underline decoration-accent/40 underline-offset-2"
                  >
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
                {m?.[2]}
              </>
            ) : (
              p
            )}
          </span>
        );
      })}
    </>
  );
}

function FixRow({ fix, finding }: { fix: Fix; finding: Finding }) {
  const apply = () => {
    if (!fix.patch) return;
    const s = useStudio.getState();
    const r = s.applyNodePatch(fix.patch);
    if (r.ok)
      s.toast(`Applied: ${fix.description}`, { tone: 'success', action: { label: 'Undo', run: () => useStudio.getState().undo() } });
    else s.toast(`The fix could not be applied: ${r.message}`, { tone: 'error' });
  };
  const delta = fix.deltaUsdPerMonth;
  return (
    <li className="flex items-start gap-2.5 rounded-lg bg-sunken px-2.5 py-2">
      <svg width="16" height="16" viewBox="0 0 16 16" className="mt-0.5 shrink-0 text-ok" aria-hidden="true">
        <path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <div className="min-w-0 flex-1 text-[14px] leading-snug">
        <span className="text-fg">{fix.description}</span>
        {delta !== undefined && delta !== 0 && (
          <span className={`ml-1.5 whitespace-nowrap font-semibold ${delta < 0 ? 'text-ok' : 'text-warn'}`}>
            {delta < 0 ? `saves ${formatUsdPerMonth(-delta)}` : `adds ${formatUsdPerMonth(delta)}`}
          </span>
        )}
      </div>
      {fix.patch && (
        <button
          type="button"
          onClick={apply}
          aria-label={`Apply: ${fix.description}`}
          data-rule={finding.ruleId}
          className="shrink-0 rounded-md border border-accent bg-accent px-2.5 py-1 text-[13px] font-semibold text-accent-fg hover:opacity-90"
        >
          Apply
        </button>
      )}
    </li>
  );
}

function FindingCard({ finding, nodes }: { finding: Finding; nodes: Map<string, DesignNode> }) {
  const rule = getRule(finding.ruleId);
  const many = finding.nodeIds.length > 1;
  return (
    <li
      className={`rounded-xl border border-line border-l-4 bg-raised px-3.5 py-3 shadow-[var(--node-shadow)] ${CARD_EDGE[finding.severity]}`}
      data-testid="finding"
      data-rule={finding.ruleId}
    >
      <div className="flex items-start gap-2">
        <SeverityIcon severity={finding.severity} />
        <div className="min-w-0 flex-1">
          <h5 className="text-[15px] font-semibold leading-snug text-fg">
            <span className="sr-only">{SEVERITY_WORDS[finding.severity].one}: </span>
            {rule?.title ?? finding.ruleId}
          </h5>
          <p className="mt-1 text-[14px] leading-snug text-fg">{finding.message}</p>
        </div>
      </div>
      {finding.nodeIds.length > 0 && (
        <div className="mt-2.5 flex flex-wrap items-center gap-1.5">
          {finding.nodeIds.map((id) => (
            <NodeChip key={id} id={id} nodes={nodes} />
          ))}
          {many && (
            <button
              type="button"
              onClick={() => showOnCanvas(finding.nodeIds)}
              className="rounded-md px-1.5 py-0.5 text-[13px] font-semibold text-accent hover:bg-accent-soft"
            >
              Show all {finding.nodeIds.length}
            </button>
          )}
        </div>
      )}
      <p className="mt-2.5 text-[13px] leading-snug text-muted">
        <span className="font-semibold text-fg">Why: </span>
        <Basis text={finding.basis} /> <span className="whitespace-nowrap font-mono text-[12px]">[{finding.ruleId}]</span>
      </p>
      {finding.fixes.length > 0 && (
        <ul aria-label="Fixes" className="mt-2.5 flex flex-col gap-1.5">
          {finding.fixes.map((f, i) => (
            <FixRow key={i} fix={f} finding={finding} />
          ))}
        </ul>
      )}
    </li>
  );
}

function SeverityGroup({ severity, findings, nodes }: { severity: Severity; findings: Finding[]; nodes: Map<string, DesignNode> }) {
  const [open, setOpen] = useState(true);
  const words = SEVERITY_WORDS[severity];
  const byArea = AREAS.map((a) => ({ area: a, items: findings.filter((f) => f.area === a) })).filter((g) => g.items.length > 0);
  return (
    <section
      aria-label={`${words.many}: ${findings.length}`}
      className="border-b border-line px-4 py-3 last:border-b-0"
      data-severity={severity}
    >
      <h3>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          className="flex w-full items-center gap-2 rounded-md py-1 text-left hover:bg-sunken"
        >
          <SeverityIcon severity={severity} />
          <span className="text-[15px] font-semibold text-fg">{words.many}</span>
          <Badge tone={words.tone}>{findings.length}</Badge>
          <svg
            width="14"
            height="14"
            viewBox="0 0 12 12"
            aria-hidden="true"
            className={`ml-auto text-muted transition-transform ${open ? 'rotate-180' : ''}`}
          >
            <path d="m3 4.5 3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
        </button>
      </h3>
      {open && (
        <div className="mt-2 flex flex-col gap-3">
          {byArea.map((g) => (
            <div key={g.area}>
              <h4 className="mb-1.5 text-[12px] font-semibold uppercase tracking-wide text-muted">
                {AREA_LABELS[g.area]} <span className="font-normal">· {g.items.length}</span>
              </h4>
              <ul className="flex flex-col gap-2">
                {g.items.map((f, i) => (
                  <FindingCard key={`${f.ruleId}-${i}`} finding={f} nodes={nodes} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

export default function FindingsPanel() {
  const report = useReport();
  const nodes = useNodeIndex();
  if (!report) return <PanelFrame title="Findings">{null}</PanelFrame>;
  const { counts, findings } = report;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <PanelFrame
      title="Findings"
      lead={
        <span data-testid="findings-summary">
          {plural(counts.error, 'error', 'errors')} · {plural(counts.warning, 'warning', 'warnings')} · {counts.info} info
        </span>
      }
    >
      {findings.length === 0 ? (
        <EmptyState title="No findings">Every rule passes for this design and its scenario.</EmptyState>
      ) : (
        SEVERITIES.map((s) => {
          const list = findings.filter((f) => f.severity === s);
          return list.length > 0 ? <SeverityGroup key={s} severity={s} findings={list} nodes={nodes} /> : null;
        })
      )}
    </PanelFrame>
  );
}
