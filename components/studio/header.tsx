'use client';
/** The studio's header: product name, the design's name, the designs menu, undo/redo, share, export and the theme. */
import { useId, useState, type ReactNode } from 'react';
import { useStudio } from '@/components/store/studio-store';
import { OpenShareExport } from '@/components/share/open-share-export';
import { WorkshopButtons } from '@/components/workshop/workshop-buttons';
import { DesignsMenu } from './designs-menu';
import { HeaderMoreMenu } from './header-more-menu';
import { LINE_ICON } from '@/components/icons/line-icon';

/**
 * From this window width every action has its own button; narrower windows (a projector at 1280 px, a
 * laptop at 1440 px) put the secondary ones — templates, compare, present, open a file, the themes —
 * in the More menu, so the design's name is shown whole. The classes are written out for Tailwind.
 */
const WIDE_ONLY = 'hidden min-[1800px]:flex';
const NARROW_ONLY = 'min-[1800px]:hidden';
/** The Open file… button (the first of the open, share and export buttons) is in the More menu when narrow. */
const OPEN_IN_MENU_WHEN_NARROW = 'max-[1799px]:[&>button:first-child]:hidden';

function LogoMark() {
  return (
    <svg width="30" height="30" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path
        d="M8 22.5 14 9.5h4l6 13"
        fill="none"
        stroke="var(--accent-fg)"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="M11 17h10" stroke="var(--accent-fg)" strokeWidth="2.6" strokeLinecap="round" />
      <circle cx="24" cy="9" r="2.4" fill="var(--accent-fg)" />
    </svg>
  );
}

function DesignName() {
  const name = useStudio((s) => s.design.name);
  const updateDesignInfo = useStudio((s) => s.updateDesignInfo);
  const [draft, setDraft] = useState(name);
  const [seen, setSeen] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (seen !== name) {
    setSeen(name);
    setDraft(name);
    setError(null);
  }
  const apply = () => {
    const r = updateDesignInfo({ name: draft });
    setError(r.ok ? null : r.message);
  };
  return (
    <div className="relative min-w-0 flex-1">
      <label htmlFor={id} className="sr-only">
        Design name
      </label>
      <input
        id={id}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(e.target.value.trim() === '' ? 'A design needs a name.' : null);
        }}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            apply();
            (e.target as HTMLInputElement).blur();
          }
          if (e.key === 'Escape') {
            setDraft(name);
            setError(null);
          }
        }}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        title="Rename the design"
        className={`w-full max-w-[460px] truncate rounded-lg border bg-transparent px-2 py-1 text-[16px] font-semibold text-fg outline-none hover:border-line focus:border-accent focus:bg-surface focus:ring-2 focus:ring-accent/40 ${
          error ? 'border-err' : 'border-transparent'
        }`}
      />
      {error && (
        <p
          id={`${id}-error`}
          role="alert"
          className="absolute left-2 top-full z-10 mt-1 rounded-md bg-err px-2 py-1 text-[13px] font-medium text-white shadow"
        >
          {error}
        </p>
      )}
    </div>
  );
}

function IconButton({
  label,
  onClick,
  disabled,
  shortcut,
  children,
  pressed,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  shortcut?: string;
  children: ReactNode;
  pressed?: boolean;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut.replace('Control', 'Ctrl')})` : label}
      className={`inline-flex h-9 w-9 items-center justify-center rounded-lg border text-fg hover:bg-sunken disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent ${
        pressed ? 'border-accent bg-accent-soft text-accent' : 'border-transparent'
      }`}
    >
      {children}
    </button>
  );
}

/** The bar along the top; the studio puts it with the figures strip in the page's banner. */
export function Header() {
  const canUndo = useStudio((s) => s.past.length > 0);
  const canRedo = useStudio((s) => s.future.length > 0);
  const undo = useStudio((s) => s.undo);
  const redo = useStudio((s) => s.redo);
  const prefs = useStudio((s) => s.prefs);
  const setPrefs = useStudio((s) => s.setPrefs);
  const saveError = useStudio((s) => s.saveError);
  return (
    <div className="relative z-20 flex h-[56px] shrink-0 items-center gap-2.5 border-b border-line bg-surface px-4">
      <div className="flex shrink-0 items-center gap-2.5">
        <LogoMark />
        <h1 className="whitespace-nowrap text-[15px] font-bold tracking-tight text-fg min-[1800px]:text-[17px]">AI Architecture Studio</h1>
      </div>
      <span aria-hidden="true" className="h-7 w-px shrink-0 bg-line" />
      <DesignsMenu />
      <DesignName />
      {saveError && (
        <p role="alert" className="max-w-[380px] rounded-lg bg-err-soft px-3 py-1.5 text-[13px] font-medium leading-snug text-err">
          {saveError}
        </p>
      )}
      <div className="ml-auto flex shrink-0 items-center gap-1">
        <div className={`${WIDE_ONLY} items-center`}>
          <WorkshopButtons />
          <span aria-hidden="true" className="mx-1.5 h-7 w-px bg-line" />
        </div>
        <IconButton label="Undo" onClick={undo} disabled={!canUndo} shortcut="Control+Z">
          <svg {...LINE_ICON}>
            <path d="M9 14 4 9l5-5" />
            <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
          </svg>
        </IconButton>
        <IconButton label="Redo" onClick={redo} disabled={!canRedo} shortcut="Control+Shift+Z">
          <svg {...LINE_ICON}>
            <path d="m15 14 5-5-5-5" />
            <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
          </svg>
        </IconButton>
        <span aria-hidden="true" className="mx-1.5 h-7 w-px bg-line" />
        <div className={`flex items-center gap-1 ${OPEN_IN_MENU_WHEN_NARROW}`}>
          <OpenShareExport />
        </div>
        <span aria-hidden="true" className="mx-1.5 h-7 w-px bg-line" />
        <HeaderMoreMenu className={NARROW_ONLY} />
        <div className={`${WIDE_ONLY} items-center gap-1`}>
          <IconButton
            label="Dark theme"
            pressed={prefs.theme === 'dark'}
            onClick={() => setPrefs({ theme: prefs.theme === 'dark' ? 'light' : 'dark' })}
          >
            <svg {...LINE_ICON}>
              <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />
            </svg>
          </IconButton>
          <IconButton label="High contrast" pressed={prefs.highContrast} onClick={() => setPrefs({ highContrast: !prefs.highContrast })}>
            <svg {...LINE_ICON}>
              <circle cx="12" cy="12" r="8.5" />
              <path d="M12 3.5v17a8.5 8.5 0 0 0 0-17z" fill="currentColor" />
            </svg>
          </IconButton>
        </div>
      </div>
    </div>
  );
}
