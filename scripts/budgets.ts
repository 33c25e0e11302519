// npm run budgets: where the studio stands against its speed budgets (issue 14), one line per figure.
// Builds the studio (next build) and its benchmark pages (STUDIO_BENCH=1, into .next-bench), starts each
// with `next start`, and measures in headless Chromium and in this process:
//   first-load JS    gzip size of every script the page loads before the canvas shows its nodes
//   Lighthouse       desktop performance score and total blocking time, enterprise example (lighthouse 12.2.3,
//                    pinned: it runs on Node 20)
//   evaluate         median evaluate() at 100 and 1,000 nodes, and after a one-node edit of 1,000 nodes
//                    (scripts/evaluate-timing.ts, the same figures as `npm run bench`)
//   canvas           1,000-node first render and drag step against bare React Flow in the same page;
//                    3,000-node first render and longest task
// Machines differ about 3x: the drag is compared with bare React Flow measured in the same run.
// Slow (two builds, a few minutes): not part of `npm test`. `--no-build` reuses both builds.
// Port: BUDGETS_PORT (default 3220), used by one server at a time. `--chunks` lists the first-load scripts.
import { chromium, type Browser } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, dragStepMs, firstRenderMs, waitForServer } from './canvas-measure';
import { editedEvaluateMs, evaluateMs } from './evaluate-timing';

const port = Number(process.env.BUDGETS_PORT ?? 3220);
const noBuild = process.argv.includes('--no-build');
const chromePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const lines: string[] = [];

function report(name: string, value: string, budget: string, met: boolean | null): void {
  const verdict = met === null ? '' : met ? 'met' : 'MISSED';
  const line = `${name.padEnd(44)} ${value.padStart(12)}   budget ${budget.padEnd(10)} ${verdict}`;
  lines.push(line);
  console.log(line);
}

function build(env: NodeJS.ProcessEnv, dir: string): void {
  if (noBuild && existsSync(join(dir, 'BUILD_ID'))) return;
  console.log(`building (${dir})…`);
  const r = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error('next build failed');
}

async function start(env: NodeJS.ProcessEnv, p: number): Promise<ChildProcess> {
  const up = async () =>
    fetch(`http://127.0.0.1:${p}`).then(
      () => true,
      () => false,
    );
  // A server this script stopped a moment ago may still be letting go of the port.
  for (let i = 0; i < 20 && (await up()); i++) await new Promise((r) => setTimeout(r, 500));
  if (await up()) throw new Error(`port ${p} is already in use: stop that server or set BUDGETS_PORT`);
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(p)], { stdio: 'ignore', detached: true, env });
  await waitForServer(`http://127.0.0.1:${p}`, 60_000);
  return server;
}

function stop(server: ChildProcess | null): void {
  if (!server?.pid) return;
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
}

/**
 * Gzip bytes of the scripts the page itself loads before the canvas shows the enterprise example's nodes
 * (the page's resource timing: the report worker's scripts load in the worker, off the main thread, and are
 * not counted). `--chunks` lists each script.
 */
