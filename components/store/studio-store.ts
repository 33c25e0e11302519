/**
 * The studio's store: the design being edited, its undo history, the canvas's view of it, the selection,
 * the designs kept in this browser, and the studio's preferences. Every change to the design goes
 * through `commit`, which records one history entry; a drag or a resize records one entry when it ends.
 * Loading a design (an example, a saved design, a fresh start) is never recorded.
 */
import { applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import { isGroupKind, type ComponentKind } from '@/lib/catalog/components';
import type { NodePatch } from '@/lib/calc/types';
import {
  addNode,
  connect,
  emptyDesign,
  extractFragment,
  FragmentSchema,
  moveIntoGroup,
  pasteFragment,
  regroupMoved,
  removeElements,
  setGeometry,
  updateEdge,
  updateNode,
} from '@/lib/design/edit';
import { DEFAULT_EXAMPLE, getExample } from '@/lib/design/examples';
import { groupAt, indexNodes, NODE_SIZE, sizeOf, type Point, type Size } from '@/lib/design/geometry';
import { autoLayout } from '@/lib/design/layout';
import { placeFragment, placeNode } from '@/lib/design/placement';
import { parseDesign, type DesignError } from '@/lib/design/parse';
import { ScenarioSchema, type Design, type DesignEdge, type DesignNode, type Scenario } from '@/lib/design/schema';
import { buildFlowNodes, type FlowNode } from './flow-nodes';
import {
  CLIPBOARD_KEY,
  newDesignId,
  PREFS_KEY,
  readDesign,
  readIndex,
  readKey,
  removeDesign,
  writeDesign,
  writeIndex,
  writeKey,
  type LibraryEntry,
} from './local-designs';

/** The right-hand panels. The inspector is always there; the insights panels register in components/studio/panels.tsx. */
export type PanelId = 'inspector' | 'findings' | 'cost' | 'vram' | 'latency' | 'availability' | 'scenario';

export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void };
}

/** A saved design that could not be read: what was wrong, and where its text is kept. */
export interface Recovery {
  /** A saved design, or the list of saved designs itself. */
  what: 'design' | 'library';
  title: string;
  errors: DesignError[];
  backupKey: string | null;
  raw: string | null;
}

export interface Prefs {
  theme: 'light' | 'dark';
  highContrast: boolean;
  snapToGrid: boolean;
  minimap: boolean;
  /** The palette shows icons only, leaving the canvas more room. */
  paletteCollapsed: boolean;
  /** The canvas shows what its line styles mean. */
  legend: boolean;
}

const DEFAULT_PREFS: Prefs = {
  theme: 'light',
  highContrast: false,
  snapToGrid: true,
  minimap: true,
  paletteCollapsed: false,
  legend: true,
};

interface Gesture {
  base: Design;
  ids: Set<string>;
  kind: 'move' | 'resize';
}

type Result = { ok: true } | { ok: false; message: string };

export interface StudioState {
  status: 'booting' | 'ready';
  /** Id of the saved design being edited; null when nothing is open (a design that could not be read). */
  docId: string | null;
  library: LibraryEntry[];
  design: Design;
  past: Design[];
  future: Design[];
  flowNodes: FlowNode[];
  selection: Selection;
  gesture: Gesture | null;
  /** The design before a live scenario edit began (see `previewScenario`). */
  previewBase: Design | null;
  /** The group a dragged node would join if dropped now. */
  dropTargetId: string | null;
  panel: PanelId;
  /** Bumped to ask the inspector to show and focus the design's scenario. */
  scenarioFocus: number;
  /** Bumped to ask the canvas to fit the view. */
  fitViewRequest: number;
  /** Nodes the canvas should bring into view (set by `focusNodes`). */
  focusRequest: { nodeIds: string[]; seq: number } | null;
  toasts: Toast[];
  recovery: Recovery | null;
  saveError: string | null;
  prefs: Prefs;

