import { expect, type Locator, type Page } from '@playwright/test';

/** The header's overflow menu (on windows narrower than the width where every action has a button). */
export const moreButton = (page: Page): Locator => page.getByRole('button', { name: 'More', exact: true });
export const moreMenu = (page: Page): Locator => page.getByRole('menu', { name: 'More actions' });

/** A header action's item in the More menu (an action or an on/off switch). */
const menuItem = (page: Page, name: string): Locator =>
  moreMenu(page)
    .getByRole('menuitem', { name, exact: true })
    .or(moreMenu(page).getByRole('menuitemcheckbox', { name, exact: true }));

/** Runs a header action as a person would: its own button when the header shows it, otherwise through More. */
export async function headerAction(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  if (await button.isVisible()) {
    await button.click();
    return;
  }
  if (!(await moreMenu(page).isVisible())) await moreButton(page).click();
  await menuItem(page, name).click();
}

/** Whether a header switch (Dark theme, High contrast) is on, read from its button or its menu item. */
export async function headerSwitchOn(page: Page, name: string): Promise<boolean> {
  const button = page.getByRole('button', { name, exact: true });
  if (await button.isVisible()) return (await button.getAttribute('aria-pressed')) === 'true';
  if (!(await moreMenu(page).isVisible())) await moreButton(page).click();
  const on = (await menuItem(page, name).getAttribute('aria-checked')) === 'true';
  await page.keyboard.press('Escape');
  await expect(moreMenu(page)).toHaveCount(0);
  return on;
}

/** Turns a header switch on or off, and closes the menu again if it was used. */
export async function setHeaderSwitch(page: Page, name: string, on: boolean): Promise<void> {
  if ((await headerSwitchOn(page, name)) === on) return;
  await headerAction(page, name);
  if (await moreMenu(page).isVisible()) {
    await expect(menuItem(page, name)).toHaveAttribute('aria-checked', String(on));
    await page.keyboard.press('Escape');
  } else await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', String(on));
}
