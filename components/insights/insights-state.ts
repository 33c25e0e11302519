/**
 * What the insights panels remember while the studio is open, across tab switches: the cost levers
 * switched on in the what-if and how the cost breakdown is grouped. Not part of the design.
 */
import { create } from 'zustand';
import type { LeverId } from '@/lib/calc/insights';

export interface InsightsUi {
  leversOn: ReadonlySet<LeverId>;
  costGrouping: 'layer' | 'region';
  toggleLever: (lever: LeverId, on: boolean, excludes?: readonly LeverId[]) => void;
  setCostGrouping: (g: 'layer' | 'region') => void;
}

export const useInsightsUi = create<InsightsUi>()((set, get) => ({
  leversOn: new Set(),
  costGrouping: 'layer',
  toggleLever: (lever, on, excludes = []) => {
    const next = new Set(get().leversOn);
    if (on) {
      next.add(lever);
      for (const x of excludes) next.delete(x);
    } else next.delete(lever);
    set({ leversOn: next });
  },
  setCostGrouping: (costGrouping) => set({ costGrouping }),
}));
