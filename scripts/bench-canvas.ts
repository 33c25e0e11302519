// Canvas drag benchmark (issue 4): loads generated designs of 100, 500 and 1,000 nodes in headless
// Chromium and measures the median time of one mouse-move step while dragging a node (the move plus
// the frame it renders), on the studio canvas and, in the same run, on bare React Flow with default nodes.
// Aim: at 500 nodes no slower than bare React Flow; at 1,000 no more than 10% slower.
// Builds the studio with its benchmark pages (STUDIO_BENCH=1: the /bench routes exist only in that build,
// kept in .next-bench; skip with --no-build when it is current) and starts `next start` on BENCH_PORT
// (default 3218), unless BENCH_URL points at a running benchmark build.
import { chromium } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, dragStepMs, STEPS, waitForServer } from './canvas-measure';

const SIZES = [100, 500, 1000];
const port = Number(process.env.BENCH_PORT ?? 3218);
let base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
/** next.config.mjs builds the /bench pages (into .next-bench) only with this set. */
const benchEnv = { ...process.env, STUDIO_BENCH: '1' };

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
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    console.log(`canvas drag: median ms per mouse-move step (move + rendered frame), ${STEPS} steps`);
    for (const n of SIZES) {
      const bare = await dragStepMs(page, `${base}/bench/bare?n=${n}`);
      const studio = await dragStepMs(page, `${base}/bench/canvas?n=${n}`);
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
