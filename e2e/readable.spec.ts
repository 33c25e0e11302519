import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { headerSwitchOn, setHeaderSwitch } from './header-helpers';
import { canvas, node, nodes, openExample, paletteItem } from './helpers';

/** The readable floor fit view keeps to (components/canvas/view.ts MIN_READABLE_ZOOM). */
const MIN_READABLE_ZOOM = 0.75;

type Box = { x: number; y: number; width: number; height: number; text: string };

const zoomOf = async (page: Page): Promise<number> => {
  const t = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 'NaN');
};

/** Boxes of the visible elements matched, clipped to nothing: only those inside the window count. */
async function boxes(l: Locator): Promise<Box[]> {
  return l.evaluateAll((els) =>
    els
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, text: (el.textContent ?? '').trim() };
      })
      .filter(
        (b) =>
          b.width > 0 && b.height > 0 && b.x >= 0 && b.y >= 0 && b.x + b.width <= window.innerWidth && b.y + b.height <= window.innerHeight,
      ),
  );
}

const overlapping = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

function pairsOverlapping(list: Box[], others: Box[] = list): string[] {
  const out: string[] = [];
  for (const [i, a] of list.entries())
    for (const [j, b] of others.entries()) {
      if (others === list && j <= i) continue;
      if (overlapping(a, b)) out.push(`"${a.text}" overlaps "${b.text}"`);
    }
  return out;
}

/** Elements whose text is cut off: wider content than box. */
const truncated = (l: Locator): Promise<string[]> =>
  l.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => (el.textContent ?? '').trim()));

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the reference design opens at a readable zoom, with whole titles and key figures and no label on another', async ({ page }) => {
      await openExample(page);
      await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(MIN_READABLE_ZOOM);
      // The request path starts in view: its entry, and the front door after it.
      await expect(node(page, 'users')).toBeInViewport();
      await expect(node(page, 'afd')).toBeInViewport();

      const titles = page.getByTestId('node-title');
      const figures = page.getByTestId('node-figure');
      expect(await titles.count()).toBeGreaterThan(10);
      expect(await truncated(titles)).toEqual([]);
      expect(await truncated(figures)).toEqual([]);

      // Hop labels sit on their edges, clear of every component and of each other.
      const hopLabels = await boxes(page.locator('.react-flow__edgelabel-renderer span.rounded-md'));
      expect(hopLabels.length).toBeGreaterThan(0);
      expect(pairsOverlapping(hopLabels)).toEqual([]);
      const components = await boxes(page.locator('.react-flow__node-component'));
      expect(pairsOverlapping(hopLabels, components)).toEqual([]);
      const groupTitles = await boxes(page.locator('.aas-group-title'));
      expect(pairsOverlapping(hopLabels, groupTitles)).toEqual([]);
      // Components do not cover one another either.
      expect(pairsOverlapping(components)).toEqual([]);

      // The figures strip: every figure whole, none on another; the legend on one line.
      const strip = page.getByRole('group', { name: 'Design figures' }).getByTestId('figure');
      expect(await truncated(strip)).toEqual([]);
      expect(pairsOverlapping(await boxes(strip))).toEqual([]);
      // The panel tabs: every name whole, none on another.
      const tabs = page.getByRole('tab');
      expect(await truncated(tabs)).toEqual([]);
      expect(pairsOverlapping(await boxes(tabs))).toEqual([]);
      const legend = await page.getByRole('group', { name: 'Legend' }).boundingBox();
      expect(legend!.height).toBeLessThan(40);
      // The minimap leaves the canvas to the design.
      const map = (await page.locator('.react-flow__minimap').boundingBox())!;
      const area = (await canvas(page).boundingBox())!;
      expect((map.width * map.height) / (area.width * area.height)).toBeLessThan(0.05);
    });

    test('new nodes never land on existing ones: Enter on a palette item, and Ctrl+D inside a subnet', async ({ page }) => {
      await openExample(page);
      for (let i = 0; i < 3; i++) {
        await paletteItem(page, 'App Service').focus();
        await page.keyboard.press('Enter');
      }
      await expect(node(page, 'app-service-3')).toBeVisible();
      // Select the worker from the keyboard (it may be outside the view at this size).
      await node(page, 'ingest').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+d');
      await expect(node(page, 'ingest-2')).toBeVisible();
      // The copy stays in the subnet its original is in.
      await expect(page.getByLabel('Inside')).toHaveValue('snet-fn');
      await page.getByRole('button', { name: 'Fit view' }).click();
      await page.waitForTimeout(400);
      const all = await nodes(page).evaluateAll((els) =>
        els
          .filter((el) => el.classList.contains('react-flow__node-component'))
          .map((el) => {
            const r = el.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height, text: (el as HTMLElement).dataset.id ?? '' };
          }),
      );
      const added = all.filter((b) => /^(app-service(-\d)?|ingest-2)$/.test(b.text));
      expect(added).toHaveLength(4);
      expect(pairsOverlapping(added, all).filter((p) => !/"(.+)" overlaps "\1"/.test(p))).toEqual([]);
    });
  });
}

