'use client';
/**
 * The Export menu: the design file, the diagram (PNG 1x/2x, SVG, with the design inside), the bill of
 * materials (CSV, JSON, Markdown, XLSX) and the operations pack (Markdown). Every number comes from
 * lib (the report, the bill of materials); this menu only turns strings and bytes into downloads.
 */
import { getNodesBounds, useReactFlow } from '@xyflow/react';
import { useEffect, useId, useRef, useState } from 'react';
import { reportFor } from '@/components/store/report';
import { useStudio } from '@/components/store/studio-store';
import { designFileName, designToFile } from '@/lib/design/file';
import { captionText } from './caption';
import { renderDiagram } from './diagram';
import { downloadBlob, exportName } from './download';

/** The encoders load on first use: they are not part of the page's first load. */
const exporters = () => import('@/lib/export');

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function MenuItem({ onClick, children, hint }: { onClick: () => void; children: string; hint?: string }) {
  return (
    <li role="none">
      <button
        type="button"
        role="menuitem"
        onClick={onClick}
        className="flex w-full items-baseline justify-between gap-3 rounded-md px-2.5 py-1.5 text-left text-[14px] font-medium text-fg hover:bg-sunken focus:bg-sunken focus:outline-none"
      >
        <span>{children}</span>
        {hint && <span className="text-[12px] text-muted">{hint}</span>}
      </button>
    </li>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <div className="py-1">
      <p id={id} className="px-2.5 pb-0.5 pt-1 text-[12px] font-semibold uppercase tracking-wide text-muted">
        {title}
      </p>
      <ul role="group" aria-labelledby={id}>
        {children}
      </ul>
    </div>
  );
}

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [forceLight, setForceLight] = useState(false);
  const [caption, setCaption] = useState(true);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const { getNodes, getViewport, setViewport } = useReactFlow();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const run = async (what: string, job: () => Promise<void> | void) => {
    setOpen(false);
    setBusy(true);
    try {
      await job();
    } catch (e) {
      useStudio.getState().toast(`${what} failed: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const design = () => useStudio.getState().design;
  const report = async () => {
    const r = await reportFor(design());
    if (!r.ok) throw new Error(`the design could not be checked (${r.message})`);
    return r.report;
  };
  const bom = async () => (await exporters()).billOfMaterials(design(), await report());
  const file = () => designFileName(design());

  const diagram = (format: 'png' | 'svg', scale: 1 | 2) =>
    run(`The ${format.toUpperCase()} export`, async () => {
      const d = design();
      const nodes = getNodes();
      if (nodes.length === 0) throw new Error('the design has no components to draw');
      const r = await reportFor(d);
      const out = await renderDiagram(
        { bounds: getNodesBounds(nodes), getViewport, setViewport },
        { format, scale, forceLight, caption: caption && r.ok ? captionText(r.report) : null },
      );
      if (format === 'png' && out instanceof Uint8Array)
        downloadBlob(
          exportName(file(), scale === 2 ? '@2x' : '', 'png'),
          (await exporters()).embedDesignInPng(out, d) as BlobPart,
          'image/png',
        );
      else if (typeof out === 'string')
        downloadBlob(exportName(file(), '', 'svg'), (await exporters()).embedDesignInSvg(out, d), 'image/svg+xml');
    });

  return (
    <div ref={wrap} className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex h-9 items-center gap-1.5 rounded-lg border border-line px-3 text-[14px] font-semibold text-fg hover:bg-sunken"
      >
        <svg
          viewBox="0 0 24 24"
          width="18"
          height="18"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          aria-hidden="true"
        >
          <path d="M12 3.5v11M7.5 10 12 14.5 16.5 10M4.5 17v2.5h15V17" />
        </svg>
        {busy ? 'Exporting…' : 'Export'}
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label="Export"
          className="absolute right-0 top-full z-50 mt-2 max-h-[80vh] w-[300px] overflow-auto rounded-xl border border-line bg-surface p-1.5 shadow-xl"
        >
          <Section title="Design file">
            <MenuItem
              hint=".json"
              onClick={() => run('The design file', () => downloadBlob(file(), designToFile(design()), 'application/json'))}
            >
              Design file
            </MenuItem>
          </Section>
          <Section title="Diagram (the design inside)">
            <MenuItem hint="1x" onClick={() => void diagram('png', 1)}>
              PNG image
            </MenuItem>
            <MenuItem hint="2x" onClick={() => void diagram('png', 2)}>
              PNG image, high resolution
            </MenuItem>
            <MenuItem hint=".svg" onClick={() => void diagram('svg', 1)}>
              SVG image
            </MenuItem>
            <li role="none" className="flex flex-col gap-1 px-2.5 py-1 text-[13px] text-fg">
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} />
                Caption with the headline numbers
              </label>
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={forceLight} onChange={(e) => setForceLight(e.target.checked)} />
                Light theme
              </label>
            </li>
          </Section>
          <Section title="Bill of materials (USD per month)">
            <MenuItem
              hint=".csv"
              onClick={() =>
                run('The bill of materials', async () =>
                  downloadBlob(exportName(file(), '-bom', 'csv'), (await exporters()).bomToCsv(await bom()), 'text/csv'),
                )
              }
            >
              CSV
            </MenuItem>
            <MenuItem
              hint=".csv"
              onClick={() =>
                run('The implied resources', async () =>
                  downloadBlob(exportName(file(), '-implied', 'csv'), (await exporters()).impliedToCsv(await bom()), 'text/csv'),
                )
              }
            >
              Implied resources (RBAC, endpoints, secrets)
            </MenuItem>
            <MenuItem
              hint=".json"
              onClick={() =>
                run('The bill of materials', async () =>
                  downloadBlob(exportName(file(), '-bom', 'json'), (await exporters()).bomToJson(await bom()), 'application/json'),
                )
              }
            >
              JSON
            </MenuItem>
            <MenuItem
              hint=".md"
              onClick={() =>
                run('The bill of materials', async () =>
                  downloadBlob(exportName(file(), '-bom', 'md'), (await exporters()).bomToMarkdown(await bom()), 'text/markdown'),
                )
              }
            >
              Markdown
            </MenuItem>
            <MenuItem
              hint=".xlsx"
              onClick={() =>
                void run('The spreadsheet', async () =>
                  downloadBlob(
                    exportName(file(), '-bom', 'xlsx'),
                    (await (await exporters()).bomToXlsx(await bom())) as BlobPart,
                    XLSX_TYPE,
                  ),
                )
              }
            >
              Excel workbook
            </MenuItem>
          </Section>
          <Section title="Operations">
            <MenuItem
              hint=".md"
              onClick={() =>
                run('The operations pack', async () => {
                  const { operationsPack, opsPackToMarkdown } = await exporters();
                  downloadBlob(
                    exportName(file(), '-operations', 'md'),
                    opsPackToMarkdown(operationsPack(design(), await report())),
                    'text/markdown',
                  );
                })
              }
            >
              Operations pack
            </MenuItem>
          </Section>
        </div>
      )}
    </div>
  );
}
