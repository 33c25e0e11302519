import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeShareFragment } from '@/lib/share';
import { INDEX_KEY, type LibraryIndex } from './local-designs';
import { memoryTabSession } from './storage';
import { createStudioStore } from './studio-store';
import { freshBrowser, openTab, readExample } from './store-test-kit';

const EXAMPLE_NAME = 'Enterprise AI platform (reference architecture)'; // lib/design/examples.ts
const storedNames = (shared: ReturnType<typeof freshBrowser>): string[] =>
  ((JSON.parse(shared.data.get(INDEX_KEY) ?? 'null') as LibraryIndex | null)?.designs ?? []).map((e) => e.name);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('session mode: shared links and examples opened by address', () => {
  it('an example opened by ?example= is not saved until its first change', () => {
    const shared = freshBrowser();
    const tab = openTab(shared, '?example=enterprise-reference');
    expect(tab.getState().sessionMode).toBe('example');
    expect(tab.getState().docId).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(storedNames(shared)).toEqual([]);
    tab.getState().updateDesignInfo({ name: 'Our platform' });
    expect(tab.getState().sessionMode).toBe('editing');
    expect(tab.getState().docId).not.toBeNull();
    vi.advanceTimersByTime(1000);
    expect(storedNames(shared)).toEqual(['Our platform']);
  });

  it('a shared design is read-only and not saved until copied', () => {
    const source = openTab(freshBrowser());
    const fragment = encodeShareFragment(source.getState().design);
    const shared = freshBrowser();
    const viewer = openTabWithHash(shared, fragment);
    expect(viewer.getState().sessionMode).toBe('shared');
    expect(viewer.getState().design.name).toBe(EXAMPLE_NAME);
    const before = viewer.getState().design;
    viewer.getState().updateDesignInfo({ name: 'Edited' });
    expect(viewer.getState().design).toBe(before);
    expect(viewer.getState().past).toHaveLength(0);
    expect(viewer.getState().toasts.at(-1)?.message).toBe('This is a shared design: make a copy to edit it.');
    expect(storedNames(shared)).toEqual([]);
    viewer.getState().makeCopy();
    expect(viewer.getState().sessionMode).toBe('editing');
    expect(storedNames(shared)).toEqual([EXAMPLE_NAME]);
    viewer.getState().updateDesignInfo({ name: 'Edited' });
    expect(viewer.getState().design.name).toBe('Edited');
  });

  it('a broken link says why and opens the studio as before', () => {
    const shared = freshBrowser();
    const viewer = openTabWithHash(shared, 'v1.AAAAgarbage');
    expect(viewer.getState().sessionMode).toBe('editing');
    expect(viewer.getState().toasts[0]?.message).toMatch(/^This share link could not be opened: /);
    expect(viewer.getState().design.nodes.length).toBeGreaterThan(0);
  });

  it('a design opened from a file becomes a new saved design and keeps the one open before', () => {
    const shared = freshBrowser();
    const tab = openTab(shared);
    const design = { ...tab.getState().design, name: 'From a file' };
    tab.getState().openAsNew(design);
    expect(tab.getState().design.name).toBe('From a file');
    expect(storedNames(shared).sort()).toEqual([EXAMPLE_NAME, 'From a file']);
  });
});

function openTabWithHash(shared: ReturnType<typeof freshBrowser>, fragment: string) {
  const tab = createStudioStore({ storage: shared.tab(), session: memoryTabSession(), readExample });
  tab.getState().boot('', `#${fragment}`);
  return tab;
}
