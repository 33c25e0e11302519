import { expect, test } from '@playwright/test';
import { headerAction } from './header-helpers';
import { canvas, nodes, openExample } from './helpers';

test('a fresh machine opens the studio shell with the enterprise example', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('AI Architecture Studio', { exact: true })).toBeVisible();
  await expect(canvas(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspector and insights' })).toBeVisible();
  await expect(page.getByLabel('Design name')).toHaveValue('Enterprise AI platform (reference architecture)');
  await expect(nodes(page)).toHaveCount(26);
  // The header strip shows the figures from evaluate.
  const figures = page.getByRole('group', { name: 'Design figures' });
  await expect(figures.getByRole('button', { name: /^Monthly cost: \$[\d,]+\/mo/ })).toBeVisible();
  await expect(figures.getByRole('button', { name: /^Time to first token: \d/ })).toBeVisible();
  await expect(figures.getByRole('button', { name: /^End to end: / })).toBeVisible();
  await expect(figures.getByRole('button', { name: /^Composite SLA: \d+(\.\d+)?%/ })).toBeVisible();
  await expect(figures.getByRole('button', { name: /^Findings: \d+ errors? · \d+ warnings?/ })).toBeVisible();
  // A figure opens its insights panel.
  await figures.getByRole('button', { name: /^Monthly cost/ }).click();
  await expect(page.getByRole('tab', { name: /^Cost/ })).toHaveAttribute('aria-selected', 'true');
});

test('Share opens its dialog and Export its menu', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Share this design' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
});

test('the example list opens an example as a new design', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Designs' }).click();
  const menu = page.getByRole('dialog', { name: 'Designs' });
  await menu
    .getByRole('list', { name: 'Example designs' })
    .getByRole('button', { name: /Llama 3\.1 70B on AKS/ })
    .click();
  await expect(page.getByLabel('Design name')).toHaveValue(/Llama 3\.1 70B/);
  await expect(nodes(page)).toHaveCount(12);
  await expect(page.locator('.react-flow__node[data-id="pool"]')).toContainText('AKS GPU node pool');
  // The example picked from the list is kept in this browser; the one opened by its address (?example=) was
  // only looked at, so it is not.
  await page.getByRole('button', { name: 'Designs' }).click();
  await expect(menu.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem')).toHaveCount(1);
  await expect(menu.getByRole('list', { name: 'Saved in this browser' })).toContainText('Llama 3.1 70B');
});

test('the theme switches between light and dark, and high contrast', async ({ page }) => {
  await openExample(page);
  const html = page.locator('html');
  const startsDark = (await html.getAttribute('class'))?.includes('dark') ?? false;
  // The theme switches are buttons on wide windows and items of the header's More menu on narrower ones.
  await headerAction(page, 'Dark theme');
  await expect(html).toHaveClass(startsDark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
  await headerAction(page, 'High contrast');
  await expect(html).toHaveClass(/\bhc\b/);
  await page.reload();
  await expect(html).toHaveClass(/\bhc\b/);
});
