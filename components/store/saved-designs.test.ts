import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DESIGN_PREFIX, INDEX_KEY, type LibraryIndex } from './local-designs';
import { memoryTabSession, sharedMemoryStorage } from './storage';
import { createStudioStore } from './studio-store';
import { freshBrowser, openTab, readExample, type Tab } from './store-test-kit';

const EXAMPLE_NAME = 'Enterprise AI platform (reference architecture)'; // the default example (lib/design/examples.ts)
const storedIndex = (shared: ReturnType<typeof freshBrowser>): LibraryIndex =>
  JSON.parse(shared.data.get(INDEX_KEY) ?? 'null') as LibraryIndex;
const names = (tab: Tab) => tab.getState().library.map((e) => e.name);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('two tabs over one storage', () => {
  it('keeps a design tab A created listed after tab B edits another', () => {
    const shared = freshBrowser();
    const a = openTab(shared); // opens the default example as a new saved design
    const example = a.getState().docId!;
    const b = openTab(shared); // opens the same list's current design
    expect(b.getState().docId).toBe(example);
    a.getState().newDesign();
    a.getState().updateDesignInfo({ name: 'Made in tab A' });
    vi.advanceTimersByTime(400);
    b.getState().addComponent('redis', { x: 900, y: 900 });
    vi.advanceTimersByTime(400);
    const listed = storedIndex(shared).designs.map((e) => e.name);
    expect(listed).toContain('Made in tab A');
    expect(listed).toContain(EXAMPLE_NAME);
    expect(listed).toHaveLength(2);
    // Both tabs show the whole list.
    expect(names(a).sort()).toEqual(listed.slice().sort());
    expect(names(b).sort()).toEqual(listed.slice().sort());
  });

  it('merges even when the tabs hear nothing from each other (the list is re-read before each write)', () => {
    const shared = sharedMemoryStorage();
    const deaf = () => ({ ...shared.tab(), subscribe: () => () => {} });
    const a = createStudioStore({ storage: deaf(), readExample });
    a.getState().boot('');
    const b = createStudioStore({ storage: deaf(), readExample });
    b.getState().boot('');
    a.getState().newDesign();
    a.getState().updateDesignInfo({ name: 'A' });
    a.getState().flushSave();
    b.getState().newDesign();
    b.getState().updateDesignInfo({ name: 'B' });
    b.getState().flushSave();
    // Tab B never heard of A's design, yet writing the list kept it.
    expect(
      storedIndex(shared)
        .designs.map((e) => e.name)
        .sort(),
    ).toEqual(['A', 'B', EXAMPLE_NAME]);
    a.getState().renameStored(a.getState().library.find((e) => e.name === EXAMPLE_NAME)!.id, 'Renamed in A');
    expect(
      storedIndex(shared)
        .designs.map((e) => e.name)
        .sort(),
    ).toEqual(['A', 'B', 'Renamed in A']);
  });

  it('lists again a design that is stored but no longer listed (what older versions of the studio left behind)', () => {
    const shared = freshBrowser();
    const a = openTab(shared);
    a.getState().newDesign();
    a.getState().updateDesignInfo({ name: 'Orphan' });
    a.getState().flushSave();
    a.getState().shutdown();
    const index = storedIndex(shared);
    shared.data.set(INDEX_KEY, JSON.stringify({ ...index, designs: index.designs.filter((e) => e.name !== 'Orphan') }));
    const b = openTab(shared);
    expect(names(b)).toContain('Orphan');
    expect(names(b)).toHaveLength(2);
  });

  it('reopens, on a reload, the design this tab had open, even when another tab opened another since', () => {
    const shared = freshBrowser();
    const sessionA = memoryTabSession();
    const a = openTab(shared, '', sessionA);
    const example = a.getState().docId!;
    a.getState().newDesign();
    const mine = a.getState().docId!;
    const b = openTab(shared);
    b.getState().openDesign(example);
    b.getState().addComponent('redis', { x: 10, y: 10 });
    vi.advanceTimersByTime(400);
    expect(storedIndex(shared).currentId).toBe(example);
    // A new tab has no design of its own yet: it opens the one used last.
    expect(openTab(shared).getState().docId).toBe(example);
    a.getState().shutdown();
    const reloaded = openTab(shared, '', sessionA);
    expect(reloaded.getState().docId).toBe(mine);
  });

  it('shows in tab B the changes tab A made to the design both have open, when B has nothing unsaved', () => {
    const shared = freshBrowser();
    const a = openTab(shared);
    const b = openTab(shared);
    a.getState().addComponent('redis', { x: 1500, y: 1500 });
    vi.advanceTimersByTime(400);
    expect(b.getState().design).toEqual(a.getState().design);
    expect(b.getState().past).toHaveLength(0);
  });

  it('keeps a design deleted in tab A while tab B still edits it: B saves and lists it again', () => {
    const shared = freshBrowser();
    const a = openTab(shared);
    a.getState().newDesign();
    const kept = a.getState().docId!;
    const b = openTab(shared);
    expect(b.getState().docId).toBe(kept);
    a.getState().deleteStored(kept);
    expect(shared.data.has(DESIGN_PREFIX + kept)).toBe(false);
    expect(b.getState().library.some((e) => e.id === kept)).toBe(false);
    b.getState().addComponent('cosmos-db', { x: 100, y: 100 });
    vi.advanceTimersByTime(400);
    expect(shared.data.has(DESIGN_PREFIX + kept)).toBe(true);
    expect(storedIndex(shared).designs.some((e) => e.id === kept)).toBe(true);
    expect(a.getState().library.some((e) => e.id === kept)).toBe(true);
  });
});

