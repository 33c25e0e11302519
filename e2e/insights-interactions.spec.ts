/**
 * The insights panels as a facilitator uses them: change the scenario (typed and by slider), switch a
 * cost lever, apply a fix and undo it, show a finding's nodes, open "How is this computed?", and refuse
 * an invalid value. Every number checked is what `evaluate` gives for the same design in Node.
 */
import { expect, test } from '@playwright/test';
import { leverOptions, projectLevers } from '../lib/calc/insights';
import { getSource } from '../lib/catalog';
import { formatGB, formatMs, formatUsdPerMonth } from '../lib/format';
import { exampleDesign, openExample, openPanel, reportOf, withPatch, withScenario } from './insights-helpers';

test('a typed scenario value and a slider step recompute everything; each is one undo step', async ({ page }) => {
  const design = exampleDesign('enterprise-reference');
  await openExample(page, 'enterprise-reference');
  const body = await openPanel(page, 'scenario');
  const cost = body.getByTestId('scenario-cost');
  await expect(cost).toHaveText(formatUsdPerMonth(reportOf(design).cost.totalUsdPerMonth));

  // Typed: average requests per minute 25 → 120 (PAYG tokens and PTU utilization follow).
  const average = body.getByRole('textbox', { name: 'Average requests per minute, exact value' });
  await average.fill('120');
  await average.press('Enter');
  const typed = withScenario(design, { averageRequestsPerMinute: 120 });
  await expect(cost).toHaveText(formatUsdPerMonth(reportOf(typed).cost.totalUsdPerMonth));
  await expect(body.getByText(`was ${formatUsdPerMonth(reportOf(design).cost.totalUsdPerMonth)}`)).toBeVisible();
  // The header strip follows in the same frame.
  await expect(page.getByRole('group', { name: 'Design figures' })).toContainText(formatUsdPerMonth(reportOf(typed).cost.totalUsdPerMonth));

  // Slider: output tokens one step up; the exact-value box shows the new value.
  const output = body.getByRole('slider', { name: 'Output tokens per request' });
  await output.focus();
  await page.keyboard.press('ArrowRight');
  const stepped = Number(await body.getByRole('textbox', { name: 'Output tokens per request, exact value' }).inputValue());
  expect(stepped).toBeGreaterThan(design.scenario.outputTokensPerRequest);
  const slid = withScenario(typed, { outputTokensPerRequest: stepped });
  await expect(body.getByTestId('scenario-e2e')).toHaveText(formatMs(reportOf(slid).latency.e2eMs));
  await expect(cost).toHaveText(formatUsdPerMonth(reportOf(slid).cost.totalUsdPerMonth));

  // Undo twice: the slider step, then the typed value.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(body.getByTestId('scenario-e2e')).toHaveText(formatMs(reportOf(typed).latency.e2eMs));
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(cost).toHaveText(formatUsdPerMonth(reportOf(design).cost.totalUsdPerMonth));
});

test('an invalid scenario value shows why and never reaches the design', async ({ page }) => {
  const design = exampleDesign('self-hosted-llama-70b-aks');
  const before = reportOf(design);
  await openExample(page, 'self-hosted-llama-70b-aks');
  const body = await openPanel(page, 'scenario');
  const concurrency = body.getByRole('textbox', { name: 'Concurrent sequences per replica, exact value' });
  await concurrency.fill('2.5');
  await concurrency.press('Enter');
  await expect(body.getByRole('alert')).toContainText('whole number');
  await expect(concurrency).toHaveAttribute('aria-invalid', 'true');
  await concurrency.fill('-3');
  await concurrency.press('Enter');
  await expect(body.getByRole('alert')).toBeVisible();
  await expect(body.getByTestId('scenario-cost')).toHaveText(formatUsdPerMonth(before.cost.totalUsdPerMonth));
  await openPanel(page, 'vram');
  const [fit] = before.vram;
  await expect(page.getByTestId('vram-per-gpu')).toHaveText(`${formatGB(fit!.requiredGBPerGpu)} of ${formatGB(fit!.capacityGBPerGpu)}`);
  // Nothing was recorded: there is nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('a cost lever switched on shows the total it would leave', async ({ page }) => {
  const design = exampleDesign('multi-region-ptu-fallback');
  const r = reportOf(design);
  const options = leverOptions(design, r.cost);
  const available = options.filter((o) => o.state === 'available');
  expect(available.length).toBeGreaterThan(1);
  await openExample(page, 'multi-region-ptu-fallback');
  const body = await openPanel(page, 'cost');
  const projection = body.getByTestId('lever-projection');
  await expect(projection).toHaveText(formatUsdPerMonth(r.cost.totalUsdPerMonth));
  const on = new Set<(typeof available)[number]['lever']>();
  for (const o of available.slice(0, 2)) {
    await body.getByRole('switch', { name: `What if: ${o.label}` }).click();
    on.add(o.lever);
    await expect(projection).toHaveText(formatUsdPerMonth(projectLevers(r.cost, options, on).totalUsdPerMonth));
  }
  await expect(body.getByTestId('lever-projection-saving')).toContainText(
    formatUsdPerMonth(projectLevers(r.cost, options, on).savingUsdPerMonth),
  );
  // Levers are a what-if: the design's total is unchanged.
  await expect(body.getByTestId('cost-total')).toHaveText(formatUsdPerMonth(r.cost.totalUsdPerMonth));
});

