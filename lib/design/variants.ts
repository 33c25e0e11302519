/**
 * A design and its variants kept together: the pure part of the saved-designs model. Each saved design's
 * metadata may carry a `variant` record saying which family it belongs to and which design it was derived
 * from ("PTU instead of PAYG", "H100 instead of A100"); the design documents themselves do not change.
 *
 * A family is a tree: its root is the design the family started from (whose id is the family id), every
 * other member names its parent in `variantOf`. The store keeps the records (in its index of saved designs)
 * and calls these helpers to create, list and repair them.
 */
import { z } from 'zod';

export const VariantRecordSchema = z.object({
  /** Id of the family's root design. */
  familyId: z.string().min(1),
  /** Id of the saved design this one was derived from. */
  variantOf: z.string().min(1),
  /** What makes this variant different, in a few words (a trade-off switch's summary, or the user's). */
  label: z.string().max(200).default(''),
});
export type VariantRecord = z.infer<typeof VariantRecordSchema>;

/** What the helpers need of a saved design's metadata (the store's index entry satisfies it). */
export interface SavedDesignMeta {
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
  /** Milliseconds since the epoch; orders siblings (oldest first). Without it, `updatedAt` does. */
  createdAt?: number;
  /** Absent for a design with no variants and for a family's root. */
  variant?: VariantRecord;
}

/** The family a saved design belongs to: its record's family, or its own id (a root or a lone design). */
export const familyIdOf = (entry: SavedDesignMeta): string => entry.variant?.familyId ?? entry.id;

/** The variant record for a new design derived from `parent` (which may itself be a variant). */
export function variantRecordFor(parent: SavedDesignMeta, label = ''): VariantRecord {
  return { familyId: familyIdOf(parent), variantOf: parent.id, label: label.slice(0, 200) };
}

/** Read a variant record from untrusted storage: a valid record, or undefined (the design then stands alone). */
export function readVariantRecord(value: unknown): VariantRecord | undefined {
  if (value === undefined) return undefined;
  const r = VariantRecordSchema.safeParse(value);
  return r.success ? r.data : undefined;
}

/**
 * A name for a new variant, unique among `takenNames`: "Base — label", or "Base (variant)", then
 * "… 2", "… 3", … A base that already ends in a variant suffix is not nested ("A — PTU — H100" is fine,
 * "A (variant) (variant)" is not).
 */
export function variantName(baseName: string, label: string, takenNames: Iterable<string>): string {
  const taken = new Set(takenNames);
  const trimmed = label.trim();
  const stem = trimmed !== '' ? `${baseName} — ${trimmed}` : `${baseName.replace(/ \(variant( \d+)?\)$/, '')} (variant)`;
  const cut = stem.length > 120 ? `${stem.slice(0, 119)}…` : stem;
  if (!taken.has(cut)) return cut;
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const name = `${cut.length + suffix.length > 120 ? cut.slice(0, 120 - suffix.length) : cut}${suffix}`;
    if (!taken.has(name)) return name;
  }
}

export interface FamilyMember {
  entry: SavedDesignMeta;
  /** 0 for the root, 1 for its variants, 2 for variants of variants, … */
  depth: number;
  /** Ids of the members derived directly from this one. */
  childIds: string[];
}

/**
 * The members of one family in tree order (the root, then each variant followed by its own variants,
 * siblings oldest first). A member whose parent is missing hangs off the root, so none is ever lost.
 */
