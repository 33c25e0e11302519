/**
 * Autosave: the design being edited is written to its key a moment after the last change (and at once
 * before another design opens, or when the page is hidden). Nothing is written while the design shown
 * is the one last written or read, so a tab that only looks never overwrites another tab's work.
 */
import type { SliceContext } from './context';
import { updateLibrary, upsertEntry } from './saved-designs';

export interface AutosaveSlice {
  /** Why the last save failed (storage full, storage blocked), or null. */
  saveError: string | null;
  /** Save now what is waiting to be saved (the page calls this when it is hidden). */
  flushSave: () => void;
}

/** Write the design being edited, if it changed since it was last written or read. */
export function saveNow(ctx: SliceContext): void {
  if (ctx.autosave.timer) {
    clearTimeout(ctx.autosave.timer);
    ctx.autosave.timer = null;
  }
  const { docId, design } = ctx.get();
  if (!docId || design === ctx.autosave.saved) return;
  const r = ctx.repo.writeDesign(docId, design);
  if (!r.ok) {
    ctx.set({ saveError: r.message });
    return;
  }
  ctx.autosave.saved = design;
  updateLibrary(ctx, (entries) => upsertEntry(entries, { id: docId, name: design.name, updatedAt: ctx.now() }), docId);
}

/** Save a moment after each change to the open design (a load, which changes which design is open, is not a change). */
export function startAutosave(ctx: SliceContext): void {
  const unsubscribe = ctx.api.subscribe((s, prev) => {
    if (s.design !== prev.design && s.docId !== null && s.docId === prev.docId) {
      if (ctx.autosave.timer) clearTimeout(ctx.autosave.timer);
      ctx.autosave.timer = setTimeout(() => saveNow(ctx), ctx.autosaveDelayMs);
    }
  });
  ctx.cleanups.push(unsubscribe, () => {
    if (ctx.autosave.timer) clearTimeout(ctx.autosave.timer);
    ctx.autosave.timer = null;
  });
}

export function createAutosaveSlice(ctx: SliceContext): AutosaveSlice {
  return {
    saveError: null,
    flushSave: () => saveNow(ctx),
  };
}
