'use client';
/** The header's workshop buttons: the template gallery, the compare view and the presentation (shortcut: Alt+P). */
import { useEffect } from 'react';
import { useStudio } from '@/components/store/studio-store';

const button =
  'inline-flex h-9 items-center rounded-lg border border-line px-3 text-[14px] font-semibold text-fg hover:bg-sunken aria-pressed:border-accent aria-pressed:bg-accent-soft';

export function startPresentation(): void {
  useStudio.getState().startPresenting();
  // Full screen where the browser allows it; the presentation works the same in a window.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function stopPresentation(): void {
  useStudio.getState().stopPresenting();
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export function WorkshopButtons() {
  const gallery = useStudio((s) => s.gallery);
  const openGallery = useStudio((s) => s.openGallery);
  const closeGallery = useStudio((s) => s.closeGallery);
  const setCompareOpen = useStudio((s) => s.setCompareOpen);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP') {
        e.preventDefault();
        if (useStudio.getState().presenting) stopPresentation();
        else startPresentation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        className={button}
        aria-pressed={gallery !== null}
        onClick={() => (gallery !== null ? closeGallery() : openGallery('picker'))}
      >
        Templates
      </button>
      <button type="button" className={button} onClick={() => setCompareOpen(true)}>
        Compare
      </button>
      <button type="button" className={button} onClick={startPresentation} aria-keyshortcuts="Alt+P" title="Present (Alt+P)">
        Present
      </button>
    </div>
  );
}
