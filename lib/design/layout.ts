/**
 * Auto-layout: the request path reads left to right. Each group is laid out on its own (its children,
 * with the connections between them lifted to that level), then sized to fit and placed as one block in
 * its parent's layout, so regions, VNETs and subnets stay tidy boxes. Uses dagre (layered graph layout).
 */
import dagre from '@dagrejs/dagre';
import { isGroupKind } from '../catalog/components';
import { GROUP_PADDING, NODE_SIZE, type Point, type Size } from './geometry';
import type { Design, DesignNode, EdgeFlow } from './schema';

/** How strongly each kind of connection pulls its ends into a straight left-to-right line. */
const FLOW_WEIGHT: Record<EdgeFlow, number> = { request: 8, failover: 4, retrieval: 2, data: 1, replication: 1 };

export interface LayoutOptions {
  /** Gap between nodes in the same column. */
  nodeGap?: number;
  /** Gap between columns. */
  rankGap?: number;
  /** The size of a component node (the canvas may measure it). */
  nodeSize?: (node: DesignNode) => Size;
}

/** Lay the whole design out left to right. Returns a new design; node ids, settings and edges are unchanged. */
export function autoLayout(design: Design, options: LayoutOptions = {}): Design {
  const nodeGap = options.nodeGap ?? 40;
  const rankGap = options.rankGap ?? 90;
  const leafSize = options.nodeSize ?? (() => NODE_SIZE);
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const children = new Map<string | null, DesignNode[]>();
  for (const n of design.nodes) {
    const parent = n.parentId !== undefined && byId.has(n.parentId) ? n.parentId : null;
    const list = children.get(parent);
    if (list) list.push(n);
    else children.set(parent, [n]);
  }

  /** The child of `container` that holds `id` (or `id` itself), or null when `id` is not inside it. */
  const liftTo = (id: string, container: string | null): string | null => {
    let cur = byId.get(id);
    const seen = new Set<string>();
    while (cur && !seen.has(cur.id)) {
      seen.add(cur.id);
      const parent = cur.parentId !== undefined && byId.has(cur.parentId) ? cur.parentId : null;
      if (parent === container) return cur.id;
      if (parent === null) return null;
      cur = byId.get(parent);
    }
    return null;
  };

  const positions = new Map<string, Point>();
  const sizes = new Map<string, Size>();

  const layoutContainer = (container: string | null, stack: Set<string>): Size => {
    const kids = children.get(container) ?? [];
    for (const k of kids) {
      if (isGroupKind(k.kind) && !stack.has(k.id)) sizes.set(k.id, layoutContainer(k.id, new Set([...stack, k.id])));
      else sizes.set(k.id, leafSize(k));
    }
    if (kids.length === 0) return { width: 320, height: 180 };
    const g = new dagre.graphlib.Graph({ multigraph: false });
    g.setGraph({ rankdir: 'LR', nodesep: nodeGap, ranksep: rankGap, marginx: 0, marginy: 0 });
    g.setDefaultEdgeLabel(() => ({}));
    for (const k of kids) {
      const s = sizes.get(k.id) as Size;
      g.setNode(k.id, { width: s.width, height: s.height });
    }
    for (const e of design.edges) {
      const a = liftTo(e.source, container);
      const b = liftTo(e.target, container);
      if (a === null || b === null || a === b) continue;
      const prev = g.edge(a, b) as { weight?: number } | undefined;
      g.setEdge(a, b, { weight: (prev?.weight ?? 0) + FLOW_WEIGHT[e.flow], minlen: 1 });
    }
    dagre.layout(g);
    const pad = container === null ? { top: 0, left: 0, right: 0, bottom: 0 } : GROUP_PADDING;
    let maxX = 0;
    let maxY = 0;
    for (const k of kids) {
      const laid = g.node(k.id) as { x: number; y: number; width: number; height: number };
      const x = Math.round(laid.x - laid.width / 2 + pad.left);
      const y = Math.round(laid.y - laid.height / 2 + pad.top);
      positions.set(k.id, { x, y });
      maxX = Math.max(maxX, x + laid.width);
      maxY = Math.max(maxY, y + laid.height);
    }
    return { width: Math.round(maxX + pad.right), height: Math.round(maxY + pad.bottom) };
  };

  layoutContainer(null, new Set());

  const nodes = design.nodes.map((n) => {
    const position = positions.get(n.id) ?? n.position;
    const size = isGroupKind(n.kind) ? sizes.get(n.id) : undefined;
    return { ...n, position, ...(size ? { size } : {}) } as DesignNode;
  });
  return { ...design, nodes };
}
