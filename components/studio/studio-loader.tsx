'use client';
/**
 * Loads the studio in the browser only (it reads this browser's saved designs), showing the shell with
 * the product name while the code arrives.
 */
import dynamic from 'next/dynamic';

function Loading() {
  return (
    <div className="flex h-dvh flex-col bg-app text-fg">
      <header className="flex h-[56px] items-center gap-2.5 border-b border-line bg-surface px-3">
        <span className="inline-block h-[30px] w-[30px] rounded-lg bg-accent" aria-hidden="true" />
        <span className="text-[17px] font-bold tracking-tight">AI Architecture Studio</span>
      </header>
      <div className="flex flex-1 items-center justify-center text-[15px] text-muted" role="status">
        Opening the studio…
      </div>
    </div>
  );
}

export const StudioLoader = dynamic(() => import('./studio'), { ssr: false, loading: Loading });
