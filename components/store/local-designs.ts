/**
 * The designs kept in this browser (localStorage): an index of named designs, one key per design, the
 * raw text of any design that could not be read (kept under a backup key, never thrown away), the
 * copy/paste clipboard shared by all designs and tabs, and display preferences.
 */
import { parseDesign, type DesignError } from '@/lib/design/parse';
import type { Design } from '@/lib/design/schema';

const INDEX_KEY = 'aas.designs.v1';
const DESIGN_PREFIX = 'aas.design.';
const BACKUP_PREFIX = 'aas.backup.';
export const CLIPBOARD_KEY = 'aas.clipboard.v1';
export const PREFS_KEY = 'aas.prefs.v1';

export interface LibraryEntry {
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
}

export interface LibraryIndex {
  version: 1;
  currentId: string | null;
  designs: LibraryEntry[];
}

export type WriteResult = { ok: true } | { ok: false; message: string };

const storage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
};

const isQuotaError = (e: unknown): boolean =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);

/** Write a key; a full storage or a blocked one comes back as a message, never as a thrown error. */
export function writeKey(key: string, value: string): WriteResult {
  const s = storage();
  if (!s) return { ok: false, message: 'This browser does not let the studio save (local storage is unavailable).' };
  try {
    s.setItem(key, value);
    return { ok: true };
  } catch (e) {
    if (isQuotaError(e)) {
      return {
        ok: false,
        message: "Not saved: this browser's storage for the studio is full. Delete designs you no longer need (Designs menu) to make room.",
      };
    }
    return { ok: false, message: `Not saved: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export const readKey = (key: string): string | null => {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
};

const removeKey = (key: string): void => {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: the key stays, which loses nothing.
  }
};

export const newDesignId = (): string => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

const isEntry = (v: unknown): v is LibraryEntry =>
  typeof v === 'object' && v !== null && typeof (v as LibraryEntry).id === 'string' && typeof (v as LibraryEntry).name === 'string';

export type IndexRead =
  { state: 'fresh' } | { state: 'ok'; index: LibraryIndex } | { state: 'corrupt'; raw: string; backupKey: string | null };

/** The index of saved designs: absent on a fresh machine; corrupt text is kept under a backup key. */
export function readIndex(): IndexRead {
  const raw = readKey(INDEX_KEY);
  if (raw === null) return { state: 'fresh' };
  try {
    const v = JSON.parse(raw) as Partial<LibraryIndex>;
    if (v && v.version === 1 && Array.isArray(v.designs)) {
      return {
        state: 'ok',
        index: { version: 1, currentId: typeof v.currentId === 'string' ? v.currentId : null, designs: v.designs.filter(isEntry) },
      };
    }
  } catch {
    // fall through: keep the text
  }
  return { state: 'corrupt', raw, backupKey: backup('index', raw) };
}

export const writeIndex = (index: LibraryIndex): WriteResult => writeKey(INDEX_KEY, JSON.stringify(index));

export type DesignRead = { ok: true; design: Design } | { ok: false; errors: DesignError[]; raw: string | null; backupKey: string | null };

/** Read and validate a saved design. When it cannot be read, its text is copied under a backup key. */
export function readDesign(id: string): DesignRead {
  const raw = readKey(DESIGN_PREFIX + id);
  if (raw === null)
    return { ok: false, errors: [{ path: '(document)', message: 'is missing from this browser’s storage' }], raw: null, backupKey: null };
  const parsed = parseDesign(raw);
  if (parsed.ok) return { ok: true, design: parsed.design };
  return { ok: false, errors: parsed.errors, raw, backupKey: backup(id, raw) };
}

export const writeDesign = (id: string, design: Design): WriteResult => writeKey(DESIGN_PREFIX + id, JSON.stringify(design));

export const removeDesign = (id: string): void => removeKey(DESIGN_PREFIX + id);

/** Keep the raw text of something that could not be read; returns the key it is under. */
function backup(name: string, raw: string): string | null {
  const key = `${BACKUP_PREFIX}${name}`;
  if (readKey(key) === raw) return key;
  return writeKey(key, raw).ok ? key : null;
}
