/**
 * Where the studio keeps things: a small key-value interface over the browser's localStorage, so the
 * store can run over any storage (a browser tab's, or one in memory that several simulated tabs share).
 */

export interface StudioStorage {
  /** The value under `key`, or null. */
  get(key: string): string | null;
  /** Store a value; throws when the storage is full or unavailable (the caller turns that into a message). */
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Every key in the storage (the studio's and anyone else's). */
  keys(): string[];
  /**
   * Call `listener` when another tab changed a key (`null`: the storage was cleared). Returns a function
   * that stops listening. Changes this tab makes itself are not reported.
   */
  subscribe(listener: (key: string | null) => void): () => void;
}

/** Thrown by `set` when there is no storage to write to. */
export class StorageUnavailableError extends Error {
  constructor() {
    super('This browser does not let the studio save (local storage is unavailable).');
    this.name = 'StorageUnavailableError';
  }
}

const local = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
};

/**
 * This browser's localStorage. It is looked up on each call, so the studio's module can be imported
 * where there is no window (server rendering) and only fails to save, with a message, when used there.
 * Other tabs' changes arrive through the `storage` event.
 */
export function browserStorage(): StudioStorage {
  return {
    get: (key) => local()?.getItem(key) ?? null,
    set: (key, value) => {
      const s = local();
      if (!s) throw new StorageUnavailableError();
      s.setItem(key, value);
    },
    remove: (key) => local()?.removeItem(key),
    keys: () => {
      const s = local();
      if (!s) return [];
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k !== null) out.push(k);
      }
      return out;
    },
    subscribe: (listener) => {
      if (typeof window === 'undefined') return () => {};
      const onStorage = (e: StorageEvent) => {
        if (e.storageArea === null || e.storageArea === local()) listener(e.key);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

/** What one tab remembers across its own reloads (the browser's sessionStorage): which design it had open. */
export interface TabSession {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** This tab's sessionStorage; when it is unavailable, the tab simply remembers nothing. */
export function browserTabSession(): TabSession {
  const session = (): Storage | null => {
    try {
      return typeof window === 'undefined' ? null : window.sessionStorage;
    } catch {
      return null;
    }
  };
  return {
    get: (key) => {
      try {
        return session()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        session()?.setItem(key, value);
      } catch {
        // Only a convenience: the shared list still knows the last design opened.
      }
    },
  };
}

/** A tab session in memory (tests: keep one per simulated tab to reload it). */
export function memoryTabSession(): TabSession {
  const data = new Map<string, string>();
  return { get: (key) => data.get(key) ?? null, set: (key, value) => void data.set(key, value) };
}

/** Thrown by an in-memory storage that is full, as a browser's is (same name as the DOM's error). */
export class QuotaExceededError extends Error {
  constructor() {
    super('The quota has been exceeded.');
    this.name = 'QuotaExceededError';
  }
}

export interface SharedMemoryStorage {
  /** Every key and value, as all tabs see them. */
  readonly data: Map<string, string>;
  /** A new tab's view of the storage: its writes are reported to every other tab, as the `storage` event does. */
  tab(): StudioStorage;
  /** Make writes fail as a full storage does (`null`: no limit). Counts the characters of keys and values. */
  setQuota(chars: number | null): void;
}

/** A storage in memory that any number of simulated tabs share (tests, and anywhere without a browser). */
export function sharedMemoryStorage(): SharedMemoryStorage {
  const data = new Map<string, string>();
  const tabs = new Set<{ listeners: Set<(key: string | null) => void> }>();
  let quota: number | null = null;
  const used = () => [...data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  const notify = (from: object, key: string) => {
    for (const t of tabs) if (t !== from) for (const l of t.listeners) l(key);
  };
  return {
    data,
    setQuota: (chars) => {
      quota = chars;
    },
    tab: () => {
      const me = { listeners: new Set<(key: string | null) => void>() };
      tabs.add(me);
      return {
        get: (key) => data.get(key) ?? null,
        set: (key, value) => {
          if (
            quota !== null &&
            used() - (data.has(key) ? key.length + (data.get(key)?.length ?? 0) : 0) + key.length + value.length > quota
          )
            throw new QuotaExceededError();
          const before = data.get(key);
          data.set(key, value);
          if (before !== value) notify(me, key);
        },
        remove: (key) => {
          if (!data.delete(key)) return;
          notify(me, key);
        },
        keys: () => [...data.keys()],
        subscribe: (listener) => {
          me.listeners.add(listener);
          return () => me.listeners.delete(listener);
        },
      };
    },
  };
}
