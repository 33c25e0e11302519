'use client';
/**
 * A connection, drawn by what flows along it: request (solid, bold), retrieval (solid), data (dashed),
 * replication (dotted), failover (long dashes, with its priority). Cross-region connections get a wide
 * amber halo; connections on the request path show their network hop time from `evaluate`.
 */
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, useStoreApi, type Edge, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo, useContext, useEffect, useMemo } from 'react';
import type { LatencyHop } from '@/lib/calc/types';
import type { DesignEdge, DesignNode } from '@/lib/design/schema';
import { formatMs } from '@/lib/format';
import { cornersOf, ROUTE_DEFAULTS, roundedPath, routeAround, type Box } from './edge-route';
import { GROUP_HEADER, groupTitleWidth, type GroupHeader } from './group-headers';
import { CompactContext } from './view';

export type FlowEdgeData = {
  edge: DesignEdge;
  /** The request-path hop this connection carries, if any. */
  hop: LatencyHop | null;
  /** The two ends resolve to different Azure regions. */
  crossRegion: boolean;
  /** The groups' title boxes, which the connection routes around. */
  headers: readonly GroupHeader[];
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

/** How far a group's title runs from its left edge, in canvas units. */
function titleWidthOf(n: InternalNode): number {
  const data = n.data as { node?: DesignNode } | undefined;
  return data?.node ? groupTitleWidth(data.node) : Infinity;
}

/** Corner radius of a connection (React Flow's smooth-step setting, and the router's rounded corners). */
const RADIUS = 14;
export const NO_HEADERS: readonly GroupHeader[] = [];
/** The smooth step's first straight run: the same as the router's stub, so a re-routed path leaves its source alike. */
const OFFSET = ROUTE_DEFAULTS.stub;

/**
 * The connection's path: React Flow's smooth step, re-routed around the titles of groups it would cross
 * (except a title of its own source or target). Worked out again only when an end or a title moves.
 */
function useRoutedPath(p: EdgeProps<FlowEdgeType>, headers: readonly GroupHeader[]): [string, number, number] {
  const { source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = p;
  return useMemo(() => {
    const smooth = getSmoothStepPath({
      sourceX,
      sourceY,
      targetX,
      targetY,
      sourcePosition,
      targetPosition,
      borderRadius: RADIUS,
      offset: OFFSET,
    });
    const boxes = headers.filter((h) => h.id !== source && h.id !== target);
    const route = boxes.length > 0 ? routeAround(cornersOf(smooth[0]), boxes) : null;
    if (!route) return [smooth[0], smooth[1], smooth[2]];
    // The middle of the new route, for a label when no better spot is found.
    const mid = route[Math.floor(route.length / 2)]!;
    return [roundedPath(route, RADIUS), mid.x, mid.y];
  }, [source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, headers]);
}

/** The corners of a smooth-step path, in order (its curves are short, so the polyline follows it closely). */
function pathPoints(path: string): [number, number][] {
  const nums = path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)?.map(Number) ?? [];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i] as number, nums[i + 1] as number]);
  return out;
}

/** The point a fraction `t` of the way along a polyline. */
function along(points: [number, number][], t: number): [number, number] {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  let left = total * t;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    const len = Math.hypot(bx - ax, by - ay);
    if (left <= len && len > 0) return [ax + ((bx - ax) * left) / len, ay + ((by - ay) * left) / len];
    left -= len;
  }
  return points[points.length - 1] ?? [0, 0];
}

/**
 * The label boxes other connections have taken (canvas units), by connection id. Labels are placed one
 * connection after another, in the order React Flow draws them; each keeps off the ones placed before it.
 */
const placedLabels = new Map<string, Box>();
function placeLabel(id: string, box: Box | null): void {
  if (box) placedLabels.set(id, box);
  else placedLabels.delete(id);
}

/** Something a label should keep off, with what covering it costs: 10 a component, 5 another label, 1 a group title. */
interface Obstacle extends Box {
  weight: number;
}

