import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { moreButton, moreMenu } from './header-helpers';
import { openExample } from './helpers';

const DEFAULT_NAME = 'Enterprise AI platform (reference architecture)';
const ACTIONS = [
  'Designs',
  'Templates',
  'Compare',
  'Present',
  'Undo',
  'Redo',
  'Open file…',
  'Share',
  'Export',
  'Dark theme',
  'High contrast',
];

type Box = { x: number; y: number; width: number; height: number; name: string };

/** The bar along the top (the first part of the page's banner). */
const bar = (page: Page): Locator => page.getByRole('banner').locator('> div').first();

/** Boxes of the bar's visible controls and title. */
const controlBoxes = (page: Page): Promise<Box[]> =>
  bar(page)
    .locator('h1, button, input')
    .evaluateAll((els) =>
      els
        .map((el) => {
          const r = el.getBoundingClientRect();
          const name = el.getAttribute('aria-label') ?? ((el as HTMLInputElement).value || el.textContent || '').trim();
          return { x: r.x, y: r.y, width: r.width, height: r.height, name };
        })
        .filter((b) => b.width > 0 && b.height > 0),
    );

const overlaps = (list: Box[]): string[] =>
  list.flatMap((a, i) =>
    list
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5)
      .map((b) => `"${a.name}" overlaps "${b.name}"`),
  );

async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    .include('header')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'experimental'])
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the design name shows whole, no control on another or at the edge, every action reachable, no serious axe finding', async ({
      page,
    }) => {
      await openExample(page);
      const name = page.getByLabel('Design name');
      await expect(name).toBeVisible();
      await expect(name).toHaveValue(DEFAULT_NAME);
      // Whole: the field is as wide as its text.
      expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

      const boxes = await controlBoxes(page);
      expect(boxes.length).toBeGreaterThan(5);
      expect(overlaps(boxes)).toEqual([]);
      // Nothing touches the window's edges.
      for (const b of boxes) {
        expect(b.x, b.name).toBeGreaterThanOrEqual(8);
        expect(b.x + b.width, b.name).toBeLessThanOrEqual(size.width - 8);
      }

      // Every action: its own button, or (narrower windows) an item of the More menu.
      const narrow = await moreButton(page).isVisible();
      expect(narrow).toBe(size.width < 1800);
      const inMenu: string[] = [];
      for (const action of ACTIONS) {
        if (await page.getByRole('button', { name: action, exact: true }).isVisible()) continue;
        inMenu.push(action);
      }
      if (narrow) {
        await moreButton(page).click();
        const menu = moreMenu(page);
        await expect(menu).toBeVisible();
        for (const action of inMenu)
          await expect(
            menu.getByRole('menuitem', { name: action, exact: true }).or(menu.getByRole('menuitemcheckbox', { name: action, exact: true })),
          ).toBeVisible();
        expect(inMenu).toEqual(['Templates', 'Compare', 'Present', 'Open file…', 'Dark theme', 'High contrast']);
        // The open menu stays inside the window and clear of the controls' bar.
        const m = (await menu.boundingBox())!;
        expect(m.x + m.width).toBeLessThanOrEqual(size.width);
        expect(await seriousViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      } else expect(inMenu).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/canvas-a11y-header-${size.width}x${size.height}.png` });
    });
  });
}

test.describe('the More menu at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('opens from the keyboard, moves with the arrow keys, closes with Escape back on its button, and runs its actions', async ({
    page,
  }) => {
    await openExample(page);
    const more = moreButton(page);
    await expect(more).toHaveAttribute('aria-haspopup', 'menu');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = moreMenu(page);
    await expect(menu).toBeVisible();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const item = (name: string) =>
      menu.getByRole('menuitem', { name, exact: true }).or(menu.getByRole('menuitemcheckbox', { name, exact: true }));
    await expect(item('Templates')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(item('Compare')).toBeFocused();
    await page.keyboard.press('End');
    await expect(item('High contrast')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(item('Templates')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(item('High contrast')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(item('Templates')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(more).toBeFocused();

    // Up opens it on the last item; the dark theme switches on from the keyboard and says so.
    await page.keyboard.press('ArrowUp');
    await expect(item('High contrast')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(item('Dark theme')).toBeFocused();
    const dark = (await item('Dark theme').getAttribute('aria-checked')) === 'true';
    await page.keyboard.press('Enter');
    await expect(item('Dark theme')).toHaveAttribute('aria-checked', String(!dark));
    await expect(page.locator('html')).toHaveClass(dark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
    await page.keyboard.press('Escape');
    await expect(more).toBeFocused();

    // Compare opens its view from the menu.
    await more.click();
    await item('Compare').click();
    await expect(menu).toHaveCount(0);
    await expect(page.getByRole('dialog', { name: 'Compare designs' })).toBeVisible();
  });
});
