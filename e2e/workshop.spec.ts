import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReports } from '../lib/calc/compare';
import { evaluate } from '../lib/calc/evaluate';
import { parseDesign } from '../lib/design/parse';
import type { Design } from '../lib/design/schema';
import { TEMPLATES } from '../lib/design/templates';
import { formatMs, formatPercentagePoints, formatSigned, formatUsdPerMonth } from '../lib/format';
import { applyTradeoff, isTradeoffError } from '../lib/workshop/tradeoffs';
import { node, nodes, openExample } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

const templateDesign = (slug: string): Design => {
  const r = parseDesign(readFileSync(join(process.cwd(), 'public', 'examples', `${slug}.json`), 'utf8'));
  if (!r.ok) throw new Error(`template ${slug} does not parse`);
  return r.design;
};

const findingsText = (errors: number, warnings: number): string =>
  `${errors} error${errors === 1 ? '' : 's'} · ${warnings} warning${warnings === 1 ? '' : 's'}`;

async function seriousAxe(page: Page, include: string): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include(include).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const gallery = (page: Page) => page.getByRole('dialog', { name: 'Start from a template' });

test('a first open shows the template gallery; every template opens as a new design whose findings match its intent', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(gallery(page)).toBeVisible();
  await expect(gallery(page).getByRole('listitem')).toHaveCount(TEMPLATES.length);
  // Headline figures computed per card.
  await expect(page.getByTestId('template-enterprise-reference').getByText(/\$[\d,]+\/mo/)).toBeVisible();
  await page.screenshot({ path: 'test-results/workshop-gallery-1280x720.png' });
  expect(await seriousAxe(page, '[role="dialog"][aria-modal="false"]')).toEqual([]);

  for (const t of TEMPLATES) {
    const design = templateDesign(t.slug);
    const report = evaluate(design);
    // A template errs only on purpose.
    const errorRules = [...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))];
    expect(
      errorRules.every((id) => t.intentionalErrors.includes(id)),
      `${t.slug}: ${errorRules.join(', ')}`,
    ).toBe(true);

    if (!(await gallery(page).isVisible())) await page.getByRole('button', { name: 'Templates', exact: true }).click();
    const card = page.getByTestId(`template-${t.slug}`);
    if (t.slug !== 'blank')
      await expect(card.getByTestId('template-findings')).toContainText(findingsText(report.counts.error, report.counts.warning));
    await card.getByRole('button', { name: `Open ${t.title}` }).click();
    await expect(gallery(page)).toBeHidden();
    await expect(page.getByLabel('Design name')).toHaveValue(design.name);
    await expect(nodes(page)).toHaveCount(design.nodes.length);
    await expect(page.getByRole('group', { name: 'Design figures' }).getByRole('button', { name: /^Findings/ })).toContainText(
      findingsText(report.counts.error, report.counts.warning),
    );
  }
});

test('a variant switched PAYG → PTU and A100 → H100 compares against its design with the deltas evaluate gives', async ({ page }) => {
  test.setTimeout(120_000);
  await openExample(page, 'multi-region-ptu-fallback');
  const base = templateDesign('multi-region-ptu-fallback');

  await page.getByRole('button', { name: 'Designs' }).click();
  const menu = page.getByRole('dialog', { name: 'Designs' });
  await menu
    .getByRole('button', { name: /as variant$/ })
    .first()
    .click();
  await expect(page.getByLabel('Design name')).toHaveValue(`${base.name} (variant)`);

  // PAYG → PTU on the west deployment, as one undoable step with its summary shown.
  await node(page, 'aoai-west').click();
  const ptu = applyTradeoff(base, 'aoai-west', 'to-ptu');
  if (isTradeoffError(ptu)) throw new Error(ptu.error);
  const costBefore = formatUsdPerMonth(evaluate(base).cost.totalUsdPerMonth);
  await page.getByRole('button', { name: 'Switch to provisioned throughput (PTU)' }).click();
  await expect(page.getByRole('list', { name: 'Notifications' })).toContainText(ptu.summary);
  // The header says what the cost was.
  await expect(page.getByTestId('figure-was').first()).toHaveText(`was ${costBefore}`);

  // A100 → H100 on the GPU pool.
  await node(page, 'pool').click();
  const h100 = applyTradeoff(ptu.design, 'pool', 'gpu-family', 'h100');
  if (isTradeoffError(h100)) throw new Error(h100.error);
  await page.getByLabel('Move to another GPU family').selectOption('h100');
  await page.getByRole('button', { name: 'Move to another GPU family: apply' }).click();
  await expect(page.getByRole('list', { name: 'Notifications' })).toContainText(h100.summary);

  // Undo takes back the last switch alone.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('group', { name: 'Design figures' }).getByRole('button', { name: /^Monthly cost/ })).toContainText(
    formatUsdPerMonth(evaluate(ptu.design).cost.totalUsdPerMonth),
  );
  await page.getByRole('button', { name: 'Redo' }).click();

  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare designs' });
  await expect(dialog).toBeVisible();
  const cmp = compareReports(evaluate(base), evaluate(h100.design));
  const h = cmp.headline;
  const row = (label: string) => dialog.getByTestId(`compare-row-${label}`).getByTestId('delta');
  if (h.monthlyCostUsd.delta === null || h.ttftMs.delta === null || h.e2eMs.delta === null || h.compositeSla.delta === null)
    throw new Error('expected figures');
  await expect(row('Monthly cost')).toContainText(formatSigned(h.monthlyCostUsd.delta, formatUsdPerMonth));
  await expect(row('Time to first token')).toContainText(formatSigned(h.ttftMs.delta, formatMs));
  await expect(row('End to end')).toContainText(formatSigned(h.e2eMs.delta, formatMs));
  await expect(row('Composite SLA')).toContainText(formatSigned(h.compositeSla.delta, formatPercentagePoints));
  await expect(dialog.getByRole('table', { name: /^Cost lines that differ/ })).toHaveAccessibleName(
    `Cost lines that differ (${cmp.costLines.length})`,
  );
  await expect(dialog.getByText(`Only in A (${cmp.onlyInA.length})`)).toBeVisible();
  await expect(dialog.getByText(`Only in B (${cmp.onlyInB.length})`)).toBeVisible();
  await page.screenshot({ path: 'test-results/workshop-compare-1280x720.png' });
  expect(await seriousAxe(page, '[role="dialog"][aria-modal="true"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a presentation steps through the request path with the arrow keys and Esc leaves it', async ({ page }) => {
  await openExample(page);
  const hops = evaluate(templateDesign('enterprise-reference')).latency.hops;
  expect(hops.length).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const hop = page.getByTestId('present-hop');
  await expect(hop).toContainText(`Hop 1 of ${hops.length}`);
  await expect(hop).toContainText(hops[0]?.label ?? '');
  await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(hop).toContainText(`Hop 3 of ${hops.length}`);
  await expect(hop).toContainText(hops[2]?.label ?? '');
  // The hop's component is highlighted on the canvas.
  await expect(node(page, hops[2]?.toNodeId ?? '')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('ArrowLeft');
  await expect(hop).toContainText(`Hop 2 of ${hops.length}`);
  await page.getByLabel('Panel', { exact: true }).selectOption('cost');
  await page.screenshot({ path: 'test-results/workshop-present-1280x720.png' });
  expect(await seriousAxe(page, 'body')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
});
