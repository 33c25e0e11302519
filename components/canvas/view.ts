/**
 * What the palette needs to know about the canvas, outside React state: the canvas element (to find the
 * view's centre for a keyboard add) and the kind being dragged (a drag-over event cannot read its data).
 */
import type { ReactFlowState } from '@xyflow/react';
import { createContext } from 'react';
import { isGroupKind, type ComponentKind } from '@/lib/catalog/components';
import { NODE_SIZE, type Point, type Rect } from '@/lib/design/geometry';

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

/**
 * Fit view never zooms out below this: node titles (16 px) still show at 12 px and key figures at over
 * 10 px, readable on a projector. A design too large to show whole at this zoom shows its request path
 * instead; the minimap shows the rest.
 */
export const MIN_READABLE_ZOOM = 0.75;
/** Fit view does not blow a small design up past this. */
export const MAX_FIT_ZOOM = 1.1;
const FIT_PADDING = 0.06;
/** Space kept left of the request path when it is shown from its start (clear of the zoom controls), in screen pixels. */
const EDGE_MARGIN_PX = 72;
/** The legend's strip along the top of the canvas, in screen pixels: fit view keeps the design below it. */
const TOP_INSET_PX = 52;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The zoom and offset that show `bounds` (canvas units) centred in a `width` × `height` view. */
function fitBounds(bounds: Rect, width: number, height: number): Viewport {
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    (width * (1 - 2 * FIT_PADDING)) / Math.max(bounds.width, 1),
    (height * (1 - 2 * FIT_PADDING)) / Math.max(bounds.height, 1),
  );
  return { zoom, x: width / 2 - (bounds.x + bounds.width / 2) * zoom, y: height / 2 - (bounds.y + bounds.height / 2) * zoom };
}

/**
 * The view that fit view shows: the whole design when it is readable at that zoom; else the request
 * path, whole when it can be read whole, or from its entry at the smallest readable zoom.
 */
export function readableViewport(all: Rect, requestPath: Rect | null, width: number, fullHeight: number): Viewport {
  const height = Math.max(fullHeight - TOP_INSET_PX, fullHeight / 2);
  const top = fullHeight - height;
  const below = (v: Viewport): Viewport => ({ ...v, y: v.y + top });
  const whole = below(fitBounds(all, width, height));
  if (whole.zoom >= MIN_READABLE_ZOOM) return whole;
  const target = requestPath ?? all;
  const path = below(fitBounds(target, width, height));
  if (path.zoom >= MIN_READABLE_ZOOM) return path;
  const zoom = MIN_READABLE_ZOOM;
  return { zoom, x: EDGE_MARGIN_PX - target.x * zoom, y: top + height / 2 - (target.y + target.height / 2) * zoom };
}
