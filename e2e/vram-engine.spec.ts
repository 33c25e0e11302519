/**
 * vLLM's memory budget in the VRAM panel, driven by the node's engine settings, and one verdict for a
 * deployment across the VRAM panel, the node badge, the findings and the header. Every number checked
 * is what the command-line checker (`npm run check -- --json`, the same lib) gives for the same design.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatInt } from '../lib/format';
import type { Report } from '../lib/calc/types';
import { node } from './helpers';

type Doc = { nodes: { id: string; config: Record<string, unknown> }[] } & Record<string, unknown>;
const exampleDesign = (slug: string): Doc => JSON.parse(readFileSync(`public/examples/${slug}.json`, 'utf8')) as Doc;
const withPatch = (d: Doc, p: { nodeId: string; config: Record<string, unknown> }): Doc => ({
  ...d,
  nodes: d.nodes.map((n) => (n.id === p.nodeId ? { ...n, config: { ...n.config, ...p.config } } : n)),
});
const dir = mkdtempSync(join(tmpdir(), 'vram-engine-'));
let files = 0;
/** The report of a design as the checker prints it with --json. */
function reportOf(d: Doc): Report {
  const path = join(dir, `d${files++}.json`);
  writeFileSync(path, JSON.stringify(d));
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/check.ts', path, '--json'], { encoding: 'utf8' });
  return (JSON.parse(r.stdout) as { report: Report }).report;
}
async function openExample(page: Page, slug: string): Promise<void> {
  await page.goto(`/?example=${slug}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}
async function openPanel(page: Page, panel: 'VRAM' | 'Findings'): Promise<Locator> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${panel}`) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const body = page.locator('#panel-body');
  await expect(body.getByRole('heading', { level: 2, name: panel, exact: true })).toBeVisible();
  return body;
}

test('the AKS example shows the vLLM budget and its engine settings; a changed setting changes the KV tokens', async ({ page }) => {
  const design = exampleDesign('self-hosted-llama-70b-aks');
  const fit = reportOf(design).vram.find((v) => v.nodeId === 'pool')!;
  expect(fit.kvCacheTokens).not.toBeNull();
  await openExample(page, 'self-hosted-llama-70b-aks');
  let body = await openPanel(page, 'VRAM');
  const card = body.locator('[data-testid="vram-fit"][data-node="pool"]');
  const breakdown = card.getByTestId('engine-breakdown');
  await expect(breakdown).toBeVisible();
  await expect(breakdown.getByTestId('kv-cache-tokens')).toHaveText(`${formatInt(fit.kvCacheTokens!)} KV cache tokens`);
  for (const part of ['GPU total', 'CUDA context', 'CUDA graphs', 'Budget = 0.9 × total', 'Weights', 'Activation peak', 'Non-torch'])
    await expect(breakdown.getByRole('table', { name: 'Memory budget per GPU' })).toContainText(part);
  const settings = breakdown.getByTestId('engine-settings');
  await expect(settings).toContainText('max_num_batched_tokens');
  await expect(settings).toContainText(formatInt(fit.engine!.settings.maxNumBatchedTokens));
  await expect(settings).toContainText('CUDA graphs');

  // The inspector: max batched tokens 16,384 (a bigger profiling pass leaves less for the KV cache).
  await node(page, 'pool').click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const batched = page.getByLabel(/^Max batched tokens/);
  await batched.fill('16384');
  await batched.press('Enter');
  const changed = reportOf(withPatch(design, { nodeId: 'pool', config: { maxNumBatchedTokens: 16384 } })).vram.find(
    (v) => v.nodeId === 'pool',
  )!;
  expect(changed.kvCacheTokens).not.toBe(fit.kvCacheTokens);
  body = await openPanel(page, 'VRAM');
  await expect(body.getByTestId('kv-cache-tokens')).toHaveText(`${formatInt(changed.kvCacheTokens!)} KV cache tokens`);
  await expect(body.getByTestId('engine-settings')).toContainText('16,384');
});

test('Llama 3.1 70B INT4 on one A100: the panel, the node badge, the findings and the header give one verdict', async ({ page }) => {
  // The AKS example's pool moved to one A100 80GB (NC24ads_A100_v4, TP 1) in INT4 at the model's full context.
  const base = exampleDesign('self-hosted-llama-70b-aks');
  const int4 = withPatch(base, {
    nodeId: 'pool',
    config: { sku: 'Standard_NC24ads_A100_v4', tensorParallel: 1, precision: 'int4', maxContextTokens: undefined },
  });
  const r = reportOf(int4);
  const fit = r.vram.find((v) => v.nodeId === 'pool')!;
  // vLLM refuses: max_model_len 131,072 is more than the KV cache holds, so it is an error everywhere.
  expect(fit.verdict).toBe('does-not-fit');
  expect(r.counts.error).toBe(1);

  await openExample(page, 'self-hosted-llama-70b-aks');
  await node(page, 'pool').click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await page.getByLabel('VM size').selectOption('Standard_NC24ads_A100_v4');
  const tp = page.getByLabel(/^Tensor parallel size/);
  await tp.fill('1');
  await tp.press('Enter');
  await page.getByLabel('Weights precision', { exact: true }).selectOption('int4');
  const maxLen = page.getByLabel(/^Max context/);
  await maxLen.fill('');
  await maxLen.press('Enter');

  const figures = page.getByRole('group', { name: 'Design figures' });
  await expect(figures.getByRole('button', { name: new RegExp(`^Findings\\s*: ${r.counts.error} error`) })).toBeVisible();
  await expect(node(page, 'pool').locator('button[data-status]')).toHaveAttribute('data-status', 'error');
  let body = await openPanel(page, 'VRAM');
  await expect(body.getByTestId('vram-verdict')).toHaveText('does not fit');
  await expect(body.getByTestId('engine-breakdown')).toContainText('vLLM would refuse to start');
  body = await openPanel(page, 'Findings');
  await expect(body.getByText(/vLLM would refuse to start Llama 3\.1 70B in INT4/)).toBeVisible();

  // With max context 32,768 it starts: no error anywhere, and the panel no longer says "does not fit".
  const fixed = reportOf(withPatch(int4, { nodeId: 'pool', config: { maxContextTokens: 32768 } }));
  const fixedFit = fixed.vram.find((v) => v.nodeId === 'pool')!;
  expect(fixedFit.verdict).not.toBe('does-not-fit');
  expect(fixed.counts.error).toBe(0);
  await node(page, 'pool').click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await maxLen.fill('32768');
  await maxLen.press('Enter');
  await expect(figures.getByRole('button', { name: /^Findings\s*: 0 errors/ })).toBeVisible();
  await expect(node(page, 'pool').locator('button[data-status]')).not.toHaveAttribute('data-status', 'error');
  body = await openPanel(page, 'VRAM');
  await expect(body.getByTestId('vram-verdict')).not.toHaveText('does not fit');
});
