/**
 * What the palette needs to know about the canvas, outside React state: the canvas element (to find the
 * view's centre for a keyboard add) and the kind being dragged (a drag-over event cannot read its data).
 */
import type { ReactFlowState } from '@xyflow/react';
import { createContext } from 'react';
import { isGroupKind, type ComponentKind } from '@/lib/catalog/components';
import { GROUP_DEFAULT_SIZE, NODE_SIZE, type Point } from '@/lib/design/geometry';

/** The drag-and-drop data type of a palette item; its data is the component kind. */
export const PALETTE_MIME = 'application/x-ai-architecture-studio-component';

export const canvasView: { element: HTMLElement | null; draggingKind: ComponentKind | null } = {
  element: null,
  draggingKind: null,
};

/** Top-left corner that puts a new node's centre on `point`. */
export function topLeftFor(kind: ComponentKind, point: Point): Point {
  const size = isGroupKind(kind) ? GROUP_DEFAULT_SIZE[kind] : NODE_SIZE;
  return { x: point.x - size.width / 2, y: point.y - size.height / 2 };
}

/**
 * Below this zoom a node's figures are too small to read (14 px text shows at under 4 px): nodes draw
 * their compact form and edge labels hide. Large designs seen whole then paint a fraction of the text.
 */
export const COMPACT_ZOOM = 0.3;
export const zoomedOut = (s: ReactFlowState): boolean => s.transform[2] < COMPACT_ZOOM;

/**
 * Whether the canvas is zoomed out past COMPACT_ZOOM. The canvas subscribes once and provides it, so a
 * thousand nodes and edges do not each run a selector on every store update of a drag.
 */
export const CompactContext = createContext(false);
