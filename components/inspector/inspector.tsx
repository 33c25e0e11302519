'use client';
/**
 * The inspector: edits what is selected (a component, a group, a connection), or with nothing selected
 * the design itself and its workload scenario. Forms come from the design's schemas (lib/design/fields).
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import dynamic from 'next/dynamic';
import { z } from 'zod';
import { COMPONENTS, isGroupKind } from '@/lib/catalog/components';
import { REGIONS } from '@/lib/catalog/regions';
import { nodeLabel } from '@/lib/design/node-label';
import { checkConnection } from '@/lib/design/connections';
import { configFields, edgeFields, scenarioFields, valueLabel } from '@/lib/design/fields';
import { canContain, GROUP_MIN_SIZE, indexNodes, isDescendant, sizeOf } from '@/lib/design/geometry';
import type { Design, DesignEdge, DesignNode } from '@/lib/design/schema';
import { formatMs } from '@/lib/format';
import { ComponentIcon } from '@/components/icons/component-icon';
import { useNodeStatus, useReport } from '@/components/store/report';
import { useStudio } from '@/components/store/studio-store';
import { FieldInput } from './field-input';

/** Region names by id (the small region table only). */
const regionNames = new Map(REGIONS.map((r) => [r.id, r.name]));

/** The trade-off switches (with the calculations they check against) load when a node is first selected. */
const TradeoffsSection = dynamic(() => import('@/components/workshop/tradeoffs-section').then((m) => m.TradeoffsSection), { ssr: false });

const labelSchema = z.string().max(120).optional();

function Section({
  title,
  children,
  id,
  headingRef,
}: {
  title: string;
  children: ReactNode;
  id?: string;
  headingRef?: React.Ref<HTMLHeadingElement>;
}) {
  const hid = useId();
  return (
    <section aria-labelledby={hid} id={id} className="border-b border-line px-4 py-4 last:border-b-0">
      <h3
        id={hid}
        ref={headingRef}
        tabIndex={headingRef ? -1 : undefined}
        className="mb-3 text-[13px] font-semibold uppercase tracking-wide text-muted outline-none"
      >
        {title}
      </h3>
      <div className="flex flex-col gap-3.5">{children}</div>
    </section>
  );
}

function Button({
  children,
  onClick,
  tone = 'default',
  ...rest
}: { children: ReactNode; onClick: () => void; tone?: 'default' | 'danger' | 'primary' } & Omit<
  React.ButtonHTMLAttributes<HTMLButtonElement>,
  'onClick'
>) {
  const tones = {
    default: 'border-line bg-surface text-fg hover:bg-sunken',
    danger: 'border-err/50 bg-surface text-err hover:bg-err-soft',
    primary: 'border-accent bg-accent text-accent-fg hover:opacity-90',
  };
  return (
    <button
      type="button"
      onClick={onClick}
      className={`rounded-lg border px-3 py-1.5 text-[14px] font-semibold disabled:opacity-50 ${tones[tone]}`}
      {...rest}
    >
      {children}
    </button>
  );
}

