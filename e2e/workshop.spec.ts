import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { headerAction, moreButton } from './header-helpers';
import { node, nodes, openExample } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

interface Expected {
  templates: {
    slug: string;
    title: string;
    name: string;
    nodeCount: number;
    errors: number;
    warnings: number;
    errorRules: string[];
    intentionalErrors: string[];
  }[];
  variant: {
    baseName: string;
    ptuSummary: string;
    h100Summary: string;
    costBefore: string;
    costAfterPtu: string;
    deltas: Record<string, string | null>;
    costLines: number;
    onlyInA: number;
    onlyInB: number;
  };
  hops: { label: string; fromNodeId: string | null; toNodeId: string }[];
}

/** The figures `evaluate` and the trade-off switches give, computed by lib in Node (e2e/workshop-expected.ts). */
const expected = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', 'e2e/workshop-expected.ts'], { encoding: 'utf8', cwd: process.cwd() }),
) as Expected;

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
  await expect(gallery(page).getByRole('listitem')).toHaveCount(expected.templates.length);
  // Headline figures computed per card.
  await expect(
    page
      .getByTestId('template-enterprise-reference')
      .getByText(/\$[\d,]+\/mo/)
      .first(),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/workshop-gallery-1280x720.png' });
  expect(await seriousAxe(page, '[role="dialog"][aria-modal="false"]')).toEqual([]);

  for (const t of expected.templates) {
    // A template errs only on purpose.
    expect(
      t.errorRules.every((id) => t.intentionalErrors.includes(id)),
      `${t.slug}: ${t.errorRules.join(', ')}`,
    ).toBe(true);
    if (!(await gallery(page).isVisible())) await headerAction(page, 'Templates');
    const card = page.getByTestId(`template-${t.slug}`);
    if (t.slug !== 'blank') await expect(card.getByTestId('template-findings')).toContainText(findingsText(t.errors, t.warnings));
    await card.getByRole('button', { name: `Open ${t.title}` }).click();
    await expect(gallery(page)).toBeHidden();
    await expect(page.getByLabel('Design name')).toHaveValue(t.name);
    await expect(nodes(page)).toHaveCount(t.nodeCount);
    await expect(page.getByRole('group', { name: 'Design figures' }).getByRole('button', { name: /^Findings/ })).toContainText(
      findingsText(t.errors, t.warnings),
    );
  }
});

test('a variant switched PAYG → PTU and A100 → H100 compares against its design with the deltas evaluate gives', async ({ page }) => {
  test.setTimeout(120_000);
  const v = expected.variant;
  await openExample(page, 'multi-region-ptu-fallback');
  // An example opened by its address is not saved until it changes or is copied: keep it first.
  await page.getByRole('button', { name: 'Make a copy' }).click();

  await page.getByRole('button', { name: 'Designs' }).click();
  const menu = page.getByRole('dialog', { name: 'Designs' });
  await menu
    .getByRole('button', { name: /as variant$/ })
    .first()
    .click();
  await expect(page.getByLabel('Design name')).toHaveValue(`${v.baseName} (variant)`);

  // PAYG → PTU on the west deployment, as one undoable step with its summary shown.
  // Selected from the keyboard: the failover deployment may be outside the opening view at this size.
  await node(page, 'aoai-west').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Switch to provisioned throughput (PTU)' }).click();
  await expect(page.getByRole('list', { name: 'Notifications' })).toContainText(v.ptuSummary);
  // The header says what the cost was.
  await expect(page.getByTestId('figure-was').first()).toHaveText(`was ${v.costBefore}`);

  // A100 → H100 on the GPU pool.
  await node(page, 'pool').focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Move to another GPU family', { exact: true }).selectOption('h100');
  await page.getByRole('button', { name: 'Move to another GPU family: apply' }).click();
  await expect(page.getByRole('list', { name: 'Notifications' })).toContainText(v.h100Summary);

  // Undo takes back the last switch alone.
  const cost = page.getByRole('group', { name: 'Design figures' }).getByRole('button', { name: /^Monthly cost/ });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cost).toContainText(v.costAfterPtu);
  await page.getByRole('button', { name: 'Redo' }).click();

  await headerAction(page, 'Compare');
  const dialog = page.getByRole('dialog', { name: 'Compare designs' });
  await expect(dialog).toBeVisible();
  for (const [label, delta] of Object.entries(v.deltas)) {
    if (delta === null) continue;
    await expect(dialog.getByTestId(`compare-row-${label}`).getByTestId('delta')).toContainText(delta);
  }
  await expect(dialog.getByText(`Cost lines that differ (${v.costLines})`)).toBeVisible();
  await expect(dialog.getByText(`Only in A (${v.onlyInA})`)).toBeVisible();
  await expect(dialog.getByText(`Only in B (${v.onlyInB})`)).toBeVisible();
  await page.screenshot({ path: 'test-results/workshop-compare-1280x720.png' });
  expect(await seriousAxe(page, '[role="dialog"][aria-modal="true"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a presentation steps through the request path with the arrow keys and Esc leaves it', async ({ page }) => {
  await openExample(page);
  const hops = expected.hops;
  expect(hops.length).toBeGreaterThan(2);
  await headerAction(page, 'Present');
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
  // Both ends of the hop are framed on the canvas (the view moves there in 300 ms).
  for (const id of [hops[1]?.fromNodeId, hops[1]?.toNodeId]) if (id) await expect(node(page, id)).toBeInViewport({ ratio: 0.9 });
  // The projector figures fit at 1280 px: the last one (Findings) is whole, not scrolled out of view.
  const strip = page.getByRole('group', { name: 'Design figures' });
  const last = strip.getByTestId('figure').last();
  const fits = async () => {
    const [stripBox, lastBox] = [await strip.boundingBox(), await last.boundingBox()];
    return lastBox !== null && stripBox !== null && lastBox.x + lastBox.width <= stripBox.x + stripBox.width;
  };
  expect(await fits()).toBe(true);
  // And at 1920x1080, where the figures' notes show too.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(fits).toBe(true);
  if (size) await page.setViewportSize(size);
  await page.getByLabel('Panel', { exact: true }).selectOption('cost');
  await page.screenshot({ path: 'test-results/workshop-present-1280x720.png' });
  expect(await seriousAxe(page, 'body')).toEqual([]);
  await page.keyboard.press('Escape');
  // The header is back (at 1280 px its Present is in the More menu).
  await expect(page.getByRole('button', { name: 'Present', exact: true }).or(moreButton(page))).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
});
