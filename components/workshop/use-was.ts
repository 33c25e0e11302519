'use client';
/**
 * What a figure was before the last change, for a few seconds after it ("was $13,804/mo"), so a room sees
 * what a trade-off did without opening a panel. Null when it has not changed lately.
 */
import { useEffect, useRef, useState } from 'react';

/** How long the previous value stays beside the new one. */
export const WAS_SHOWN_MS = 6000;

export function useWas(value: string): string | null {
  const last = useRef(value);
  const [was, setWas] = useState<string | null>(null);
  useEffect(() => {
    if (last.current === value) return;
    setWas(last.current);
    last.current = value;
    const t = setTimeout(() => setWas(null), WAS_SHOWN_MS);
    return () => clearTimeout(t);
  }, [value]);
  return was;
}
