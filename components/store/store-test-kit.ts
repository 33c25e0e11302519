/**
 * Helpers for the store's tests: tabs over one in-memory storage, a seeded random source, and the
 * canvas gestures React Flow reports (a drag is a run of position changes ending with one not dragging).
 */
import type { StoreApi } from 'zustand';
import { COMPONENT_KINDS, type ComponentKind } from '@/lib/catalog/components';
import { getExample } from '@/lib/design/examples';
import { NodeConfigSchemas } from '@/lib/design/node-configs';
import { parseDesign, type ParseResult } from '@/lib/design/parse';
import type { Design } from '@/lib/design/schema';
import { memoryTabSession, sharedMemoryStorage, type SharedMemoryStorage, type TabSession } from './storage';
import { createStudioStore, type StudioState } from './studio-store';

export type Tab = StoreApi<StudioState>;

/** The examples' documents, read at once (the page fetches them; tests use the bundled copies). */
export function readExample(slug: string): ParseResult {
  const example = getExample(slug);
  if (!example) return { ok: false, errors: [{ path: '(document)', message: `no example "${slug}"` }] };
  return parseDesign(example.document);
}

/** A tab over `shared`, booted as the page boots it; pass the session of a tab to reload that tab. */
export function openTab(shared: SharedMemoryStorage, search = '', session: TabSession = memoryTabSession()): Tab {
  const tab = createStudioStore({ storage: shared.tab(), session, readExample });
  tab.getState().boot(search);
  return tab;
}

/** A fresh browser: one shared storage. */
export const freshBrowser = (): SharedMemoryStorage => sharedMemoryStorage();

/** Mulberry32: a small seeded random source, so a failing sequence can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Drag node `id` by (dx, dy) in `steps` moves, as React Flow reports it: live moves, then the drop. */
export function drag(tab: Tab, id: string, dx: number, dy: number, steps = 5, drop = true): void {
  const start = tab.getState().flowNodes.find((n) => n.id === id);
  if (!start) throw new Error(`no flow node ${id}`);
  for (let i = 1; i <= steps; i++) {
    const position = { x: start.position.x + (dx * i) / steps, y: start.position.y + (dy * i) / steps };
    tab.getState().onNodesChange([{ type: 'position', id, position, dragging: true }]);
  }
  if (!drop) return;
  tab
    .getState()
    .onNodesChange([{ type: 'position', id, position: { x: start.position.x + dx, y: start.position.y + dy }, dragging: false }]);
}

const COMPONENT_ONLY = COMPONENT_KINDS.filter((k) => !['region', 'vnet', 'subnet'].includes(k)) as ComponentKind[];

/**
 * One random edit through the store's actions: add, move (a drag), delete, connect, change a setting, or
 * change the scenario. Returns what it tried; an edit the design refuses (a connection that is not allowed)
 * changes nothing.
 */
export function randomEdit(tab: Tab, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];
  const s = tab.getState();
  const nodes = s.design.nodes;
  const r = rnd();
  if (r < 0.25 || nodes.length < 2) {
    const kind = rnd() < 0.1 ? (pick(['region', 'vnet', 'subnet'] as const) ?? 'region') : (pick(COMPONENT_ONLY) ?? 'redis');
    s.addComponent(kind, { x: Math.round(rnd() * 2000) - 200, y: Math.round(rnd() * 1400) - 200 });
    return `add ${kind}`;
  }
  const node = pick(nodes);
  if (!node) return 'nothing';
  if (r < 0.45) {
    drag(tab, node.id, Math.round(rnd() * 400) - 200, Math.round(rnd() * 400) - 200, 1 + Math.floor(rnd() * 6));
    return `move ${node.id}`;
  }
  if (r < 0.55) {
    s.select({ nodeIds: [node.id], edgeIds: [] });
    tab.getState().deleteSelection();
    return `delete ${node.id}`;
  }
  if (r < 0.75) {
    const target = pick(nodes.filter((n) => n.id !== node.id));
    if (target) s.connectNodes(node.id, target.id);
    return `connect ${node.id} ${target?.id}`;
  }
  if (r < 0.92) {
    // A number in the node's settings, set to another value its schema accepts (or refused, changing nothing).
    const config = node.config as Record<string, unknown>;
    const key = pick(Object.keys(config).filter((k) => typeof config[k] === 'number'));
    if (key === undefined) {
      s.updateNodeFields(node.id, { label: `Node ${Math.floor(rnd() * 1000)}` });
      return `label ${node.id}`;
    }
    const value = Math.max(1, Math.round((config[key] as number) * (0.5 + rnd() * 2)));
    const ok = NodeConfigSchemas[node.kind].safeParse({ ...config, [key]: value }).success;
    s.updateNodeFields(node.id, { config: { [key]: value } });
    return `config ${node.id}.${key}=${value} ${ok ? '' : '(refused)'}`;
  }
  s.updateScenario({ peakRequestsPerMinute: Math.round(rnd() * 5000), averageRequestsPerMinute: Math.round(rnd() * 1000) });
  return 'scenario';
}

/** A deep copy for comparisons (designs are JSON). */
export const snapshot = (d: Design): Design => JSON.parse(JSON.stringify(d)) as Design;
