import { expect, test, type Page } from '@playwright/test';
import { canvas, edges, nodes, openExample } from './helpers';

/**
 * Points of connections that fall inside a group's title box (on the page, in pixels). Each drawn path
 * is sampled every 2 px along its length; the title box is the group's icon, name and detail chip.
 */
function connectionsOnTitles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const titles = [...document.querySelectorAll<HTMLElement>('.react-flow__node-container')].flatMap((g) => {
      const t = g.querySelector('.aas-group-title');
      return t ? [{ id: g.dataset.id ?? '', box: t.getBoundingClientRect() }] : [];
    });
    const found: string[] = [];
    for (const edge of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
      const ctm = path?.getScreenCTM();
      if (!path || !ctm) continue;
      const total = path.getTotalLength();
      for (let at = 0; at <= total; at += 2) {
        const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(ctm);
        const hit = titles.find(({ box }) => p.x > box.left + 1 && p.x < box.right - 1 && p.y > box.top + 1 && p.y < box.bottom - 1);
        if (hit) {
          found.push(`${edge.dataset.id} crosses the title of ${hit.id}`);
          break;
        }
      }
    }
    return found;
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    test('no connection of the reference design runs across a group title', async ({ page }) => {
      await openExample(page);
      await expect(edges(page).first()).toBeAttached();
      const groups = await page.locator('.react-flow__node-container .aas-group-title').count();
      expect(groups).toBeGreaterThanOrEqual(3);
      expect(await edges(page).count()).toBeGreaterThanOrEqual(10);
      // Wait until every node is measured and the paths are drawn where they end up.
      await expect.poll(() => page.locator('.react-flow__node[style*="visibility: hidden"]').count()).toBe(0);
      await expect.poll(() => connectionsOnTitles(page)).toEqual([]);
      // Moving the view changes nothing: the routes are in canvas units.
      await page.getByRole('button', { name: 'Fit view' }).click();
      await page.waitForTimeout(400);
      expect(await connectionsOnTitles(page)).toEqual([]);
    });
  });
}

test('Tab from the skip link reaches the components before any connection; a connection is reached with C and deleted', async ({
  page,
}) => {
  await openExample(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the canvas' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(canvas(page)).toBeFocused();

  // The first Tab lands on a node; Tab goes through every node and never stops on a connection.
  const focusedKind = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el?.closest('.react-flow__edge')) return 'edge';
      if (el?.classList.contains('react-flow__node')) return `node:${(el as HTMLElement).dataset.id}`;
      return el && document.getElementById('design-canvas')?.contains(el) ? 'canvas' : 'outside';
    });
  await page.keyboard.press('Tab');
  expect(await focusedKind()).toMatch(/^node:/);
  const nodeCount = await nodes(page).count();
  const visited = new Set<string>();
  for (let i = 0; i < nodeCount * 4 + 30; i++) {
    const kind = await focusedKind();
    expect(kind).not.toBe('edge');
    if (kind === 'outside') break;
    if (kind.startsWith('node:')) visited.add(kind.slice(5));
    await page.keyboard.press('Tab');
  }
  expect(visited.size).toBe(nodeCount);

  // From a component, C reaches its connections one by one; Shift+C goes back; Escape returns. The inspector
  // says so beside the component's connections.
  const afd = page.locator('.react-flow__node[data-id="afd"]');
  await afd.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/C on this component steps through its connections/)).toBeVisible();
  await afd.focus();
  await page.keyboard.press('c');
  const focusedEdge = page.locator('.react-flow__edge:focus');
  await expect(focusedEdge).toHaveCount(1);
  const first = await focusedEdge.getAttribute('aria-label');
  // The connection reached is brought into the canvas's view.
  const inView = async () => {
    const c = (await canvas(page).boundingBox())!;
    const b = (await focusedEdge.locator('path.react-flow__edge-path').boundingBox())!;
    const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
    return x >= c.x && x <= c.x + c.width && y >= c.y && y <= c.y + c.height;
  };
  await expect.poll(inView).toBe(true);
  expect(first).toMatch(/connection (from|to) .*Front Door/);
  await page.keyboard.press('c');
  await expect(focusedEdge).toHaveCount(1);
  expect(await focusedEdge.getAttribute('aria-label')).not.toBe(first);
  await page.keyboard.press('Shift+C');
  await expect(focusedEdge).toHaveAttribute('aria-label', first!);
  await page.keyboard.press('Escape');
  await expect(afd).toBeFocused();

  // The connection reached is selected: Delete removes it, and focus goes back to the component.
  const before = await edges(page).count();
  await page.keyboard.press('c');
  await expect(focusedEdge).toHaveCount(1);
  const id = await focusedEdge.getAttribute('data-id');
  await expect(focusedEdge).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(edges(page)).toHaveCount(before - 1);
  await expect(page.locator(`.react-flow__edge[data-id="${id}"]`)).toHaveCount(0);
  await expect(afd).toBeFocused();
  // Undo brings it back.
  await page.keyboard.press('Control+z');
  await expect(edges(page)).toHaveCount(before);
});