  boot: (search: string) => void;
  /** Show a design that is not saved in this browser (benchmarks; later, read-only shared links). */
  showTransient: (design: Design) => void;
  commit: (next: Design, select?: Selection) => void;
  undo: () => void;
  redo: () => void;
  onNodesChange: (changes: NodeChange<FlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange[]) => void;
  setDropTarget: (id: string | null) => void;
  addComponent: (kind: ComponentKind, topLeft: Point) => string;
  connectNodes: (source: string, target: string) => Result;
  updateNodeFields: (id: string, patch: { label?: string; config?: Record<string, unknown> }) => Result;
  applyNodePatch: (patch: NodePatch) => Result;
  updateEdgeFields: (id: string, patch: Partial<Omit<DesignEdge, 'id' | 'source' | 'target'>>) => Result;
  updateScenario: (patch: Partial<Scenario>) => Result;
  /** Show a scenario change live (a slider moving) without recording it; `endScenarioEdit` records it as one step. */
  previewScenario: (patch: Partial<Scenario>) => Result;
  endScenarioEdit: () => void;
  updateDesignInfo: (patch: { name?: string; description?: string }) => Result;
  setParent: (id: string, parentId: string | null) => void;
  /** Resize a group (the keyboard path to what the corner handles do). */
  resizeGroup: (id: string, size: Partial<Size>) => void;
  select: (selection: Selection) => void;
  selectAll: () => void;
  deleteSelection: () => void;
  duplicateSelection: () => void;
  copySelection: () => void;
  paste: () => void;
  layout: (nodeSize?: (node: DesignNode) => Size) => void;
  requestFitView: () => void;
  /** Select these nodes and bring them into view on the canvas (e.g. from a finding). */
  focusNodes: (nodeIds: string[]) => void;
  openPanel: (panel: PanelId) => void;
  focusScenario: () => void;
  toast: (message: string, opts?: { tone?: Toast['tone']; action?: Toast['action'] }) => number;
  dismissToast: (id: number) => void;
  openDesign: (id: string) => void;
  newDesign: () => void;
  openExample: (slug: string) => boolean;
  renameStored: (id: string, name: string) => Result;
  duplicateStored: (id: string) => void;
  deleteStored: (id: string) => void;
  setPrefs: (patch: Partial<Prefs>) => void;
  flushSave: () => void;
}

const HISTORY_LIMIT = 200;
const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [] };

