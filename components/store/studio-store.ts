/**
 * The studio's store: one zustand store composed of slices, each with one job —
 *   history        the design and its undo/redo history (slices/history.ts)
 *   canvas         React Flow's nodes, the selection, drags and resizes (slices/canvas.ts)
 *   editing        the edits, each recorded as one step (slices/editing.ts)
 *   saved designs  the designs kept in the storage, shared with other tabs (slices/saved-designs.ts)
 *   autosave       writing the open design a moment after each change (slices/autosave.ts)
 *   ui             panels, notifications, preferences (slices/ui.ts)
 *   workshop       template gallery, compare view, presentation, trade-off switches (slices/workshop.ts)
 * `createStudioStore` builds a store over any storage (tests run it in memory, several "tabs" sharing
 * one storage); `useStudio` is the page's store, over this browser's localStorage.
 */
import './zod-jitless';
import { create, type StoreApi } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { loadTemplate } from '@/lib/design/templates';
import { createDesignRepo } from './local-designs';
import { createAutosaveSlice, type AutosaveSlice } from './slices/autosave';
import { createCanvasSlice, type CanvasSlice } from './slices/canvas';
import type { SliceContext, StoreDeps } from './slices/context';
import { createEditingSlice, type EditingSlice } from './slices/editing';
import { createHistorySlice, type HistorySlice } from './slices/history';
import { createSavedDesignsSlice, type SavedDesignsSlice } from './slices/saved-designs';
import { createUiSlice, type UiSlice } from './slices/ui';
import { createWorkshopSlice, type WorkshopSlice } from './slices/workshop';
import { browserStorage, browserTabSession, memoryTabSession } from './storage';

export type { Gesture, Selection } from './slices/canvas';
export { dropTargetFor } from './slices/canvas';
export type { StoreDeps } from './slices/context';
export type { Result } from './slices/history';
export type { Recovery, SessionMode } from './slices/saved-designs';
export type { PanelId, Prefs, Toast } from './slices/ui';
export type { GalleryMode, PresentPanel } from './slices/workshop';

export type StudioState = HistorySlice & CanvasSlice & EditingSlice & SavedDesignsSlice & AutosaveSlice & UiSlice & WorkshopSlice;

type Creator = (set: StoreApi<StudioState>['setState'], get: StoreApi<StudioState>['getState'], api: StoreApi<StudioState>) => StudioState;

/** An example's document, fetched from the page's own origin (public/examples). */
const fetchExample = (slug: string) =>
  loadTemplate(slug, async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return response.text();
  });

function studioState(deps: StoreDeps): Creator {
  return (set, get, api) => {
    const now = deps.now ?? Date.now;
    const ctx: SliceContext = {
      set,
      get,
      api,
      storage: deps.storage,
      session: deps.session ?? memoryTabSession(),
      repo: createDesignRepo(deps.storage, now),
      now,
      autosaveDelayMs: deps.autosaveDelayMs ?? 300,
      systemTheme: deps.systemTheme ?? (() => 'light'),
      readExample: deps.readExample ?? fetchExample,
      autosave: { timer: null, saved: null },
      cleanups: [],
    };
    return {
      ...createHistorySlice(ctx),
      ...createCanvasSlice(ctx),
      ...createEditingSlice(ctx),
      ...createSavedDesignsSlice(ctx),
      ...createAutosaveSlice(ctx),
      ...createUiSlice(ctx),
      ...createWorkshopSlice(ctx),
    };
  };
}

/** A studio store over `deps.storage`, independent of any other (each is one tab). */
export const createStudioStore = (deps: StoreDeps): StoreApi<StudioState> => createStore<StudioState>()(studioState(deps));

/** The theme the page opened with (the system's, set before the first paint). */
const pageTheme = (): 'light' | 'dark' =>
  typeof document !== 'undefined' && document.documentElement.classList.contains('dark') ? 'dark' : 'light';

/** The page's store, over this browser's localStorage. */
export const useStudio = create<StudioState>()(
  studioState({ storage: browserStorage(), session: browserTabSession(), systemTheme: pageTheme }),
);