test.describe('at 1024×720', () => {
  test.use({ viewport: { width: 1024, height: 720 } });
  test('the figures strip, tabs and legend fit without overlapping; the panels fold to a rail for more canvas', async ({ page }) => {
    await openExample(page);
    const strip = page.getByRole('group', { name: 'Design figures' }).getByTestId('figure');
    expect(await truncated(strip)).toEqual([]);
    expect(pairsOverlapping(await boxes(strip))).toEqual([]);
    const last = (await strip.last().boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(1024);
    const tabs = page.getByRole('tab');
    expect(await truncated(tabs)).toEqual([]);
    expect(pairsOverlapping(await boxes(tabs))).toEqual([]);
    const before = (await canvas(page).boundingBox())!.width;
    await page.getByRole('button', { name: 'Hide the panels' }).click();
    await expect(page.getByRole('tab')).toHaveCount(0);
    expect((await canvas(page).boundingBox())!.width).toBeGreaterThan(before + 250);
    // An icon on the rail opens its panel.
    await page.getByRole('button', { name: 'Latency', exact: true }).click();
    await expect(page.getByRole('tab', { name: /^Latency/ })).toHaveAttribute('aria-selected', 'true');
  });
});

test('keyboard: a skip link reaches the canvas, arrow keys pan it, and move a focused component', async ({ page }) => {
  await openExample(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the canvas' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(canvas(page)).toBeFocused();
  const before = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(before);
  // Tab moves into the components (connections are reached from a component with C); the arrow keys move the focused one.
  const focused = page.locator('.react-flow__node:focus');
  for (let i = 0; i < 40 && (await focused.count()) === 0; i++) await page.keyboard.press('Tab');
  await expect(focused).toHaveCount(1);
  const id = await focused.getAttribute('data-id');
  const at = await node(page, id!).evaluate((el) => (el as HTMLElement).style.transform);
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => node(page, id!).evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(at);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('follows the operating system on first open', async ({ page }) => {
    await openExample(page);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await headerSwitchOn(page, 'Dark theme')).toBe(true);
  });
});

test('no serious or critical accessibility violations on any panel, in light, dark and high contrast', async ({ page }) => {
  test.setTimeout(420_000);
  await openExample(page);
  const panels = ['Inspector', 'Findings', 'Cost', 'VRAM', 'Latency', 'Availability', 'Scenario'];
  const found: string[] = [];
  for (const theme of ['light', 'dark', 'high contrast'] as const) {
    await setHeaderSwitch(page, 'Dark theme', theme === 'dark');
    await setHeaderSwitch(page, 'High contrast', theme === 'high contrast');
    for (const panel of panels) {
      await page.getByRole('tab', { name: new RegExp(`^${panel}`) }).click();
      await expect(page.getByRole('tab', { name: new RegExp(`^${panel}`) })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('status', { name: 'Loading the panel' })).toHaveCount(0);
      // The whole page once per theme (with the first panel); then only the panel that changed, to keep it quick.
      // The label-in-name check is experimental in axe (off by default): it is switched on here.
      const builder = new AxeBuilder({ page });
      if (panel !== panels[0]) builder.include('#studio-panels');
      const r = await builder
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'experimental'])
        .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
        .analyze();
      for (const v of r.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
        found.push(`${theme} / ${panel}: ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')}`);
    }
  }
  expect(found).toEqual([]);
});
