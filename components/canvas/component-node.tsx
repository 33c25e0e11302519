'use client';
/**
 * A component on the canvas: icon, name, kind and region, its key figures from `evaluate`, and a status
 * badge. Memoised: it re-renders when its design node or its status changes, never on another node's drag.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { COMPONENTS } from '@/lib/catalog/components';
import { REGIONS } from '@/lib/catalog/regions';
import { nodeLabel } from '@/lib/design/node-label';
import { ComponentIcon, layerClass } from '@/components/icons/component-icon';
import { useNodeStatus } from '@/components/store/report';
import type { ComponentFlowNode } from '@/components/store/flow-nodes';
import { StatusBadge } from './status-badge';
import { CompactContext } from './view';

/** Region names by id (the small region table only: the rest of the catalog is not part of the first load). */
const regionNames = new Map(REGIONS.map((r) => [r.id, r.name]));

const STATUS_EDGE: Record<string, string> = {
  error: 'before:bg-err',
  warning: 'before:bg-warn',
  ok: 'before:bg-transparent',
};

/** Values up to this many characters fit a node's row whole; longer ones wrap. */
const LONG_FIGURE = 20;

export const ComponentNode = memo(function ComponentNode({ id, data, selected }: NodeProps<ComponentFlowNode>) {
  const node = data.node;
  const info = COMPONENTS[node.kind];
  const status = useNodeStatus(id);
  const compact = useContext(CompactContext);
  const label = nodeLabel(node);
  if (compact) return <CompactNode kind={node.kind} label={label} status={status} selected={selected} />;
  const region = status?.region ? (regionNames.get(status.region) ?? status.region) : null;
  const subtitle = [label !== info.name ? info.name : info.layer, region].filter(Boolean).join(' · ');
  const figures = status?.keyFigures.slice(0, 3) ?? [];
  return (
    <div className="aas-node relative w-[232px]" data-kind={node.kind} data-status={status?.status}>
      <div
        className={`${layerClass(info.layer)} relative overflow-hidden rounded-xl border bg-surface px-3 pb-2 pt-2.5 text-fg shadow-[var(--node-shadow)] before:absolute before:inset-y-0 before:left-0 before:w-1 ${STATUS_EDGE[status?.status ?? 'ok']} ${
          selected ? 'border-accent ring-2 ring-accent' : 'border-line hc:border-line-strong'
        }`}
      >
        <div className="flex items-start gap-2.5 pr-2">
          <ComponentIcon kind={node.kind} size={34} />
          <div className="min-w-0 flex-1">
            <div className="text-[16px] font-semibold leading-5 [overflow-wrap:anywhere]" title={label} data-testid="node-title">
              {label}
            </div>
            <div className="truncate text-[14px] leading-5 text-muted" title={subtitle} data-testid="node-subtitle">
              {subtitle}
            </div>
          </div>
        </div>
        {figures.length > 0 && (
          <dl className="mt-2 flex flex-col gap-0.5 border-t border-line pt-1.5 text-[14px] leading-[18px]">
            {figures.map((f) => {
              // A short value stays on one line and its label gives way; a long one wraps beside its label.
              const long = f.value.length > LONG_FIGURE;
              return (
                <div key={f.label} className="flex min-w-0 items-baseline justify-between gap-x-2">
                  <dt className={`text-muted ${long ? 'shrink-0' : 'min-w-min'}`} title={f.label}>
                    {f.label}
                  </dt>
                  <dd
                    className={`text-right font-semibold tabular-nums ${long ? 'min-w-0 [text-wrap:balance]' : 'shrink-0 whitespace-nowrap'}`}
                    title={f.value}
                    data-testid="node-figure"
                  >
                    {f.value}
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </div>
      <div className="absolute -right-2.5 -top-2.5">
        <StatusBadge status={status} />
      </div>
      <Handle type="target" position={Position.Left} className="aas-handle" />
      <Handle type="source" position={Position.Right} className="aas-handle" />
    </div>
  );
});

/**
 * The same component when zoomed out so far that its figures could not be read: icon and name only, its
 * status as a coloured edge. Far fewer things to paint per node keeps dragging smooth on large designs.
 */
const CompactNode = memo(function CompactNode({
  kind,
  label,
  status,
  selected,
}: {
  kind: ComponentFlowNode['data']['node']['kind'];
  label: string;
  status: ReturnType<typeof useNodeStatus>;
  selected: boolean;
}) {
  const info = COMPONENTS[kind];
  return (
    <div className="aas-node relative w-[232px]" data-kind={kind} data-status={status?.status} data-compact="">
      <div
        className={`${layerClass(info.layer)} flex h-[64px] items-center gap-3 rounded-xl border-2 border-l-[8px] bg-surface px-3 text-fg ${COMPACT_EDGE[status?.status ?? 'ok']} ${
          selected ? 'ring-4 ring-accent' : ''
        }`}
      >
        <ComponentIcon kind={kind} size={40} />
        <span className="line-clamp-2 text-[22px] font-semibold leading-[26px]">
          {label}
          {status && status.status !== 'ok' && <span className="sr-only">{`, ${status.status === 'error' ? 'error' : 'warning'}`}</span>}
        </span>
      </div>
      <Handle type="target" position={Position.Left} className="aas-handle" />
      <Handle type="source" position={Position.Right} className="aas-handle" />
    </div>
  );
});

const COMPACT_EDGE: Record<string, string> = {
  error: 'border-err',
  warning: 'border-warn',
  ok: 'border-line',
};
