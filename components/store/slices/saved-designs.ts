/**
 * The designs kept in the storage: which one is open, the list of them, opening, creating, renaming,
 * duplicating and deleting them, and what to show when one (or the list itself) cannot be read.
 * Every change to the list is applied to the list as stored now, so tabs never drop each other's
 * designs; when another tab changes the list, or the design open here while this tab has nothing
 * unsaved, this tab follows.
 */
import { emptyDesign } from '@/lib/design/edit';
import { DEFAULT_EXAMPLE, getExampleInfo } from '@/lib/design/example-list';
import { parseDesign, type DesignError, type ParseResult } from '@/lib/design/parse';
import { decodeShareFragment } from '@/lib/share';
import type { Design } from '@/lib/design/schema';
import { readVariantRecord, removeFromFamily, variantName, variantRecordFor, type VariantRecord } from '@/lib/design/variants';
import { DESIGN_PREFIX, INDEX_KEY, TAB_DESIGN_KEY, type LibraryEntry } from '../local-designs';
import { saveNow, startAutosave } from './autosave';
import { EMPTY_SELECTION, view } from './canvas';
import type { SliceContext } from './context';
import { load, type Result } from './history';
import { readPrefs } from './ui';

/** A saved design that could not be read: what was wrong, and where its text is kept. */
export interface Recovery {
  /** A saved design, or the list of saved designs itself. */
  what: 'design' | 'library';
  /** The saved design's id (null for the list). */
  designId: string | null;
  title: string;
  errors: DesignError[];
  backupKey: string | null;
  raw: string | null;
}

/**
 * What the open design is to this browser: `editing` a saved design; a `shared` design from a link
 * (read-only, not saved until copied); an `example` opened by its address (not saved until it is
 * edited or copied).
 */
export type SessionMode = 'editing' | 'shared' | 'example';

export interface SavedDesignsSlice {
  status: 'booting' | 'ready';
  sessionMode: SessionMode;
  /** Id of the saved design being edited; null when nothing is open (a design that could not be read). */
  docId: string | null;
  /** The designs kept in the storage, newest first. */
  library: LibraryEntry[];
  recovery: Recovery | null;
  /** Start: `search` may name an example (`?example=`), `hash` may hold a share link's fragment. */
  boot: (search: string, hash?: string) => void;
  /** Show a design from a share link, read-only and not saved. */
  openShared: (design: Design) => void;
  /** Save the shared or example design shown as a new design of this browser, and edit it. */
  makeCopy: () => void;
  /** Save a design (from a file) as a new design and open it; the design open before stays saved. */
  openAsNew: (design: Design) => void;
  /** Show a design that is not saved in this browser (benchmarks; later, read-only shared links). */
  showTransient: (design: Design) => void;
  openDesign: (id: string) => void;
  newDesign: () => void;
  /**
   * Open an example as a new saved design; false when there is no such example. Its document is read on
   * demand (fetched in the browser), so the design may appear a moment later.
   */
  openExample: (slug: string) => boolean;
  renameStored: (id: string, name: string) => Result;
  duplicateStored: (id: string) => void;
  deleteStored: (id: string) => void;
  /** Save `design` as a new design and open it (a template from the gallery). */
  openNewDesign: (design: Design) => void;
  /** Save a copy of a saved design as its variant (kept in its family) and open it. */
  duplicateAsVariant: (id: string, label?: string) => void;
  /** A saved design's document (the open one as edited now), or null when it cannot be read. */
  readStored: (id: string) => Design | null;
  /** A saved design's variant record, when it is a valid one. */
  variantOf: (id: string) => VariantRecord | undefined;
  /** Stop listening to the storage and drop a pending save (a closed tab; tests). */
  shutdown: () => void;
}

/** `entry` replaces the entry with its id, or comes first when the list does not hold it. */
export const upsertEntry = (entries: LibraryEntry[], entry: LibraryEntry): LibraryEntry[] =>
  entries.some((e) => e.id === entry.id) ? entries.map((e) => (e.id === entry.id ? { ...e, ...entry } : e)) : [entry, ...entries];

/** Change the stored list (as stored now, see DesignRepo.updateIndex) and show the result. */
export function updateLibrary(ctx: SliceContext, change: (entries: LibraryEntry[]) => LibraryEntry[], currentId: string | null): void {
  const u = ctx.repo.updateIndex(change, currentId);
  ctx.set({ library: u.entries, saveError: u.write.ok ? null : u.write.message });
}

