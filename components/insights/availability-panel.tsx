'use client';
/**
 * Availability: the design's HA pattern, the composite SLA and the downtime it allows a month, the
 * series/parallel structure behind it, the single points of failure, and the stores' RPO and RTO.
 */
import type { SlaTerm } from '@/lib/calc/types';
import type { DesignNode } from '@/lib/design/schema';
import { formatMinutes, formatSla } from '@/lib/format';
import { ComponentIcon } from '@/components/icons/component-icon';
import { useReport } from '@/components/store/report';
import { HowComputed } from './how-computed';
import { Badge, DataTable, EmptyState, Headline, NodeChip, nodeName, PanelFrame, Section, showOnCanvas, useNodeIndex } from './ui';

function ServiceRow({
  term,
  nodes,
  spof,
}: {
  term: Extract<SlaTerm, { type: 'service' }>;
  nodes: Map<string, DesignNode>;
  spof: ReadonlySet<string>;
}) {
  const node = nodes.get(term.nodeId);
  const single = spof.has(term.nodeId);
  return (
    <button
      type="button"
      onClick={() => showOnCanvas([term.nodeId])}
      className={`flex w-full items-center gap-2 rounded-lg border bg-raised px-2 py-1.5 text-left hover:border-accent hover:bg-accent-soft ${single ? 'border-warn' : 'border-line'}`}
    >
      {node && <ComponentIcon kind={node.kind} size={24} />}
      <span className="min-w-0 flex-1">
        {/* Named by its visible text (spaces keep the parts apart in it), then what pressing it does. */}
        <span className="block truncate text-[14px] font-medium text-fg">{term.label}</span>{' '}
        {term.slaId && <span className="block truncate font-mono text-[11px] text-muted">{term.slaId}</span>}
      </span>{' '}
      {single && <Badge tone="warn">single point of failure</Badge>}{' '}
      <span className={`shrink-0 text-[14px] font-semibold tabular-nums ${term.availability === null ? 'text-warn' : 'text-fg'}`}>
        {formatSla(term.availability)}
      </span>
      <span className="sr-only">. Show on the canvas</span>
    </button>
  );
}

/** The SlaTerm tree: series as a chain (all required), parallel as a box of alternatives (any one suffices). */
function Term({ term, nodes, depth, spof }: { term: SlaTerm; nodes: Map<string, DesignNode>; depth: number; spof: ReadonlySet<string> }) {
  if (term.type === 'service') return <ServiceRow term={term} nodes={nodes} spof={spof} />;
  if (term.type === 'series')
    return (
      <div className={depth > 0 ? 'rounded-lg border border-line p-2' : ''}>
        <div className="mb-1.5 flex items-baseline justify-between gap-2 text-[12px]">
          <span className="font-semibold uppercase tracking-wide text-muted">{term.label} · in series, all required</span>
          <span className="font-semibold tabular-nums text-fg">{formatSla(term.availability)}</span>
        </div>
        <ol className="relative flex flex-col gap-1.5 pl-4 before:absolute before:bottom-3 before:left-[7px] before:top-3 before:w-0.5 before:bg-line-strong">
          {term.terms.map((t, i) => (
            <li
              key={i}
              className="relative before:absolute before:-left-[13px] before:top-[15px] before:h-2.5 before:w-2.5 before:rounded-full before:border-2 before:border-line-strong before:bg-surface"
            >
              <Term term={t} nodes={nodes} depth={depth + 1} spof={spof} />
            </li>
          ))}
        </ol>
      </div>
    );
  return (
    <div className="rounded-lg border-2 border-dashed border-ok/60 bg-ok-soft/40 p-2">
      <div className="mb-1.5 flex items-baseline justify-between gap-2 text-[12px]">
        <span className="font-semibold uppercase tracking-wide text-ok">In parallel: any one of {term.terms.length}</span>
        <span className="font-semibold tabular-nums text-fg">{formatSla(term.availability)}</span>
      </div>
      <ul className="flex flex-col gap-1.5">
        {term.terms.map((t, i) => (
          <li key={i}>
            <Term term={t} nodes={nodes} depth={depth + 1} spof={spof} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function AvailabilityPanel() {
  const report = useReport();
  const nodes = useNodeIndex();
  if (!report) return <PanelFrame title="Availability">{null}</PanelFrame>;
  const { ha } = report;
  return (
    <PanelFrame
      title="Availability"
      lead="Composite SLA along the request path: services in series multiply, redundant backends and regions in parallel."
    >
      <div className="border-b border-line px-4 py-3.5">
        <div className="mb-2 flex flex-wrap items-center gap-1.5">
          <Badge tone="accent">{ha.patternLabel}</Badge>
          {ha.regions.map((r) => (
            <Badge key={r}>{r}</Badge>
          ))}
        </div>
        <div className="grid grid-cols-2 gap-3">
          <Headline
            label="Composite SLA"
            value={formatSla(ha.compositeSla)}
            testId="ha-sla"
            tone={ha.compositeSla === null && ha.structure !== null ? 'warn' : 'plain'}
            note={ha.compositeSla !== null ? undefined : ha.structure === null ? 'no request path' : 'a part has no SLA figure'}
          />
          <Headline
            label="Downtime allowed"
            value={ha.downtimeMinutesPerMonth === null ? 'n/a' : `${formatMinutes(ha.downtimeMinutesPerMonth)}`}
            testId="ha-downtime"
            note="per 30-day month"
          />
        </div>
        <div className="mt-1.5">
          <HowComputed explanation={ha.explanation} subject="the composite SLA" />
        </div>
      </div>
      <Section
        title="Single points of failure"
        aside={ha.singlePointsOfFailure.length > 0 ? `${ha.singlePointsOfFailure.length}` : undefined}
      >
        {ha.singlePointsOfFailure.length === 0 ? (
          <p className="text-[14px] font-medium text-ok" data-testid="spof-none">
            None found on the request path.
          </p>
        ) : (
          <ul className="flex flex-wrap gap-1.5" data-testid="spof">
            {ha.singlePointsOfFailure.map((id) => (
              <li key={id}>
                <NodeChip id={id} nodes={nodes} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Series and parallel structure">
        {ha.structure === null ? (
          <EmptyState title="No request path">
            Connect Users → … → a model with request connections to compute the composite SLA.
          </EmptyState>
        ) : (
          <div data-testid="sla-structure">
            <Term term={ha.structure} nodes={nodes} depth={0} spof={new Set(ha.singlePointsOfFailure)} />
          </div>
        )}
      </Section>
      {ha.recovery.length > 0 && (
        <Section title="Recovery of stores and services">
          <DataTable
            caption="Recovery point and recovery time objectives"
            head={['Service', 'RPO', 'RTO']}
            align={['left', 'left', 'left']}
            rows={ha.recovery.map((r) => [
              <button key={r.nodeId} type="button" onClick={() => showOnCanvas([r.nodeId])} className="text-left hover:text-accent">
                <span className="block font-semibold">{nodeName(nodes, r.nodeId)}</span>
                <span className="block text-[12px] font-normal text-muted">
                  {r.service} · {r.mechanism}
                </span>
              </button>,
              r.rpo,
              r.rto,
            ])}
          />
        </Section>
      )}
    </PanelFrame>
  );
}
