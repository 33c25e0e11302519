import { expect, test, type Page } from '@playwright/test';
import { dropFromPalette, node, nodes } from './helpers';

const EXAMPLE = 'Enterprise AI platform (reference architecture)';

const savedList = (page: Page) => page.getByRole('dialog', { name: 'Designs' }).getByRole('list', { name: 'Saved in this browser' });

async function openDesignsMenu(page: Page) {
  if (!(await page.getByRole('dialog', { name: 'Designs' }).isVisible())) await page.getByRole('button', { name: 'Designs' }).click();
  await expect(savedList(page)).toBeVisible();
}

async function rename(page: Page, name: string) {
  await page.getByLabel('Design name').fill(name);
  await page.getByLabel('Design name').press('Enter');
  await expect(page.getByLabel('Design name')).toHaveValue(name);
}

test('two tabs: a design made in one tab stays listed after the other tab edits another, and both lists follow', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(nodes(page).first()).toBeVisible();
  const tabB = await context.newPage();
  await tabB.goto('/');
  await expect(nodes(tabB).first()).toBeVisible();
  await expect(tabB.getByLabel('Design name')).toHaveValue(EXAMPLE);

  // Tab A starts a new design and names it.
  await openDesignsMenu(page);
  await page.getByRole('dialog', { name: 'Designs' }).getByRole('button', { name: 'New design' }).click();
  await rename(page, 'Made in tab A');
  await dropFromPalette(page, 'Azure Cache for Redis', { x: 300, y: 220 });
  await page.waitForTimeout(600); // autosave is debounced by 300 ms

  // Tab B, still on the example, edits it.
  await tabB.bringToFront();
  await dropFromPalette(tabB, 'Cosmos DB', { x: 520, y: 560 });
  await tabB.waitForTimeout(600);

  // Tab B's list shows tab A's design without a reload, and so does tab A's.
  await openDesignsMenu(tabB);
  await expect(savedList(tabB).getByRole('listitem')).toHaveCount(2);
  await expect(savedList(tabB)).toContainText('Made in tab A');
  await page.bringToFront();
  await openDesignsMenu(page);
  await expect(savedList(page).getByRole('listitem')).toHaveCount(2);
  await expect(savedList(page)).toContainText(EXAMPLE);

  // A reload brings tab A back to its own design (not the one tab B used last), and both designs are still listed.
  await page.reload();
  await expect(page.getByLabel('Design name')).toHaveValue('Made in tab A');
  await expect(nodes(page)).toHaveCount(1);
  await expect(node(page, 'redis')).toBeVisible();
  await openDesignsMenu(page);
  await expect(savedList(page).getByRole('listitem')).toHaveCount(2);
  await expect(savedList(page)).toContainText(EXAMPLE);
});

test('a damaged list of saved designs offers the designs still kept, and opening one lists them all again', async ({ page }) => {
  await page.goto('/');
  await expect(nodes(page).first()).toBeVisible();
  await openDesignsMenu(page);
  await page.getByRole('dialog', { name: 'Designs' }).getByRole('button', { name: 'New design' }).click();
  await rename(page, 'Kept sketch');
  await dropFromPalette(page, 'Azure AI Search', { x: 300, y: 220 });
  await page.waitForTimeout(600);

  const damaged = '{"version":1,"currentId":"x","designs":[{"id":"x","na';
  await page.evaluate((text) => localStorage.setItem('aas.designs.v1', text), damaged);
  await page.reload();

  const dialog = page.getByRole('alertdialog', { name: 'The list of your saved designs could not be read' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('aas.backup.index');
  await expect(dialog).toContainText('These 2 designs are still kept in this browser');
  const found = dialog.getByRole('list', { name: 'Saved designs' });
  await expect(found.getByRole('button')).toHaveCount(2);
  await expect(found.getByRole('button', { name: 'Kept sketch', exact: true })).toBeVisible();
  await expect(found.getByRole('button', { name: EXAMPLE, exact: true })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('aas.backup.index'))).toBe(damaged);

  await found.getByRole('button', { name: 'Kept sketch', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Design name')).toHaveValue('Kept sketch');
  await expect(node(page, 'ai-search')).toBeVisible();
  await openDesignsMenu(page);
  await expect(savedList(page).getByRole('listitem')).toHaveCount(2);
  await expect(savedList(page)).toContainText(EXAMPLE);

  // The list is whole again: a reload opens without the dialog.
  await page.reload();
  await expect(page.getByLabel('Design name')).toHaveValue('Kept sketch');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
