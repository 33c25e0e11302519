/**
 * Where a new node goes: the free spot nearest to where it was asked for, inside the group it belongs to,
 * overlapping nothing already on the canvas. Used when a component is added from the palette (drop or
 * Enter), duplicated (Ctrl+D) or pasted (Ctrl+V). Pure: a design in, canvas coordinates out.
 */
import { isGroupKind, type ComponentKind } from '../catalog/components';
import { extractFragment, pasteFragment, type Fragment } from './edit';
import {
  absolutePosition,
  absoluteRect,
  GROUP_DEFAULT_SIZE,
  GROUP_PADDING,
  groupAt,
  indexNodes,
  isDescendant,
  NODE_SIZE,
  sizeOf,
  type Point,
  type Rect,
  type Size,
} from './geometry';
import type { Design, DesignNode } from './schema';

/**
 * The room a component node is given when placing: its drawn width, and the height of its tallest form
 * (a two-line title and three key figures), so a new node never lands under a grown neighbour.
 */
export const PLACEMENT_NODE_SIZE: Size = { width: NODE_SIZE.width, height: 150 };

/** Space kept between a placed node and its neighbours, in canvas units. */
export const PLACEMENT_GAP = 24;

/** The search steps this far between candidate spots, and gives up this far from the wanted spot. */
const STEP = 20;
const MAX_RADIUS = 2400;

const footprint = (node: DesignNode): Size => (isGroupKind(node.kind) ? sizeOf(node) : PLACEMENT_NODE_SIZE);
const sizeForKind = (kind: ComponentKind): Size => (isGroupKind(kind) ? GROUP_DEFAULT_SIZE[kind] : PLACEMENT_NODE_SIZE);

const overlaps = (a: Rect, b: Rect, gap: number): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** The part of a group a child may occupy: inside its padding, below its header. */
export function contentRect(byId: ReadonlyMap<string, DesignNode>, group: DesignNode): Rect {
  const r = absoluteRect(byId, group);
  return {
    x: r.x + GROUP_PADDING.left / 2,
    y: r.y + GROUP_PADDING.top,
    width: r.width - GROUP_PADDING.left / 2 - GROUP_PADDING.right / 2,
    height: r.height - GROUP_PADDING.top - GROUP_PADDING.bottom / 2,
  };
}

/** Absolute rectangles of everything a node placed in `parentId` must not cover (all but that group and its ancestors). */
function obstacles(design: Design, byId: ReadonlyMap<string, DesignNode>, parentId: string | null, ignore: ReadonlySet<string>): Rect[] {
  const out: Rect[] = [];
  for (const n of design.nodes) {
    if (ignore.has(n.id)) continue;
    if (parentId !== null && (n.id === parentId || isDescendant(byId, parentId, n.id))) continue;
    out.push({ ...absolutePosition(byId, n.id), ...footprint(n) });
  }
  return out;
}

/** Candidate offsets from the wanted spot, nearest first (square rings of STEP units). */
function* rings(): Generator<Point> {
  yield { x: 0, y: 0 };
  for (let r = STEP; r <= MAX_RADIUS; r += STEP) {
    const ring: Point[] = [];
    for (let d = -r; d <= r; d += STEP) {
      ring.push({ x: d, y: -r }, { x: d, y: r });
      if (d !== -r && d !== r) ring.push({ x: -r, y: d }, { x: r, y: d });
    }
    // Within a ring, prefer the spots nearest the wanted one, then right of it, then below it.
    ring.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y) || b.x - a.x || b.y - a.y);
    yield* ring;
  }
}

export interface PlacementItem {
  /** Absolute top-left corner and size the item would have at offset zero. */
  rect: Rect;
  /** The group the item belongs to (it must stay inside it), or null for the canvas. */
  parentId: string | null;
}

/**
 * The offset nearest to `preferred` that puts every item on a free spot inside its group. Items are moved
 * together (a copied group of nodes keeps its shape). Null when no free offset exists inside their groups.
 */
