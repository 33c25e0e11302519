/**
 * The design and its undo history. Every change to the design goes through `commit` (or `commitFrom`,
 * for a gesture that began on an earlier design), which records one step. A live scenario edit (a
 * slider moving) is shown without being recorded and becomes one step when it ends. Loading a design
 * (an example, a saved design, a fresh start) is never recorded.
 */
import { emptyDesign } from '@/lib/design/edit';
import { ScenarioSchema, type Design, type Scenario } from '@/lib/design/schema';
import type { SliceContext } from './context';
import { EMPTY_SELECTION, view, type Selection } from './canvas';

export type Result = { ok: true } | { ok: false; message: string };

export const HISTORY_LIMIT = 200;

export interface HistorySlice {
  design: Design;
  past: Design[];
  future: Design[];
  /** The design before a live scenario edit began (see `previewScenario`). */
  previewBase: Design | null;
  /** Counts designs loaded (opened, not edited): what a design was before a load is no "was" figure. */
  loads: number;
  commit: (next: Design, select?: Selection) => void;
  undo: () => void;
  redo: () => void;
  /** Show a scenario change live (a slider moving) without recording it; `endScenarioEdit` records it as one step. */
  previewScenario: (patch: Partial<Scenario>) => Result;
  endScenarioEdit: () => void;
}

/** Record `next` as one step after `base` (the design before the gesture). */
export function commitFrom(ctx: SliceContext, base: Design, next: Design, select?: Selection): void {
  const s = ctx.get();
  if (s.sessionMode === 'shared' && next !== base) {
    // A shared design is read-only: the canvas goes back to the design, and the banner offers a copy.
    ctx.set({ gesture: null, dropTargetId: null, ...view(ctx, base, select ?? s.selection) });
    s.toast('This is a shared design: make a copy to edit it.', { tone: 'info' });
    return;
  }
  if (next === base && next === s.design) {
    ctx.set({ gesture: null, dropTargetId: null, ...view(ctx, s.design, select ?? s.selection) });
    return;
  }
  ctx.set({
    past: [...s.past.slice(-(HISTORY_LIMIT - 1)), base],
    future: [],
    gesture: null,
    dropTargetId: null,
    ...view(ctx, next, select ?? s.selection),
  });
}

/** Show a design without recording history (a load); `docId` is the saved design it is, or null. */
export function load(ctx: SliceContext, design: Design, docId: string | null): void {
  ctx.autosave.saved = design;
  ctx.set({
    docId,
    past: [],
    future: [],
    gesture: null,
    previewBase: null,
    dropTargetId: null,
    recovery: null,
    sessionMode: 'editing',
    loads: ctx.get().loads + 1,
    ...view(ctx, design, EMPTY_SELECTION, []),
  });
  ctx.get().requestFitView();
}

export function createHistorySlice(ctx: SliceContext): HistorySlice {
  const { get, set } = ctx;
  return {
    design: emptyDesign(),
    past: [],
    future: [],
    previewBase: null,
    loads: 0,

    commit: (next, select) => {
      get().endScenarioEdit();
      commitFrom(ctx, get().design, next, select);
    },

    undo: () => {
      get().endScenarioEdit();
      const s = get();
      const prev = s.past[s.past.length - 1];
      if (!prev) return;
      set({
        past: s.past.slice(0, -1),
        future: [s.design, ...s.future],
        gesture: null,
        dropTargetId: null,
        ...view(ctx, prev, s.selection),
      });
    },

    redo: () => {
      get().endScenarioEdit();
      const s = get();
      const next = s.future[0];
      if (!next) return;
      set({ past: [...s.past, s.design], future: s.future.slice(1), gesture: null, dropTargetId: null, ...view(ctx, next, s.selection) });
    },

    previewScenario: (patch) => {
      const s = get();
      if (s.sessionMode === 'shared') return { ok: false, message: 'This is a shared design: make a copy to edit it.' };
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
      if (JSON.stringify(d.scenario) === JSON.stringify(previewBase.scenario)) set(view(ctx, previewBase, get().selection));
      else commitFrom(ctx, previewBase, d);
    },
  };
}