async function firstLoadJsKb(browser: Browser, base: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${base}/?example=enterprise-reference`);
  await page.waitForSelector('.react-flow__node', { timeout: 60_000 });
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js')),
  );
  await page.close();
  let bytes = 0;
  const sizes: [string, number][] = [];
  for (const path of new Set(loaded)) {
    const file = join('.next', path.replace(/^\/_next\//, ''));
    const body = existsSync(file) ? readFileSync(file) : Buffer.from(await (await fetch(base + path)).arrayBuffer());
    const gz = gzipSync(body).length;
    sizes.push([path, gz]);
    bytes += gz;
  }
  if (process.argv.includes('--chunks'))
    for (const [path, gz] of sizes.sort((a, b) => b[1] - a[1])) console.log(`  ${(gz / 1024).toFixed(1).padStart(7)} kB  ${path}`);
  return bytes / 1024;
}

function lighthouse(base: string): { score: number; tbtMs: number } {
  const dir = mkdtempSync(join(tmpdir(), 'budgets-lh-'));
  const out = join(dir, 'report.json');
  try {
    const run = () =>
      spawnSync(
        'npx',
        [
          'lighthouse',
          `${base}/?example=enterprise-reference`,
          '--preset=desktop',
          '--only-categories=performance',
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          ...(chromePath ? [`--chrome-path=${chromePath}`] : []),
          `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
        ],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
    const attempt = (): { score: number; tbtMs: number } | null => {
      if (run().status !== 0 || !existsSync(out)) return null;
      const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
        categories: { performance: { score: number | null } };
        audits: Record<string, { numericValue?: number }>;
      };
      const score = lhr.categories.performance.score;
      return score === null ? null : { score: Math.round(score * 100), tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN };
    };
    // Lighthouse now and then fails to record the trace of a load (NO_NAVSTART, no score): it runs once more.
    const result = attempt() ?? attempt();
    if (result === null) throw new Error('lighthouse failed twice');
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let server: ChildProcess | null = null;
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    build({ ...process.env }, '.next');
    server = await start({ ...process.env }, port);
    const base = `http://127.0.0.1:${port}`;
    const js = await firstLoadJsKb(browser, base);
    report('first-load JS before the canvas (gzip)', `${js.toFixed(1)} kB`, '≤ 250 kB', js <= 250);
    const lh = lighthouse(base);
    report('Lighthouse desktop performance (enterprise)', String(lh.score), '≥ 95', lh.score >= 95);
    report('Lighthouse total blocking time', `${lh.tbtMs.toFixed(0)} ms`, '≤ 150 ms', lh.tbtMs <= 150);
    stop(server);
    server = null;

    const e100 = evaluateMs(100);
    report('evaluate, 100 nodes', `${e100.toFixed(2)} ms`, '< 2 ms', e100 < 2);
    const e1000 = evaluateMs(1000);
    report('evaluate, 1,000 nodes', `${e1000.toFixed(2)} ms`, '< 16.7 ms', e1000 < 16.7);
    const edit = editedEvaluateMs();
    report('evaluate after a one-node edit, 1,000 nodes', `${edit.toFixed(2)} ms`, '< 5 ms', edit < 5);

    const benchEnv = { ...process.env, STUDIO_BENCH: '1' };
    build(benchEnv, '.next-bench');
    server = await start(benchEnv, port);
    const benchBase = `http://127.0.0.1:${port}`;
    const fresh = async () => browser.newPage({ viewport: { width: 1440, height: 900 } });
    let page = await fresh();
    const r1000 = await firstRenderMs(page, `${benchBase}/bench/canvas?n=1000`);
    await page.close();
    report('1,000 nodes: first render', `${r1000.firstRenderMs.toFixed(0)} ms`, '≤ 1500 ms', r1000.firstRenderMs <= 1500);
    page = await fresh();
    const bare = await dragStepMs(page, `${benchBase}/bench/bare?n=1000`);
    const studio = await dragStepMs(page, `${benchBase}/bench/canvas?n=1000`);
    await page.close();
    const ratio = studio / bare;
    report('1,000 nodes: drag step vs bare React Flow', `${ratio.toFixed(2)}×`, '≤ 1.10×', ratio <= 1.1);
    page = await fresh();
    const r3000 = await firstRenderMs(page, `${benchBase}/bench/canvas?n=3000`);
    await page.close();
    report('3,000 nodes: first render', `${r3000.firstRenderMs.toFixed(0)} ms`, '≤ 3000 ms', r3000.firstRenderMs <= 3000);
    report('3,000 nodes: longest task while opening', `${r3000.longestTaskMs.toFixed(0)} ms`, '≤ 200 ms', r3000.longestTaskMs <= 200);
  } finally {
    await browser.close();
    stop(server);
  }
  console.log(`\n${lines.filter((l) => l.endsWith('MISSED')).length} of ${lines.length} budgets missed`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
