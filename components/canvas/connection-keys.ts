/**
 * Connections from the keyboard. Tab visits the components and groups only (React Flow puts connections
 * before nodes in the page, so Tab would otherwise meet every connection first). From a focused component,
 * C moves to its connections one by one (Shift+C goes back) and selects the one reached, so Delete removes
 * it; Escape returns to the component.
 */
import type { DesignEdge } from '@/lib/design/schema';

/** The key that steps through a focused component's connections. */
export const CONNECTION_KEY = 'c';

/** The text that tells keyboard users how to reach connections. */
export const CONNECTION_KEYS_HELP =
  'On a component, C moves to its connections one by one (Shift+C goes back); Delete removes the connection reached, Escape returns to the component.';

/** The connections of a node, in the design's order: the ones it starts first, then the ones that reach it. */
export function connectionsOf(edges: readonly DesignEdge[], nodeId: string): DesignEdge[] {
  return [...edges.filter((e) => e.source === nodeId), ...edges.filter((e) => e.target === nodeId && e.source !== nodeId)];
}

/**
 * The connection to move to from `current` (null: from the component itself), stepping forward or back
 * through the node's connections and wrapping round. Null when the node has none.
 */
export function nextConnection(edges: readonly DesignEdge[], nodeId: string, current: string | null, back: boolean): string | null {
  const list = connectionsOf(edges, nodeId);
  if (list.length === 0) return null;
  const at = current === null ? -1 : list.findIndex((e) => e.id === current);
  if (at < 0) return (back ? list[list.length - 1] : list[0])!.id;
  return list[(at + (back ? list.length - 1 : 1)) % list.length]!.id;
}

interface KeyTarget {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
  preventDefault(): void;
  stopPropagation(): void;
}

interface Studio {
  edges: readonly DesignEdge[];
  selectEdge(id: string): void;
  /** Brings a connection reached from the keyboard into view (its box on the page). */
  reveal(box: DOMRect): void;
}

/** The node a keyboard walk through connections started from (Escape, or a deleted connection, returns there). */
let origin: string | null = null;

const escapeId = (id: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/"/g, '\\"'));

function focusElement(root: HTMLElement, kind: 'node' | 'edge', id: string): HTMLElement | SVGElement | null {
  const el = root.querySelector<HTMLElement | SVGElement>(`.react-flow__${kind}[data-id="${escapeId(id)}"]`);
  el?.focus({ preventScroll: true });
  return el;
}

/**
 * Handles a key pressed on the canvas (on a node or a connection): returns whether it was used. `root`
 * is the canvas element; `studio` reads the design's connections and selects one.
 */
export function handleConnectionKey(e: KeyTarget, root: HTMLElement, studio: () => Studio): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const el = e.target instanceof Element ? e.target : null;
  const nodeEl = el?.closest<HTMLElement>('.react-flow__node');
  const edgeEl = el?.closest<SVGElement>('.react-flow__edge');
  const id = (nodeEl ?? edgeEl)?.getAttribute('data-id') ?? null;
  if (id === null || (nodeEl && nodeEl !== el)) return false; // a field inside a node keeps its keys
  const key = e.key.toLowerCase();
  if (key === CONNECTION_KEY) {
    const s = studio();
    let from: string;
    let current: string | null;
    if (nodeEl) {
      from = id;
      current = null;
    } else {
      const edge = s.edges.find((x) => x.id === id);
      if (!edge) return false;
      from = origin !== null && (edge.source === origin || edge.target === origin) ? origin : edge.source;
      current = id;
    }
    const next = nextConnection(s.edges, from, current, e.shiftKey);
    if (next === null) return false;
    e.preventDefault();
    e.stopPropagation();
    origin = from;
    s.selectEdge(next);
    // The selection re-renders the connection: focus it (once it is drawn) and bring it into view.
    const show = (el: Element | null) => {
      const path = el?.querySelector('path.react-flow__edge-path');
      if (path) s.reveal(path.getBoundingClientRect());
    };
    const el = focusElement(root, 'edge', next);
    if (el) show(el);
    else requestAnimationFrame(() => show(focusElement(root, 'edge', next)));
    return true;
  }
  if (edgeEl && origin !== null) {
    const back = origin;
    if (e.key === 'Escape') {
      // The studio's own Escape (clear the selection) still runs; focus goes back to the component.
      requestAnimationFrame(() => focusElement(root, 'node', back));
      return true;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      // The studio deletes the selected connection; focus then returns to the component it was reached from.
      requestAnimationFrame(() => {
        if (!root.querySelector(`.react-flow__edge[data-id="${escapeId(id)}"]`)) focusElement(root, 'node', back);
      });
      return true;
    }
  }
  return false;
}
