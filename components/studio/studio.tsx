'use client';
/**
 * The studio: header and figures on top, the palette on the left, the canvas in the middle, the
 * inspector and insights panels on the right.
 */
import '@/components/store/zod-jitless';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import Canvas from '@/components/canvas/canvas';
import { Palette } from '@/components/palette/palette';
import { openDesignFromFile } from '@/components/export/open-file';
import { SessionBanner } from '@/components/share/session-banner';
import { useStudio } from '@/components/store/studio-store';
import { decodeShareFragment } from '@/lib/share';
import { FiguresStrip } from './figures-strip';
import { Header } from './header';
import { RightPanel } from './panels';
import { CompareView, PresentationBar, PresentationSide, SummaryView } from './on-demand';
import { RecoveryDialog } from './recovery-dialog';
import { TemplateGallery } from '@/components/workshop/gallery';
import { Toasts } from './toasts';
import { useShortcuts } from './use-shortcuts';

function useTheme() {
  const theme = useStudio((s) => s.prefs.theme);
  const highContrast = useStudio((s) => s.prefs.highContrast);
  const ready = useStudio((s) => s.status === 'ready');
  useEffect(() => {
    // Until the saved preferences are read, the page keeps the theme it opened with (the system's, or the
    // saved one): applying the defaults first would wipe the system's dark theme before it is read.
    if (!ready) return;
    const c = document.documentElement.classList;
    c.toggle('dark', theme === 'dark');
    c.toggle('hc', highContrast);
  }, [theme, highContrast, ready]);
}

export default function Studio() {
  useShortcuts();
  useTheme();
  const ready = useStudio((s) => s.status === 'ready');
  const paletteCollapsed = useStudio((s) => s.prefs.paletteCollapsed);
  const presenting = useStudio((s) => s.presenting);
  const [panelOpen, setPanelOpen] = useState(true);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const sessionMode = useStudio((s) => s.sessionMode);
  const [fileOver, setFileOver] = useState(false);
  useEffect(() => {
    useStudio.getState().boot(window.location.search, window.location.hash);
    const url = new URL(window.location.href);
    if (useStudio.getState().sessionMode === 'shared' && url.searchParams.get('view') === 'summary')
      requestAnimationFrame(() => setSummaryOpen(true));
    if (url.searchParams.has('example') || (url.hash !== '' && useStudio.getState().sessionMode !== 'shared')) {
      // The address no longer names what is open: an example is saved once changed, a broken link is not kept.
      url.searchParams.delete('example');
      if (useStudio.getState().sessionMode !== 'shared') {
        url.hash = '';
        url.searchParams.delete('view');
      }
      window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
    }
    // Once the shared design is copied (or another design opened), a reload shows that, not the link again.
    const unsubscribe = useStudio.subscribe((s, prev) => {
      if (prev.sessionMode === 'shared' && s.sessionMode !== 'shared') window.history.replaceState(null, '', window.location.pathname);
    });
    const flush = () => useStudio.getState().flushSave();
    window.addEventListener('pagehide', flush);
    // Another share link pasted into this tab's address bar changes only the fragment.
    const onHash = () => {
      const fragment = window.location.hash.replace(/^#/, '');
      if (fragment === '') return;
      const decoded = decodeShareFragment(fragment);
      if (decoded.ok) useStudio.getState().openShared(decoded.design);
      else useStudio.getState().toast(`This share link could not be opened: ${decoded.error}`, { tone: 'error' });
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', flush);
    };
  }, []);
  const showSummary = useCallback((open: boolean) => {
    setSummaryOpen(open);
    const url = new URL(window.location.href);
    if (open) url.searchParams.set('view', 'summary');
    else url.searchParams.delete('view');
    window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
  }, []);
  const closeSummary = useCallback(() => showSummary(false), [showSummary]);
  // A design file or an exported image dropped on the canvas opens as a new design (palette drags are the canvas's own).
  const onFileDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setFileOver(true);
  }, []);
  const onFileDrop = useCallback((e: DragEvent) => {
    setFileOver(false);
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    void openDesignFromFile(file);
  }, []);
  return (
    <ReactFlowProvider>
      <div className="flex h-dvh min-h-[560px] flex-col overflow-hidden bg-app text-fg">
        <a
          href="#design-canvas"
          className="sr-only z-[70] rounded-lg bg-accent px-4 py-2 text-[15px] font-semibold text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
        >
          Skip to the canvas
        </a>
        <header className="relative z-20 shrink-0">
          {presenting ? <PresentationBar /> : <Header />}
          <FiguresStrip large={presenting} />
          {!presenting && <SessionBanner summaryOpen={summaryOpen && sessionMode === 'shared'} onSummary={showSummary} />}
        </header>
        <div className="flex min-h-0 flex-1">
          <aside
            hidden={presenting}
            aria-label="Palette"
            className={`${paletteCollapsed ? 'w-[60px]' : 'w-[240px]'} shrink-0 border-r border-line bg-surface`}
          >
            <Palette />
          </aside>
          <main className="relative min-w-0 flex-1" onDragOver={onFileDragOver} onDragLeave={() => setFileOver(false)} onDrop={onFileDrop}>
            {ready && <Canvas />}
            {!presenting && <TemplateGallery />}
            {fileOver && (
              <div className="pointer-events-none absolute inset-3 z-10 flex items-center justify-center rounded-2xl border-4 border-dashed border-accent bg-accent-soft/60 text-[18px] font-semibold text-accent">
                Drop a design file (.json) or an image exported by the studio to open it
              </div>
            )}
          </main>
          {presenting && (
            <aside aria-label="Presentation" className="w-[460px] shrink-0 border-l border-line bg-surface min-[1600px]:w-[560px]">
              <PresentationSide />
            </aside>
          )}
          <aside
            hidden={presenting}
            id="studio-panels"
            aria-label="Inspector and insights"
            className={`${panelOpen ? 'w-[380px] min-[1400px]:w-[440px] 2xl:w-[520px]' : 'w-[60px]'} shrink-0 border-l border-line bg-surface`}
          >
            <RightPanel collapsed={!panelOpen} onCollapse={setPanelOpen} />
          </aside>
        </div>
        {summaryOpen && sessionMode === 'shared' && <SummaryView onClose={closeSummary} />}
        <Toasts />
        <RecoveryDialog />
        <CompareView />
      </div>
    </ReactFlowProvider>
  );
}