describe('a damaged list of saved designs', () => {
  it('is kept under a backup key, rebuilt from the stored designs and offered; opening one lists them all again', () => {
    const shared = freshBrowser();
    const a = openTab(shared);
    a.getState().newDesign();
    a.getState().updateDesignInfo({ name: 'Second' });
    a.getState().flushSave();
    a.getState().shutdown();
    shared.data.set(DESIGN_PREFIX + 'broken', '{"schemaVersion":1,"name":');
    shared.data.set(INDEX_KEY, '{"version":1,"designs":[{"id":');
    const b = openTab(shared);
    const s = b.getState();
    expect(s.recovery?.what).toBe('library');
    expect(s.recovery?.backupKey).toBe('aas.backup.index');
    expect(shared.data.get('aas.backup.index')).toBe('{"version":1,"designs":[{"id":');
    // The intact designs come first, then the one that cannot be read (it can still be opened to see why).
    expect(names(b)).toEqual([EXAMPLE_NAME, 'Second', 'Unreadable design (broken)']);
    const second = s.library.find((e) => e.name === 'Second')!;
    s.openDesign(second.id);
    expect(b.getState().recovery).toBeNull();
    expect(b.getState().design.name).toBe('Second');
    expect(storedIndex(shared).designs.map((e) => e.name)).toEqual([EXAMPLE_NAME, 'Second', 'Unreadable design (broken)']);
    expect(storedIndex(shared).currentId).toBe(second.id);
  });
});

describe('autosave', () => {
  it('saves a moment after the last change, and not while the design is the one read', () => {
    const shared = freshBrowser();
    const writes: string[] = [];
    const storage = shared.tab();
    const tab = createStudioStore({ storage: { ...storage, set: (k, v) => (writes.push(k), storage.set(k, v)) }, readExample });
    tab.getState().boot('');
    writes.length = 0;
    tab.getState().flushSave();
    expect(writes).toEqual([]);
    tab.getState().addComponent('redis', { x: 10, y: 10 });
    vi.advanceTimersByTime(200);
    tab.getState().addComponent('redis', { x: 300, y: 10 });
    vi.advanceTimersByTime(200);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(writes).toEqual([DESIGN_PREFIX + tab.getState().docId, INDEX_KEY]);
  });

  it('reports a full storage and keeps the work on the canvas; the next save after room is made clears it', () => {
    const shared = freshBrowser();
    const tab = openTab(shared);
    const used = [...shared.data].reduce((n, [k, v]) => n + k.length + v.length, 0);
    shared.setQuota(used);
    tab.getState().addComponent('redis', { x: 10, y: 10 });
    vi.advanceTimersByTime(400);
    expect(tab.getState().saveError).toMatch(/storage for the studio is full/);
    expect(tab.getState().design.nodes.some((n) => n.kind === 'redis')).toBe(true);
    shared.setQuota(null);
    tab.getState().addComponent('cosmos-db', { x: 300, y: 10 });
    vi.advanceTimersByTime(400);
    expect(tab.getState().saveError).toBeNull();
    tab.getState().shutdown();
    const reopened = openTab(shared);
    expect(reopened.getState().design).toEqual(tab.getState().design);
  });
});
