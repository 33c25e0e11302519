'use client';
/** The highlight a changed headline number gets, so a room sees what a change did. */
import { useEffect, useRef, useState } from 'react';

/**
 * Light up an element briefly when `value` changes (not on first show), so a room sees what a change did.
 * Returns the value shown before the change while the highlight lasts.
 */
export function useChangeFlash<T extends HTMLElement>(value: string): { ref: React.RefObject<T | null>; previous: string | null } {
  const ref = useRef<T | null>(null);
  const [seen, setSeen] = useState(value);
  const [previous, setPrevious] = useState<string | null>(null);
  if (seen !== value) {
    setPrevious(seen);
    setSeen(value);
  }
  useEffect(() => {
    if (previous === null) return;
    const el = ref.current;
    el?.animate(
      [
        { backgroundColor: 'var(--warn-soft)', boxShadow: 'inset 0 0 0 2px var(--warn)' },
        { backgroundColor: 'var(--warn-soft)', boxShadow: 'inset 0 0 0 2px var(--warn)', offset: 0.4 },
        { backgroundColor: 'transparent', boxShadow: 'inset 0 0 0 2px transparent' },
      ],
      { duration: 1600, easing: 'ease-out' },
    );
    const t = setTimeout(() => setPrevious(null), 2600);
    return () => clearTimeout(t);
  }, [seen, previous]);
  return { ref, previous };
}
