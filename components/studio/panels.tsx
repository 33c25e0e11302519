'use client';
/**
 * The right-hand panel: the inspector, and the insights panels (findings, cost, VRAM, latency,
 * availability, scenario) as tabs beside it. An insights panel registers here with its id from
 * `PanelId`; the header strip's figures open the panel with the matching id. Until a panel with that id
 * is registered, a figure opens the design's scenario in the inspector instead.
 */
import type { ReactNode } from 'react';
import { INSIGHTS } from '@/components/insights/registry';
import { PanelIcon } from '@/components/insights/panel-icons';
import { TabBadge } from '@/components/insights/tab-badge';
import { useStudio, type PanelId } from '@/components/store/studio-store';
import { Inspector } from './on-demand';

export interface StudioPanel {
  id: PanelId;
  /** The tab's name. */
  label: string;
  render: () => ReactNode;
}

/** The insights panels, in tab order (components/insights/registry.tsx). */
export const INSIGHT_PANELS: readonly StudioPanel[] = INSIGHTS;

const PANELS: readonly StudioPanel[] = [{ id: 'inspector', label: 'Inspector', render: () => <Inspector /> }, ...INSIGHT_PANELS];

/** Open the panel for a figure: the registered panel, else the scenario in the inspector. */
export function openInsight(id: PanelId): void {
  const s = useStudio.getState();
  if (id !== 'inspector' && PANELS.some((p) => p.id === id)) s.openPanel(id);
  else s.focusScenario();
}

function CollapseButton({ collapsed, onCollapse }: { collapsed: boolean; onCollapse: (open: boolean) => void }) {
  return (
    <button
      type="button"
      onClick={() => onCollapse(collapsed)}
      aria-expanded={!collapsed}
      aria-label={collapsed ? 'Show the panels' : 'Hide the panels'}
      title={collapsed ? 'Show the inspector and insights' : 'Hide the inspector and insights (more room for the canvas)'}
      className="inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-lg text-muted hover:bg-sunken hover:text-fg"
    >
      <svg
        width="18"
        height="18"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <rect x="3.5" y="4.5" width="17" height="15" rx="2" />
        <path d="M15 4.5v15" />
        <path d={collapsed ? 'm11 10-2 2 2 2' : 'm9 10 2 2-2 2'} />
      </svg>
    </button>
  );
}

/** The panels folded to a rail of icons: one opens its panel (and unfolds the rail). */
function PanelRail({ onCollapse }: { onCollapse: (open: boolean) => void }) {
  const openPanel = useStudio((s) => s.openPanel);
  return (
    <nav aria-label="Panels" className="flex h-full flex-col items-center gap-1 py-2">
      <CollapseButton collapsed onCollapse={onCollapse} />
      <span aria-hidden="true" className="my-1 h-px w-8 bg-line" />
      {PANELS.map((p) => (
        <button
          key={p.id}
          type="button"
          aria-label={p.label}
          title={p.label}
          onClick={() => {
            openPanel(p.id);
            onCollapse(true);
          }}
          className="relative inline-flex h-10 w-10 items-center justify-center rounded-lg text-muted hover:bg-sunken hover:text-fg"
        >
          <PanelIcon id={p.id} />
          <TabBadge id={p.id} />
        </button>
      ))}
    </nav>
  );
}

export function RightPanel({ collapsed = false, onCollapse }: { collapsed?: boolean; onCollapse?: (open: boolean) => void }) {
  const panel = useStudio((s) => s.panel);
  const openPanel = useStudio((s) => s.openPanel);
  const current = PANELS.find((p) => p.id === panel) ?? (PANELS[0] as StudioPanel);
  if (collapsed && onCollapse) return <PanelRail onCollapse={onCollapse} />;
  /** Arrow keys, Home and End move between tabs (the ARIA tabs pattern). */
  const onTabKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const i = PANELS.findIndex((p) => p.id === current.id);
    const next =
      e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? PANELS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const p = PANELS[(next + PANELS.length) % PANELS.length] as StudioPanel;
    openPanel(p.id);
    document.getElementById(`tab-${p.id}`)?.focus();
  };
  return (
    <div className="flex h-full min-h-0 flex-col">
      {PANELS.length > 1 ? (
        <div className="flex shrink-0 items-start gap-1 border-b border-line pl-1 pr-1.5 pt-1.5">
          {onCollapse && <CollapseButton collapsed={false} onCollapse={onCollapse} />}
          <div role="tablist" aria-label="Panels" onKeyDown={onTabKey} className="grid min-w-0 flex-1 grid-cols-4 gap-x-0.5">
            {PANELS.map((p) => (
              <button
                key={p.id}
                type="button"
                role="tab"
                id={`tab-${p.id}`}
                aria-selected={p.id === current.id}
                aria-controls="panel-body"
                tabIndex={p.id === current.id ? 0 : -1}
                onClick={() => openPanel(p.id)}
                className={`relative flex shrink-0 flex-col items-center gap-0.5 whitespace-nowrap rounded-t-lg border-b-2 px-1 pb-1.5 pt-1 text-[12px] font-semibold 2xl:text-[13px] ${
                  p.id === current.id ? 'border-accent text-fg' : 'border-transparent text-muted hover:bg-sunken hover:text-fg'
                }`}
              >
                <span className={p.id === current.id ? 'text-accent' : ''}>
                  <PanelIcon id={p.id} />
                </span>
                {p.label}
                <TabBadge id={p.id} />
              </button>
            ))}
          </div>
        </div>
      ) : (
        <h2 className="shrink-0 border-b border-line px-4 py-2.5 text-[13px] font-semibold uppercase tracking-wide text-muted">
          Inspector
        </h2>
      )}
      <div
        id="panel-body"
        role={PANELS.length > 1 ? 'tabpanel' : undefined}
        aria-labelledby={PANELS.length > 1 ? `tab-${current.id}` : undefined}
        className="flex min-h-0 flex-1 flex-col"
      >
        {current.render()}
      </div>
    </div>
  );
}
