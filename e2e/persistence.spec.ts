import { expect, test } from '@playwright/test';
import { dropFromPalette, node, nodes, openBlank } from './helpers';

test('reload finds the design intact', async ({ page }) => {
  await openBlank(page);
  await dropFromPalette(page, 'Azure AI Search', { x: 300, y: 220 });
  await dropFromPalette(page, 'Cosmos DB', { x: 600, y: 220 });
  await page.getByLabel('Design name').fill('Search sketch');
  await page.getByLabel('Design name').press('Enter');
  await node(page, 'ai-search').click();
  await page.getByLabel('Replicas').fill('4');
  await page.getByLabel('Replicas').press('Enter');
  await page.waitForTimeout(600); // autosave is debounced by 300 ms
  await page.reload();
  await expect(nodes(page)).toHaveCount(2);
  await expect(page.getByLabel('Design name')).toHaveValue('Search sketch');
  await node(page, 'ai-search').click();
  await expect(page.getByLabel('Replicas')).toHaveValue('4');
  // The design is listed among the saved ones, with the example opened on first start.
  await page.getByRole('button', { name: 'Designs' }).click();
  const saved = page.getByRole('dialog', { name: 'Designs' }).getByRole('list', { name: 'Saved in this browser' });
  await expect(saved.getByRole('listitem')).toHaveCount(2);
  await expect(saved).toContainText('Search sketch');
});

test('designs can be renamed, duplicated, and deleted with undo', async ({ page }) => {
  await openBlank(page);
  await page.getByRole('button', { name: 'Designs' }).click();
  const menu = page.getByRole('dialog', { name: 'Designs' });
  await menu.getByRole('button', { name: 'Rename Untitled design' }).click();
  await menu.getByLabel('New name for Untitled design').fill('Pilot');
  await menu.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByLabel('Design name')).toHaveValue('Pilot');
  await menu.getByRole('button', { name: 'Duplicate Pilot', exact: true }).click();
  await expect(page.getByLabel('Design name')).toHaveValue('Pilot (copy)');
  await page.getByRole('button', { name: 'Designs' }).click();
  await expect(menu.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem')).toHaveCount(3);
  await menu.getByRole('button', { name: 'Delete Pilot (copy)' }).click();
  await expect(menu.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('list', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(menu.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem')).toHaveCount(3);
});

test('a corrupted saved design shows a clear message, keeps its text and offers the examples', async ({ page }) => {
  const raw = '{"schemaVersion":1,"name":"Broken","nodes":[{"id":"a","kind":"gpu-vm","position":{"x":0}}],"edges":[]';
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'aas.designs.v1',
      JSON.stringify({ version: 1, currentId: 'broken', designs: [{ id: 'broken', name: 'Broken', updatedAt: 1 }] }),
    );
    localStorage.setItem('aas.design.broken', text);
  }, raw);
  await page.goto('/');
  const dialog = page.getByRole('alertdialog', { name: '“Broken” could not be opened' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('is not valid JSON');
  await expect(dialog).toContainText('aas.backup.broken');
  expect(await page.evaluate(() => localStorage.getItem('aas.backup.broken'))).toBe(raw);
  await dialog.getByRole('button', { name: /Enterprise AI platform/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(nodes(page)).toHaveCount(26);
  // The raw text is still there.
  expect(await page.evaluate(() => localStorage.getItem('aas.backup.broken'))).toBe(raw);
});

test('a full storage shows that the design was not saved, and saving resumes when there is room', async ({ page }) => {
  await openBlank(page);
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    (window as unknown as { restoreStorage: () => void }).restoreStorage = () => {
      Storage.prototype.setItem = original;
    };
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('aas.design.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await dropFromPalette(page, 'Azure Cache for Redis', { x: 300, y: 220 });
  await expect(page.getByRole('alert').filter({ hasText: "Not saved: this browser's storage for the studio is full" })).toBeVisible();
  // The work is still on the canvas.
  await expect(node(page, 'redis')).toBeVisible();
  await page.evaluate(() => (window as unknown as { restoreStorage: () => void }).restoreStorage());
  await dropFromPalette(page, 'Cosmos DB', { x: 600, y: 220 });
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveCount(0);
  await page.reload();
  await expect(nodes(page)).toHaveCount(2);
});
