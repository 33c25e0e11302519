import { describe, expect, it } from 'vitest';
import {
  familyIdOf,
  familyMembers,
  listFamilies,
  readVariantRecord,
  removeFromFamily,
  siblingsOf,
  variantName,
  variantRecordFor,
  type SavedDesignMeta,
} from './variants';

const root: SavedDesignMeta = { id: 'a', name: 'Chat', updatedAt: 100, createdAt: 1 };
const ptu: SavedDesignMeta = { id: 'b', name: 'Chat — PTU', updatedAt: 300, createdAt: 2, variant: variantRecordFor(root, 'PTU') };
const twoRegions: SavedDesignMeta = {
  id: 'c',
  name: 'Chat — PTU — two regions',
  updatedAt: 200,
  createdAt: 3,
  variant: variantRecordFor(ptu, 'two regions'),
};
const h100: SavedDesignMeta = { id: 'd', name: 'Chat — H100', updatedAt: 50, createdAt: 4, variant: variantRecordFor(root, 'H100') };
const lone: SavedDesignMeta = { id: 'z', name: 'Other', updatedAt: 250 };
const all = [lone, twoRegions, h100, ptu, root];

describe('variant records', () => {
  it('derive from a parent, keeping the family of a variant of a variant', () => {
    expect(ptu.variant).toEqual({ familyId: 'a', variantOf: 'a', label: 'PTU' });
    expect(twoRegions.variant).toEqual({ familyId: 'a', variantOf: 'b', label: 'two regions' });
    expect(familyIdOf(root)).toBe('a');
    expect(familyIdOf(twoRegions)).toBe('a');
  });

  it('read from storage: a valid record, else nothing (the design stands alone)', () => {
    expect(readVariantRecord({ familyId: 'a', variantOf: 'b' })).toEqual({ familyId: 'a', variantOf: 'b', label: '' });
    expect(readVariantRecord({ familyId: '', variantOf: 'b' })).toBeUndefined();
    expect(readVariantRecord('a')).toBeUndefined();
    expect(readVariantRecord(undefined)).toBeUndefined();
  });

  it('name a new variant uniquely', () => {
    expect(variantName('Chat', 'PTU', ['Chat'])).toBe('Chat — PTU');
    expect(variantName('Chat', 'PTU', ['Chat — PTU', 'Chat — PTU 2'])).toBe('Chat — PTU 3');
    expect(variantName('Chat', '  ', [])).toBe('Chat (variant)');
    expect(variantName('Chat (variant)', '', ['Chat (variant)'])).toBe('Chat (variant) 2');
    expect(variantName('x'.repeat(119), 'PTU', []).length).toBe(120);
  });
});

describe('families', () => {
  it('lists a family in tree order, siblings oldest first', () => {
    expect(familyMembers(all, 'a').map((m) => [m.entry.id, m.depth, m.childIds])).toEqual([
      ['a', 0, ['b', 'd']],
      ['b', 1, ['c']],
      ['c', 2, []],
      ['d', 1, []],
    ]);
    expect(familyMembers(all, 'nope')).toEqual([]);
  });

  it('lists every family, a lone design as a family of one, most recently changed first', () => {
    expect(listFamilies(all).map((f) => [f.familyId, f.members.length, f.updatedAt])).toEqual([
      ['a', 4, 300],
      ['z', 1, 250],
    ]);
  });

  it('gives the designs to compare with', () => {
    expect(siblingsOf(all, 'c').map((e) => e.id)).toEqual(['a', 'b', 'd']);
    expect(siblingsOf(all, 'z')).toEqual([]);
  });

  it('never loses a member whose parent is gone', () => {
    const orphan: SavedDesignMeta = { id: 'e', name: 'x', updatedAt: 1, variant: { familyId: 'a', variantOf: 'gone', label: '' } };
    expect(familyMembers([...all, orphan], 'a').find((m) => m.entry.id === 'e')?.depth).toBe(1);
    // A family whose root is gone still has a root: its oldest member without a parent in the family.
    const noRoot = [ptu, twoRegions];
    expect(familyMembers(noRoot, 'a').map((m) => [m.entry.id, m.depth])).toEqual([
      ['b', 0],
      ['c', 1],
    ]);
  });
});

describe('removeFromFamily', () => {
  it('re-attaches the variants of a deleted variant to its parent', () => {
    const after = removeFromFamily(all, 'b');
    expect(after.find((e) => e.id === 'c')?.variant).toEqual({ familyId: 'a', variantOf: 'a', label: 'two regions' });
    expect(after.find((e) => e.id === 'z')).toBe(lone); // untouched entries keep their identity
    expect(familyMembers(after, 'a').map((m) => m.entry.id)).toEqual(['a', 'c', 'd']);
  });

  it('promotes the oldest direct variant when the root is deleted, and moves the family to its id', () => {
    const after = removeFromFamily(all, 'a');
    expect(after.find((e) => e.id === 'b')?.variant).toBeUndefined();
    expect(after.find((e) => e.id === 'c')?.variant).toEqual({ familyId: 'b', variantOf: 'b', label: 'two regions' });
    expect(after.find((e) => e.id === 'd')?.variant).toEqual({ familyId: 'b', variantOf: 'b', label: 'H100' });
    expect(familyMembers(after, 'b').map((m) => [m.entry.id, m.depth])).toEqual([
      ['b', 0],
      ['c', 1],
      ['d', 1],
    ]);
    expect(listFamilies(after)).toHaveLength(2);
  });

  it('leaves a lone design’s neighbours alone', () => {
    expect(removeFromFamily(all, 'z')).toEqual([twoRegions, h100, ptu, root]);
    expect(removeFromFamily(all, 'nope')).toEqual(all);
  });
});
