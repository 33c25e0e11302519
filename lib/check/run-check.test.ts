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

  it('the JSON carries vLLM KV cache tokens and the engine settings per self-hosted deployment', () => {
    const aks = readFileSync('public/examples/self-hosted-llama-70b-aks.json', 'utf8');
    const r = runCheck(['public/examples/self-hosted-llama-70b-aks.json', '--json'], () => aks);
    const pool = JSON.parse(r.stdout).report.vram.find((v: { nodeId: string }) => v.nodeId === 'pool');
    // Llama 3.1 70B BF16, TP 4 on NC96ads_A100_v4, max_model_len 32,768: 79.25 GiB × 0.9 budget − 35.31 GB weights −
    // 0.52 GB activation peak − 2.1 GiB non-torch = 38.49 GB → 29,369 blocks × 16 = 469,904 tokens (lib/calc/engine).
    expect(pool.kvCacheTokens).toBe(469_904);
    expect(pool.verdict).toBe('fits');
    expect(pool.engine).toMatchObject({
      engine: 'vllm',
      vllmRelease: '0.19 (V1)',
      kvCacheTokens: 469_904,
      maxModelLen: 32_768,
      settings: {
        gpuMemoryUtilization: 0.9,
        maxNumBatchedTokens: 2048,
        maxNumSeqs: 256,
        blockSize: 16,
        enforceEager: false,
        kvCacheDtype: 'auto',
      },
    });
    expect(r.stdout).not.toContain('"kvCacheTokens": null');
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

  it('an evaluation that throws exits 2 and says what failed, naming the file', () => {
    const r = runCheck(['good.json'], read, () => {
      throw new RangeError('no row for gpu "x"');
    });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('good.json: the design is valid but evaluating it failed (RangeError: no row for gpu "x")');
  });
});

describe('exports from the command line', () => {
  const disk = (p: string) => readFileSync(p, 'utf8');
  const enterprise = 'public/examples/enterprise-reference.json';

  it('--bom csv writes the bill of materials as CSV whose total equals the report', () => {
    const r = runCheck([enterprise, '--bom', 'csv'], disk);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Component,Kind,Item,SKU or tier,Region,Quantity,Unit,Unit price \(USD\)/);
    const total = JSON.parse(runCheck([enterprise, '--json'], disk).stdout).report.cost.totalUsdPerMonth as number;
    expect(lines.at(-1)).toContain(`,${total.toFixed(2)},`);
    expect(runCheck([enterprise, '--bom=csv'], disk).stdout).toBe(r.stdout);
  });

  it('--bom json and --bom md', () => {
    const json = JSON.parse(runCheck([enterprise, '--bom', 'json'], disk).stdout);
    expect(json).toMatchObject({ currency: 'USD', period: 'month', design: 'Enterprise AI platform (reference architecture)' });
    const md = runCheck([enterprise, '--bom', 'md'], disk).stdout;
    expect(md).toMatch(/^# Bill of materials: Enterprise AI platform/);
    expect(md).toContain('privatelink.openai.azure.com');
  });

  it('--share prints a link that opens to the same design', async () => {
    const { decodeShareFragment } = await import('../share/share-link');
    const { parseDesign } = await import('../design/parse');
    const r = runCheck([enterprise, '--share', 'https://studio.example/'], disk);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    const url = r.stdout.trim();
    expect(url).toMatch(/^https:\/\/studio\.example\/#v1\.[A-Za-z0-9_-]+$/);
    expect(url.length).toBeLessThanOrEqual(2000);
    const expected = parseDesign(disk(enterprise));
    expect(decodeShareFragment(url)).toEqual(expected);
  });

  it('--ops prints the operations runbook', () => {
    const r = runCheck([enterprise, '--ops'], disk);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^# Operations runbook: /);
    expect(r.stdout).toContain('ApiManagementGatewayLogs');
  });

  it('exports a design with error findings (exit 0) and says so on stderr', () => {
    const r = runCheck(['oom.json', '--bom', 'md'], read);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^note: oom\.json has \d+ error findings?; run the check without options to see them\n$/);
  });

  it('refuses a missing or wrong value, and two exports at once', () => {
    expect(runCheck(['good.json', '--bom'], read)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^--bom needs a format: csv, json, md\n/),
    });
    expect(runCheck(['good.json', '--bom', 'xlsx'], read)).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('(got "xlsx")') });
    expect(runCheck(['good.json', '--share'], read)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^--share needs the studio's address/),
    });
    expect(runCheck(['good.json', '--share', 'host/'], read)).toMatchObject({ exitCode: 2 });
    expect(runCheck(['good.json', '--ops', '--bom', 'csv'], read)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^give one of --ops, --bom, not several/),
    });
    expect(runCheck(['broken.json', '--bom', 'csv'], read)).toMatchObject({ exitCode: 2, stdout: '' });
  });

  it('prints the worst-case end to end beside the typical one: gpt-4o 115 tokens/s typical (Artificial Analysis, Azure), 25 tokens/s PTU floor (facts §5.1)', () => {
    const r = runCheck(['public/examples/aoai-single-region-payg.json'], (p) => readFileSync(p, 'utf8'));
    expect(r.stdout).toContain('Latency  TTFT 647 ms (target < 1.00 s), end to end 3.26 s (target < 5.00 s), worst case 12.6 s, streamed');
  });
});
