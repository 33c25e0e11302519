import { expect, type Locator, type Page } from '@playwright/test';

export const canvas = (page: Page): Locator => page.getByRole('region', { name: 'Design canvas' });
export const node = (page: Page, id: string): Locator => page.locator(`.react-flow__node[data-id="${id}"]`);
export const nodes = (page: Page): Locator => page.locator('.react-flow__node');
export const edges = (page: Page): Locator => page.locator('.react-flow__edge');
export const paletteItem = (page: Page, name: string): Locator =>
  page.getByRole('navigation', { name: 'Component palette' }).getByRole('button', { name, exact: true });

/** Open the studio with an example design (a fresh browser context has no saved designs). */
export async function openExample(page: Page, slug = 'enterprise-reference'): Promise<void> {
  await page.goto(`/?example=${slug}`);
  await expect(nodes(page).first()).toBeVisible();
}

/** Open the studio on a new, empty design. */
export async function openBlank(page: Page): Promise<void> {
  await page.goto('/');
  await expect(nodes(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Designs' }).click();
  await page.getByRole('dialog', { name: 'Designs' }).getByRole('button', { name: 'New design' }).click();
  await expect(nodes(page)).toHaveCount(0);
  await expect(page.getByText('Start your design')).toBeVisible();
}

/** Drag a palette item onto the canvas at a point relative to the canvas's top-left corner. */
export async function dropFromPalette(page: Page, name: string, at: { x: number; y: number }): Promise<void> {
  await paletteItem(page, name).dragTo(canvas(page), { targetPosition: at });
}

/** Centre of an element on the page. */
export async function centre(l: Locator): Promise<{ x: number; y: number }> {
  const box = await l.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Press, move in small steps and release, as a person drags with a mouse. */
export async function mouseDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / steps, from.y + (to.y - from.y) / steps);
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** Draw a connection from one node's output handle to another node's input handle. */
export async function connectHandles(page: Page, sourceId: string, targetId: string): Promise<void> {
  const from = await centre(node(page, sourceId).locator('.react-flow__handle.source'));
  const to = await centre(node(page, targetId).locator('.react-flow__handle.target'));
  await mouseDrag(page, from, to);
}

/** The transform of a node on the canvas (its position), to compare before and after a move. */
export const positionOf = (page: Page, id: string): Promise<string | null> =>
  node(page, id).evaluate((el) => (el as HTMLElement).style.transform);
