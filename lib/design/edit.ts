/**
 * Editing a design: pure functions from one design to the next. Nodes and edges that do not change keep
 * their identity, so the canvas re-renders only what changed and `evaluate` can be memoised per design.
 */
import { z } from 'zod';
import { isGroupKind, type ComponentKind } from '../catalog/components';
import { checkConnection } from './connections';
import {
  absolutePosition,
  absoluteRect,
  canContain,
  centerOf,
  GROUP_PADDING,
  GROUP_DEFAULT_SIZE,
  groupAt,
  indexNodes,
  isDescendant,
  NODE_SIZE,
  sizeOf,
  type Point,
  type Size,
} from './geometry';
import { ID_MAX_LENGTH } from './ids';
import { defaultConfig, NodeConfigSchemas } from './node-configs';
import { DesignEdgeSchema, DesignNodeSchema, DesignSchema, SCHEMA_VERSION, type Design, type DesignEdge, type DesignNode } from './schema';

/** A new, empty design with the default scenario. */
export function emptyDesign(name = 'Untitled design'): Design {
  return DesignSchema.parse({ schemaVersion: SCHEMA_VERSION, name });
}

/** An id not yet used in the design: `app-service`, `app-service-2`, … */
export function uniqueId(taken: ReadonlySet<string>, base: string): string {
  // Room for a "-NNNNN" suffix inside the schema's id length limit (an edge id joins two node ids).
  const stem =
    base
      .replace(/-\d+$/, '')
      .slice(0, ID_MAX_LENGTH - 6)
      .replace(/-+$/, '') || 'node';
  if (!taken.has(stem)) return stem;
  for (let i = 2; ; i++) {
    const id = `${stem}-${i}`;
    if (!taken.has(id)) return id;
  }
}

