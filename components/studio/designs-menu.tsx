'use client';
/**
 * The designs kept in this browser: open, rename, duplicate, delete (with undo), start a new one, or
 * open an example design as a new copy.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { EXAMPLE_LIST as EXAMPLES } from '@/lib/design/example-list';
import { listFamilies, readVariantRecord } from '@/lib/design/variants';
import { useStudio } from '@/components/store/studio-store';
import type { LibraryEntry } from '@/components/store/local-designs';

/** An entry whose variant record (read from storage) is valid, or which stands alone. */
const checkedVariant = (e: LibraryEntry): LibraryEntry => {
  const { variant, ...rest } = e;
  const checked = readVariantRecord(variant);
  return checked ? { ...rest, variant: checked } : rest;
};

const when = (ms: number): string => {
  const d = new Date(ms);
  const today = new Date();
  return d.toDateString() === today.toDateString()
    ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString(undefined, {
        month: 'short',
        day: 'numeric',
        year: d.getFullYear() === today.getFullYear() ? undefined : 'numeric',
      });
};

function Row({
  entry,
  current,
  close,
  depth = 0,
  parentName,
}: {
  entry: LibraryEntry;
  current: boolean;
  close: () => void;
  /** 1 for a variant, 2 for a variant of a variant… (indented under its family's root). */
  depth?: number;
  parentName?: string;
}) {
  const duplicateAsVariant = useStudio((s) => s.duplicateAsVariant);
  const openDesign = useStudio((s) => s.openDesign);
  const renameStored = useStudio((s) => s.renameStored);
  const duplicateStored = useStudio((s) => s.duplicateStored);
  const deleteStored = useStudio((s) => s.deleteStored);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const commitRename = () => {
    const r = renameStored(entry.id, name);
    if (r.ok) {
      setRenaming(false);
      setError(null);
    } else setError(r.message);
  };
  return (
    <li
      className={`rounded-lg px-2 py-1.5 ${current ? 'bg-accent-soft' : 'hover:bg-sunken'}`}
      style={depth > 0 ? { marginLeft: `${Math.min(depth, 3) * 18}px` } : undefined}
    >
      {renaming ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="sr-only">
            New name for {entry.name}
          </label>
          <div className="flex gap-2">
            <input
              id={inputId}
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commitRename();
                if (e.key === 'Escape') {
                  e.stopPropagation();
                  setRenaming(false);
                  setName(entry.name);
                  setError(null);
                }
              }}
              aria-invalid={error !== null}
              className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 text-[15px] text-fg outline-none focus:border-accent focus:ring-2 focus:ring-accent/40"
            />
            <button
              type="button"
              onClick={commitRename}
              className="rounded-md border border-accent bg-accent px-2.5 text-[14px] font-semibold text-accent-fg"
            >
              Save
            </button>
          </div>
          {error && (
            <p role="alert" className="text-[14px] text-err">
              {error}
            </p>
          )}
        </div>
      ) : (
        <div className="flex items-center gap-1">
          <button
            type="button"
            onClick={() => {
              if (!current) openDesign(entry.id);
              close();
            }}
            className="min-w-0 flex-1 text-left"
            aria-current={current ? 'true' : undefined}
          >
            <span className="block truncate text-[15px] font-semibold text-fg">{entry.name}</span>
            <span className="block text-[13px] text-muted">
              {current ? 'Open now · ' : ''}
              {parentName ? `variant of ${parentName} · ` : ''}saved {when(entry.updatedAt)}
            </span>
          </button>
          <button
            type="button"
            onClick={() => setRenaming(true)}
            className="rounded-md px-2 py-1 text-[13px] font-semibold text-muted hover:bg-surface hover:text-fg"
            aria-label={`Rename ${entry.name}`}
          >
            Rename
          </button>
          <button
            type="button"
            onClick={() => {
              duplicateStored(entry.id);
              close();
            }}
            className="rounded-md px-2 py-1 text-[13px] font-semibold text-muted hover:bg-surface hover:text-fg"
            aria-label={`Duplicate ${entry.name}`}
          >
            Duplicate
          </button>
          <button
            type="button"
            onClick={() => {
              duplicateAsVariant(entry.id);
              close();
            }}
            className="rounded-md px-2 py-1 text-[13px] font-semibold text-muted hover:bg-surface hover:text-fg"
            aria-label={`Duplicate ${entry.name} as variant`}
            title="Duplicate as a variant: kept with this design, to compare them side by side"
          >
            Variant
          </button>
          <button
            type="button"
            onClick={() => deleteStored(entry.id)}
            className="rounded-md px-2 py-1 text-[13px] font-semibold text-err hover:bg-err-soft"
            aria-label={`Delete ${entry.name}`}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

export function DesignsMenu() {
  const [open, setOpen] = useState(false);
  const library = useStudio((s) => s.library);
  const docId = useStudio((s) => s.docId);
  const newDesign = useStudio((s) => s.newDesign);
  const openExample = useStudio((s) => s.openExample);
  const ref = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const t = e.target as Element;
      // A toast's action (Undo of a delete) belongs to the menu's work: keep the menu open.
      if (ref.current && !ref.current.contains(t) && !t.closest?.('[aria-label="Notifications"]')) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div ref={ref} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-1.5 rounded-lg border border-line bg-surface px-3 py-1.5 text-[14px] font-semibold text-fg hover:bg-sunken"
      >
        <svg
          className="h-4 w-4"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          aria-hidden="true"
        >
          <path d="M3.5 6.5A2 2 0 0 1 5.5 4.5h4l2 2.5h7a2 2 0 0 1 2 2v8.5a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2z" />
        </svg>
        Designs
        <svg className="h-3.5 w-3.5" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="m4 6 4 4 4-4" />
        </svg>
      </button>
      {open && (
        <div
          id={panelId}
          role="dialog"
          aria-label="Designs"
          className="absolute left-0 top-full z-50 mt-2 flex max-h-[75vh] w-[480px] flex-col overflow-hidden rounded-xl border border-line bg-raised text-fg shadow-2xl"
        >
          <div className="flex items-center justify-between border-b border-line px-4 py-3">
            <h2 className="text-[15px] font-semibold">Your designs</h2>
            <button
              type="button"
              onClick={() => {
                newDesign();
                close();
              }}
              className="rounded-lg border border-accent bg-accent px-3 py-1.5 text-[14px] font-semibold text-accent-fg hover:opacity-90"
            >
              New design
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            <ul aria-label="Saved in this browser" className="flex flex-col gap-0.5 p-2">
              {library.length === 0 && <li className="px-2 py-2 text-[14px] text-muted">No saved designs yet.</li>}
              {listFamilies(library.map(checkedVariant)).flatMap((f) =>
                f.members.map((m) => {
                  const e = m.entry as LibraryEntry;
                  const parentId = e.variant?.variantOf;
                  const parentName = m.depth > 0 ? library.find((p) => p.id === parentId)?.name : undefined;
                  return <Row key={e.id} entry={e} current={e.id === docId} close={close} depth={m.depth} parentName={parentName} />;
                }),
              )}
            </ul>
            <h2 className="border-t border-line px-4 pb-1 pt-3 text-[15px] font-semibold">Example designs</h2>
            <p className="px-4 text-[13px] text-muted">Each opens as a new copy you can change.</p>
            <ul aria-label="Example designs" className="flex flex-col gap-0.5 p-2">
              {EXAMPLES.map((ex) => (
                <li key={ex.slug}>
                  <button
                    type="button"
                    onClick={() => {
                      openExample(ex.slug);
                      close();
                    }}
                    className="w-full rounded-lg px-2 py-1.5 text-left hover:bg-sunken"
                  >
                    <span className="block text-[15px] font-semibold">{ex.title}</span>
                    <span className="block text-[13px] leading-snug text-muted">{ex.summary}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
