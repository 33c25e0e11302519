// Canvas measurements shared by the canvas benchmark (bench-canvas.ts) and the budgets (budgets.ts):
// the drag step on a benchmark page, its first render, and the longest main-thread task.
import type { Page } from '@playwright/test';

/** Mouse-move steps per measured drag. */
export const STEPS = 40;

/** Chromium flags for headless runs on machines without a sandbox or GPU (as in playwright.config.ts). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * The canvas shows its nodes: at least one node is on screen and every node rendered has been measured (React
 * Flow keeps a node hidden until it has its size). With only the visible nodes rendered, a large design never
 * mounts them all, and the studio opens a large design at a readable zoom showing a part of it.
 */
function canvasShown(): boolean {
  const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
  if (nodes.length === 0) return false;
  for (const n of nodes) if (n.style.visibility === 'hidden') return false;
  return true;
}

export async function dragStepMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(canvasShown, null, { timeout: 60_000 });
  // Let the page settle (first measurement of every node, fit view) before timing a drag.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2000);
  // Drag the component node nearest the middle of the view: never a group (it carries its children)
  // and never one near the edge, where React Flow auto-pans and every step repaints the whole canvas.
  const id = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return null;
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { id: string; d: number } | null = null;
    for (const el of document.querySelectorAll('.react-flow__node:not(.react-flow__node-group):not(.react-flow__node-container)')) {
      const r = el.getBoundingClientRect();
      const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
      const nodeId = el.getAttribute('data-id');
      if (nodeId && (best === null || d < best.d)) best = { id: nodeId, d };
    }
    return best?.id ?? null;
  });
  if (id === null) throw new Error(`no node to drag on ${url}`);
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`no node to drag on ${url}`);
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  const frame = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const times: number[] = [];
  for (let i = 1; i <= STEPS; i++) {
    const t0 = performance.now();
    await page.mouse.move(x0 + i * 4, y0 + (i % 2) * 3);
    await frame();
    times.push(performance.now() - t0);
  }
  const after = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  await page.mouse.up();
  if (!after || Math.abs(after.x - box.x) < STEPS)
    throw new Error(`the node did not follow the drag on ${url}: the measurement would be of idle frames`);
  return median(times.slice(5));
}

/**
 * First render of a benchmark page: milliseconds from navigation start until the canvas shows its nodes
 * (`canvasShown`) and a frame has been painted; and the longest main-thread task seen meanwhile and during the next second.
 */
export async function firstRenderMs(page: Page, url: string): Promise<{ firstRenderMs: number; longestTaskMs: number }> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(canvasShown, null, { timeout: 120_000, polling: 'raf' });
  const first = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));
  await page.waitForTimeout(1000);
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  return { firstRenderMs: first, longestTaskMs: longest };
}
