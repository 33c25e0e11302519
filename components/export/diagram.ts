/**
 * The diagram as an image: the rendered canvas (nodes, edges, group containers) framed to the design's
 * bounds at 100% zoom, drawn by html-to-image (loaded only when the user exports), optionally with a
 * caption of the headline numbers. The design itself goes inside the file (lib/export), so dropping the
 * image back on the studio reopens it.
 */
import type { Rect, Viewport } from '@xyflow/react';

export interface DiagramOptions {
  format: 'png' | 'svg';
  /** Pixel ratio of a PNG: 1 or 2. */
  scale: 1 | 2;
  /** Draw in the light theme whatever the studio shows. */
  forceLight: boolean;
  /** A line of text under the diagram, or null. */
  caption: string | null;
}

const PADDING_PX = 40;
const CAPTION_PX = 44;
/** Browsers refuse canvases much past 16k pixels a side; keep the image well inside. */
const MAX_SIDE_PX = 8000;

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** What the canvas needs from React Flow to frame the picture. */
export interface FlowAccess {
  bounds: Rect;
  getViewport: () => Viewport;
  setViewport: (v: Viewport) => Promise<boolean> | void;
}

/** Draw the diagram; PNG bytes or SVG text, without the design inside yet. */
export async function renderDiagram(flow: FlowAccess, opts: DiagramOptions): Promise<Uint8Array | string> {
  const el = document.querySelector<HTMLElement>('.react-flow__viewport');
  const pane = document.querySelector<HTMLElement>('.react-flow');
  if (!el || !pane) throw new Error('The canvas is not on the page.');
  const { toCanvas, toSvg } = await import('html-to-image');
  const width = Math.min(MAX_SIDE_PX, Math.ceil(flow.bounds.width + 2 * PADDING_PX));
  const height = Math.min(MAX_SIDE_PX, Math.ceil(flow.bounds.height + 2 * PADDING_PX));
  const root = document.documentElement;
  const wasDark = root.classList.contains('dark');
  const before = flow.getViewport();
  try {
    // At 100% zoom the nodes show their full labels (zoomed out they draw a compact form).
    await flow.setViewport({ ...before, zoom: 1 });
    if (opts.forceLight && wasDark) root.classList.remove('dark');
    await nextFrame();
    await nextFrame();
    const background = getComputedStyle(pane).backgroundColor || '#ffffff';
    const fg = getComputedStyle(root).getPropertyValue('--fg').trim() || '#0f172a';
    const style = {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${PADDING_PX - flow.bounds.x}px, ${PADDING_PX - flow.bounds.y}px) scale(1)`,
    };
    const common = {
      backgroundColor: background,
      width,
      height,
      style,
      // The canvas's own chrome (handles' hover rings, the selection box) is not part of the design picture.
      filter: (n: HTMLElement) => !(n.classList && n.classList.contains('react-flow__nodesselection')),
    };
    const captionH = opts.caption ? CAPTION_PX : 0;
    if (opts.format === 'png') {
      const drawn = await toCanvas(el, { ...common, pixelRatio: opts.scale });
      const out = document.createElement('canvas');
      out.width = drawn.width;
      out.height = drawn.height + captionH * opts.scale;
      const g = out.getContext('2d');
      if (!g) throw new Error('This browser cannot draw images.');
      g.fillStyle = background;
      g.fillRect(0, 0, out.width, out.height);
      g.drawImage(drawn, 0, 0);
      if (opts.caption) {
        g.fillStyle = fg;
        g.font = `600 ${15 * opts.scale}px system-ui, -apple-system, "Segoe UI", sans-serif`;
        g.textBaseline = 'middle';
        g.fillText(
          opts.caption,
          PADDING_PX * opts.scale,
          drawn.height + (captionH / 2) * opts.scale,
          out.width - 2 * PADDING_PX * opts.scale,
        );
      }
      const blob = await new Promise<Blob | null>((r) => out.toBlob(r, 'image/png'));
      if (!blob) throw new Error('The picture could not be encoded as PNG.');
      return new Uint8Array(await blob.arrayBuffer());
    }
    const url = await toSvg(el, common);
    const inner = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    if (!opts.caption) return inner;
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const h = height + captionH;
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}">` +
      `<rect width="100%" height="100%" fill="${esc(background)}"/>${inner}` +
      `<text x="${PADDING_PX}" y="${height + captionH / 2}" dominant-baseline="middle" font-family="system-ui, sans-serif" font-size="15" font-weight="600" fill="${esc(fg)}">${esc(opts.caption)}</text></svg>`
    );
  } finally {
    if (opts.forceLight && wasDark) root.classList.add('dark');
    await flow.setViewport(before);
  }
}
