// Canvas drag benchmark (issue 4): loads generated designs of 100, 500 and 1,000 nodes in headless
// Chromium and measures the median time of one mouse-move step while dragging a node (the move plus
// the frame it renders), on the studio canvas and, in the same run, on bare React Flow with default nodes.
// Aim: at 500 nodes no slower than bare React Flow; at 1,000 no more than 10% slower.
// Builds the studio with its benchmark pages (STUDIO_BENCH=1: the /bench routes exist only in that build,
// kept in .next-bench; skip with --no-build when it is current) and starts `next start` on BENCH_PORT
// (default 3218), unless BENCH_URL points at a running benchmark build.
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

const SIZES = [100, 500, 1000];
const STEPS = 40;
const port = Number(process.env.BENCH_PORT ?? 3218);
let base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
/** next.config.mjs builds the /bench pages (into .next-bench) only with this set. */
const benchEnv = { ...process.env, STUDIO_BENCH: '1' };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function waitForServer(url: string, ms: number): Promise<void> {
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

async function dragStepMs(page: Page, url: string, count: number): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= Math.min(n, 50), count, { timeout: 60_000 });
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

async function main(): Promise<void> {
  let server: ChildProcess | null = null;
  if (!process.env.BENCH_URL) {
    if (!process.argv.includes('--no-build') || !existsSync('.next-bench/BUILD_ID')) {
      console.log('building the studio with its benchmark pages (STUDIO_BENCH=1 next build)…');
      const b = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: benchEnv });
      if (b.status !== 0) throw new Error('next build failed');
    }
    if (
      await fetch(`http://127.0.0.1:${port}`).then(
        () => true,
        () => false,
      )
    )
      throw new Error(`port ${port} is already in use: stop that server or set BENCH_PORT`);
    server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore', detached: true, env: benchEnv });
    base = `http://127.0.0.1:${port}`;
    await waitForServer(base, 60_000);
  }
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    console.log(`canvas drag: median ms per mouse-move step (move + rendered frame), ${STEPS} steps`);
    for (const n of SIZES) {
      const bare = await dragStepMs(page, `${base}/bench/bare?n=${n}`, n);
      const studio = await dragStepMs(page, `${base}/bench/canvas?n=${n}`, n);
      const ratio = studio / bare;
      const aim = n >= 1000 ? 1.1 : n >= 500 ? 1.0 : null;
      const verdict = aim === null ? '' : ratio <= aim ? `  (aim ≤ ${aim.toFixed(2)}×: met)` : `  (aim ≤ ${aim.toFixed(2)}×: MISSED)`;
      console.log(
        `  ${String(n).padStart(5)} nodes: studio ${studio.toFixed(2)} ms, bare React Flow ${bare.toFixed(2)} ms, ratio ${ratio.toFixed(2)}×${verdict}`,
      );
    }
  } finally {
    await browser.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid);
      } catch {
        // already gone
      }
    }
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
