/**
 * Each example design, each insights panel: the numbers shown are the numbers `evaluate` gives for the
 * same design in Node, and every chart has a text equivalent.
 */
import { expect, test, type Locator } from '@playwright/test';
import { latencyWaterfall, leverOptions } from '../lib/calc/insights';
import { formatGB, formatMinutes, formatMs, formatSla, formatUsd, formatUsdPerMonth } from '../lib/format';
import { EXAMPLE_SLUGS, exampleDesign, openExample, openPanel, reportOf } from './insights-helpers';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every chart of a panel is an image with a summary, and its numbers open as a table. */
async function chartsHaveTextEquivalents(body: Locator): Promise<void> {
  const figures = body.locator('figure');
  const n = await figures.count();
  for (let i = 0; i < n; i++) {
    const f = figures.nth(i);
    const label = await f.getByRole('img').first().getAttribute('aria-label');
    expect(label?.length ?? 0).toBeGreaterThan(20);
    await f.getByRole('button', { name: 'Show as table' }).click();
    await expect(f.getByRole('table')).toBeVisible();
    expect(await f.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(0);
  }
}

for (const slug of EXAMPLE_SLUGS) {
  test(`${slug}: every panel shows evaluate's numbers`, async ({ page }) => {
    const design = exampleDesign(slug);
    const r = reportOf(design);
    await openExample(page, slug);

    // Findings: the counts, one card per finding, grouped by severity.
    let body = await openPanel(page, 'findings');
    await expect(body.getByTestId('findings-summary')).toHaveText(
      `${plural(r.counts.error, 'error', 'errors')} · ${plural(r.counts.warning, 'warning', 'warnings')} · ${r.counts.info} info`,
    );
    await expect(body.getByTestId('finding')).toHaveCount(r.findings.length);
    for (const s of ['error', 'warning', 'info'] as const)
      await expect(body.locator(`[data-severity="${s}"]`)).toHaveCount(r.counts[s] > 0 ? 1 : 0);

    // Cost: total, snapshot date, each line (unpriced shown as such), the breakdown, PTU analyses.
    body = await openPanel(page, 'cost');
    await expect(body.getByTestId('cost-total')).toHaveText(formatUsdPerMonth(r.cost.totalUsdPerMonth));
    await expect(body.getByTestId('prices-as-of')).toHaveText(r.cost.pricesAsOf ?? 'n/a');
    const lines = body.getByTestId('cost-line');
    await expect(lines).toHaveCount(r.cost.lines.length);
    for (const l of r.cost.lines) {
      const row = body.locator(`[data-testid="cost-line"][data-line="${l.id}"]`);
      await expect(row.locator('td').last()).toHaveText(l.usdPerMonth === null ? 'unpriced' : formatUsd(l.usdPerMonth));
    }
    await expect(body.getByTestId('cost-breakdown').locator('li')).toHaveCount(r.cost.byLayer.length);
    for (const b of r.cost.byLayer) await expect(body.getByTestId('cost-breakdown')).toContainText(`${b.layer}${formatUsd(b.usdPerMonth)}`);
    await expect(body.getByTestId('ptu')).toHaveCount(r.cost.ptu.length);
    await expect(body.getByTestId('lever')).toHaveCount(leverOptions(design, r.cost).filter((o) => o.state !== 'not-applicable').length);
    await chartsHaveTextEquivalents(body);

    // VRAM: one card per self-hosted deployment with its memory per GPU.
    body = await openPanel(page, 'vram');
    await expect(body.getByTestId('vram-fit')).toHaveCount(r.vram.length);
    if (r.vram.length === 0) await expect(body.getByText('No self-hosted models')).toBeVisible();
    for (const f of r.vram) {
      const card = body.locator(`[data-testid="vram-fit"][data-node="${f.nodeId}"]`);
      await expect(card.getByTestId('vram-per-gpu')).toHaveText(`${formatGB(f.requiredGBPerGpu)} of ${formatGB(f.capacityGBPerGpu)}`);
      await expect(card.getByTestId('kv-allocation')).toContainText(String(f.maxConcurrentSequences));
      await expect(card.getByTestId('kv-allocation')).toContainText(String(f.maxConcurrentSequencesContiguous));
    }
    await chartsHaveTextEquivalents(body);

    // Latency: TTFT and E2E; a waterfall step per hop plus the generation.
    body = await openPanel(page, 'latency');
    await expect(body.getByTestId('latency-ttft')).toHaveText(formatMs(r.latency.ttftMs));
    await expect(body.getByTestId('latency-e2e')).toHaveText(formatMs(r.latency.e2eMs));
    if (r.latency.worstCaseE2eMs === null) await expect(body.getByTestId('latency-e2e-worst')).toHaveCount(0);
    else await expect(body.getByTestId('latency-e2e-worst')).toHaveText(formatMs(r.latency.worstCaseE2eMs));
    const w = latencyWaterfall(r.latency);
    await expect(body.getByTestId('latency-step')).toHaveCount(w.steps.length);
    if (w.steps.length > 0) {
      await expect(body.getByTestId('streamed-first')).toHaveText(formatMs(w.firstVisible.streamedMs));
      await expect(body.getByTestId('not-streamed-first')).toHaveText(formatMs(w.firstVisible.notStreamedMs));
    } else await expect(body.getByText('No request path', { exact: true })).toBeVisible();
    await expect(body.getByTestId('cross-region-hops').locator('li')).toHaveCount(w.crossRegionHops.length);
    await chartsHaveTextEquivalents(body);

    // Availability: composite SLA, downtime, single points of failure.
    body = await openPanel(page, 'availability');
    await expect(body.getByTestId('ha-sla')).toHaveText(formatSla(r.ha.compositeSla));
    await expect(body.getByTestId('ha-downtime')).toHaveText(
      r.ha.downtimeMinutesPerMonth === null ? 'n/a' : formatMinutes(r.ha.downtimeMinutesPerMonth),
    );
    if (r.ha.singlePointsOfFailure.length === 0) await expect(body.getByTestId('spof-none')).toBeVisible();
    else await expect(body.getByTestId('spof').locator('li')).toHaveCount(r.ha.singlePointsOfFailure.length);
    if (r.ha.structure) await expect(body.getByTestId('sla-structure')).toContainText(formatSla(r.ha.structure.availability));

    // Scenario: the headline figures.
    body = await openPanel(page, 'scenario');
    await expect(body.getByTestId('scenario-cost')).toHaveText(formatUsdPerMonth(r.cost.totalUsdPerMonth));
    await expect(body.getByTestId('scenario-ttft')).toHaveText(formatMs(r.latency.ttftMs));
    await expect(body.getByTestId('scenario-e2e')).toHaveText(formatMs(r.latency.e2eMs));
    await expect(body.getByTestId('scenario-sla')).toHaveText(formatSla(r.ha.compositeSla));
    await expect(body.getByTestId('scenario-field')).toHaveCount(10);
  });
}

test("the single-region PAYG template: end to end at gpt-4o's typical speed, the worst case beside it, and no 12 s warning", async ({
  page,
}) => {
  // Not a bundled example: open it from the template gallery a first visit shows, as a person would.
  await page.goto('/');
  const gallery = page.getByRole('dialog', { name: 'Start from a template' });
  await expect(gallery).toBeVisible();
  await page
    .getByTestId('template-aoai-single-region-payg')
    .getByRole('button', { name: /^Open / })
    .click();
  await expect(gallery).toBeHidden();
  await expect(page.getByLabel('Design name')).toHaveValue(exampleDesign('aoai-single-region-payg').name);
  // TTFT 647 ms (path and the node's 600 ms assumption); 300 output tokens.
  // Typical: 115 tokens/s, the Azure median (aa-azure-gpt-4o-2024-05-13) → 647 + 2,609 = 3,256 ms.
  // Worst case: 25 tokens/s, the PTU latency target (facts §5.1) → 647 + 12,000 = 12,647 ms.
  let body = await openPanel(page, 'latency');
  await expect(body.getByTestId('latency-ttft')).toHaveText('647 ms');
  await expect(body.getByTestId('latency-e2e')).toHaveText('3.26 s');
  await expect(body.getByTestId('latency-e2e-worst')).toHaveText('12.6 s');
  await expect(body.getByText('at 25 tokens/s, the PTU latency target: 99% of requests generate faster.')).toBeVisible();
  await expect(body.getByTestId('model-speed')).toHaveText('115 tokens/s');
  await expect(body.getByTestId('model-speed-worst')).toHaveText('25 tokens/s');

  // Findings: no end-to-end warning; the worst case is an info note that says it is the worst case.
  body = await openPanel(page, 'findings');
  await expect(body.locator('[data-testid="finding"][data-rule="latency.e2e-over-target"]')).toHaveCount(0);
  await expect(body.locator('[data-testid="finding"][data-rule="latency.slow-generation"]')).toHaveCount(0);
  const note = body.locator('[data-testid="finding"][data-rule="latency.e2e-worst-case-over-target"]');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('Worst case: end to end 12.6 s for 300 output tokens at 25 tokens/s');
  await expect(body.locator('[data-severity="info"]')).toContainText('Worst case: end to end 12.6 s');
  await expect(body.getByText(/End-to-end latency is 12/)).toHaveCount(0);
});
