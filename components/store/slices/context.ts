/**
 * What every slice of the studio's store is given: the store's own get/set, the designs kept in its
 * storage, the clock, and the little state the slices share that is not for components to read.
 */
import type { StoreApi } from 'zustand';
import type { ParseResult } from '@/lib/design/parse';
import type { Design } from '@/lib/design/schema';
import type { DesignRepo } from '../local-designs';
import type { StudioStorage, TabSession } from '../storage';
import type { StudioState } from '../studio-store';

export interface StoreDeps {
  /** Where designs, the clipboard and preferences are kept (the browser's localStorage, or one in memory). */
  storage: StudioStorage;
  /** What this tab remembers across its reloads (the browser's sessionStorage); by default, nothing outlives the store. */
  session?: TabSession;
  /** Milliseconds since the epoch (the time a saved design is listed with). */
  now?: () => number;
  /** How long the studio waits after the last change before it saves. */
  autosaveDelayMs?: number;
  /** The theme to use when none is saved (in the browser: the one the page opened with). */
  systemTheme?: () => 'light' | 'dark';
  /**
   * Reads an example's document (by default: fetched from public/examples when opened, so the page does not
   * carry the documents). May answer at once (tests read the bundled documents).
   */
  readExample?: (slug: string) => ParseResult | Promise<ParseResult>;
}

export interface SliceContext {
  set: StoreApi<StudioState>['setState'];
  get: StoreApi<StudioState>['getState'];
  api: StoreApi<StudioState>;
  repo: DesignRepo;
  storage: StudioStorage;
  session: TabSession;
  now: () => number;
  autosaveDelayMs: number;
  systemTheme: () => 'light' | 'dark';
  readExample: (slug: string) => ParseResult | Promise<ParseResult>;
  /** Autosave's bookkeeping: the pending save, and the design last written or read (nothing to save while it is shown). */
  autosave: { timer: ReturnType<typeof setTimeout> | null; saved: Design | null };
  /** Functions to call when the store shuts down (listeners, timers). */
  cleanups: (() => void)[];
}
