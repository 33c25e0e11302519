'use client';
/**
 * A connection, drawn by what flows along it: request (solid, bold), retrieval (solid), data (dashed),
 * replication (dotted), failover (long dashes, with its priority). Cross-region connections get a wide
 * amber halo; connections on the request path show their network hop time from `evaluate`.
 */
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, useStoreApi, type Edge, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo, useContext } from 'react';
import type { LatencyHop } from '@/lib/calc/types';
import type { DesignEdge } from '@/lib/design/schema';
import { formatMs } from '@/lib/format';
import { CompactContext } from './view';

export type FlowEdgeData = {
  edge: DesignEdge;
  /** The request-path hop this connection carries, if any. */
  hop: LatencyHop | null;
  /** The two ends resolve to different Azure regions. */
  crossRegion: boolean;
};
export type FlowEdgeType = Edge<FlowEdgeData, 'flow'>;

/** Dash pattern and width of each flow (shared with the legend). */
export const EDGE_DASH: Record<DesignEdge['flow'], string | undefined> = {
  request: undefined,
  retrieval: undefined,
  data: '7 5',
  replication: '2 5',
  failover: '10 6',
};
export const EDGE_WIDTH: Record<DesignEdge['flow'], number> = { request: 2.75, retrieval: 2, data: 1.75, replication: 2, failover: 2.25 };

/** True when a component node (not a group) covers the point. */
function covered(lookup: Map<string, InternalNode>, x: number, y: number): boolean {
  for (const n of lookup.values()) {
    if (n.type !== 'component') continue;
    const p = n.internals.positionAbsolute;
    const w = n.measured.width ?? 0;
    const h = n.measured.height ?? 0;
    if (x >= p.x - 6 && x <= p.x + w + 6 && y >= p.y - 6 && y <= p.y + h + 6) return true;
  }
  return false;
}

export const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } = props;
  const [path, midX, midY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 14,
    offset: 22,
  });
  const store = useStoreApi();
  const compact = useContext(CompactContext);
  if (!data) return null;
  // The label sits mid-way, or just before the arrow when a component covers the middle.
  const moveToEnd = !compact && covered(store.getState().nodeLookup as Map<string, InternalNode>, midX, midY);
  const labelX = moveToEnd ? targetX - 12 : midX;
  const labelY = moveToEnd ? targetY - 5 : midY;
  const anchor = moveToEnd ? 'translate(-100%, -100%)' : 'translate(-50%, -50%)';
  const { edge, hop, crossRegion } = data;
  const stroke = `var(--edge-${edge.flow})`;
  const tags: string[] = [];
  if (edge.flow === 'failover') tags.push(`failover ${edge.priority ?? 1}`);
  if (edge.label) tags.push(edge.label);
  const ms = hop ? formatMs(hop.networkMs) : null;
  const showLabel = !compact && (tags.length > 0 || ms !== null || crossRegion);
  return (
    <>
      {selected && <path d={path} fill="none" stroke="var(--accent)" strokeOpacity={0.25} strokeWidth={12} strokeLinecap="round" />}
      {crossRegion && (
        <path d={path} fill="none" stroke="var(--edge-cross-region)" strokeOpacity={0.3} strokeWidth={10} strokeLinecap="round" />
      )}
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={20}
        className="aas-edge-path"
        style={{ stroke, strokeWidth: EDGE_WIDTH[edge.flow] + (selected ? 1.25 : 0), strokeDasharray: EDGE_DASH[edge.flow] }}
      />
      {showLabel && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute flex items-center gap-1 whitespace-nowrap"
            style={{ transform: `translate(${labelX}px, ${labelY}px) ${anchor}` }}
          >
            {tags.length > 0 && (
              <span
                className="rounded-md border bg-surface px-1.5 py-px text-[13px] font-medium leading-5 shadow-sm"
                style={{ borderColor: stroke, color: stroke }}
              >
                {tags.join(' · ')}
              </span>
            )}
            {(ms !== null || crossRegion) && (
              <span
                className={`rounded-md px-1.5 py-px text-[13px] font-semibold leading-5 tabular-nums shadow-sm ${
                  crossRegion ? 'bg-[var(--edge-cross-region)] text-black' : 'border border-line bg-surface text-fg'
                }`}
                title={hop?.networkBasis}
              >
                {crossRegion ? `cross-region${ms ? ` · ${ms}` : ''}` : ms}
              </span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
