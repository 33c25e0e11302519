/**
 * Editing the design: each action is one pure function from lib/design applied to the current design
 * and recorded as one step (see history). Copy and paste go through a clipboard key in the storage, so
 * components copied in one design or tab can be pasted in another.
 */
import { duplicateNodes, placeFragment, placeNode } from '@/lib/design/placement';
import { isGroupKind, type ComponentKind } from '@/lib/catalog/components';
import type { NodePatch } from '@/lib/calc/types';
import {
  addNode,
  connect,
  extractFragment,
  FragmentSchema,
  moveIntoGroup,
  pasteFragment,
  removeElements,
  setGeometry,
  updateEdge,
  updateNode,
} from '@/lib/design/edit';
import { sizeOf, type Point, type Size } from '@/lib/design/geometry';
import { ScenarioSchema, type DesignEdge, type DesignNode, type Scenario } from '@/lib/design/schema';
import { CLIPBOARD_KEY } from '../local-designs';
import { EMPTY_SELECTION } from './canvas';
import type { SliceContext } from './context';
import type { Result } from './history';

export interface EditingSlice {
  addComponent: (kind: ComponentKind, topLeft: Point) => string;
  connectNodes: (source: string, target: string) => Result;
  updateNodeFields: (id: string, patch: { label?: string; config?: Record<string, unknown> }) => Result;
  applyNodePatch: (patch: NodePatch) => Result;
  updateEdgeFields: (id: string, patch: Partial<Omit<DesignEdge, 'id' | 'source' | 'target'>>) => Result;
  updateScenario: (patch: Partial<Scenario>) => Result;
  updateDesignInfo: (patch: { name?: string; description?: string }) => Result;
  setParent: (id: string, parentId: string | null) => void;
  /** Resize a group (the keyboard path to what the corner handles do). */
  resizeGroup: (id: string, size: Partial<Size>) => void;
  deleteSelection: () => void;
  duplicateSelection: () => void;
  copySelection: () => void;
  paste: () => void;
  layout: (nodeSize?: (node: DesignNode) => Size) => void;
}

export function createEditingSlice(ctx: SliceContext): EditingSlice {
  const { get } = ctx;
  /** How often the clipboard's text was pasted in a row: each paste lands a step further down and right. */
  return {
    addComponent: (kind, topLeft) => {
      const placed = placeNode(get().design, kind, topLeft);
      const { design, id } = addNode(placed.design, kind, placed.topLeft);
      get().commit(design, { nodeIds: [id], edgeIds: [] });
      return id;
    },

    connectNodes: (source, target) => {
      const r = connect(get().design, source, target);
      if (!r.ok) {
        get().toast(r.reason, { tone: 'error' });
        return { ok: false, message: r.reason };
      }
      get().commit(r.design, { nodeIds: [], edgeIds: [r.id] });
      return { ok: true };
    },

    updateNodeFields: (id, patch) => {
      const r = updateNode(get().design, id, patch);
      if (!r.ok) return r;
      get().commit(r.design);
      return { ok: true };
    },

    applyNodePatch: (patch) => get().updateNodeFields(patch.nodeId, { config: patch.config }),

    updateEdgeFields: (id, patch) => {
      const r = updateEdge(get().design, id, patch);
      if (!r.ok) return r;
      get().commit(r.design);
      return { ok: true };
    },

    updateScenario: (patch) => {
      const d = get().design;
      const parsed = ScenarioSchema.safeParse({ ...d.scenario, ...patch });
      if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'invalid scenario' };
      get().commit({ ...d, scenario: parsed.data });
      return { ok: true };
    },

    updateDesignInfo: (patch) => {
      const d = get().design;
      const name = patch.name !== undefined ? patch.name.trim() : d.name;
      if (name === '') return { ok: false, message: 'A design needs a name.' };
      if (name.length > 120) return { ok: false, message: 'Keep the name under 120 characters.' };
      const description = patch.description ?? d.description;
      if (description.length > 2000) return { ok: false, message: 'Keep the description under 2,000 characters.' };
      if (name === d.name && description === d.description) return { ok: true };
      get().commit({ ...d, name, description });
      return { ok: true };
    },

    setParent: (id, parentId) => {
      get().commit(moveIntoGroup(get().design, id, parentId));
    },

    resizeGroup: (id, size) => {
      const d = get().design;
      const node = d.nodes.find((n) => n.id === id);
      if (!node || !isGroupKind(node.kind)) return;
      get().commit(setGeometry(d, new Map([[id, { size: { ...sizeOf(node), ...size } }]])));
    },

    deleteSelection: () => {
      const { design, selection } = get();
      if (selection.nodeIds.length === 0 && selection.edgeIds.length === 0) return;
      get().commit(removeElements(design, selection.nodeIds, selection.edgeIds), EMPTY_SELECTION);
    },

    duplicateSelection: () => {
      const { design, selection } = get();
      if (selection.nodeIds.length === 0) return;
      const r = duplicateNodes(design, selection.nodeIds);
      if (r.nodeIds.length === 0) return;
      get().commit(r.design, { nodeIds: r.nodeIds, edgeIds: [] });
    },

    copySelection: () => {
      const { design, selection } = get();
      const fragment = extractFragment(design, selection.nodeIds);
      if (!fragment) return;
      const text = JSON.stringify(fragment);
      const w = ctx.repo.writeKey(CLIPBOARD_KEY, text);
      if (!w.ok) {
        get().toast(w.message, { tone: 'error' });
        return;
      }
      const n = selection.nodeIds.length;
      get().toast(`Copied ${n} component${n === 1 ? '' : 's'}. Paste with Ctrl+V, here or in another design.`);
    },

    paste: () => {
      const text = ctx.repo.readKey(CLIPBOARD_KEY);
      if (text === null) {
        get().toast('Nothing to paste: copy components first (Ctrl+C).');
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = null;
      }
      const parsed = FragmentSchema.safeParse(value);
      if (!parsed.success) {
        get().toast('The clipboard holds something the studio cannot paste. Copy the components again.', { tone: 'error' });
        return;
      }
      const placed = placeFragment(get().design, parsed.data);
      const r = pasteFragment(placed.design, parsed.data, placed.offset);
      get().commit(r.design, { nodeIds: r.nodeIds, edgeIds: [] });
    },

    layout: (nodeSize) => {
      const d = get().design;
      if (d.nodes.length === 0) return;
      // The layout code (dagre) loads on first use: it is not part of the page's first load.
      void import('@/lib/design/layout').then(({ autoLayout }) => {
        if (get().design !== d) return; // edited meanwhile: lay out only the design the user asked about
        get().commit(autoLayout(d, nodeSize ? { nodeSize } : {}));
        get().requestFitView();
      });
    },
  };
}
