'use client';
/**
 * The insights panels, in tab order, for the studio's right-hand panel. Each panel's code (and the
 * chart library with it) loads the first time the panel is opened, so the studio opens fast.
 */
import dynamic from 'next/dynamic';
import type { StudioPanel } from '@/components/studio/panels';

function PanelLoading() {
  return (
    <div className="flex flex-1 flex-col gap-3 p-4" role="status" aria-label="Loading the panel">
      <div className="h-5 w-32 animate-pulse rounded bg-sunken" />
      <div className="h-9 w-48 animate-pulse rounded bg-sunken" />
      <div className="h-40 w-full animate-pulse rounded-lg bg-sunken" />
      <div className="h-24 w-full animate-pulse rounded-lg bg-sunken" />
    </div>
  );
}

const FindingsPanel = dynamic(() => import('./findings-panel'), { ssr: false, loading: PanelLoading });
const CostPanel = dynamic(() => import('./cost-panel'), { ssr: false, loading: PanelLoading });
const VramPanel = dynamic(() => import('./vram-panel'), { ssr: false, loading: PanelLoading });
const LatencyPanel = dynamic(() => import('./latency-panel'), { ssr: false, loading: PanelLoading });
const AvailabilityPanel = dynamic(() => import('./availability-panel'), { ssr: false, loading: PanelLoading });
const ScenarioPanel = dynamic(() => import('./scenario-panel'), { ssr: false, loading: PanelLoading });

export const INSIGHTS: readonly StudioPanel[] = [
  { id: 'findings', label: 'Findings', render: () => <FindingsPanel /> },
  { id: 'cost', label: 'Cost', render: () => <CostPanel /> },
  { id: 'vram', label: 'VRAM', render: () => <VramPanel /> },
  { id: 'latency', label: 'Latency', render: () => <LatencyPanel /> },
  { id: 'availability', label: 'Availability', render: () => <AvailabilityPanel /> },
  { id: 'scenario', label: 'Scenario', render: () => <ScenarioPanel /> },
];
