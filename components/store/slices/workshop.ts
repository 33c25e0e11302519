/**
 * Workshop mode: the template gallery (on first open, and from the header), the compare view of two saved
 * designs, the presentation (a projector view stepping through the request path), and the one-click
 * trade-off switches, each recorded as one undo step.
 */
import type { TradeoffKind } from '@/lib/design/templates';
import type { SliceContext } from './context';
import type { Result } from './history';

/** 'welcome': shown over the first design a new browser opens; 'picker': asked for from the header. */
export type GalleryMode = 'welcome' | 'picker';

/** The insights panel the presentation shows beside the canvas. */
export type PresentPanel = 'latency' | 'cost' | 'availability';

export interface WorkshopSlice {
  gallery: GalleryMode | null;
  compareOpen: boolean;
  presenting: boolean;
  /** The hop of the request path the presentation is on (0 = the first). */
  presentHop: number;
  presentPanel: PresentPanel;
  openGallery: (mode: GalleryMode) => void;
  closeGallery: () => void;
  setCompareOpen: (open: boolean) => void;
  startPresenting: () => void;
  stopPresenting: () => void;
  /** Move to hop `index`, kept within 0 … `count` − 1. */
  setPresentHop: (index: number, count: number) => void;
  setPresentPanel: (panel: PresentPanel) => void;
  /**
   * Apply a trade-off switch to a node as one undo step; its summary shows as a notification. Asynchronous:
   * the trade-off code (with the calculations it checks against) loads on first use, not in the first load.
   */
  applyTradeoffTo: (nodeId: string, kind: TradeoffKind, choice?: string) => Promise<Result>;
}

export function createWorkshopSlice(ctx: SliceContext): WorkshopSlice {
  const { get, set } = ctx;
  return {
    gallery: null,
    compareOpen: false,
    presenting: false,
    presentHop: 0,
    presentPanel: 'latency',

    openGallery: (mode) => set({ gallery: mode, compareOpen: false }),
    closeGallery: () => set({ gallery: null }),
    setCompareOpen: (open) => set({ compareOpen: open, gallery: null }),
    startPresenting: () => set({ presenting: true, presentHop: 0, gallery: null, compareOpen: false }),
    stopPresenting: () => set({ presenting: false }),
    setPresentHop: (index, count) => set({ presentHop: Math.max(0, Math.min(index, count - 1)) }),
    setPresentPanel: (panel) => set({ presentPanel: panel }),

    applyTradeoffTo: async (nodeId, kind, choice) => {
      const { applyTradeoff, isTradeoffError } = await import('@/lib/workshop/tradeoffs');
      const r = applyTradeoff(get().design, nodeId, kind, choice);
      if (isTradeoffError(r)) return { ok: false, message: r.error };
      get().commit(r.design);
      get().toast(r.summary, { tone: 'success' });
      return { ok: true };
    },
  };
}
