/**
 * The designs kept in this browser: an index of named designs, one key per design, the raw text of
 * any design that could not be read (kept under a backup key, never thrown away), the copy/paste
 * clipboard shared by all designs and tabs, and display preferences.
 *
 * Several tabs share one storage. Each write of the index re-reads it and applies this tab's change to
 * what is stored now, so a design another tab created or renamed is never dropped from the list; and a
 * stored design that the index does not list (an older tab overwrote the list, or the list was lost) is
 * listed again.
 */
import { parseDesign, type DesignError } from '@/lib/design/parse';
import type { Design } from '@/lib/design/schema';
import type { VariantRecord } from '@/lib/design/variants';
import type { StudioStorage } from './storage';

export const INDEX_KEY = 'aas.designs.v1';
export const DESIGN_PREFIX = 'aas.design.';
const BACKUP_PREFIX = 'aas.backup.';
export const CLIPBOARD_KEY = 'aas.clipboard.v1';
export const PREFS_KEY = 'aas.prefs.v1';
/** In the tab's own session storage: the design the tab has open. */
export const TAB_DESIGN_KEY = 'aas.tab.design';

export interface LibraryEntry {
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
  /** When the design was first saved (orders the variants of a family); absent for designs saved before variants. */
  createdAt?: number;
  /** The family this design belongs to, when it is a variant of another (lib/design/variants.ts). */
  variant?: VariantRecord;
}

export interface LibraryIndex {
  version: 1;
  currentId: string | null;
  designs: LibraryEntry[];
}

export type WriteResult = { ok: true } | { ok: false; message: string };

export type IndexRead =
  | { state: 'fresh' }
  | { state: 'ok'; index: LibraryIndex }
  | {
      state: 'corrupt';
      raw: string;
      backupKey: string | null;
      /** The designs still stored, listed again from their own keys. */
      rebuilt: LibraryEntry[];
    };

export type DesignRead = { ok: true; design: Design } | { ok: false; errors: DesignError[]; raw: string | null; backupKey: string | null };

/** What an index update leaves: the list as now stored (or as it would be, when the write failed). */
export interface IndexUpdate {
  entries: LibraryEntry[];
  write: WriteResult;
}

export interface DesignRepo {
  readKey(key: string): string | null;
  /** Write a key; a full storage or a blocked one comes back as a message, never as a thrown error. */
  writeKey(key: string, value: string): WriteResult;
  readIndex(): IndexRead;
  /**
   * Apply `change` to the list as stored now (re-read, with unlisted stored designs listed again) and
   * write it with `currentId`. A damaged stored list is kept under its backup key and rebuilt first.
   */
  updateIndex(change: (entries: LibraryEntry[]) => LibraryEntry[], currentId: string | null): IndexUpdate;
  readDesign(id: string): DesignRead;
  writeDesign(id: string, design: Design): WriteResult;
  removeDesign(id: string): void;
  newDesignId(): string;
}

const isEntry = (v: unknown): v is LibraryEntry =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as LibraryEntry).id === 'string' &&
  typeof (v as LibraryEntry).name === 'string' &&
  typeof (v as LibraryEntry).updatedAt === 'number';

const isQuotaError = (e: unknown): boolean =>
  typeof e === 'object' &&
  e !== null &&
  ((e as { name?: unknown }).name === 'QuotaExceededError' ||
    (e as { name?: unknown }).name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (e as { code?: unknown }).code === 22);

/** The name a stored design is listed under when its own text cannot be read. */
export const unreadableName = (id: string): string => `Unreadable design (${id})`;