/** The obstacles that reach into `area`: each label's candidate spots are then scored against these few only. */
function obstaclesIn(lookup: Map<string, InternalNode>, self: string, area: Box): Obstacle[] {
  const out: Obstacle[] = [];
  const reaches = (o: Box) => area.left < o.right && area.right > o.left && area.top < o.bottom && area.bottom > o.top;
  for (const [id, o] of placedLabels) if (id !== self && reaches(o)) out.push({ ...o, weight: 5 });
  for (const n of lookup.values()) {
    const p = n.internals.positionAbsolute;
    const nw = n.type === 'component' ? (n.measured.width ?? 0) : Math.min(n.measured.width ?? 0, titleWidthOf(n));
    const nh = n.type === 'component' ? (n.measured.height ?? 0) : Math.min(GROUP_HEADER, n.measured.height ?? 0);
    const o = { left: p.x, right: p.x + nw, top: p.y, bottom: p.y + nh };
    if (reaches(o)) out.push({ ...o, weight: n.type === 'component' ? 10 : 1 });
  }
  return out;
}

/** How badly a label box centred on (x, y) would cover the obstacles. */
function blocked(obstacles: readonly Obstacle[], x: number, y: number, w: number, h: number): number {
  const l = x - w / 2 - 4;
  const r = x + w / 2 + 4;
  const t = y - h / 2 - 4;
  const b = y + h / 2 + 4;
  let score = 0;
  for (const o of obstacles) if (l < o.right && r > o.left && t < o.bottom && b > o.top) score += o.weight;
  return score;
}

/** Where along the edge its label goes: the point nearest the middle that covers no component and no group title. */
const LABEL_SPOTS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9];
function labelSpot(
  lookup: Map<string, InternalNode>,
  self: string,
  path: string,
  w: number,
  h: number,
  fallback: [number, number],
): [number, number] {
  const points = pathPoints(path);
  if (points.length < 2) return fallback;
  const spots: [number, number][] = LABEL_SPOTS.map((t) => along(points, t));
  // Too short a run between two components: the label may go just above (or below) its middle instead.
  const [x, y] = along(points, 0.5);
  for (let d = h; d <= 160; d += 8) spots.push([x, y - d], [x, y + d]);
  // Every spot's box lies within this area, so only what reaches into it can be covered.
  const area = {
    left: Math.min(...spots.map(([sx]) => sx)) - w / 2 - 4,
    right: Math.max(...spots.map(([sx]) => sx)) + w / 2 + 4,
    top: Math.min(...spots.map(([, sy]) => sy)) - h / 2 - 4,
    bottom: Math.max(...spots.map(([, sy]) => sy)) + h / 2 + 4,
  };
  const obstacles = obstaclesIn(lookup, self, area);
  let best = fallback;
  let bestScore = Infinity;
  for (const [sx, sy] of spots) {
    const score = blocked(obstacles, sx, sy, w, h);
    if (score === 0) return [sx, sy];
    if (score < bestScore) {
      best = [sx, sy];
      bestScore = score;
    }
  }
  return best;
}

export const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const { id, data, markerEnd, selected } = props;
  const [path, midX, midY] = useRoutedPath(props, data?.headers ?? NO_HEADERS);
  // A connection taken away gives its label's place back.
  useEffect(() => () => placeLabel(id, null), [id]);
  const store = useStoreApi();
  const compact = useContext(CompactContext);
  if (!data) return null;
  const { edge, hop, crossRegion } = data;
  const stroke = `var(--edge-${edge.flow})`;
  const tags: string[] = [];
  if (edge.flow === 'failover') tags.push(`failover ${edge.priority ?? 1}`);
  if (edge.label) tags.push(edge.label);
  const ms = hop ? formatMs(hop.networkMs) : null;
  const showLabel = !compact && (tags.length > 0 || ms !== null || crossRegion);
  // The label sits on the edge, as near its middle as it can without covering a component or a group's title.
  const hopText = crossRegion ? `cross-region${ms ? ` · ${ms}` : ''}` : (ms ?? '');
  const chars = tags.join(' · ').length + hopText.length;
  const labelWidth = chars * 7.6 + (tags.length > 0 ? 18 : 0) + (hopText ? 18 : 0);
  const [labelX, labelY] = showLabel
    ? labelSpot(store.getState().nodeLookup as Map<string, InternalNode>, id, path, labelWidth, 24, [midX, midY])
    : [midX, midY];
  placeLabel(
    id,
    showLabel ? { left: labelX - labelWidth / 2, right: labelX + labelWidth / 2, top: labelY - 12, bottom: labelY + 12 } : null,
  );
  const anchor = 'translate(-50%, -50%)';
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
                {hopText}
              </span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
