'use client';
/**
 * The studio's views that are not needed before the canvas is interactive, each loaded the first time it
 * opens: the inspector (with its form schemas and trade-off switches), the compare view, the presentation
 * bar and side panel, and the stakeholder summary (with the bill of materials).
 */
import dynamic from 'next/dynamic';
import { useStudio } from '@/components/store/studio-store';

function Loading({ label }: { label: string }) {
  return (
    <div className="flex flex-1 flex-col gap-3 p-4" role="status" aria-label={label}>
      <div className="h-5 w-32 animate-pulse rounded bg-sunken" />
      <div className="h-9 w-48 animate-pulse rounded bg-sunken" />
      <div className="h-40 w-full animate-pulse rounded-lg bg-sunken" />
    </div>
  );
}

export const Inspector = dynamic(() => import('@/components/inspector/inspector').then((m) => m.Inspector), {
  ssr: false,
  loading: () => <Loading label="Loading the inspector" />,
});

const CompareDialog = dynamic(() => import('@/components/workshop/compare').then((m) => m.CompareView), { ssr: false });

/** The compare view, loaded when it first opens. */
export function CompareView() {
  const open = useStudio((s) => s.compareOpen);
  return open ? <CompareDialog /> : null;
}

export const PresentationBar = dynamic(() => import('@/components/workshop/presentation').then((m) => m.PresentationBar), {
  ssr: false,
  loading: () => <div className="h-[56px] border-b border-line bg-surface" />,
});

export const PresentationSide = dynamic(() => import('@/components/workshop/presentation').then((m) => m.PresentationSide), {
  ssr: false,
  loading: () => <Loading label="Loading the presentation" />,
});

export const SummaryView = dynamic(() => import('@/components/share/summary-view').then((m) => m.SummaryView), { ssr: false });
