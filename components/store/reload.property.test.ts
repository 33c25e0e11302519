/**
 * Randomized editing sessions with reloads at arbitrary points (property-based, fast-check): whatever
 * a person did, after a reload the tab shows the design it showed before, and every saved design is
 * stored and listed with its last content. A reload is either the page being hidden (the studio saves
 * at once) or the tab being killed after it sat idle for the autosave delay.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDesign } from '@/lib/design/parse';
import type { Design } from '@/lib/design/schema';
import { DESIGN_PREFIX, INDEX_KEY, type LibraryIndex } from './local-designs';
import { memoryTabSession, sharedMemoryStorage, type SharedMemoryStorage } from './storage';
import { drag, openTab, randomEdit, seededRandom, snapshot, type Tab } from './store-test-kit';

type Step =
  | { op: 'edit'; seed: number }
  | { op: 'drag-unfinished'; seed: number }
  | { op: 'slider'; peak: number }
  | { op: 'slider-end' }
  | { op: 'undo' }
  | { op: 'redo' }
  | { op: 'wait'; ms: number }
  | { op: 'new' }
  | { op: 'open'; pick: number }
  | { op: 'delete'; pick: number }
  | { op: 'reload'; how: 'pagehide' | 'killed-when-idle' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('edit' as const), seed: fc.integer() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('drag-unfinished' as const), seed: fc.integer() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('slider' as const), peak: fc.integer({ min: 0, max: 100_000 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'slider-end' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'redo' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 1000 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'new' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('open' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('reload' as const), how: fc.constantFrom('pagehide' as const, 'killed-when-idle' as const) }),
  },
);

const AUTOSAVE_MS = 300;

/** Every design the session made is stored with the content it last had, and listed. */
function expectNothingLost(shared: SharedMemoryStorage, expected: Map<string, Design>): void {
  const index = JSON.parse(shared.data.get(INDEX_KEY) ?? 'null') as LibraryIndex;
  expect(new Set(index.designs.map((e) => e.id))).toEqual(new Set(expected.keys()));
  for (const e of index.designs) expect(e.name).toBe(expected.get(e.id)?.name);
  for (const [id, design] of expected) {
    const parsed = parseDesign(shared.data.get(DESIGN_PREFIX + id) ?? '');
    expect(parsed.ok, `design ${id} is readable`).toBe(true);
    if (parsed.ok) expect(parsed.design).toEqual(design);
  }
}

function runSession(steps: Step[]): { reloads: number } {
  const shared = sharedMemoryStorage();
  const session = memoryTabSession();
  let tab: Tab = openTab(shared, '', session);
  /** What each design shows (the open one) or last showed. */
  const expected = new Map<string, Design>();
  const note = () => {
    const { docId, design } = tab.getState();
    if (docId !== null) expected.set(docId, snapshot(design));
  };
  note();
  let reloads = 0;
  for (const s of steps) {
    const st = tab.getState();
    switch (s.op) {
      case 'edit':
        randomEdit(tab, seededRandom(s.seed));
        break;
      case 'drag-unfinished': {
        const node = st.design.nodes[Math.abs(s.seed) % Math.max(1, st.design.nodes.length)];
        if (node) drag(tab, node.id, 50, 50, 3, false);
        break;
      }
      case 'slider':
        st.previewScenario({ peakRequestsPerMinute: s.peak });
        break;
      case 'slider-end':
        st.endScenarioEdit();
        break;
      case 'undo':
        st.undo();
        break;
      case 'redo':
        st.redo();
        break;
      case 'wait':
        vi.advanceTimersByTime(s.ms);
        break;
      case 'new':
        st.newDesign();
        break;
      case 'open': {
        const entry = st.library[s.pick % st.library.length];
        if (entry) st.openDesign(entry.id);
        break;
      }
      case 'delete': {
        const entry = st.library[s.pick % st.library.length];
        if (!entry) break;
        st.deleteStored(entry.id);
        expected.delete(entry.id);
        break;
      }
      case 'reload': {
        const before = { docId: st.docId, design: snapshot(st.design) };
        if (s.how === 'pagehide') st.flushSave();
        else vi.advanceTimersByTime(AUTOSAVE_MS);
        st.shutdown();
        expectNothingLost(shared, expected);
        tab = openTab(shared, '', session);
        reloads++;
        // The reloaded tab shows the very design it showed before.
        expect(tab.getState().docId).toBe(before.docId);
        expect(tab.getState().design).toEqual(before.design);
        expect(tab.getState().past).toHaveLength(0);
        break;
      }
    }
    note();
  }
  tab.getState().flushSave();
  tab.getState().shutdown();
  expectNothingLost(shared, expected);
  return { reloads };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

export const SESSIONS = 200;

describe('editing sessions with reloads at arbitrary points', () => {
  it(`end with the last change saved and every design listed (${SESSIONS} random sessions)`, { timeout: 120_000 }, () => {
    let sessions = 0;
    let reloads = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 60, size: 'max' }), (steps) => {
        sessions++;
        reloads += runSession(steps).reloads;
      }),
      { numRuns: SESSIONS, seed: 20261202 },
    );
    expect(sessions).toBe(SESSIONS);
    expect(reloads).toBeGreaterThan(SESSIONS);
    console.log(`${sessions} sessions, ${reloads} reloads`);
  });
});