export function familyMembers(entries: readonly SavedDesignMeta[], familyId: string): FamilyMember[] {
  const members = entries.filter((e) => familyIdOf(e) === familyId);
  if (members.length === 0) return [];
  const ids = new Set(members.map((e) => e.id));
  const orphans = members.filter((e) => !e.variant || !ids.has(e.variant.variantOf));
  const root = members.find((e) => e.id === familyId) ?? oldest(orphans.length > 0 ? orphans : members);
  const parentOf = (e: SavedDesignMeta): string | null => {
    if (e.id === root.id) return null;
    const p = e.variant?.variantOf;
    return p !== undefined && ids.has(p) && p !== e.id ? p : root.id;
  };
  const children = new Map<string, SavedDesignMeta[]>();
  for (const e of members) {
    const p = parentOf(e);
    if (p !== null) children.set(p, [...(children.get(p) ?? []), e]);
  }
  for (const list of children.values()) list.sort(byAge);
  const out: FamilyMember[] = [];
  const seen = new Set<string>();
  const visit = (e: SavedDesignMeta, depth: number): void => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    const kids = children.get(e.id) ?? [];
    out.push({ entry: e, depth, childIds: kids.map((k) => k.id) });
    for (const k of kids) visit(k, depth + 1);
  };
  visit(root, 0);
  // A cycle of variantOf links cannot reach the root: list those members under it rather than drop them.
  for (const e of [...members].sort(byAge))
    if (!seen.has(e.id)) {
      seen.add(e.id);
      out.push({ entry: e, depth: 1, childIds: [] });
    }
  return out;
}

export interface DesignFamily {
  familyId: string;
  members: FamilyMember[];
  /** Latest change of any member, for sorting the list of saved designs. */
  updatedAt: number;
}

/** Every family of the saved designs (a lone design is a family of one), most recently changed first. */
export function listFamilies(entries: readonly SavedDesignMeta[]): DesignFamily[] {
  const ids = [...new Set(entries.map(familyIdOf))];
  return ids
    .map((familyId) => {
      const members = familyMembers(entries, familyId);
      return { familyId, members, updatedAt: Math.max(...members.map((m) => m.entry.updatedAt)) };
    })
    .sort((a, b) => b.updatedAt - a.updatedAt || a.familyId.localeCompare(b.familyId));
}

/** The other members of the family of `id` (for "compare with…"), in tree order; empty for a lone design. */
export function siblingsOf(entries: readonly SavedDesignMeta[], id: string): SavedDesignMeta[] {
  const entry = entries.find((e) => e.id === id);
  if (!entry) return [];
  return familyMembers(entries, familyIdOf(entry))
    .map((m) => m.entry)
    .filter((e) => e.id !== id);
}

/**
 * The metadata after deleting `id`, with its family repaired: its variants now derive from its parent;
 * when it was the root, its oldest variant becomes the root and the family takes that id. Entries that
 * do not change keep their identity.
 */
export function removeFromFamily(entries: readonly SavedDesignMeta[], id: string): SavedDesignMeta[] {
  const gone = entries.find((e) => e.id === id);
  const rest = entries.filter((e) => e.id !== id);
  if (!gone) return rest;
  const familyId = familyIdOf(gone);
  const members = rest.filter((e) => familyIdOf(e) === familyId);
  if (members.length === 0) return rest;

  if (gone.variant) {
    const parent = gone.variant.variantOf;
    return rest.map((e) => (e.variant?.variantOf === id ? { ...e, variant: { ...e.variant, variantOf: parent } } : e));
  }
  // The root is deleted: its oldest direct variant (or the oldest member) becomes the new root.
  const direct = members.filter((e) => e.variant?.variantOf === id);
  const newRoot = oldest(direct.length > 0 ? direct : members);
  const single = members.length === 1;
  return rest.map((e) => {
    if (familyIdOf(e) !== familyId) return e;
    if (e.id === newRoot.id) {
      const { variant: _dropped, ...root } = e;
      return root;
    }
    if (single || !e.variant) return e;
    const variantOf = e.variant.variantOf === id ? newRoot.id : e.variant.variantOf;
    return { ...e, variant: { ...e.variant, familyId: newRoot.id, variantOf } };
  });
}

const age = (e: SavedDesignMeta): number => e.createdAt ?? e.updatedAt;
const byAge = (a: SavedDesignMeta, b: SavedDesignMeta): number => age(a) - age(b) || a.id.localeCompare(b.id);

function oldest(list: readonly SavedDesignMeta[]): SavedDesignMeta {
  const sorted = [...list].sort(byAge);
  const first = sorted[0];
  if (!first) throw new Error('oldest() of an empty list');
  return first;
}