const allIds = (design: Design): Set<string> => new Set([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);

/**
 * Add a component with its default settings, its top-left corner at an absolute canvas point. It lands
 * inside the innermost group under its centre that may hold it. A spot already taken by a node of the
 * same parent is stepped aside so repeated adds do not stack exactly.
 */
export function addNode(design: Design, kind: ComponentKind, topLeft: Point): { design: Design; id: string } {
  const taken = allIds(design);
  const id = uniqueId(taken, kind);
  const size: Size = isGroupKind(kind) ? GROUP_DEFAULT_SIZE[kind] : NODE_SIZE;
  const byId = indexNodes(design);
  let abs = { x: Math.round(topLeft.x), y: Math.round(topLeft.y) };
  const occupied = new Set(design.nodes.map((n) => key(absolutePosition(byId, n.id))));
  while (occupied.has(key(abs))) abs = { x: abs.x + 30, y: abs.y + 30 };
  const parent = groupAt(design, { x: abs.x + size.width / 2, y: abs.y + size.height / 2 }, kind, new Set(), byId);
  const origin = parent ? absolutePosition(byId, parent.id) : { x: 0, y: 0 };
  const node = {
    id,
    kind,
    label: '',
    position: { x: abs.x - origin.x, y: abs.y - origin.y },
    ...(parent ? { parentId: parent.id } : {}),
    ...(isGroupKind(kind) ? { size } : {}),
    config: defaultConfig(kind),
  } as DesignNode;
  return { design: { ...design, nodes: [...design.nodes, node] }, id };
}

const key = (p: Point) => `${Math.round(p.x)},${Math.round(p.y)}`;

/** Every id in `ids` plus the nodes inside the groups among them. */
export function withDescendants(design: Design, ids: Iterable<string>): Set<string> {
  const out = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of design.nodes) {
      if (n.parentId !== undefined && out.has(n.parentId) && !out.has(n.id)) {
        out.add(n.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Remove nodes (with what is inside the groups among them), edges, and the edges touching removed nodes. */
export function removeElements(design: Design, nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): Design {
  const nodes = withDescendants(design, nodeIds);
  const edges = new Set(edgeIds);
  if (nodes.size === 0 && edges.size === 0) return design;
  return {
    ...design,
    nodes: design.nodes.filter((n) => !nodes.has(n.id)),
    edges: design.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
  };
}

/** Set node positions (relative to their parents, as the canvas reports them) and group sizes. */
export function setGeometry(design: Design, changes: ReadonlyMap<string, { position?: Point; size?: Size }>): Design {
  if (changes.size === 0) return design;
  let changed = false;
  const nodes = design.nodes.map((n) => {
    const c = changes.get(n.id);
    if (!c) return n;
    const position = c.position ? { x: Math.round(c.position.x), y: Math.round(c.position.y) } : n.position;
    const size = c.size && isGroupKind(n.kind) ? { width: Math.round(c.size.width), height: Math.round(c.size.height) } : n.size;
    const samePos = position.x === n.position.x && position.y === n.position.y;
    const sameSize = size?.width === n.size?.width && size?.height === n.size?.height;
    if (samePos && sameSize) return n;
    changed = true;
    return { ...n, position, ...(size ? { size } : {}) };
  });
  return changed ? { ...design, nodes } : design;
}

/**
 * Move a node into a group (or onto the canvas with `null`), keeping where it is on screen: its position
 * is converted to be relative to the new parent. Refuses (returns the design unchanged) when the group
 * may not hold the node or is inside it.
 */
export function reparent(design: Design, id: string, parentId: string | null): Design {
  const byId = indexNodes(design);
  const node = byId.get(id);
  if (!node || (node.parentId ?? null) === parentId) return design;
  let origin = { x: 0, y: 0 };
  if (parentId !== null) {
    const parent = byId.get(parentId);
    if (!parent || !isGroupKind(parent.kind) || parent.id === id || isDescendant(byId, parent.id, id)) return design;
    origin = absolutePosition(byId, parent.id);
  }
  const abs = absolutePosition(byId, id);
  const { parentId: _old, ...rest } = node;
  const next = {
    ...rest,
    position: { x: abs.x - origin.x, y: abs.y - origin.y },
    ...(parentId !== null ? { parentId } : {}),
  } as DesignNode;
  return { ...design, nodes: design.nodes.map((n) => (n.id === id ? next : n)) };
}

/**
 * After nodes were moved: each moved node whose parent did not move with it joins the innermost group
 * under its centre (or the canvas). This is how a drop into a region sets the parent and a drag out of a
 * group clears it.
 */
export function regroupMoved(design: Design, movedIds: Iterable<string>): Design {
  const moved = new Set(movedIds);
  let next = design;
  for (const id of moved) {
    const byId = indexNodes(next);
    const node = byId.get(id);
    if (!node) continue;
    if (node.parentId !== undefined && moved.has(node.parentId)) continue;
    const target = groupAt(next, centerOf(byId, node), node.kind, new Set([id]), byId);
    next = reparent(next, id, target?.id ?? null);
  }
  return next;
}

/**
 * Put a node into a group (or onto the canvas with `null`) from the inspector. A node already over the
 * group keeps its place; otherwise it takes the first free spot inside the group. Refuses (returns the
 * design unchanged) when the group may not hold it.
 */
export function moveIntoGroup(design: Design, id: string, parentId: string | null): Design {
  const byId = indexNodes(design);
  const node = byId.get(id);
  if (!node || (node.parentId ?? null) === parentId) return design;
  if (parentId === null) return reparent(design, id, null);
  const group = byId.get(parentId);
  if (!group || !canContain(group.kind, node.kind) || group.id === id || isDescendant(byId, group.id, id)) return design;
  const groupRect = absoluteRect(byId, group);
  const c = centerOf(byId, node);
  const over = c.x >= groupRect.x && c.x <= groupRect.x + groupRect.width && c.y >= groupRect.y && c.y <= groupRect.y + groupRect.height;
  if (over) return reparent(design, id, parentId);
  const size = sizeOf(node);
  const siblings = design.nodes.filter((n) => n.parentId === parentId && n.id !== id);
  const overlaps = (x: number, y: number) =>
    siblings.some((n) => {
      const s = sizeOf(n);
      return x < n.position.x + s.width && n.position.x < x + size.width && y < n.position.y + s.height && n.position.y < y + size.height;
    });
  let spot: Point = { x: GROUP_PADDING.left, y: GROUP_PADDING.top };
  search: for (let row = 0; row < 50; row++) {
    for (let col = 0; col < 6; col++) {
      const x = GROUP_PADDING.left + col * (size.width + 24);
      const y = GROUP_PADDING.top + row * (size.height + 24);
      if (!overlaps(x, y)) {
        spot = { x, y };
        break search;
      }
    }
  }
  const { parentId: _old, ...rest } = node;
  const next = { ...rest, parentId, position: spot } as DesignNode;
  return { ...design, nodes: design.nodes.map((n) => (n.id === id ? next : n)) };
}

/** The label and settings of a node. `config` is merged shallowly and validated against the kind's schema. */
export function updateNode(
  design: Design,
  id: string,
  patch: { label?: string; config?: Record<string, unknown> },
): { ok: true; design: Design } | { ok: false; message: string } {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return { ok: false, message: `There is no component "${id}" in this design.` };
  let config: unknown = node.config;
  if (patch.config) {
    const merged: Record<string, unknown> = { ...(node.config as Record<string, unknown>), ...patch.config };
    for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
    const parsed = NodeConfigSchemas[node.kind].safeParse(merged);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'invalid settings' };
    config = parsed.data;
  }
  const next = { ...node, ...(patch.label !== undefined ? { label: patch.label } : {}), config } as DesignNode;
  return { ok: true, design: { ...design, nodes: design.nodes.map((n) => (n.id === id ? next : n)) } };
}

/** Change what flows along an edge, its priority, authentication, connectivity or label. */
export function updateEdge(
  design: Design,
  id: string,
  patch: Partial<Omit<DesignEdge, 'id' | 'source' | 'target'>>,
): { ok: true; design: Design } | { ok: false; message: string } {
  const edge = design.edges.find((e) => e.id === id);
  if (!edge) return { ok: false, message: `There is no connection "${id}" in this design.` };
  const merged: Record<string, unknown> = { ...edge, ...patch };
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
  if (merged.flow === 'failover' && merged.priority === undefined) merged.priority = 1;
  const parsed = DesignEdgeSchema.safeParse(merged);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'invalid connection settings' };
  return { ok: true, design: { ...design, edges: design.edges.map((e) => (e.id === id ? parsed.data : e)) } };
}

/** Connect two components when the connection makes sense (see `checkConnection`). */
export function connect(
  design: Design,
  source: string,
  target: string,
): { ok: true; design: Design; id: string } | { ok: false; reason: string } {
  const check = checkConnection(design, source, target);
  if (!check.ok) return check;
  const id = uniqueId(allIds(design), `e-${source}-${target}`);
  const edge: DesignEdge = {
    id,
    source,
    target,
    flow: check.flow,
    ...(check.priority !== undefined ? { priority: check.priority } : {}),
    auth: 'managed-identity',
    connectivity: 'private-endpoint',
  };
  return { ok: true, design: { ...design, edges: [...design.edges, edge] }, id };
}

// ---------- Copy, paste, duplicate ----------

/** A piece of a design on the clipboard: nodes (with what is inside their groups) and the edges among them. */
export const FragmentSchema = z.object({
  format: z.literal('ai-architecture-studio/fragment'),
  version: z.literal(1),
  nodes: z.array(DesignNodeSchema).max(5000),
  edges: z.array(DesignEdgeSchema).max(20000),
  /** Absolute position of each node whose parent is not in the fragment. */
  absolute: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
});
export type Fragment = z.infer<typeof FragmentSchema>;

/** Copy the given nodes (and what is inside the groups among them) with the edges between copied nodes. */
export function extractFragment(design: Design, nodeIds: Iterable<string>): Fragment | null {
  const ids = withDescendants(design, nodeIds);
  if (ids.size === 0) return null;
  const byId = indexNodes(design);
  const nodes = design.nodes.filter((n) => ids.has(n.id));
  // fromEntries defines own keys, so a node id such as `__proto__` is a key like any other.
  const absolute: Record<string, Point> = Object.fromEntries(
    nodes.filter((n) => n.parentId === undefined || !ids.has(n.parentId)).map((n) => [n.id, absolutePosition(byId, n.id)]),
  );
  return {
    format: 'ai-architecture-studio/fragment',
    version: 1,
    nodes,
    edges: design.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    absolute,
  };
}

/**
 * Paste a fragment with fresh ids, shifted by `offset`. A copied node keeps its group when that group is
 * in this design (duplicating inside a subnet stays in the subnet); otherwise it lands on the canvas.
 * Parents are listed before their children. Returns the new node ids.
 */
export function pasteFragment(design: Design, fragment: Fragment, offset: Point): { design: Design; nodeIds: string[] } {
  const taken = allIds(design);
  const idMap = new Map<string, string>();
  for (const n of fragment.nodes) {
    const id = uniqueId(taken, n.id);
    taken.add(id);
    idMap.set(n.id, id);
  }
  const byId = indexNodes(design);
  const pasted: DesignNode[] = fragment.nodes.map((n) => {
    const id = idMap.get(n.id) as string;
    const { parentId, ...rest } = n;
    if (parentId !== undefined && idMap.has(parentId)) return { ...rest, id, parentId: idMap.get(parentId) } as DesignNode;
    const keep = parentId !== undefined && byId.has(parentId) && isGroupKind(byId.get(parentId)!.kind);
    if (keep) return { ...rest, id, parentId, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } } as DesignNode;
    const abs = (Object.hasOwn(fragment.absolute, n.id) ? fragment.absolute[n.id] : undefined) ?? n.position;
    return { ...rest, id, position: { x: abs.x + offset.x, y: abs.y + offset.y } } as DesignNode;
  });
  const edges = fragment.edges.map((e) => {
    const id = uniqueId(taken, e.id);
    taken.add(id);
    return { ...e, id, source: idMap.get(e.source) as string, target: idMap.get(e.target) as string };
  });
  return {
    design: { ...design, nodes: [...design.nodes, ...orderParentsFirst(pasted)], edges: [...design.edges, ...edges] },
    nodeIds: pasted.map((n) => n.id),
  };
}

/** Nodes ordered so every group comes before what it holds (React Flow needs parents first). */
export function orderParentsFirst(nodes: readonly DesignNode[]): DesignNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string, DesignNode[]>();
  const roots: DesignNode[] = [];
  for (const n of nodes) {
    if (n.parentId !== undefined && ids.has(n.parentId)) {
      const list = children.get(n.parentId);
      if (list) list.push(n);
      else children.set(n.parentId, [n]);
    } else roots.push(n);
  }
  const out: DesignNode[] = [];
  const seen = new Set<string>();
  const visit = (n: DesignNode) => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    out.push(n);
    for (const c of children.get(n.id) ?? []) visit(c);
  };
  for (const r of roots) visit(r);
  for (const n of nodes) visit(n); // a parent loop (rejected by parseDesign) still keeps every node
  return out;
}
