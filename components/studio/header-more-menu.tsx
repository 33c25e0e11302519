'use client';
/**
 * The header's overflow menu: on narrower windows (a projector at 1280 × 720) the secondary actions —
 * templates, compare, present, open a file, dark theme, high contrast — move here, so the design's name
 * keeps its room. A menu button: Enter, Space or Down opens it on the first item (Up on the last), the
 * arrow keys, Home and End move, Escape or Tab closes it and focus returns to the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { OPEN_ACCEPT, openDesignFromFile } from '@/components/export/open-file';
import { useStudio } from '@/components/store/studio-store';
import { startPresentation } from '@/components/workshop/workshop-buttons';

type Action = 'templates' | 'compare' | 'present' | 'open' | 'dark' | 'contrast';
type Item =
  | { kind: 'action'; id: Action; label: string; hint?: string; shortcut?: string }
  | { kind: 'toggle'; id: Action; label: string; checked: boolean };

export function HeaderMoreMenu({ className = '' }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const menuId = useId();
  const prefs = useStudio((s) => s.prefs);

  const items: Item[] = [
    { kind: 'action', id: 'templates', label: 'Templates' },
    { kind: 'action', id: 'compare', label: 'Compare' },
    { kind: 'action', id: 'present', label: 'Present', hint: 'Alt+P', shortcut: 'Alt+P' },
    { kind: 'action', id: 'open', label: 'Open file…' },
    { kind: 'toggle', id: 'dark', label: 'Dark theme', checked: prefs.theme === 'dark' },
    { kind: 'toggle', id: 'contrast', label: 'High contrast', checked: prefs.highContrast },
  ];

  const menuItems = () => [...(list.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const all = menuItems();
    (focusOnOpen.current === 'first' ? all[0] : all[all.length - 1])?.focus();
    const onDown = (e: PointerEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusOnOpen.current = e.key === 'ArrowDown' ? 'first' : 'last';
      setOpen(true);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const all = menuItems();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => {
      e.preventDefault();
      all[(i + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') close(false);
  };

  /** A toggle keeps the menu open (to see its effect, or switch the other); an action closes it first. */
  const choose = (id: Action) => {
    const s = useStudio.getState();
    switch (id) {
      case 'templates':
        close(false);
        if (s.gallery !== null) s.closeGallery();
        else s.openGallery('picker');
        return;
      case 'compare':
        close(false);
        s.setCompareOpen(true);
        return;
      case 'present':
        close(false);
        startPresentation();
        return;
      case 'open':
        close();
        fileRef.current?.click();
        return;
      case 'dark':
        s.setPrefs({ theme: s.prefs.theme === 'dark' ? 'light' : 'dark' });
        return;
      case 'contrast':
        s.setPrefs({ highContrast: !s.prefs.highContrast });
        return;
    }
  };

  return (
    <div ref={wrap} className={`relative ${className}`}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          focusOnOpen.current = 'first';
          setOpen((o) => !o);
        }}
        onKeyDown={onButtonKey}
        className="inline-flex h-9 items-center gap-1.5 rounded-lg border border-line px-3 text-[14px] font-semibold text-fg hover:bg-sunken aria-expanded:border-accent aria-expanded:bg-accent-soft"
      >
        More
        <svg viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="m4 6 4 4 4-4" />
        </svg>
      </button>
      <input
        ref={fileRef}
        type="file"
        accept={OPEN_ACCEPT}
        aria-label="Choose a design file"
        tabIndex={-1}
        className="hidden"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void openDesignFromFile(f);
        }}
      />
      {open && (
        <ul
          ref={list}
          id={menuId}
          role="menu"
          aria-label="More actions"
          onKeyDown={onMenuKey}
          className="absolute right-0 top-full z-50 mt-2 w-[250px] rounded-xl border border-line bg-surface p-1.5 text-fg shadow-xl"
        >
          {items.map((item, i) => (
            <li key={item.label} role="none" className={i === 3 || i === 4 ? 'mt-1 border-t border-line pt-1' : undefined}>
              <button
                type="button"
                role={item.kind === 'toggle' ? 'menuitemcheckbox' : 'menuitem'}
                aria-checked={item.kind === 'toggle' ? item.checked : undefined}
                aria-keyshortcuts={item.kind === 'action' ? item.shortcut : undefined}
                tabIndex={-1}
                onClick={() => choose(item.id)}
                className="flex w-full items-center justify-between gap-3 rounded-lg px-2.5 py-2 text-left text-[15px] font-medium hover:bg-sunken focus:bg-sunken focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
              >
                <span>{item.label}</span>
                {item.kind === 'toggle' ? (
                  <span
                    aria-hidden="true"
                    className={`inline-flex h-5 w-9 items-center rounded-full p-0.5 ${item.checked ? 'justify-end bg-accent' : 'justify-start bg-line-strong'}`}
                  >
                    <span className="h-4 w-4 rounded-full bg-surface" />
                  </span>
                ) : (
                  item.hint && (
                    <span aria-hidden="true" className="text-[13px] text-muted">
                      {item.hint}
                    </span>
                  )
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
