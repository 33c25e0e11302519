// Canvas drag benchmark (issue 4): loads generated designs of 100, 500 and 1,000 nodes in headless
// Chromium and measures the median time of one mouse-move step while dragging a node (the move plus
// the frame it renders), on the studio canvas and, in the same run, on bare React Flow with default nodes.
// Aim: at 500 nodes no slower than bare React Flow; at 1,000 no more than 10% slower.
// Needs a production build: starts `next start` on BENCH_PORT (default 3218) unless BENCH_URL is set.
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

const SIZES = [100, 500, 1000];
const STEPS = 40;
const port = Number(process.env.BENCH_PORT ?? 3218);
let base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;

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
  await page.waitForTimeout(500);
  const node = page.locator('.react-flow__node:not(.react-flow__node-group)').first();
  const box = await node.boundingBox();
  if (!box) throw new Error(`no node to drag on ${url}`);
  const x0 = box.x + box.width / 2;
  const y0 = box.y + Math.min(12, box.height / 2);
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
  await page.mouse.up();
  return median(times.slice(5));
}

async function main(): Promise<void> {
  let server: ChildProcess | null = null;
  if (!process.env.BENCH_URL) {
    if (!existsSync('.next/BUILD_ID')) {
      console.log('building the studio (next build)…');
      const b = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
      if (b.status !== 0) throw new Error('next build failed');
    }
    server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore', detached: true });
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
      console.log(`  ${String(n).padStart(5)} nodes: studio ${studio.toFixed(2)} ms, bare React Flow ${bare.toFixed(2)} ms, ratio ${ratio.toFixed(2)}×${verdict}`);
    }
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
