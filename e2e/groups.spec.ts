import { expect, test } from '@playwright/test';
import { dropFromPalette, mouseDrag, node, openBlank, positionOf } from './helpers';

test('a group resizes from its corner in one undoable step; arrow keys move the selection', async ({ page }) => {
  await openBlank(page);
  await dropFromPalette(page, 'Subnet', { x: 300, y: 260 });
  const subnet = node(page, 'subnet');
  await subnet.click({ position: { x: 60, y: 14 } });
  const before = (await subnet.boundingBox())!;
  const corner = subnet.locator('.react-flow__resize-control.handle.bottom.right');
  const c = (await corner.boundingBox())!;
  await mouseDrag(page, { x: c.x + c.width / 2, y: c.y + c.height / 2 }, { x: c.x + 120, y: c.y + 80 });
  await expect.poll(async () => Math.round((await subnet.boundingBox())!.width)).toBeGreaterThan(before.width + 100);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => Math.round((await subnet.boundingBox())!.width)).toBe(Math.round(before.width));
  // Arrow keys move what is selected, one step per press.
  const start = await positionOf(page, 'subnet');
  await subnet.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => positionOf(page, 'subnet')).not.toBe(start);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(page, 'subnet')).toBe(start);
});
