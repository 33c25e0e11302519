'use client';
/**
 * Opening a file the user picked or dropped: a design file (.json) or an image exported by the studio
 * (.png, .svg). The design opens as a new design of this browser; the one open before stays saved. A
 * file that is not a design leaves everything as it was and says what is wrong.
 */
import { useStudio } from '@/components/store/studio-store';

/** Largest file the studio reads (a design of thousands of nodes stays far below it). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function openDesignFromFile(file: File): Promise<boolean> {
  const s = useStudio.getState();
  if (file.size > MAX_FILE_BYTES) {
    s.toast(`“${file.name}” is too large to be a studio design (${Math.round(file.size / 1024 / 1024)} MB).`, { tone: 'error' });
    return false;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    s.toast(`“${file.name}” could not be read.`, { tone: 'error' });
    return false;
  }
  // The decoders load on first use: they are not part of the page's first load.
  const { openDesignBytes } = await import('@/lib/export');
  const r = openDesignBytes(bytes);
  if (!r.ok) {
    const first = r.error.split('\n').slice(0, 4).join(' ');
    s.toast(`“${file.name}” was not opened. ${first}`, { tone: 'error' });
    return false;
  }
  useStudio.getState().openAsNew(r.design);
  useStudio.getState().toast(`Opened “${r.design.name}” from ${file.name} as a new design.`, { tone: 'success' });
  return true;
}

/** The file picker's accepted types. */
export const OPEN_ACCEPT = '.json,.png,.svg,application/json,image/png,image/svg+xml';
