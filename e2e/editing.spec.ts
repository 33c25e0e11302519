import { expect, test } from '@playwright/test';
import { centre, connectHandles, dropFromPalette, edges, mouseDrag, node, nodes, openBlank, positionOf } from './helpers';

test.describe('editing on the canvas', () => {
  test.beforeEach(async ({ page }) => {
    await openBlank(page);
    await dropFromPalette(page, 'Users', { x: 120, y: 200 });
    await dropFromPalette(page, 'App Service', { x: 380, y: 200 });
    await dropFromPalette(page, 'Azure OpenAI deployment', { x: 640, y: 200 });
    await expect(nodes(page)).toHaveCount(3);
  });

  test('connect two components by dragging from handle to handle', async ({ page }) => {
    await connectHandles(page, 'client', 'app-service');
    await expect(edges(page)).toHaveCount(1);
    // The new connection is selected in the inspector; its flow was inferred.
    await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible();
    await expect(page.getByLabel('What flows')).toHaveValue('request');
    await connectHandles(page, 'app-service', 'azure-openai');
    await expect(edges(page)).toHaveCount(2);
    await page.getByLabel('Connectivity').selectOption('public');
    await expect(page.getByLabel('Connectivity')).toHaveValue('public');
  });

  test('an invalid connection is refused with its reason', async ({ page }) => {
    await connectHandles(page, 'azure-openai', 'client');
    await expect(page.getByRole('alert').filter({ hasText: 'is where requests start: nothing sends requests to it' })).toBeVisible();
    await expect(edges(page)).toHaveCount(0);
    // A container cannot be connected either: dropping the connection on a region says so.
    // A dropped region hangs from its title at the pointer.
    await dropFromPalette(page, 'Azure region', { x: 300, y: 420 });
    const from = await centre(node(page, 'app-service').locator('.react-flow__handle.source'));
    const box = (await node(page, 'region').boundingBox())!;
    await mouseDrag(page, from, { x: box.x + box.width / 2, y: box.y + 120 });
    await expect(page.getByRole('alert').filter({ hasText: 'is a container, not a service' })).toBeVisible();
    await expect(edges(page)).toHaveCount(0);
  });

  test('a bad value shows a message beside the field and is not applied', async ({ page }) => {
    await node(page, 'app-service').click();
    const instances = page.getByLabel('Instances');
    await expect(instances).toHaveValue('2');
    await instances.fill('0');
    await expect(page.getByText('Must be at least 1, got the number 0.')).toBeVisible();
    await expect(instances).toHaveAttribute('aria-invalid', 'true');
    await instances.press('Enter');
    await instances.fill('2.5');
    await expect(page.getByText('Must be a whole number, got 2.5.')).toBeVisible();
    await instances.press('Tab');
    // The design still holds 2: leave and come back.
    await page.getByRole('region', { name: 'Design canvas' }).click({ position: { x: 600, y: 600 } });
    await node(page, 'app-service').click();
    await expect(page.getByLabel('Instances')).toHaveValue('2');
    // A good value is applied.
    await page.getByLabel('Instances').fill('4');
    await page.getByLabel('Instances').press('Enter');
    await expect(page.getByText('Must be at least')).toHaveCount(0);
    await page.getByRole('region', { name: 'Design canvas' }).click({ position: { x: 600, y: 600 } });
    await node(page, 'app-service').click();
    await expect(page.getByLabel('Instances')).toHaveValue('4');
  });

  test('undo and redo with the keyboard and the buttons; a drag is one step', async ({ page }) => {
    await expect(nodes(page)).toHaveCount(3);
    await page.keyboard.press('Control+z');
    await expect(nodes(page)).toHaveCount(2);
    await page.keyboard.press('Control+Shift+z');
    await expect(nodes(page)).toHaveCount(3);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(nodes(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(nodes(page)).toHaveCount(3);
    // A drag of many mouse moves is undone in one step.
    const before = await positionOf(page, 'client');
    const c = await centre(node(page, 'client'));
    await mouseDrag(page, { x: c.x, y: c.y + 10 }, { x: c.x + 100, y: c.y + 210 }, 20);
    await expect.poll(() => positionOf(page, 'client')).not.toBe(before);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => positionOf(page, 'client')).toBe(before);
    await expect(nodes(page)).toHaveCount(3);
  });

  test('Delete removes the selection; Ctrl+D duplicates it', async ({ page }) => {
    await connectHandles(page, 'client', 'app-service');
    await expect(edges(page)).toHaveCount(1);
    await node(page, 'app-service').click();
    await page.keyboard.press('Control+d');
    await expect(node(page, 'app-service-2')).toBeVisible();
    await expect(nodes(page)).toHaveCount(4);
    // The copy is selected: Delete removes it.
    await expect(page.getByRole('heading', { name: 'App Service', level: 2 })).toBeVisible();
    await page.keyboard.press('Delete');
    await expect(node(page, 'app-service-2')).toHaveCount(0);
    await expect(nodes(page)).toHaveCount(3);
    await node(page, 'app-service').click();
    await page.keyboard.press('Backspace');
    await expect(node(page, 'app-service')).toHaveCount(0);
    // Its connection went with it.
    await expect(edges(page)).toHaveCount(0);
  });

  test('shift-click and box select several; copy and paste into another design', async ({ page }) => {
    await node(page, 'client').click();
    await node(page, 'app-service').click({ modifiers: ['Shift'] });
    await expect(page.getByRole('heading', { name: '2 components selected' })).toBeVisible();
    await page.keyboard.press('Control+c');
    await page.getByRole('button', { name: 'Designs' }).click();
    await page.getByRole('dialog', { name: 'Designs' }).getByRole('button', { name: 'New design' }).click();
    await expect(nodes(page)).toHaveCount(0);
    await page.keyboard.press('Control+v');
    await expect(nodes(page)).toHaveCount(2);
    await expect(node(page, 'client')).toBeVisible();
    // Box select with Shift + drag on the empty canvas (the paste kept the copied spot, at the canvas's edge:
    // fit the view first so there is canvas around them to drag from).
    await page.getByRole('button', { name: 'Fit view' }).click();
    // Fit view animates: wait until the view has settled before reading where the components are.
    const viewport = page.locator('.react-flow__viewport');
    const transform = () => viewport.evaluate((el) => (el as HTMLElement).style.transform);
    await expect
      .poll(async () => {
        const before = await transform();
        await page.waitForTimeout(150);
        return before === (await transform());
      })
      .toBe(true);
    await page.getByRole('region', { name: 'Design canvas' }).click({ position: { x: 600, y: 600 } });
    const a = (await node(page, 'client').boundingBox())!;
    const b = (await node(page, 'app-service').boundingBox())!;
    await page.keyboard.down('Shift');
    await mouseDrag(page, { x: a.x - 30, y: a.y - 30 }, { x: b.x + b.width + 30, y: b.y + b.height + 30 });
    await page.keyboard.up('Shift');
    await expect(page.getByRole('heading', { name: '2 components selected' })).toBeVisible();
  });

  test('hovering or focusing a status badge says why', async ({ page }) => {
    const badge = node(page, 'azure-openai').getByRole('button', { name: /^Status:/ });
    await badge.hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await badge.focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
  });
});