export function createDesignRepo(storage: StudioStorage, now: () => number = Date.now): DesignRepo {
  const readKey = (key: string): string | null => {
    try {
      return storage.get(key);
    } catch {
      return null;
    }
  };

  const writeKey = (key: string, value: string): WriteResult => {
    try {
      storage.set(key, value);
      return { ok: true };
    } catch (e) {
      if (isQuotaError(e)) {
        return {
          ok: false,
          message:
            "Not saved: this browser's storage for the studio is full. Delete designs you no longer need (Designs menu) to make room.",
        };
      }
      if (e instanceof Error && e.name === 'StorageUnavailableError') return { ok: false, message: e.message };
      return { ok: false, message: `Not saved: ${e instanceof Error ? e.message : String(e)}` };
    }
  };

  const removeKey = (key: string): void => {
    try {
      storage.remove(key);
    } catch {
      // Nothing to do: the key stays, which loses nothing.
    }
  };

  const storedIds = (): string[] => {
    try {
      return storage
        .keys()
        .filter((k) => k.startsWith(DESIGN_PREFIX))
        .map((k) => k.slice(DESIGN_PREFIX.length));
    } catch {
      return [];
    }
  };

  /** An entry for a stored design the list does not hold: its own name, or a name that says it is unreadable. */
  const entryFor = (id: string): LibraryEntry => {
    const raw = readKey(DESIGN_PREFIX + id);
    const parsed = raw === null ? null : parseDesign(raw);
    return { id, name: parsed?.ok ? parsed.design.name : unreadableName(id), updatedAt: now() };
  };

  /** The list plus every stored design it does not hold (readable ones first, in storage order). */
  const withUnlisted = (entries: LibraryEntry[]): LibraryEntry[] => {
    const listed = new Set(entries.map((e) => e.id));
    const missing = storedIds()
      .filter((id) => !listed.has(id))
      .map(entryFor);
    if (missing.length === 0) return entries;
    const readable = missing.filter((e) => !e.name.startsWith('Unreadable design ('));
    const unreadable = missing.filter((e) => e.name.startsWith('Unreadable design ('));
    return [...entries, ...readable, ...unreadable];
  };

  /** Keep the raw text of something that could not be read; returns the key it is under. */
  const backup = (name: string, raw: string): string | null => {
    const key = `${BACKUP_PREFIX}${name}`;
    if (readKey(key) === raw) return key;
    return writeKey(key, raw).ok ? key : null;
  };

  const readIndex = (): IndexRead => {
    const raw = readKey(INDEX_KEY);
    if (raw === null) {
      const rebuilt = withUnlisted([]);
      return rebuilt.length === 0 ? { state: 'fresh' } : { state: 'ok', index: { version: 1, currentId: null, designs: rebuilt } };
    }
    try {
      const v = JSON.parse(raw) as Partial<LibraryIndex> | null;
      if (v && v.version === 1 && Array.isArray(v.designs)) {
        const seen = new Set<string>();
        const designs = v.designs.filter((e): e is LibraryEntry => isEntry(e) && !seen.has(e.id) && Boolean(seen.add(e.id)));
        return {
          state: 'ok',
          index: { version: 1, currentId: typeof v.currentId === 'string' ? v.currentId : null, designs: withUnlisted(designs) },
        };
      }
    } catch {
      // fall through: keep the text
    }
    return { state: 'corrupt', raw, backupKey: backup('index', raw), rebuilt: withUnlisted([]) };
  };

  const writeIndex = (index: LibraryIndex): WriteResult => writeKey(INDEX_KEY, JSON.stringify(index));

  const updateIndex = (change: (entries: LibraryEntry[]) => LibraryEntry[], currentId: string | null): IndexUpdate => {
    const stored = readIndex();
    const base = stored.state === 'ok' ? stored.index.designs : stored.state === 'corrupt' ? stored.rebuilt : [];
    const entries = change(base);
    return { entries, write: writeIndex({ version: 1, currentId, designs: entries }) };
  };

  const readDesign = (id: string): DesignRead => {
    const raw = readKey(DESIGN_PREFIX + id);
    if (raw === null)
      return { ok: false, errors: [{ path: '(document)', message: 'is missing from this browser’s storage' }], raw: null, backupKey: null };
    const parsed = parseDesign(raw);
    if (parsed.ok) return { ok: true, design: parsed.design };
    return { ok: false, errors: parsed.errors, raw, backupKey: backup(id, raw) };
  };

  return {
    readKey,
    writeKey,
    readIndex,
    updateIndex,
    readDesign,
    writeDesign: (id, design) => writeKey(DESIGN_PREFIX + id, JSON.stringify(design)),
    removeDesign: (id) => removeKey(DESIGN_PREFIX + id),
    newDesignId: () => `d${now().toString(36)}${Math.random().toString(36).slice(2, 7)}`,
  };
}
