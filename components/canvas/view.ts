/**
 * What the palette needs to know about the canvas, outside React state: the canvas element (to find the
 * view's centre for a keyboard add) and the kind being dragged (a drag-over event cannot read its data).
 */
import type { ReactFlowState } from '@xyflow/react';
import { createContext } from 'react';
import { isGroupKind, type ComponentKind } from '@/lib/catalog/components';
import { NODE_SIZE, type Point } from '@/lib/design/geometry';

/** The drag-and-drop data type of a palette item; its data is the component kind. */
export const PALETTE_MIME = 'application/x-ai-architecture-studio-component';

export const canvasView: { element: HTMLElement | null; draggingKind: ComponentKind | null } = {
  element: null,
  draggingKind: null,
};

/**
 * Top-left corner for a new node asked for at `point`: a component's centre goes there; a group (much
 * larger) has its title there, so it opens from where it was dropped instead of off the view's top left.
 */
export function topLeftFor(kind: ComponentKind, point: Point): Point {
  if (isGroupKind(kind)) return { x: point.x - GROUP_TITLE_GRIP.x, y: point.y - GROUP_TITLE_GRIP.y };
  return { x: point.x - NODE_SIZE.width / 2, y: point.y - NODE_SIZE.height / 2 };
}

/** Where on a group its title sits, from its top-left corner: the point a group is held by when dropped. */
const GROUP_TITLE_GRIP: Point = { x: 60, y: 20 };

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
