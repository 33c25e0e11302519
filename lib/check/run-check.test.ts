import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXAMPLES } from '../design/examples';
import { CHECK_USAGE, runCheck } from './run-check';

const files: Record<string, string> = {
  'good.json': JSON.stringify(EXAMPLES[0]?.document),
  'broken.json': '{"schemaVersion": 1, "name": "x", "nodes": [',
  'invalid.json': JSON.stringify({
    schemaVersion: 1,
    name: 'x',
    nodes: [{ id: 'g', kind: 'gpu-vm', position: { x: 0, y: 0 }, config: { count: 0 } }],
  }),
  'future.json': JSON.stringify({ schemaVersion: 2, name: 'x' }),
  'oom.json': JSON.stringify({
    schemaVersion: 1,
    name: 'Llama 70B on one A100',
    nodes: [
      { id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region: 'eastus' } },
      {
        id: 'g',
        kind: 'gpu-vm',
        parentId: 'r',
        position: { x: 10, y: 10 },
        config: { sku: 'Standard_NC24ads_A100_v4', model: 'llama-3.1-70b', precision: 'bf16' },
      },
    ],
  }),
};
const read = (path: string): string => {
  const text = files[path];
  if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  return text;
};

describe('npm run check', () => {
  it('exits 2 with usage when no file is given or an option is unknown', () => {
    expect(runCheck([], read)).toMatchObject({ exitCode: 2, stderr: `no design file given\n${CHECK_USAGE}\n` });
    expect(runCheck(['good.json', '--yaml'], read)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('unknown option --yaml'),
    });
  });

  it('exits 2 when the file cannot be read, naming it', () => {
    expect(runCheck(['missing.json'], read)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'missing.json: cannot read the design file: no such file\n',
    });
  });

  it('exits 2 on broken JSON and on schema errors, naming the path and field', () => {
    const broken = runCheck(['broken.json'], read);
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toMatch(/^broken\.json: not a valid design \(1 problem\):\n {2}\(document\) is not valid JSON/);
    const invalid = runCheck(['invalid.json'], read);
    expect(invalid.exitCode).toBe(2);
    expect(invalid.stderr).toContain('nodes[0].config.count must be at least 1, got the number 0');
    expect(runCheck(['future.json'], read).stderr).toContain('newer version of the studio');
  });

  it('exits 1 with error findings and says why', () => {
    const r = runCheck(['oom.json'], read);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('ERROR');
    expect(r.stdout).toContain('vram.does-not-fit');
    expect(r.stdout).toContain('DOES NOT FIT');
  });

  it('prints the whole report as JSON with --json', () => {
    const r = runCheck(['oom.json', '--json'], read);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.design).toBe('Llama 70B on one A100');
    expect(parsed.report.vram[0].fits).toBe(false);
    expect(parsed.report.counts.error).toBeGreaterThan(0);
  });
});

describe('the shipped examples pass the checker', () => {
  for (const example of EXAMPLES) {
    it(`${example.slug} has no error findings (exit 0) and a readable summary`, () => {
      const path = `public/examples/${example.slug}.json`;
      const r = runCheck([path], (p) => readFileSync(p, 'utf8'));
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('Monthly cost');
      expect(r.stdout).toContain('composite SLA');
      expect(r.exitCode, r.stdout).toBe(0);
    });
  }

  it('an evaluation that throws exits 3 and says what failed, naming the file', () => {
    const r = runCheck(['good.json'], read, () => {
      throw new RangeError('no row for gpu "x"');
    });
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('good.json: the design is valid but evaluating it failed (RangeError: no row for gpu "x")');
  });
});