/** The name a copy gets: "Name (copy)", "Name (copy 2)", … unique among saved designs. */
function copyName(name: string, taken: readonly LibraryEntry[]): string {
  const stem = name.replace(/ \(copy(?: \d+)?\)$/, '');
  const names = new Set(taken.map((e) => e.name));
  if (!names.has(`${stem} (copy)`)) return `${stem} (copy)`;
  for (let i = 2; ; i++) if (!names.has(`${stem} (copy ${i})`)) return `${stem} (copy ${i})`;
}

export function createSavedDesignsSlice(ctx: SliceContext): SavedDesignsSlice {
  const { get, set, repo } = ctx;
  /** Counts example requests: only the latest one opens when its document arrives. */
  let exampleTicket = 0;
  let lastDeleted: { entry: LibraryEntry; design: Design | null; raw: string | null } | null = null;

  /** Save a design as a new entry and make it current. */
  const createStored = (design: Design, variant?: VariantRecord): string => {
    const id = repo.newDesignId();
    const r = repo.writeDesign(id, design);
    const at = ctx.now();
    const entry: LibraryEntry = { id, name: design.name, updatedAt: at, createdAt: at, ...(variant ? { variant } : {}) };
    updateLibrary(ctx, (entries) => upsertEntry(entries, entry), id);
    if (!r.ok) set({ saveError: r.message });
    return id;
  };

  const openRead = (id: string, title: string): boolean => {
    const read = repo.readDesign(id);
    if (read.ok) {
      updateLibrary(ctx, (entries) => entries, id);
      load(ctx, read.design, id);
      return true;
    }
    ctx.autosave.saved = null;
    set({
      docId: null,
      recovery: { what: 'design', designId: id, title, errors: read.errors, backupKey: read.backupKey, raw: read.raw },
      ...view(ctx, emptyDesign(title), EMPTY_SELECTION, []),
      past: [],
      future: [],
    });
    return false;
  };

  /** Another tab changed a key: follow its list, and its version of the design open here when nothing here is unsaved. */
  const onExternalChange = (key: string | null): void => {
    if (key !== null && key !== INDEX_KEY && !key.startsWith(DESIGN_PREFIX)) return;
    const index = repo.readIndex();
    set({ library: index.state === 'ok' ? index.index.designs : index.state === 'corrupt' ? index.rebuilt : [] });
    const s = get();
    if (s.docId === null || (key !== null && key !== DESIGN_PREFIX + s.docId)) return;
    if (s.design !== ctx.autosave.saved || s.gesture || s.previewBase || ctx.autosave.timer) return;
    const raw = repo.readKey(DESIGN_PREFIX + s.docId);
    if (raw === null) return; // deleted there: this tab keeps showing it, and saves it again if it is edited
    const parsed = parseDesign(raw);
    if (!parsed.ok || JSON.stringify(parsed.design) === JSON.stringify(s.design)) return;
    ctx.autosave.saved = parsed.design;
    set({ past: [], future: [], ...view(ctx, parsed.design, s.selection) });
  };

  /**
   * Fetch an example's document and open it: saved as a new design (from the menu), or unsaved until its
   * first change (opened by its address). Returns false when there is no such example.
   */
  const readExampleThen = (slug: string, { save, then }: { save: boolean; then?: () => void }): boolean => {
    const example = getExampleInfo(slug);
    if (!example) return false;
    const ticket = ++exampleTicket;
    const open = (parsed: ParseResult) => {
      // A later example request wins over one still arriving.
      if (ticket !== exampleTicket) return;
      if (!parsed.ok) {
        get().toast(`The example “${example.title}” could not be read.`, { tone: 'error' });
        // Nothing open yet (the studio was starting with this example): start a new design instead.
        if (get().docId === null && get().recovery === null) get().newDesign();
        return;
      }
      saveNow(ctx);
      if (save) load(ctx, parsed.design, createStored(parsed.design));
      else {
        load(ctx, parsed.design, null);
        set({ sessionMode: 'example' });
      }
      then?.();
    };
    const read = ctx.readExample(slug);
    if (read instanceof Promise) {
      read.then(open, (e: unknown) =>
        open({ ok: false, errors: [{ path: '(document)', message: e instanceof Error ? e.message : String(e) }] }),
      );
    } else open(read);
    return true;
  };

  return {
    status: 'booting',
    sessionMode: 'editing',
    docId: null,
    library: [],
    recovery: null,

    boot: (search, hash) => {
      if (get().status === 'ready') return;
      set({ status: 'ready', prefs: readPrefs(ctx) });
      startAutosave(ctx);
      ctx.cleanups.push(ctx.storage.subscribe(onExternalChange));
      // This tab remembers the design it has open, so a reload comes back to it, not to another tab's.
      ctx.cleanups.push(
        ctx.api.subscribe((s, prev) => {
          if (s.docId !== null && s.docId !== prev.docId) ctx.session.set(TAB_DESIGN_KEY, s.docId);
        }),
      );
      const index = repo.readIndex();
      if (index.state === 'ok') set({ library: index.index.designs });
      if (index.state === 'corrupt') set({ library: index.rebuilt });
      // An example opened by its address, or a design edited from one, is saved once it changes.
      ctx.cleanups.push(
        ctx.api.subscribe((s, prev) => {
          if (s.sessionMode === 'example' && s.docId === null && s.design !== prev.design && s.past.length > 0) {
            const id = createStored(s.design);
            ctx.autosave.saved = s.design;
            set({ docId: id, sessionMode: 'editing' });
          }
        }),
      );
      const fragment = (hash ?? '').replace(/^#/, '');
      if (fragment !== '') {
        const decoded = decodeShareFragment(fragment);
        if (decoded.ok) {
          get().openShared(decoded.design);
          return;
        }
        get().toast(`This share link could not be opened: ${decoded.error}`, { tone: 'error' });
      }
      const slug = new URLSearchParams(search).get('example');
      if (slug !== null) {
        if (readExampleThen(slug, { save: false })) return;
        get().toast(`There is no example design called “${slug}”.`, { tone: 'error' });
      }
      if (index.state === 'corrupt') {
        set({
          recovery: {
            what: 'library',
            designId: null,
            title: 'The list of your saved designs',
            errors: [{ path: '(document)', message: 'is not readable' }],
            backupKey: index.backupKey,
            raw: index.raw,
          },
        });
        return;
      }
      if (index.state === 'ok') {
        const own = ctx.session.get(TAB_DESIGN_KEY);
        const { designs, currentId } = index.index;
        const current = designs.find((e) => e.id === own) ?? designs.find((e) => e.id === currentId) ?? designs[0];
        if (current) {
          openRead(current.id, current.name);
          return;
        }
      }
      // First open: the template gallery shows over the reference design once it has arrived, for a
      // newcomer to pick a start (it leaves as soon as the design changes or another opens).
      readExampleThen(DEFAULT_EXAMPLE, { save: true, then: () => get().openGallery('welcome') });
    },

    showTransient: (design) => {
      set({ status: 'ready' });
      load(ctx, design, null);
    },

    openShared: (design) => {
      saveNow(ctx);
      load(ctx, design, null);
      set({ sessionMode: 'shared' });
    },

    makeCopy: () => {
      const s = get();
      if (s.sessionMode === 'editing' && s.docId !== null) return;
      const design = s.design;
      const taken = s.library.some((e) => e.name === design.name);
      const copy = taken ? { ...design, name: copyName(design.name, s.library) } : design;
      const id = createStored(copy);
      ctx.autosave.saved = copy;
      set({ docId: id, sessionMode: 'editing', ...(copy !== design ? view(ctx, copy, s.selection) : {}) });
      get().toast(`Saved “${copy.name}” in this browser: you can edit it now.`, { tone: 'success' });
    },

    openAsNew: (design) => {
      saveNow(ctx);
      const id = createStored(design);
      load(ctx, design, id);
    },

    openDesign: (id) => {
      exampleTicket++; // an example still arriving no longer replaces what the user chose
      saveNow(ctx);
      const entry = get().library.find((e) => e.id === id);
      openRead(id, entry?.name ?? 'Saved design');
    },

    newDesign: () => {
      exampleTicket++;
      saveNow(ctx);
      const design = emptyDesign();
      const id = createStored(design);
      load(ctx, design, id);
    },

    openExample: (slug) => readExampleThen(slug, { save: true }),

    renameStored: (id, rawName) => {
      const name = rawName.trim();
      if (name === '') return { ok: false, message: 'A design needs a name.' };
      if (name.length > 120) return { ok: false, message: 'Keep the name under 120 characters.' };
      if (id === get().docId) return get().updateDesignInfo({ name });
      const read = repo.readDesign(id);
      if (!read.ok) return { ok: false, message: 'This design could not be read, so it cannot be renamed. Open it to see why.' };
      const w = repo.writeDesign(id, { ...read.design, name });
      if (!w.ok) return w;
      updateLibrary(ctx, (entries) => upsertEntry(entries, { id, name, updatedAt: ctx.now() }), get().docId);
      return { ok: true };
    },

    duplicateStored: (id) => {
      saveNow(ctx);
      const read = id === get().docId ? ({ ok: true, design: get().design } as const) : repo.readDesign(id);
      if (!read.ok) {
        get().toast('This design could not be read, so it cannot be duplicated. Open it to see why.', { tone: 'error' });
        return;
      }
      const copy = { ...read.design, name: copyName(read.design.name, get().library) };
      const newId = createStored(copy);
      load(ctx, copy, newId);
      get().toast(`Opened “${copy.name}”.`, { tone: 'success' });
    },

    deleteStored: (id) => {
      saveNow(ctx);
      const entry = get().library.find((e) => e.id === id);
      if (!entry) return;
      const read = repo.readDesign(id);
      lastDeleted = { entry, design: read.ok ? read.design : null, raw: read.ok ? null : read.raw };
      repo.removeDesign(id);
      const wasCurrent = get().docId === id;
      let next: LibraryEntry | undefined;
      updateLibrary(
        ctx,
        (entries) => {
          // Its variants stay in the family: they now derive from its parent, or the oldest becomes the root.
          const rest = removeFromFamily(entries, id) as LibraryEntry[];
          next = rest[0];
          return rest;
        },
        wasCurrent ? null : get().docId,
      );
      if (wasCurrent) {
        if (next) openRead(next.id, next.name);
        else {
          const design = emptyDesign();
          load(ctx, design, createStored(design));
        }
      }
      get().toast(`Deleted “${entry.name}”.`, {
        action: {
          label: 'Undo',
          run: () => {
            const d = lastDeleted;
            if (!d || d.entry.id !== entry.id) return;
            const w = d.design ? repo.writeDesign(d.entry.id, d.design) : repo.writeKey(DESIGN_PREFIX + d.entry.id, d.raw ?? '');
            if (!w.ok) {
              get().toast(w.message, { tone: 'error' });
              return;
            }
            lastDeleted = null;
            updateLibrary(ctx, (entries) => [d.entry, ...entries.filter((e) => e.id !== d.entry.id)], get().docId);
            get().toast(`Restored “${d.entry.name}”.`, { tone: 'success' });
          },
        },
      });
    },

    openNewDesign: (design) => {
      saveNow(ctx);
      const id = createStored(design);
      load(ctx, design, id);
    },

    duplicateAsVariant: (id, label = '') => {
      saveNow(ctx);
      const entry = get().library.find((e) => e.id === id);
      const read = id === get().docId ? ({ ok: true, design: get().design } as const) : repo.readDesign(id);
      if (!entry || !read.ok) {
        get().toast('This design could not be read, so no variant can be made of it. Open it to see why.', { tone: 'error' });
        return;
      }
      const parent = { ...entry, variant: readVariantRecord(entry.variant) };
      const name = variantName(
        read.design.name,
        label,
        get().library.map((e) => e.name),
      );
      const copy = { ...read.design, name };
      const newId = createStored(copy, variantRecordFor(parent, label));
      load(ctx, copy, newId);
      get().toast(`Opened the variant “${copy.name}”. Compare it with “${entry.name}” from the header.`, { tone: 'success' });
    },

    readStored: (id) => {
      if (id === get().docId) return get().design;
      const read = repo.readDesign(id);
      return read.ok ? read.design : null;
    },

    variantOf: (id) => readVariantRecord(get().library.find((e) => e.id === id)?.variant),

    shutdown: () => {
      for (const f of ctx.cleanups.splice(0)) f();
    },
  };
}
