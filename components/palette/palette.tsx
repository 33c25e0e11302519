'use client';
/**
 * Every catalog component, grouped by layer, with a search box. Drag an item onto the canvas to add it
 * where it is dropped; press Enter (or click) to add it at the centre of the view.
 */
import { useReactFlow } from '@xyflow/react';
import { memo, useDeferredValue, useMemo, useState, type DragEvent } from 'react';
import { componentsByLayer, type ComponentInfo } from '@/lib/catalog/components';
import { ComponentIcon, layerClass } from '@/components/icons/component-icon';
import { canvasView, PALETTE_MIME, topLeftFor } from '@/components/canvas/view';
import { useStudio } from '@/components/store/studio-store';

const LAYERS = componentsByLayer();

function matches(c: ComponentInfo, q: string): boolean {
  if (q === '') return true;
  const hay = `${c.name} ${c.kind} ${c.layer} ${c.description}`.toLowerCase();
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

const PaletteItem = memo(function PaletteItem({
  info,
  onAdd,
  compact,
}: {
  info: ComponentInfo;
  onAdd: (info: ComponentInfo) => void;
  compact: boolean;
}) {
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(PALETTE_MIME, info.kind);
    e.dataTransfer.setData('text/plain', info.name);
    e.dataTransfer.effectAllowed = 'copy';
    canvasView.draggingKind = info.kind;
  };
  return (
    <li>
      <button
        type="button"
        draggable
        onDragStart={onDragStart}
        onDragEnd={() => {
          canvasView.draggingKind = null;
          useStudio.getState().setDropTarget(null);
        }}
        onClick={() => onAdd(info)}
        title={`${compact ? `${info.name}: ` : ''}${info.description}\nDrag onto the canvas, or press Enter to add it at the centre.`}
        aria-label={compact ? info.name : undefined}
        className={`group flex w-full cursor-grab items-center gap-2.5 rounded-lg text-left text-[15px] leading-5 text-fg hover:bg-sunken active:cursor-grabbing ${compact ? 'justify-center p-1' : 'px-2 py-1.5'}`}
        data-kind={info.kind}
      >
        <ComponentIcon kind={info.kind} size={32} />
        {!compact && <span className="min-w-0 flex-1">{info.name}</span>}
        {!compact && (
          <svg
            className="h-4 w-4 shrink-0 text-subtle opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100"
            viewBox="0 0 16 16"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            aria-hidden="true"
          >
            <path d="M8 3v10M3 8h10" />
          </svg>
        )}
      </button>
    </li>
  );
});

function CollapseButton({ collapsed }: { collapsed: boolean }) {
  const setPrefs = useStudio((s) => s.setPrefs);
  return (
    <button
      type="button"
      onClick={() => setPrefs({ paletteCollapsed: !collapsed })}
      aria-label={collapsed ? 'Show component names' : 'Show icons only'}
      aria-expanded={!collapsed}
      title={collapsed ? 'Show component names' : 'Show icons only (more room for the canvas)'}
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
        <path d="M9 4.5v15" />
        <path d={collapsed ? 'm13 10 2 2-2 2' : 'm15 10-2 2 2 2'} />
      </svg>
    </button>
  );
}

export function Palette() {
  const collapsed = useStudio((s) => s.prefs.paletteCollapsed);
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query.trim());
  const { screenToFlowPosition } = useReactFlow();
  const addComponent = useStudio((s) => s.addComponent);
  const toast = useStudio((s) => s.toast);

  const groups = useMemo(
    () =>
      LAYERS.map((g) => ({ layer: g.layer, components: g.components.filter((c) => matches(c, q)) })).filter((g) => g.components.length > 0),
    [q],
  );
  const count = groups.reduce((n, g) => n + g.components.length, 0);

  const onAdd = useMemo(
    () => (info: ComponentInfo) => {
      const rect = canvasView.element?.getBoundingClientRect();
      const center = rect ? screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : { x: 0, y: 0 };
      addComponent(info.kind, topLeftFor(info.kind, center));
      toast(`Added ${info.name} at the centre of the view.`, { tone: 'success' });
    },
    [addComponent, screenToFlowPosition, toast],
  );

  if (collapsed) {
    return (
      <nav aria-label="Component palette" className="flex h-full min-h-0 flex-col items-center">
        <div className="border-b border-line p-2">
          <CollapseButton collapsed />
        </div>
        <div className="min-h-0 w-full flex-1 overflow-y-auto px-1.5 pb-3">
          {LAYERS.map((g) => (
            <section key={g.layer} aria-label={g.layer} className="border-b border-line py-1.5 last:border-b-0">
              <ul className="flex flex-col gap-0.5">
                {g.components.map((c) => (
                  <PaletteItem key={c.kind} info={c} onAdd={onAdd} compact />
                ))}
              </ul>
            </section>
          ))}
        </div>
      </nav>
    );
  }

  return (
    <nav aria-label="Component palette" className="flex h-full min-h-0 flex-col">
      <div className="border-b border-line p-3">
        <div className="mb-1.5 flex items-center justify-between">
          <label htmlFor="palette-search" className="block text-[13px] font-semibold uppercase tracking-wide text-muted">
            Search components
          </label>
          <CollapseButton collapsed={false} />
        </div>
        <div className="relative">
          <svg
            className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-subtle"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            aria-hidden="true"
          >
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-4-4" />
          </svg>
          <input
            id="palette-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setQuery('');
            }}
            autoComplete="off"
            spellCheck={false}
            className="w-full rounded-lg border border-line bg-sunken py-2 pl-8 pr-2 text-[15px] text-fg outline-none focus:border-accent focus:bg-surface focus-visible:outline-none focus:ring-2 focus:ring-accent/40"
          />
        </div>
        <p className="sr-only" aria-live="polite">
          {q === '' ? '' : `${count} component${count === 1 ? '' : 's'} found`}
        </p>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-2 pb-4 pt-1">
        {groups.length === 0 && <p className="px-2 py-4 text-[15px] text-muted">No component matches “{q}”.</p>}
        {groups.map((g) => (
          <section key={g.layer} aria-labelledby={`palette-${layerClass(g.layer)}`} className="mt-2">
            <h2
              id={`palette-${layerClass(g.layer)}`}
              className="px-2 pb-1 pt-1 text-[13px] font-semibold uppercase tracking-wide text-muted"
            >
              {g.layer}
            </h2>
            <ul>
              {g.components.map((c) => (
                <PaletteItem key={c.kind} info={c} onAdd={onAdd} compact={false} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}