export function freeOffset(
  design: Design,
  items: readonly PlacementItem[],
  preferred: Point = { x: 0, y: 0 },
  ignore: ReadonlySet<string> = new Set(),
): Point | null {
  if (items.length === 0) return preferred;
  const byId = indexNodes(design);
  const blocks = new Map<string | null, Rect[]>();
  const areas = new Map<string | null, Rect | null>();
  for (const it of items) {
    if (!blocks.has(it.parentId)) blocks.set(it.parentId, obstacles(design, byId, it.parentId, ignore));
    if (!areas.has(it.parentId)) {
      const g = it.parentId === null ? undefined : byId.get(it.parentId);
      areas.set(it.parentId, g ? contentRect(byId, g) : null);
    }
  }
  for (const d of rings()) {
    const off = { x: Math.round(preferred.x + d.x), y: Math.round(preferred.y + d.y) };
    const fits = items.every((it) => {
      const r = { ...it.rect, x: it.rect.x + off.x, y: it.rect.y + off.y };
      const area = areas.get(it.parentId) ?? null;
      if (area && !contains(area, r)) return false;
      return !(blocks.get(it.parentId) ?? []).some((b) => overlaps(r, b, PLACEMENT_GAP));
    });
    if (fits) return off;
  }
  return null;
}

/** Space a grown group keeps right of and below what it holds. */
const GROW_PADDING = { right: GROUP_PADDING.right / 2, bottom: GROUP_PADDING.bottom / 2 };

/**
 * Make a group at least `size`, pushing its neighbours right of it (or below it) out of the way, and
 * growing the groups around it in turn so each still holds what it contains.
 */
export function growGroup(design: Design, groupId: string, size: Size): Design {
  let nodes = design.nodes;
  let id: string | undefined = groupId;
  let want: Size | null = size;
  while (id !== undefined) {
    const g = nodes.find((n) => n.id === id);
    if (!g || !isGroupKind(g.kind)) break;
    const old = sizeOf(g);
    if (want === null) {
      // Hold every child, with padding.
      const children = nodes.filter((n) => n.parentId === g.id);
      want = {
        width: Math.max(...children.map((c) => c.position.x + footprint(c).width + GROW_PADDING.right)),
        height: Math.max(...children.map((c) => c.position.y + footprint(c).height + GROW_PADDING.bottom)),
      };
    }
    const dw = Math.max(0, Math.ceil(want.width - old.width));
    const dh = Math.max(0, Math.ceil(want.height - old.height));
    if (dw === 0 && dh === 0) break;
    const grown = { width: old.width + dw, height: old.height + dh };
    const right = g.position.x + old.width;
    const bottom = g.position.y + old.height;
    const top = g.position.y;
    const left = g.position.x;
    nodes = nodes.map((n) => {
      if (n.id === g.id) return { ...n, size: grown } as DesignNode;
      if (n.parentId !== g.parentId) return n;
      const f = footprint(n);
      const besideRows = n.position.y < bottom + dh && n.position.y + f.height > top;
      const besideCols = n.position.x < right + dw && n.position.x + f.width > left;
      if (dw > 0 && n.position.x >= right - 1 && besideRows) return { ...n, position: { x: n.position.x + dw, y: n.position.y } };
      if (dh > 0 && n.position.y >= bottom - 1 && besideCols) return { ...n, position: { x: n.position.x, y: n.position.y + dh } };
      return n;
    });
    id = g.parentId;
    want = null;
  }
  return nodes === design.nodes ? design : { ...design, nodes };
}

/**
 * Room for items that do not fit in their group as it is: the group grows to the right and they go right
 * of what it holds, at the top of its content. Returns the grown design and the offset for the items.
 */
