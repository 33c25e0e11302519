/**
 * The canvas's view of the design: React Flow's nodes (derived from the design), the selection, a drag
 * or resize in progress, the group a dragged node would join, and requests to fit or focus the view.
 * A drag or a resize changes only the canvas's nodes while it lasts and records one step when it ends.
 */
import { applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { regroupMoved, setGeometry } from '@/lib/design/edit';
import { groupAt, indexNodes, NODE_SIZE, type Point, type Size } from '@/lib/design/geometry';
import type { Design, DesignNode } from '@/lib/design/schema';
import { buildFlowNodes, measuredHandles, type FlowNode } from '../flow-nodes';
import type { SliceContext } from './context';
import { commitFrom } from './history';

export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

export interface Gesture {
  base: Design;
  ids: Set<string>;
  kind: 'move' | 'resize';
}

export interface CanvasSlice {
  flowNodes: FlowNode[];
  selection: Selection;
  gesture: Gesture | null;
  /** The group a dragged node would join if dropped now. */
  dropTargetId: string | null;
  /** Bumped to ask the canvas to fit the view. */
  fitViewRequest: number;
  /** Nodes the canvas should bring into view (set by `focusNodes`). */
  focusRequest: { nodeIds: string[]; seq: number } | null;
  onNodesChange: (changes: NodeChange<FlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange[]) => void;
  setDropTarget: (id: string | null) => void;
  select: (selection: Selection) => void;
  selectAll: () => void;
  requestFitView: () => void;
  /** Select these nodes and bring them into view on the canvas (e.g. from a finding). */
  focusNodes: (nodeIds: string[]) => void;
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [] };

export const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Drop selected ids that are no longer in the design. */
function pruneSelection(design: Design, sel: Selection): Selection {
  if (sel.nodeIds.length === 0 && sel.edgeIds.length === 0) return sel;
  const nodes = new Set(design.nodes.map((n) => n.id));
  const edges = new Set(design.edges.map((e) => e.id));
  const nodeIds = sel.nodeIds.filter((id) => nodes.has(id));
  const edgeIds = sel.edgeIds.filter((id) => edges.has(id));
  return sameIds(nodeIds, sel.nodeIds) && sameIds(edgeIds, sel.edgeIds) ? sel : { nodeIds, edgeIds };
}

/** State for showing `design` with `selection`: the canvas nodes follow. */
export function view(ctx: SliceContext, design: Design, selection: Selection, previous: FlowNode[] = ctx.get().flowNodes) {
  const sel = pruneSelection(design, selection);
  return { design, selection: sel, flowNodes: buildFlowNodes(design, new Set(sel.nodeIds), previous) };
}

export function createCanvasSlice(ctx: SliceContext): CanvasSlice {
  const { get, set } = ctx;
  return {
    flowNodes: [],
    selection: EMPTY_SELECTION,
    gesture: null,
    dropTargetId: null,
    fitViewRequest: 0,
    focusRequest: null,

    onNodesChange: (changes) => {
      const s = get();
      let nodeIds = s.selection.nodeIds;
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length > 0) {
        const ids = new Set(nodeIds);
        for (const c of selects) {
          if (c.selected) ids.add(c.id);
          else ids.delete(c.id);
        }
        nodeIds = [...ids];
      }
      const selection = sameIds(nodeIds, s.selection.nodeIds) ? s.selection : { ...s.selection, nodeIds };
      const applicable = changes.filter((c) => c.type === 'position' || c.type === 'dimensions' || c.type === 'select');
      const flowNodes = measuredHandles(applyNodeChanges(applicable, s.flowNodes));
      const live = changes.some((c) => (c.type === 'position' && c.dragging === true) || (c.type === 'dimensions' && c.resizing === true));
      const ends = changes.some((c) => (c.type === 'position' && c.dragging !== true) || (c.type === 'dimensions' && c.resizing === false));
      const touched = changes.flatMap((c) =>
        c.type === 'position' || (c.type === 'dimensions' && c.resizing !== undefined) ? [c.id] : [],
      );

      if (live) {
        const resize = changes.some((c) => c.type === 'dimensions' && c.resizing === true);
        const gesture: Gesture = s.gesture
          ? { ...s.gesture, ids: new Set([...s.gesture.ids, ...touched]) }
          : { base: s.design, ids: new Set(touched), kind: resize ? 'resize' : 'move' };
        set({ flowNodes, selection, gesture });
        return;
      }
      if (!ends) {
        set({ flowNodes, selection });
        return;
      }
      const ids = new Set([...(s.gesture?.ids ?? []), ...touched]);
      const kind = s.gesture?.kind ?? (changes.some((c) => c.type === 'dimensions') ? 'resize' : 'move');
      const byId = new Map(flowNodes.map((n) => [n.id, n]));
      const geometry = new Map<string, { position?: Point; size?: Size }>();
      for (const id of ids) {
        const fn = byId.get(id);
        if (!fn) continue;
        const width = fn.width ?? fn.measured?.width;
        const height = fn.height ?? fn.measured?.height;
        geometry.set(id, {
          position: fn.position,
          ...(fn.type === 'container' && width !== undefined && height !== undefined ? { size: { width, height } } : {}),
        });
      }
      let next = setGeometry(s.design, geometry);
      if (kind === 'move') next = regroupMoved(next, ids);
      set({ flowNodes, selection });
      commitFrom(ctx, s.gesture?.base ?? s.design, next, selection);
    },

    onEdgesChange: (changes) => {
      const s = get();
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length === 0) return;
      const ids = new Set(s.selection.edgeIds);
      for (const c of selects) {
        if (c.selected) ids.add(c.id);
        else ids.delete(c.id);
      }
      const edgeIds = [...ids];
      if (!sameIds(edgeIds, s.selection.edgeIds)) set({ selection: { ...s.selection, edgeIds } });
    },

    setDropTarget: (id) => {
      if (get().dropTargetId !== id) set({ dropTargetId: id });
    },

    select: (selection) => set(view(ctx, get().design, selection)),

    selectAll: () => {
      const d = get().design;
      set(view(ctx, d, { nodeIds: d.nodes.map((n) => n.id), edgeIds: d.edges.map((e) => e.id) }));
    },

    requestFitView: () => set({ fitViewRequest: get().fitViewRequest + 1 }),

    focusNodes: (nodeIds) => {
      const s = get();
      const present = new Set(s.design.nodes.map((n) => n.id));
      const ids = nodeIds.filter((id) => present.has(id));
      if (ids.length === 0) return;
      set({ ...view(ctx, s.design, { nodeIds: ids, edgeIds: [] }), focusRequest: { nodeIds: ids, seq: (s.focusRequest?.seq ?? 0) + 1 } });
    },
  };
}

const indexCache = new WeakMap<Design, Map<string, DesignNode>>();
function indexOf(design: Design): Map<string, DesignNode> {
  let idx = indexCache.get(design);
  if (!idx) {
    idx = indexNodes(design);
    indexCache.set(design, idx);
  }
  return idx;
}

/** The group under a dragged node, for the drop highlight (computed from the design's group positions). */
export function dropTargetFor(design: Design, node: FlowNode, absolute: Point): string | null {
  const size =
    node.type === 'container'
      ? { width: node.width ?? 300, height: node.height ?? 170 }
      : { width: node.measured?.width ?? NODE_SIZE.width, height: node.measured?.height ?? NODE_SIZE.height };
  const center = { x: absolute.x + size.width / 2, y: absolute.y + size.height / 2 };
  const g = groupAt(design, center, node.data.node.kind, new Set([node.id]), indexOf(design));
  return g?.id ?? null;
}