function NodeFindings({ id }: { id: string }) {
  const status = useNodeStatus(id);
  const report = useReport();
  if (!status || !report) return null;
  const findings = status.findings.map((i) => report.findings[i]).filter((f) => f !== undefined);
  return (
    <Section title="Status">
      {status.keyFigures.length > 0 && (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-[14px]">
          {status.keyFigures.map((f) => (
            <div key={f.label} className="contents">
              <dt className="text-muted">{f.label}</dt>
              <dd className="text-right font-semibold tabular-nums">{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {findings.length === 0 ? (
        <p className="flex items-center gap-2 text-[14px] font-medium text-ok">No problems found for this component.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {findings.map((f, i) => (
            <li
              key={i}
              className={`rounded-lg border-l-4 px-3 py-2 text-[14px] leading-snug ${
                f.severity === 'error'
                  ? 'border-err bg-err-soft'
                  : f.severity === 'warning'
                    ? 'border-warn bg-warn-soft'
                    : 'border-accent bg-accent-soft'
              }`}
            >
              <span className="sr-only">{f.severity}: </span>
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function LabelField({ node }: { node: DesignNode }) {
  const update = useStudio((s) => s.updateNodeFields);
  const spec = useMemo(
    () => ({ key: 'label', label: 'Name on the canvas', optional: true, type: 'text' as const, maxLength: 120, schema: labelSchema }),
    [],
  );
  return <FieldInput spec={spec} value={node.label} onCommit={(v) => update(node.id, { label: typeof v === 'string' ? v : '' })} />;
}

function ParentField({ node, design }: { node: DesignNode; design: Design }) {
  const setParent = useStudio((s) => s.setParent);
  const id = useId();
  const options = useMemo(() => {
    const byId = indexNodes(design);
    return design.nodes.filter(
      (g) => isGroupKind(g.kind) && g.id !== node.id && canContain(g.kind, node.kind) && !isDescendant(byId, g.id, node.id),
    );
  }, [design, node.id, node.kind]);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-[14px] font-medium text-fg">
        Inside
      </label>
      <select
        id={id}
        value={node.parentId ?? ''}
        onChange={(e) => setParent(node.id, e.target.value === '' ? null : e.target.value)}
        className="w-full rounded-lg border border-line bg-surface px-2.5 py-1.5 text-[15px] text-fg outline-none focus:border-accent focus:ring-2 focus:ring-accent/40"
      >
        <option value="">The canvas (no group)</option>
        {options.map((g) => (
          <option key={g.id} value={g.id}>
            {COMPONENTS[g.kind].name}: {nodeLabel(g)}
          </option>
        ))}
      </select>
    </div>
  );
}

const sizeSchema = z.number().int().min(GROUP_MIN_SIZE.width).max(20_000);
const heightSchema = z.number().int().min(GROUP_MIN_SIZE.height).max(20_000);

function GroupSize({ node }: { node: DesignNode }) {
  const resizeGroup = useStudio((s) => s.resizeGroup);
  const size = sizeOf(node);
  const width = useMemo(
    () => ({
      key: 'width',
      label: 'Width',
      hint: 'canvas px',
      optional: false,
      type: 'number' as const,
      integer: true,
      min: GROUP_MIN_SIZE.width,
      max: 20_000,
      schema: sizeSchema,
    }),
    [],
  );
  const height = useMemo(
    () => ({
      key: 'height',
      label: 'Height',
      hint: 'canvas px',
      optional: false,
      type: 'number' as const,
      integer: true,
      min: GROUP_MIN_SIZE.height,
      max: 20_000,
      schema: heightSchema,
    }),
    [],
  );
  const commit = (key: 'width' | 'height') => (v: unknown) => {
    resizeGroup(node.id, { [key]: v as number });
    return { ok: true } as const;
  };
  return (
    <div className="grid grid-cols-2 gap-3">
      <FieldInput spec={width} value={size.width} onCommit={commit('width')} />
      <FieldInput spec={height} value={size.height} onCommit={commit('height')} />
    </div>
  );
}

function Connections({ node, design }: { node: DesignNode; design: Design }) {
  const select = useStudio((s) => s.select);
  const connectNodes = useStudio((s) => s.connectNodes);
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();
  const byId = useMemo(() => indexNodes(design), [design]);
  const edges = design.edges.filter((e) => e.source === node.id || e.target === node.id);
  const candidates = useMemo(
    () => design.nodes.filter((n) => n.id !== node.id && !isGroupKind(n.kind)).sort((a, b) => nodeLabel(a).localeCompare(nodeLabel(b))),
    [design.nodes, node.id],
  );
  const name = (nid: string) => {
    const n = byId.get(nid);
    return n ? nodeLabel(n) : nid;
  };
  return (
    <Section title="Connections">
      {edges.length === 0 ? (
        <p className="text-[14px] text-muted">Not connected yet.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {edges.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                onClick={() => select({ nodeIds: [], edgeIds: [e.id] })}
                className="flex w-full items-center gap-2 rounded-lg px-2 py-1 text-left text-[14px] hover:bg-sunken"
              >
                <span className="rounded bg-sunken px-1.5 text-[13px] font-semibold text-muted ring-1 ring-line">{valueLabel(e.flow)}</span>
                <span className="truncate">{e.source === node.id ? `to ${name(e.target)}` : `from ${name(e.source)}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {edges.length > 0 && (
        <p className="text-[13px] text-muted">
          On the canvas, <kbd className="rounded border border-line px-1 font-sans">C</kbd> on this component steps through its connections
          (<kbd className="rounded border border-line px-1 font-sans">Shift+C</kbd> back, Delete removes one).
        </p>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-[14px] font-medium text-fg">
          Connect to
        </label>
        <div className="flex gap-2">
          <select
            id={id}
            value={target}
            onChange={(e) => {
              setTarget(e.target.value);
              setMessage(null);
            }}
            className="min-w-0 flex-1 rounded-lg border border-line bg-surface px-2.5 py-1.5 text-[15px] text-fg outline-none focus:border-accent focus:ring-2 focus:ring-accent/40"
          >
            <option value="">Choose a component…</option>
            {candidates.map((n) => (
              <option key={n.id} value={n.id}>
                {nodeLabel(n)} ({COMPONENTS[n.kind].name})
              </option>
            ))}
          </select>
          <Button
            onClick={() => {
              if (target === '') return;
              const check = checkConnection(design, node.id, target, byId);
              if (!check.ok) {
                setMessage(check.reason);
                return;
              }
              connectNodes(node.id, target);
              setTarget('');
            }}
            disabled={target === ''}
          >
            Connect
          </Button>
        </div>
        {message && (
          <p role="alert" className="text-[14px] font-medium text-err">
            {message}
          </p>
        )}
      </div>
    </Section>
  );
}

function NodeInspector({ node, design }: { node: DesignNode; design: Design }) {
  const update = useStudio((s) => s.updateNodeFields);
  const deleteSelection = useStudio((s) => s.deleteSelection);
  const duplicateSelection = useStudio((s) => s.duplicateSelection);
  const status = useNodeStatus(node.id);
  const info = COMPONENTS[node.kind];
  const config = node.config as Record<string, unknown>;
  const fields = useMemo(() => configFields(node.kind, config), [node.kind, config]);
  const region = status?.region ? (regionNames.get(status.region) ?? status.region) : null;
  const group = isGroupKind(node.kind);
  const children = group ? design.nodes.filter((n) => n.parentId === node.id).length : 0;
  return (
    <div>
      <div className="flex items-start gap-3 border-b border-line px-4 py-4">
        <ComponentIcon kind={node.kind} size={44} />
        <div className="min-w-0">
          <h2 className="text-[18px] font-semibold leading-6">{nodeLabel(node)}</h2>
          <p className="text-[14px] font-medium text-muted">
            {info.name}
            {region ? ` · ${region}` : ''}
            {group ? ` · holds ${children} item${children === 1 ? '' : 's'}` : ''}
          </p>
          <p className="mt-1 text-[14px] leading-snug text-muted">{info.description}</p>
        </div>
      </div>
      {!group && <NodeFindings id={node.id} />}
      <TradeoffsSection node={node} design={design} />
      <Section title="Settings">
        <LabelField node={node} />
        {fields.map((f) => (
          <FieldInput
            key={`${node.id}-${f.key}`}
            spec={f}
            value={config[f.key]}
            onCommit={(v) => {
              // A switch to a provisioned type brings its PTU count, sized at the peak (one edit, one undo step).
              // The sizing code loads on first use: it is not part of the page's first load.
              if (node.kind !== 'azure-openai' || f.key !== 'deploymentType') return update(node.id, { config: { [f.key]: v } });
              void import('@/lib/calc/deployment-type').then(({ deploymentTypeChange, isDeploymentType }) => {
                const r = update(node.id, { config: isDeploymentType(v) ? deploymentTypeChange(design, node, v) : { [f.key]: v } });
                if (!r.ok) useStudio.getState().toast(r.message, { tone: 'error' });
              });
              return { ok: true };
            }}
          />
        ))}
      </Section>
      <Section title="Placement">
        <ParentField node={node} design={design} />
        {group && <GroupSize node={node} />}
      </Section>
      {!group && <Connections node={node} design={design} />}
      <div className="flex gap-2 px-4 py-4">
        <Button onClick={duplicateSelection} aria-keyshortcuts="Control+D">
          Duplicate
        </Button>
        <Button onClick={deleteSelection} tone="danger" aria-keyshortcuts="Delete">
          Delete
        </Button>
      </div>
    </div>
  );
}

function EdgeInspector({ edge, design }: { edge: DesignEdge; design: Design }) {
  const update = useStudio((s) => s.updateEdgeFields);
  const deleteSelection = useStudio((s) => s.deleteSelection);
  const select = useStudio((s) => s.select);
  const report = useReport();
  const fields = useMemo(() => edgeFields(), []);
  const byId = useMemo(() => indexNodes(design), [design]);
  const source = byId.get(edge.source);
  const target = byId.get(edge.target);
  const hop = report?.latency.hops.find((h) => h.fromNodeId === edge.source && h.toNodeId === edge.target);
  const end = (n: DesignNode | undefined, id: string) => (
    <button
      type="button"
      onClick={() => select({ nodeIds: [id], edgeIds: [] })}
      className="flex w-full min-w-0 items-center gap-2 rounded-lg px-1 py-0.5 text-left hover:bg-sunken"
    >
      {n && <ComponentIcon kind={n.kind} size={28} />}
      <span className="truncate text-[15px] font-semibold">{n ? nodeLabel(n) : id}</span>
    </button>
  );
  return (
    <div>
      <div className="border-b border-line px-4 py-4">
        <h2 className="text-[18px] font-semibold">Connection</h2>
        <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-2 gap-y-1 text-[14px]">
          <dt className="text-muted">From</dt>
          <dd className="min-w-0">{end(source, edge.source)}</dd>
          <dt className="text-muted">To</dt>
          <dd className="min-w-0">{end(target, edge.target)}</dd>
        </dl>
        {hop && (
          <p className="mt-2 text-[14px] text-muted">
            On the request path: network {formatMs(hop.networkMs)} ({hop.networkBasis})
          </p>
        )}
      </div>
      <Section title="Settings">
        {fields
          .filter((f) => f.key !== 'priority' || edge.flow === 'failover')
          .map((f) => (
            <FieldInput
              key={`${edge.id}-${f.key}`}
              spec={f}
              value={(edge as Record<string, unknown>)[f.key]}
              onCommit={(v) => update(edge.id, { [f.key]: v })}
            />
          ))}
      </Section>
      <div className="flex gap-2 px-4 py-4">
        <Button onClick={deleteSelection} tone="danger" aria-keyshortcuts="Delete">
          Delete connection
        </Button>
      </div>
    </div>
  );
}

function DesignInspector({ design }: { design: Design }) {
  const updateScenario = useStudio((s) => s.updateScenario);
  const updateInfo = useStudio((s) => s.updateDesignInfo);
  const scenarioFocus = useStudio((s) => s.scenarioFocus);
  const fields = useMemo(() => scenarioFields(), []);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const descriptionId = useId();
  const [descriptionError, setDescriptionError] = useState<string | null>(null);
  useEffect(() => {
    if (scenarioFocus > 0) {
      headingRef.current?.scrollIntoView({ block: 'start' });
      headingRef.current?.focus();
    }
  }, [scenarioFocus]);
  const scenario = design.scenario as Record<string, unknown>;
  return (
    <div>
      <div className="border-b border-line px-4 py-4">
        <h2 className="text-[18px] font-semibold">Design</h2>
        <p className="text-[14px] text-muted">
          {design.nodes.length} component{design.nodes.length === 1 ? '' : 's'}, {design.edges.length} connection
          {design.edges.length === 1 ? '' : 's'}. Select something on the canvas to edit it.
        </p>
      </div>
      <Section title="About">
        <div className="flex flex-col gap-1">
          <label htmlFor={descriptionId} className="text-[14px] font-medium text-fg">
            Description
          </label>
          <textarea
            id={descriptionId}
            key={design.description}
            defaultValue={design.description}
            rows={4}
            onBlur={(e) => {
              const r = updateInfo({ description: e.target.value });
              setDescriptionError(r.ok ? null : r.message);
            }}
            aria-invalid={descriptionError !== null}
            className="w-full rounded-lg border border-line bg-surface px-2.5 py-1.5 text-[14px] leading-snug text-fg outline-none focus:border-accent focus:ring-2 focus:ring-accent/40"
          />
          {descriptionError && (
            <p role="alert" className="text-[14px] font-medium text-err">
              {descriptionError}
            </p>
          )}
        </div>
      </Section>
      <Section title="Workload scenario" id="scenario" headingRef={headingRef}>
        <p className="-mt-1 text-[14px] leading-snug text-muted">
          The traffic every figure is computed for: cost, latency, VRAM and capacity.
        </p>
        {fields.map((f) => (
          <FieldInput key={f.key} spec={f} value={scenario[f.key]} onCommit={(v) => updateScenario({ [f.key]: v })} />
        ))}
      </Section>
    </div>
  );
}

function MultiInspector({ count }: { count: { nodes: number; edges: number } }) {
  const deleteSelection = useStudio((s) => s.deleteSelection);
  const duplicateSelection = useStudio((s) => s.duplicateSelection);
  const copySelection = useStudio((s) => s.copySelection);
  const parts = [
    count.nodes > 0 ? `${count.nodes} component${count.nodes === 1 ? '' : 's'}` : '',
    count.edges > 0 ? `${count.edges} connection${count.edges === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    <div className="px-4 py-4">
      <h2 className="text-[18px] font-semibold">{parts} selected</h2>
      <p className="mt-1 text-[14px] text-muted">Drag to move them together. Ctrl+C copies them, also into another design.</p>
      <div className="mt-4 flex flex-wrap gap-2">
        {count.nodes > 0 && <Button onClick={duplicateSelection}>Duplicate</Button>}
        {count.nodes > 0 && <Button onClick={copySelection}>Copy</Button>}
        <Button onClick={deleteSelection} tone="danger">
          Delete
        </Button>
      </div>
    </div>
  );
}

export function Inspector() {
  const design = useStudio((s) => s.design);
  const selection = useStudio((s) => s.selection);
  const { nodeIds, edgeIds } = selection;
  let body: ReactNode;
  if (nodeIds.length === 1 && edgeIds.length === 0) {
    const node = design.nodes.find((n) => n.id === nodeIds[0]);
    body = node ? <NodeInspector key={node.id} node={node} design={design} /> : null;
  } else if (nodeIds.length === 0 && edgeIds.length === 1) {
    const edge = design.edges.find((e) => e.id === edgeIds[0]);
    body = edge ? <EdgeInspector key={edge.id} edge={edge} design={design} /> : null;
  } else if (nodeIds.length + edgeIds.length > 1) {
    body = <MultiInspector count={{ nodes: nodeIds.length, edges: edgeIds.length }} />;
  }
  return <div className="min-h-0 flex-1 overflow-y-auto">{body ?? <DesignInspector design={design} />}</div>;
}