function makeRoom(design: Design, items: readonly PlacementItem[], parentId: string): { design: Design; offset: Point } | null {
  const byId = indexNodes(design);
  const group = byId.get(parentId);
  if (!group) return null;
  const area = contentRect(byId, group);
  const at = absolutePosition(byId, group.id);
  const minX = Math.min(...items.map((i) => i.rect.x));
  const minY = Math.min(...items.map((i) => i.rect.y));
  const w = Math.max(...items.map((i) => i.rect.x + i.rect.width)) - minX;
  const h = Math.max(...items.map((i) => i.rect.y + i.rect.height)) - minY;
  const children = design.nodes.filter((n) => n.parentId === group.id);
  const x = children.length === 0 ? area.x : Math.max(...children.map((c) => at.x + c.position.x + footprint(c).width)) + PLACEMENT_GAP;
  const y = area.y;
  const grown = growGroup(design, group.id, {
    width: x - at.x + w + GROW_PADDING.right,
    height: Math.max(sizeOf(group).height, y - at.y + h + GROW_PADDING.bottom),
  });
  return { design: grown, offset: { x: x - minX, y: y - minY } };
}

/**
 * The free top-left corner (absolute) nearest to `wanted` for a new node of `kind`, in the design it is to
 * be added to. It belongs to the innermost group under its wanted centre that may hold it, and stays inside
 * that group: when the group is full, the group grows (and its neighbours move aside) to make room.
 */
export function placeNode(design: Design, kind: ComponentKind, wanted: Point): { design: Design; topLeft: Point } {
  const size = sizeForKind(kind);
  const byId = indexNodes(design);
  const parent = groupAt(design, { x: wanted.x + size.width / 2, y: wanted.y + NODE_SIZE.height / 2 }, kind, new Set(), byId);
  const rect = { x: Math.round(wanted.x), y: Math.round(wanted.y), ...size };
  const items = [{ rect, parentId: parent?.id ?? null }];
  const off = freeOffset(design, items) ?? (parent ? null : { x: 0, y: 0 });
  if (off) return { design, topLeft: { x: rect.x + off.x, y: rect.y + off.y } };
  const room = makeRoom(design, items, parent!.id);
  if (!room) return { design, topLeft: rect };
  return { design: room.design, topLeft: { x: rect.x + room.offset.x, y: rect.y + room.offset.y } };
}

/**
 * Where to paste a fragment so that nothing it holds covers a node already there: the nearest free place
 * to where it was copied from, inside the same groups (a full group grows to make room). Returns the
 * design to paste into (with any grown group) and the offset to paste at.
 */
export function placeFragment(design: Design, fragment: Fragment): { design: Design; offset: Point } {
  const byId = indexNodes(design);
  const inFragment = new Set(fragment.nodes.map((n) => n.id));
  const items: PlacementItem[] = [];
  for (const n of fragment.nodes) {
    if (n.parentId !== undefined && inFragment.has(n.parentId)) continue;
    const parent = n.parentId !== undefined ? byId.get(n.parentId) : undefined;
    const keep = parent !== undefined && isGroupKind(parent.kind);
    const origin = keep ? absolutePosition(byId, parent.id) : { x: 0, y: 0 };
    const at = keep ? { x: origin.x + n.position.x, y: origin.y + n.position.y } : (fragment.absolute[n.id] ?? n.position);
    items.push({ rect: { ...at, ...footprint(n) }, parentId: keep ? parent.id : null });
  }
  const off = freeOffset(design, items);
  if (off) return { design, offset: off };
  const parents = new Set(items.map((i) => i.parentId));
  const only = parents.size === 1 ? [...parents][0] : null;
  const room = only ? makeRoom(design, items, only) : null;
  return room ?? { design, offset: { x: 40, y: 40 } };
}

/**
 * Duplicate nodes (Ctrl+D): the copy, with fresh ids and the connections among the copied nodes, lands at
 * the nearest free place to the originals, inside the same groups (`placeFragment`).
 */
export function duplicateNodes(design: Design, nodeIds: Iterable<string>): { design: Design; nodeIds: string[] } {
  const fragment = extractFragment(design, nodeIds);
  if (!fragment) return { design, nodeIds: [] };
  const placed = placeFragment(design, fragment);
  return pasteFragment(placed.design, fragment, placed.offset);
}
