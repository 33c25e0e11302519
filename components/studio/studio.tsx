'use client';
/**
 * The studio: header and figures on top, the palette on the left, the canvas in the middle, the
 * inspector and insights panels on the right.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import Canvas from '@/components/canvas/canvas';
import { Palette } from '@/components/palette/palette';
import { useStudio } from '@/components/store/studio-store';
import { FiguresStrip } from './figures-strip';
import { Header } from './header';
import { RightPanel } from './panels';
import { RecoveryDialog } from './recovery-dialog';
import { CompareView } from '@/components/workshop/compare';
import { TemplateGallery } from '@/components/workshop/gallery';
import { PresentationBar, PresentationSide } from '@/components/workshop/presentation';
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
  useEffect(() => {
    useStudio.getState().boot(window.location.search);
    const url = new URL(window.location.href);
    if (url.searchParams.has('example')) {
      url.searchParams.delete('example');
      window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
    }
    const flush = () => useStudio.getState().flushSave();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
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
        </header>
        <div className="flex min-h-0 flex-1">
          <aside
            hidden={presenting}
            aria-label="Palette"
            className={`${paletteCollapsed ? 'w-[60px]' : 'w-[240px]'} shrink-0 border-r border-line bg-surface`}
          >
            <Palette />
          </aside>
          <main className="relative min-w-0 flex-1">
            {ready && <Canvas />}
            {!presenting && <TemplateGallery />}
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
        <Toasts />
        <RecoveryDialog />
        <CompareView />
      </div>
    </ReactFlowProvider>
  );
}