/** Drop selected ids that are no longer in the design. */
function pruneSelection(design: Design, sel: Selection): Selection {
  if (sel.nodeIds.length === 0 && sel.edgeIds.length === 0) return sel;
  const nodes = new Set(design.nodes.map((n) => n.id));
  const edges = new Set(design.edges.map((e) => e.id));
  const nodeIds = sel.nodeIds.filter((id) => nodes.has(id));
  const edgeIds = sel.edgeIds.filter((id) => edges.has(id));
  return sameIds(nodeIds, sel.nodeIds) && sameIds(edgeIds, sel.edgeIds) ? sel : { nodeIds, edgeIds };
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

let toastSeq = 0;
let saveTimer: ReturnType<typeof setTimeout> | null = null;
let lastDeleted: { entry: LibraryEntry; design: Design | null; raw: string | null } | null = null;

/** Saved preferences; without a saved theme, the one the page opened with (the system's). */
const readPrefs = (): Prefs => {
  const theme: Prefs['theme'] = typeof document !== 'undefined' && document.documentElement.classList.contains('dark') ? 'dark' : 'light';
  try {
    const raw = readKey(PREFS_KEY);
    return { ...DEFAULT_PREFS, theme, ...(raw ? (JSON.parse(raw) as Partial<Prefs>) : {}) };
  } catch {
    return { ...DEFAULT_PREFS, theme };
  }
};

/** The name a copy gets: "Name (copy)", "Name (copy 2)", … unique among saved designs. */
function copyName(name: string, taken: readonly LibraryEntry[]): string {
  const stem = name.replace(/ \(copy(?: \d+)?\)$/, '');
  const names = new Set(taken.map((e) => e.name));
  if (!names.has(`${stem} (copy)`)) return `${stem} (copy)`;
  for (let i = 2; ; i++) if (!names.has(`${stem} (copy ${i})`)) return `${stem} (copy ${i})`;
}

export const useStudio = create<StudioState>()((set, get) => {
  /** State for showing `design` with `selection`: the canvas nodes follow. */
  const view = (design: Design, selection: Selection, previous: FlowNode[] = get().flowNodes) => {
    const sel = pruneSelection(design, selection);
    return { design, selection: sel, flowNodes: buildFlowNodes(design, new Set(sel.nodeIds), previous) };
  };

  /** Record `next` as one step after `base` (the design before the gesture). */
  const commitFrom = (base: Design, next: Design, select?: Selection) => {
    const s = get();
    if (next === base && next === s.design) {
      set({ gesture: null, dropTargetId: null, ...view(s.design, select ?? s.selection) });
      return;
    }
    set({
      past: [...s.past.slice(-(HISTORY_LIMIT - 1)), base],
      future: [],
      gesture: null,
      dropTargetId: null,
      ...view(next, select ?? s.selection),
    });
  };

  /** Show a design without recording history (a load). */
  const load = (design: Design, docId: string | null) => {
    set({
      docId,
      past: [],
      future: [],
      gesture: null,
      previewBase: null,
      dropTargetId: null,
      recovery: null,
      ...view(design, EMPTY_SELECTION, []),
    });
    get().requestFitView();
  };

  const library = (): LibraryEntry[] => get().library;

  const saveIndex = (entries: LibraryEntry[], currentId: string | null): void => {
    const r = writeIndex({ version: 1, currentId, designs: entries });
    set({ library: entries, saveError: r.ok ? null : r.message });
  };

  /** Save a design as a new entry and make it current. */
  const createStored = (design: Design): string => {
    const id = newDesignId();
    const r = writeDesign(id, design);
    const entries = [{ id, name: design.name, updatedAt: Date.now() }, ...library()];
    saveIndex(entries, id);
    if (!r.ok) set({ saveError: r.message });
    return id;
  };

  const saveNow = (): void => {
    if (saveTimer) {
      clearTimeout(saveTimer);
      saveTimer = null;
    }
    const { docId, design } = get();
    if (!docId) return;
    const r = writeDesign(docId, design);
    if (!r.ok) {
      set({ saveError: r.message });
      return;
    }
    const entries = library().map((e) => (e.id === docId ? { ...e, name: design.name, updatedAt: Date.now() } : e));
    saveIndex(entries, docId);
  };

  const openRead = (id: string, title: string): boolean => {
    const read = readDesign(id);
    if (read.ok) {
      saveIndex(library(), id);
      load(read.design, id);
      return true;
    }
    set({
      docId: null,
      recovery: { what: 'design', title, errors: read.errors, backupKey: read.backupKey, raw: read.raw },
      ...view(emptyDesign(title), EMPTY_SELECTION, []),
      past: [],
      future: [],
    });
    return false;
  };

  return {
    status: 'booting',
    docId: null,
    library: [],
    design: emptyDesign(),
    past: [],
    future: [],
    flowNodes: [],
    selection: EMPTY_SELECTION,
    gesture: null,
    previewBase: null,
    dropTargetId: null,
    panel: 'inspector',
    scenarioFocus: 0,
    fitViewRequest: 0,
    focusRequest: null,
    toasts: [],
    recovery: null,
    saveError: null,
    prefs: DEFAULT_PREFS,

    boot: (search) => {
      if (get().status === 'ready') return;
      set({ status: 'ready', prefs: readPrefs() });
      useStudio.subscribe((s, prev) => {
        if (s.design !== prev.design && s.docId !== null && s.docId === prev.docId) {
          if (saveTimer) clearTimeout(saveTimer);
          saveTimer = setTimeout(saveNow, 300);
        }
      });
      const index = readIndex();
      if (index.state === 'ok') set({ library: index.index.designs });
      const slug = new URLSearchParams(search).get('example');
      if (slug !== null) {
        if (get().openExample(slug)) return;
        get().toast(`There is no example design called “${slug}”.`, { tone: 'error' });
      }
      if (index.state === 'corrupt') {
        set({
          recovery: {
            what: 'library',
            title: 'The list of your saved designs',
            errors: [{ path: '(document)', message: 'is not readable' }],
            backupKey: index.backupKey,
            raw: index.raw,
          },
        });
        return;
      }
      if (index.state === 'ok') {
        const current = index.index.designs.find((e) => e.id === index.index.currentId) ?? index.index.designs[0];
        if (current) {
          openRead(current.id, current.name);
          return;
        }
      }
      get().openExample(DEFAULT_EXAMPLE);
    },

    showTransient: (design) => {
      set({ status: 'ready' });
      load(design, null);
    },

    commit: (next, select) => {
      get().endScenarioEdit();
      commitFrom(get().design, next, select);
    },

    undo: () => {
      get().endScenarioEdit();
      const s = get();
      const prev = s.past[s.past.length - 1];
      if (!prev) return;
      set({ past: s.past.slice(0, -1), future: [s.design, ...s.future], gesture: null, dropTargetId: null, ...view(prev, s.selection) });
    },

    redo: () => {
      get().endScenarioEdit();
      const s = get();
      const next = s.future[0];
      if (!next) return;
      set({ past: [...s.past, s.design], future: s.future.slice(1), gesture: null, dropTargetId: null, ...view(next, s.selection) });
    },

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
      const flowNodes = applyNodeChanges(applicable, s.flowNodes);
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
      commitFrom(s.gesture?.base ?? s.design, next, selection);
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

    previewScenario: (patch) => {
      const s = get();
      const parsed = ScenarioSchema.safeParse({ ...s.design.scenario, ...patch });
      if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'invalid scenario' };
      set({ previewBase: s.previewBase ?? s.design, design: { ...s.design, scenario: parsed.data } });
      return { ok: true };
    },

    endScenarioEdit: () => {
      const { previewBase } = get();
      if (!previewBase) return;
      set({ previewBase: null });
      const d = get().design;
      if (JSON.stringify(d.scenario) === JSON.stringify(previewBase.scenario)) set(view(previewBase, get().selection));
      else commitFrom(previewBase, d);
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

    select: (selection) => set(view(get().design, selection)),

    selectAll: () => {
      const d = get().design;
      set(view(d, { nodeIds: d.nodes.map((n) => n.id), edgeIds: d.edges.map((e) => e.id) }));
    },

    deleteSelection: () => {
      const { design, selection } = get();
      if (selection.nodeIds.length === 0 && selection.edgeIds.length === 0) return;
      get().commit(removeElements(design, selection.nodeIds, selection.edgeIds), EMPTY_SELECTION);
    },

    duplicateSelection: () => {
      const { design, selection } = get();
      if (selection.nodeIds.length === 0) return;
      const fragment = extractFragment(design, selection.nodeIds);
      if (!fragment) return;
      const placed = placeFragment(design, fragment);
      const r = pasteFragment(placed.design, fragment, placed.offset);
      get().commit(r.design, { nodeIds: r.nodeIds, edgeIds: [] });
    },

    copySelection: () => {
      const { design, selection } = get();
      const fragment = extractFragment(design, selection.nodeIds);
      if (!fragment) return;
      const text = JSON.stringify(fragment);
      const w = writeKey(CLIPBOARD_KEY, text);
      if (!w.ok) {
        get().toast(w.message, { tone: 'error' });
        return;
      }
      const n = selection.nodeIds.length;
      get().toast(`Copied ${n} component${n === 1 ? '' : 's'}. Paste with Ctrl+V, here or in another design.`);
    },

    paste: () => {
      const text = readKey(CLIPBOARD_KEY);
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
      get().commit(autoLayout(d, nodeSize ? { nodeSize } : {}));
      get().requestFitView();
    },

    requestFitView: () => set({ fitViewRequest: get().fitViewRequest + 1 }),

    focusNodes: (nodeIds) => {
      const s = get();
      const present = new Set(s.design.nodes.map((n) => n.id));
      const ids = nodeIds.filter((id) => present.has(id));
      if (ids.length === 0) return;
      set({ ...view(s.design, { nodeIds: ids, edgeIds: [] }), focusRequest: { nodeIds: ids, seq: (s.focusRequest?.seq ?? 0) + 1 } });
    },

    openPanel: (panel) => set({ panel }),

    focusScenario: () => set({ panel: 'inspector', scenarioFocus: get().scenarioFocus + 1, ...view(get().design, EMPTY_SELECTION) }),

    toast: (message, opts) => {
      const id = ++toastSeq;
      set({
        toasts: [...get().toasts.slice(-3), { id, message, tone: opts?.tone ?? 'info', ...(opts?.action ? { action: opts.action } : {}) }],
      });
      return id;
    },

    dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),

    openDesign: (id) => {
      saveNow();
      const entry = library().find((e) => e.id === id);
      openRead(id, entry?.name ?? 'Saved design');
    },

    newDesign: () => {
      saveNow();
      const design = emptyDesign();
      const id = createStored(design);
      load(design, id);
    },

    openExample: (slug) => {
      const example = getExample(slug);
      if (!example) return false;
      const parsed = parseDesign(example.document);
      if (!parsed.ok) {
        get().toast(`The example “${example.title}” could not be read.`, { tone: 'error' });
        return false;
      }
      saveNow();
      const id = createStored(parsed.design);
      load(parsed.design, id);
      return true;
    },

    renameStored: (id, rawName) => {
      const name = rawName.trim();
      if (name === '') return { ok: false, message: 'A design needs a name.' };
      if (name.length > 120) return { ok: false, message: 'Keep the name under 120 characters.' };
      if (id === get().docId) return get().updateDesignInfo({ name });
      const read = readDesign(id);
      if (!read.ok) return { ok: false, message: 'This design could not be read, so it cannot be renamed. Open it to see why.' };
      const w = writeDesign(id, { ...read.design, name });
      if (!w.ok) return w;
      saveIndex(
        library().map((e) => (e.id === id ? { ...e, name, updatedAt: Date.now() } : e)),
        get().docId,
      );
      return { ok: true };
    },

    duplicateStored: (id) => {
      saveNow();
      const read = id === get().docId ? ({ ok: true, design: get().design } as const) : readDesign(id);
      if (!read.ok) {
        get().toast('This design could not be read, so it cannot be duplicated. Open it to see why.', { tone: 'error' });
        return;
      }
      const copy = { ...read.design, name: copyName(read.design.name, library()) };
      const newId = createStored(copy);
      load(copy, newId);
      get().toast(`Opened “${copy.name}”.`, { tone: 'success' });
    },

    deleteStored: (id) => {
      saveNow();
      const entry = library().find((e) => e.id === id);
      if (!entry) return;
      const read = readDesign(id);
      lastDeleted = { entry, design: read.ok ? read.design : null, raw: read.ok ? null : read.raw };
      removeDesign(id);
      const entries = library().filter((e) => e.id !== id);
      const wasCurrent = get().docId === id;
      saveIndex(entries, wasCurrent ? (entries[0]?.id ?? null) : get().docId);
      if (wasCurrent) {
        const next = entries[0];
        if (next) openRead(next.id, next.name);
        else {
          const design = emptyDesign();
          load(design, createStored(design));
        }
      }
      get().toast(`Deleted “${entry.name}”.`, {
        action: {
          label: 'Undo',
          run: () => {
            const d = lastDeleted;
            if (!d || d.entry.id !== entry.id) return;
            const w = d.design ? writeDesign(d.entry.id, d.design) : writeKey(`aas.design.${d.entry.id}`, d.raw ?? '');
            if (!w.ok) {
              get().toast(w.message, { tone: 'error' });
              return;
            }
            lastDeleted = null;
            saveIndex([d.entry, ...library().filter((e) => e.id !== d.entry.id)], get().docId);
            get().toast(`Restored “${d.entry.name}”.`, { tone: 'success' });
          },
        },
      });
    },

    setPrefs: (patch) => {
      const prefs = { ...get().prefs, ...patch };
      set({ prefs });
      writeKey(PREFS_KEY, JSON.stringify(prefs));
    },

    flushSave: () => saveNow(),
  };
});

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
