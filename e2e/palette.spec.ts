import { expect, test } from '@playwright/test';
import { canvas, dropFromPalette, node, nodes, openBlank, paletteItem } from './helpers';

test('search filters the palette by name', async ({ page }) => {
  await openBlank(page);
  const palette = page.getByRole('navigation', { name: 'Component palette' });
  await expect(palette.locator('button[data-kind]')).toHaveCount(32);
  await page.getByLabel('Search components').fill('redis');
  await expect(palette.locator('button[data-kind]')).toHaveCount(1);
  await expect(paletteItem(page, 'Azure Cache for Redis')).toBeVisible();
  await page.getByLabel('Search components').fill('zzzz');
  await expect(palette.getByText('No component matches')).toBeVisible();
  await page.getByLabel('Search components').fill('');
  await expect(palette.locator('button[data-kind]')).toHaveCount(32);
});

test('dragging from the palette adds a component where it is dropped', async ({ page }) => {
  await openBlank(page);
  await page.getByLabel('Search components').fill('app service');
  await dropFromPalette(page, 'App Service', { x: 300, y: 250 });
  await expect(node(page, 'app-service')).toBeVisible();
  // It lands where it was dropped: its centre is near the drop point.
  const box = (await node(page, 'app-service').boundingBox())!;
  const area = (await canvas(page).boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (area.x + 300))).toBeLessThan(40);
  expect(Math.abs(box.y + box.height / 2 - (area.y + 250))).toBeLessThan(40);
  // The new component is selected in the inspector, with its figures from evaluate.
  await expect(page.getByRole('heading', { name: 'App Service', level: 2 })).toBeVisible();
  await expect(node(page, 'app-service').getByRole('button', { name: /^Status:/ })).toBeVisible();
});

test('dropping into a region sets the parent and the component shows the region', async ({ page }) => {
  await openBlank(page);
  await dropFromPalette(page, 'Azure region', { x: 380, y: 330 });
  await expect(node(page, 'region')).toBeVisible();
  const region = (await node(page, 'region').boundingBox())!;
  const area = (await canvas(page).boundingBox())!;
  await dropFromPalette(page, 'Azure AI Search', { x: region.x - area.x + region.width / 2, y: region.y - area.y + region.height / 2 });
  const search = node(page, 'ai-search');
  await expect(search).toBeVisible();
  await expect(search.getByTestId('node-subtitle')).toContainText('East US');
  await expect(page.getByLabel('Inside')).toHaveValue('region');
  // Moving the region moves what is inside it.
  const before = (await search.boundingBox())!;
  const header = node(page, 'region').getByText('eastus', { exact: true });
  const h = (await header.boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + 40, h.y + 30, { steps: 8 });
  await page.mouse.move(h.x + 90, h.y + 60, { steps: 8 });
  await page.mouse.up();
  const after = (await search.boundingBox())!;
  expect(after.x - before.x).toBeGreaterThan(40);
  expect(after.y - before.y).toBeGreaterThan(20);
  // Dragging it out of the region clears the parent.
  await search.click();
  const s = (await search.boundingBox())!;
  const r = (await node(page, 'region').boundingBox())!;
  await page.mouse.move(s.x + 60, s.y + 20);
  await page.mouse.down();
  await page.mouse.move(s.x + 70, s.y + 40, { steps: 4 });
  await page.mouse.move(s.x + 60, r.y + r.height + 90, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByLabel('Inside')).toHaveValue('');
  await expect(search.getByTestId('node-subtitle')).not.toContainText('East US');
});

test('keyboard only: focus a palette item and press Enter to add it at the centre', async ({ page }) => {
  await openBlank(page);
  await page.getByLabel('Search components').focus();
  await page.keyboard.type('functions');
  // Tab only once the list shows the match alone, as a person would see it before moving on.
  await expect(paletteItem(page, 'App Service')).toHaveCount(0);
  await expect(paletteItem(page, 'Azure Functions')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(paletteItem(page, 'Azure Functions')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(node(page, 'functions')).toBeVisible();
  await expect(nodes(page)).toHaveCount(1);
  const box = (await node(page, 'functions').boundingBox())!;
  const area = (await canvas(page).boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (area.x + area.width / 2))).toBeLessThan(40);
  expect(Math.abs(box.y + box.height / 2 - (area.y + area.height / 2))).toBeLessThan(40);
  // A second Enter adds another beside it, not on top of it.
  await page.keyboard.press('Enter');
  await expect(node(page, 'functions-2')).toBeVisible();
});

test('the palette folds to icons for more canvas, and still adds components', async ({ page }) => {
  await openBlank(page);
  await page.getByRole('button', { name: 'Show icons only' }).click();
  await expect(page.getByLabel('Search components')).toHaveCount(0);
  await paletteItem(page, 'Key Vault').focus();
  await page.keyboard.press('Enter');
  await expect(node(page, 'key-vault')).toBeVisible();
  await page.getByRole('button', { name: 'Show component names' }).click();
  await expect(page.getByLabel('Search components')).toBeVisible();
});
