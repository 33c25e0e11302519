/**
 * The checker on hostile or unusual input (issue 12): a byte-order mark, a relative path from the
 * caller's folder, text with terminal control characters, hundreds of problems, hundreds of subnets.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../design/examples';
import { callerFolder, MAX_ERRORS_SHOWN, runCheck } from './run-check';

const good = JSON.stringify(EXAMPLES[0]?.document);
const subnets = (count: number): string =>
  JSON.stringify({
    schemaVersion: 1,
    name: `${count} subnets`,
    nodes: [
      { id: 'vnet', kind: 'vnet', position: { x: 0, y: 0 }, config: { addressSpace: ['10.0.0.0/8'] } },
      ...Array.from({ length: count }, (_, i) => ({
        id: `s${i}`,
        kind: 'subnet',
        parentId: 'vnet',
        position: { x: i, y: 0 },
        config: { cidr: '10.1.0.0/24' },
      })),
    ],
  });
const one = (text: string) => (path: string) => {
  if (path !== 'd.json') throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
  return text;
};

describe('the checker on hostile input', () => {
  it('accepts a UTF-8 byte-order mark', () => {
    expect(runCheck(['d.json'], one(`\uFEFF${good}`)).exitCode).not.toBe(2);
  });

  it('lists the first 50 problems and counts the rest', () => {
    const doc = {
      schemaVersion: 1,
      name: 'x',
      nodes: Array.from({ length: 80 }, (_, i) => ({ id: `n${i}`, kind: 'ai-search', position: { x: 0, y: 0 }, config: { replica: 1 } })),
    };
    const r = runCheck(['d.json'], one(JSON.stringify(doc)));
    expect(r.exitCode).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('d.json: not a valid design (80 problems):');
    expect(lines).toHaveLength(1 + MAX_ERRORS_SHOWN + 1);
    expect(lines[1]).toBe('  nodes[0].config.replica `replica` is not a setting of Azure AI Search; did you mean `replicas`?');
    expect(lines.at(-1)).toBe('  … and 30 more problems');
  });

  it('escapes control characters in names, labels, unknown keys and kinds it prints', () => {
    const doc = {
      schemaVersion: 1,
      name: 'Evil\u001b[2J\u001b]0;owned\u0007',
      nodes: [{ id: 'a', kind: 'azure-openai', label: 'x\u001b[31m', position: { x: 0, y: 0 }, config: { localAuth: true } }],
    };
    const r = runCheck(['d.json'], one(JSON.stringify(doc)));
    expect(r.stdout.startsWith('Evil\\x1b[2J\\x1b]0;owned\\x07\n')).toBe(true);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(r.stdout).toContain('x\\x1b[31m');
    const bad = runCheck(
      ['d.json'],
      one(
        JSON.stringify({
          schemaVersion: 1,
          name: 'x',
          nodes: [{ id: 'a', kind: 'gpu\u001b[2J', position: { x: 0, y: 0 }, config: { ['k\u001b']: 1 } }],
        }),
      ),
    );
    expect(bad.stderr).toContain('"gpu\\x1b[2J" is not a component the studio knows');
    expect(bad.stderr).not.toMatch(/\u001b/);
  });

  it('300 subnets on one range are one grouped overlap finding, not 44,850; 700 evaluate without a stack overflow', () => {
    const r300 = runCheck(['d.json', '--json'], one(subnets(300)));
    const report = JSON.parse(r300.stdout) as { report: { findings: { ruleId: string; nodeIds: string[] }[] } };
    const overlaps = report.report.findings.filter((f) => f.ruleId === 'networking.cidr-overlap');
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]?.nodeIds).toHaveLength(300);
    const r700 = runCheck(['d.json'], one(subnets(700)));
    expect(r700.exitCode).toBe(1); // error findings, not a failure of the checker
    expect(r700.stdout).toContain('1 error');
  });

  it('reads a relative path from the caller’s folder: INIT_CWD under npm run, else the working folder', () => {
    expect(callerFolder({ INIT_CWD: '/home/me/designs' }, '/repo')).toBe('/home/me/designs');
    expect(callerFolder({}, '/home/me')).toBe('/home/me');
    expect(callerFolder({ INIT_CWD: '' }, '/home/me')).toBe('/home/me');
  });

  it('the script run from another folder reads a file with a byte-order mark by its path relative to the caller’s folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'check-'));
    writeFileSync(join(folder, 'design.json'), `\uFEFF${good}`);
    const script = join(process.cwd(), 'scripts/check.ts');
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const run = (args: string[]) =>
      spawnSync(tsx, [script, ...args], { cwd: process.cwd(), env: { ...process.env, INIT_CWD: folder }, encoding: 'utf8' });
    const ok = run(['design.json']);
    expect(ok.stderr).toBe('');
    expect([0, 1]).toContain(ok.status);
    expect(ok.stdout.split('\n')[0]).toBe((EXAMPLES[0]?.document as { name: string }).name);
  }, 60_000);
});
