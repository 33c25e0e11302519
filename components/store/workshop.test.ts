import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyTradeoff, isTradeoffError } from '@/lib/workshop/tradeoffs';
import { INDEX_KEY, type LibraryIndex } from './local-designs';
import { freshBrowser, openTab } from './store-test-kit';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('workshop: gallery, variants and trade-off switches in the store', () => {
  it('shows the gallery on a first open only, not on ?example= links nor once designs are saved', () => {
    const shared = freshBrowser();
    expect(openTab(shared).getState().gallery).toBe('welcome');
    expect(openTab(shared).getState().gallery).toBeNull();
    expect(openTab(freshBrowser(), '?example=batch-pipeline').getState().gallery).toBeNull();
  });

  it('keeps a variant in its family across renames, autosaves and the deletion of its parent', () => {
    const shared = freshBrowser();
    const tab = openTab(shared);
    const root = tab.getState().docId!;
    tab.getState().duplicateAsVariant(root, 'PTU');
    const variant = tab.getState().docId!;
    expect(variant).not.toBe(root);
    expect(tab.getState().design.name).toBe('Enterprise AI platform (reference architecture) — PTU');
    expect(tab.getState().variantOf(variant)).toEqual({ familyId: root, variantOf: root, label: 'PTU' });
    // A second generation keeps the family.
    tab.getState().duplicateAsVariant(variant);
    const grandchild = tab.getState().docId!;
    expect(tab.getState().variantOf(grandchild)).toEqual({ familyId: root, variantOf: variant, label: '' });
    // Rename and autosave keep the record (the entry is merged, not replaced).
    expect(tab.getState().renameStored(variant, 'Renamed').ok).toBe(true);
    tab.getState().addComponent('redis', { x: 900, y: 900 });
    vi.advanceTimersByTime(400);
    const stored = JSON.parse(shared.data.get(INDEX_KEY) ?? 'null') as LibraryIndex;
    expect(stored.designs.find((e) => e.id === variant)?.variant?.familyId).toBe(root);
    // Deleting the middle one re-links its variant to the root.
    tab.getState().deleteStored(variant);
    expect(tab.getState().variantOf(grandchild)).toEqual({ familyId: root, variantOf: root, label: '' });
  });

  it('applies a trade-off switch as one undo step, and refuses a bad one with a message and no step', async () => {
    const tab = openTab(freshBrowser(), '?example=self-hosted-llama-70b-aks');
    const before = tab.getState().design;
    const expected = applyTradeoff(before, 'pool', 'gpu-family', 'h100');
    if (isTradeoffError(expected)) throw new Error(expected.error);
    expect(await tab.getState().applyTradeoffTo('pool', 'gpu-family', 'h100')).toEqual({ ok: true });
    expect(tab.getState().design).toEqual(expected.design);
    expect(tab.getState().toasts.at(-1)?.message).toBe(expected.summary);
    expect(tab.getState().past).toHaveLength(1);
    tab.getState().undo();
    expect(tab.getState().design).toBe(before);
    const refused = await tab.getState().applyTradeoffTo('no-such-node', 'to-ptu');
    expect(refused).toEqual({ ok: false, message: 'There is no node "no-such-node" in this design.' });
    expect(tab.getState().past).toHaveLength(0);
  });
});
