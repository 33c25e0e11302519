#!/usr/bin/env node
// Runs every test: first the guards (lint, typecheck with lib/ free of DOM and Node globals, formatting), then the
// unit tests (Vitest) and the end-to-end tests (Playwright, system Chromium when present), and prints one closing
// line "N passed, N failed" counting unit and end-to-end tests together (a failing guard counts as one failure).
// Exit code 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

mkdirSync('test-reports', { recursive: true });
const vitestJson = 'test-reports/vitest.json';
const playwrightJson = 'test-reports/playwright.json';
for (const f of [vitestJson, playwrightJson]) if (existsSync(f)) rmSync(f);

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const guards = [
  ['lint', ['run', 'lint']],
  ['typecheck', ['run', 'typecheck']],
  ['format', ['run', 'format:check']],
];
const failedGuards = process.argv.includes('--no-guards') ? [] : guards.filter(([, args]) => run('npm', args) !== 0).map(([name]) => name);

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const e2eStatus = process.argv.includes('--unit-only') ? 0 : run('npx', ['playwright', 'test'], { PW_JSON: playwrightJson });

let passed = 0;
let failed = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
} else if (unitStatus !== 0) failed += 1;

if (existsSync(playwrightJson)) {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  failed += p.stats?.unexpected ?? 0;
} else if (e2eStatus !== 0) failed += 1;

if (failedGuards.length > 0) {
  console.log(`guards failed: ${failedGuards.join(', ')}`);
  failed += failedGuards.length;
}
if (failed === 0 && (unitStatus !== 0 || e2eStatus !== 0)) failed += 1; // a runner failed outside any test
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
