'use client';
/**
 * A small schematic of a design drawn from its document: groups (regions, networks) as outlined boxes,
 * components as filled blocks, request connections as lines. For the gallery's thumbnails and the compare
 * view; no canvas is mounted. Badges come from the design's report when one is given.
 */
import { isGroupKind } from '@/lib/catalog/components';
import type { Report } from '@/lib/calc/types';
import { absoluteRect, indexNodes, type Rect } from '@/lib/design/geometry';
import { nodeLabel } from '@/lib/design/node-label';
import type { Design } from '@/lib/design/schema';

const STATUS_FILL = { warning: 'var(--warn)', error: 'var(--err)' } as const;

export function MiniDiagram({
  design,
  report,
  labels = false,
  title,
  className = '',
}: {
  design: Design;
  report?: Report | null;
  /** Write component names (for the larger compare view). */
  labels?: boolean;
  /** What a screen reader hears; the default names the count of components. */
  title?: string;
  className?: string;
}) {
  const byId = indexNodes(design);
  const rects = new Map<string, Rect>(design.nodes.map((n) => [n.id, absoluteRect(byId, n)]));
  const all = [...rects.values()];
  const components = design.nodes.filter((n) => !isGroupKind(n.kind));
  const name = title ?? `Diagram of ${components.length} component${components.length === 1 ? '' : 's'}`;
  if (all.length === 0)
    return (
      <div role="img" aria-label="An empty canvas" className={`flex items-center justify-center text-[15px] text-muted ${className}`}>
        Empty canvas
      </div>
    );
  const pad = 40;
  const minX = Math.min(...all.map((r) => r.x)) - pad;
  const minY = Math.min(...all.map((r) => r.y)) - pad;
  const maxX = Math.max(...all.map((r) => r.x + r.width)) + pad;
  const maxY = Math.max(...all.map((r) => r.y + r.height)) + pad;
  const centre = (id: string) => {
    const r = rects.get(id);
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  };
  const groups = design.nodes.filter((n) => isGroupKind(n.kind));
  return (
    <svg
      role="img"
      aria-label={name}
      viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`}
      preserveAspectRatio="xMidYMid meet"
      className={className}
    >
      {groups.map((g) => {
        const r = rects.get(g.id);
        if (!r) return null;
        return (
          <g key={g.id}>
            <rect
              x={r.x}
              y={r.y}
              width={r.width}
              height={r.height}
              rx={18}
              fill="var(--sunken)"
              stroke="var(--line-strong)"
              strokeWidth={4}
            />
            {labels && (
              <text x={r.x + 20} y={r.y + 40} fontSize={30} fontWeight={600} fill="var(--muted)">
                {nodeLabel(g)}
              </text>
            )}
          </g>
        );
      })}
      {design.edges.map((e) => {
        const a = centre(e.source);
        const b = centre(e.target);
        if (!a || !b) return null;
        return (
          <line
            key={e.id}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            stroke={e.flow === 'request' ? 'var(--accent)' : 'var(--line-strong)'}
            strokeWidth={e.flow === 'request' ? 8 : 4}
            strokeDasharray={e.flow === 'request' ? undefined : '14 10'}
          />
        );
      })}
      {components.map((n) => {
        const r = rects.get(n.id);
        if (!r) return null;
        const status = report && Object.hasOwn(report.nodes, n.id) ? report.nodes[n.id]?.status : undefined;
        return (
          <g key={n.id}>
            <rect x={r.x} y={r.y} width={r.width} height={r.height} rx={16} fill="var(--surface)" stroke="var(--fg)" strokeWidth={4} />
            {(status === 'warning' || status === 'error') && (
              <circle cx={r.x + r.width - 22} cy={r.y + 22} r={16} fill={STATUS_FILL[status]} />
            )}
            {labels && (
              <text x={r.x + r.width / 2} y={r.y + r.height / 2 + 11} fontSize={30} fontWeight={600} textAnchor="middle" fill="var(--fg)">
                {nodeLabel(n).length > 14 ? `${nodeLabel(n).slice(0, 13)}…` : nodeLabel(n)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
