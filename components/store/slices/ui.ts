/**
 * The studio's UI state: which right-hand panel is open, requests to show the scenario, notifications,
 * and the preferences (kept in the storage, shared by all designs).
 */
import { PREFS_KEY } from '../local-designs';
import { EMPTY_SELECTION, view } from './canvas';
import type { SliceContext } from './context';

/** The right-hand panels. The inspector is always there; the insights panels register in components/studio/panels.tsx. */
export type PanelId = 'inspector' | 'findings' | 'cost' | 'vram' | 'latency' | 'availability' | 'scenario';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void };
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

export const DEFAULT_PREFS: Prefs = {
  theme: 'light',
  highContrast: false,
  snapToGrid: true,
  minimap: true,
  paletteCollapsed: false,
  legend: true,
};

export interface UiSlice {
  panel: PanelId;
  /** Bumped to ask the inspector to show and focus the design's scenario. */
  scenarioFocus: number;
  toasts: Toast[];
  prefs: Prefs;
  openPanel: (panel: PanelId) => void;
  focusScenario: () => void;
  toast: (message: string, opts?: { tone?: Toast['tone']; action?: Toast['action'] }) => number;
  dismissToast: (id: number) => void;
  setPrefs: (patch: Partial<Prefs>) => void;
}

/** Saved preferences; without a saved theme, the system's. */
export function readPrefs(ctx: SliceContext): Prefs {
  const theme = ctx.systemTheme();
  try {
    const raw = ctx.repo.readKey(PREFS_KEY);
    return { ...DEFAULT_PREFS, theme, ...(raw ? (JSON.parse(raw) as Partial<Prefs>) : {}) };
  } catch {
    return { ...DEFAULT_PREFS, theme };
  }
}

export function createUiSlice(ctx: SliceContext): UiSlice {
  const { get, set } = ctx;
  let toastSeq = 0;
  return {
    panel: 'inspector',
    scenarioFocus: 0,
    toasts: [],
    prefs: DEFAULT_PREFS,

    openPanel: (panel) => set({ panel }),

    focusScenario: () => set({ panel: 'inspector', scenarioFocus: get().scenarioFocus + 1, ...view(ctx, get().design, EMPTY_SELECTION) }),

    toast: (message, opts) => {
      const id = ++toastSeq;
      set({
        toasts: [...get().toasts.slice(-3), { id, message, tone: opts?.tone ?? 'info', ...(opts?.action ? { action: opts.action } : {}) }],
      });
      return id;
    },

    dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),

    setPrefs: (patch) => {
      const prefs = { ...get().prefs, ...patch };
      set({ prefs });
      ctx.repo.writeKey(PREFS_KEY, JSON.stringify(prefs));
    },
  };
}