test('applying a fix changes the design as evaluate predicts; undo puts it back', async ({ page }) => {
  const design = exampleDesign('enterprise-reference');
  const r = reportOf(design);
  const finding = r.findings.find((f) => f.fixes.some((x) => x.patch));
  const fix = finding?.fixes.find((x) => x.patch);
  expect(fix?.patch).toBeDefined();
  const after = reportOf(withPatch(design, fix!.patch!));
  await openExample(page, 'enterprise-reference');
  let body = await openPanel(page, 'findings');
  await expect(body.getByTestId('finding')).toHaveCount(r.findings.length);
  await body.getByRole('button', { name: `Apply: ${fix!.description}` }).click();
  await expect(page.getByText(`Applied: ${fix!.description}`)).toBeVisible();
  await expect(body.getByTestId('finding')).toHaveCount(after.findings.length);
  body = await openPanel(page, 'cost');
  await expect(body.getByTestId('cost-total')).toHaveText(formatUsdPerMonth(after.cost.totalUsdPerMonth));
  await page.keyboard.press('Control+z');
  await expect(body.getByTestId('cost-total')).toHaveText(formatUsdPerMonth(r.cost.totalUsdPerMonth));
});

test('a finding’s node shows on the canvas; the header figures open their panels; tabs follow the arrow keys', async ({ page }) => {
  const design = exampleDesign('self-hosted-llama-70b-aks');
  const r = reportOf(design);
  const finding = r.findings.find((f) => f.nodeIds.length > 0)!;
  const nodeId = finding.nodeIds[0]!;
  await openExample(page, 'self-hosted-llama-70b-aks');
  const body = await openPanel(page, 'findings');
  const card = body.locator(`[data-testid="finding"][data-rule="${finding.ruleId}"]`).first();
  await card
    .getByRole('button', { name: /on the canvas$/ })
    .first()
    .click();
  await expect(page.locator(`.react-flow__node[data-id="${nodeId}"]`)).toHaveClass(/selected/);

  const strip = page.getByRole('group', { name: 'Design figures' });
  await strip.getByRole('button', { name: /^Monthly cost/ }).click();
  await expect(page.getByRole('tab', { name: /^Cost/ })).toHaveAttribute('aria-selected', 'true');
  await strip.getByRole('button', { name: /^Composite SLA/ }).click();
  await expect(page.getByRole('tab', { name: /^Availability/ })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: /^Availability/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Scenario/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: /^Scenario/ })).toBeFocused();
});

test('"How is this computed?" opens each headline number’s formula, values and sources', async ({ page }) => {
  const design = exampleDesign('self-hosted-llama-70b-aks');
  const r = reportOf(design);
  await openExample(page, 'self-hosted-llama-70b-aks');
  const cases = [
    { panel: 'cost', name: 'How is the monthly cost computed?', explanation: r.cost.explanation },
    { panel: 'latency', name: 'How is the latency computed?', explanation: r.latency.explanation },
    { panel: 'availability', name: 'How is the composite SLA computed?', explanation: r.ha.explanation },
    { panel: 'vram', name: 'How is VRAM per GPU computed?', explanation: r.vram[0]!.explanation },
  ] as const;
  for (const c of cases) {
    const body = await openPanel(page, c.panel);
    const button = body.getByRole('button', { name: c.name }).first();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const box = body.getByTestId('how-computed').first();
    await expect(box).toContainText(c.explanation.formula);
    await expect(box).toContainText(c.explanation.substituted);
    const source = c.explanation.sources.map((id) => getSource(id)).find((s) => s !== undefined);
    if (source) await expect(box).toContainText(source.title);
  }
});
