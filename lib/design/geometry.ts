/**
 * Where nodes sit on the canvas, in canvas units (1 unit = 1 CSS pixel at zoom 1). A node's `position`
 * is relative to its parent group when it has one (React Flow's convention); these helpers convert to
 * and from absolute positions and find the group under a point.
 */
import { COMPONENTS, isGroupKind, type ComponentKind, type GroupKind } from '../catalog/components';
import type { Design, DesignNode } from './schema';

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Point, Size {}

/** The footprint of a component node as the canvas draws it (used for layout, drops and hit tests). */
export const NODE_SIZE: Size = { width: 232, height: 110 };

/** The size a group gets when it is dropped from the palette. */
export const GROUP_DEFAULT_SIZE: Record<GroupKind, Size> = {
  region: { width: 720, height: 460 },
  vnet: { width: 560, height: 360 },
  subnet: { width: 300, height: 170 },
};

/** The smallest a group can be resized to. */
export const GROUP_MIN_SIZE: Size = { width: 200, height: 120 };

/** Space a group keeps around its children when it is laid out: the header takes the top. */
export const GROUP_PADDING = { top: 56, right: 28, bottom: 28, left: 28 } as const;

/** The footprint of a node: its group size, or the component node size. */
export function sizeOf(node: DesignNode): Size {
  if (isGroupKind(node.kind)) return node.size ?? GROUP_DEFAULT_SIZE[node.kind];
  return NODE_SIZE;
}

/**
 * Which groups may hold which nodes: a container holds deeper containers and every component (the
 * catalog's container depth), so a region holds anything but another region; a VNET holds subnets and
 * components; a subnet holds components only.
 */
export function canContain(parent: ComponentKind, child: ComponentKind): boolean {
  const p = COMPONENTS[parent].traits.containerDepth;
  if (p === null) return false;
  const c = COMPONENTS[child].traits.containerDepth;
  return c === null || c > p;
}

/** Nodes by id, built once per call site. */
export const indexNodes = (design: Design): Map<string, DesignNode> => new Map(design.nodes.map((n) => [n.id, n]));

/** Absolute canvas position of a node's top-left corner (sums the positions of its enclosing groups). */
export function absolutePosition(byId: ReadonlyMap<string, DesignNode>, id: string): Point {
  let x = 0;
  let y = 0;
  let cur = byId.get(id);
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    x += cur.position.x;
    y += cur.position.y;
    cur = cur.parentId !== undefined ? byId.get(cur.parentId) : undefined;
  }
  return { x, y };
}

export const absoluteRect = (byId: ReadonlyMap<string, DesignNode>, node: DesignNode): Rect => ({
  ...absolutePosition(byId, node.id),
  ...sizeOf(node),
});

/** True when `ancestorId` encloses `id` (directly or through other groups). */
export function isDescendant(byId: ReadonlyMap<string, DesignNode>, id: string, ancestorId: string): boolean {
  let cur = byId.get(id);
  const seen = new Set<string>();
  while (cur?.parentId !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id);
    if (cur.parentId === ancestorId) return true;
    cur = byId.get(cur.parentId);
  }
  return false;
}

/** Depth of a node in the group tree: 0 for a node on the canvas itself. */
export function depthOf(byId: ReadonlyMap<string, DesignNode>, id: string): number {
  let depth = 0;
  let cur = byId.get(id);
  const seen = new Set<string>();
  while (cur?.parentId !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id);
    depth++;
    cur = byId.get(cur.parentId);
  }
  return depth;
}

const inside = (p: Point, r: Rect): boolean => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/**
 * The innermost group under an absolute point that may hold a node of `childKind`; `null` for the canvas.
 * Groups in `exclude` (and the groups inside them) are skipped: a group is never dropped into itself.
 */
export function groupAt(
  design: Design,
  point: Point,
  childKind: ComponentKind,
  exclude: ReadonlySet<string> = new Set(),
  byId: ReadonlyMap<string, DesignNode> = indexNodes(design),
): DesignNode | null {
  let best: DesignNode | null = null;
  let bestDepth = -1;
  for (const g of design.nodes) {
    if (!isGroupKind(g.kind) || !canContain(g.kind, childKind)) continue;
    if (exclude.has(g.id) || [...exclude].some((ex) => isDescendant(byId, g.id, ex))) continue;
    if (!inside(point, absoluteRect(byId, g))) continue;
    const d = depthOf(byId, g.id);
    if (d > bestDepth) {
      best = g;
      bestDepth = d;
    }
  }
  return best;
}

/** The centre of a node, in absolute canvas units. */
export function centerOf(byId: ReadonlyMap<string, DesignNode>, node: DesignNode): Point {
  const r = absoluteRect(byId, node);
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}
