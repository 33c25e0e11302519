import { expect, test, type Locator, type Page } from '@playwright/test';
import { node, openExample } from './helpers';

/** Open an insights panel by its tab; returns the panel body. */
async function openPanel(page: Page, name: 'Cost' | 'Findings' | 'Scenario'): Promise<Locator> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const body = page.locator('#panel-body');
  await expect(body.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  return body;
}

test.describe('numbers that follow intent', () => {
  test('switching a deployment to a PTU type in the inspector sizes its PTUs and prices them, as one undo step', async ({ page }) => {
    await openExample(page, 'batch-pipeline');
    await node(page, 'aoai').click();
    // The inspector's PTU field: its label reads "Provisioned throughput units" with the unit "(PTU)" beside it.
    const ptu = page.getByRole('textbox', { name: 'Provisioned throughput units (PTU)', exact: true });
    const ptuBefore = (await ptu.count()) > 0 ? await ptu.inputValue() : null;
    await page.getByLabel('Deployment type').selectOption('data-zone-provisioned');
    await expect(page.getByLabel('Deployment type')).toHaveValue('data-zone-provisioned');
    // Sized at the peak that reaches the node (300 RPM × 3,000 in + 500 out on gpt-4o-mini), never 0.
    await expect(ptu).toBeVisible();
    await expect(ptu).toHaveValue('40');
    expect(Number(await ptu.inputValue())).toBeGreaterThan(0);
    // The Cost panel prices those PTUs: 40 PTU × $1.10 per Data Zone PTU-hour × 730 h = $32,120 a month
    // (facts §5.2, secondary: Data Zone $1.10 per PTU-hour).
    const cost = await openPanel(page, 'Cost');
    const ptuLine = cost.getByTestId('cost-line').filter({ hasText: /gpt-4o-mini provisioned throughput/ });
    await expect(ptuLine).toHaveCount(1);
    await expect(ptuLine).toBeVisible();
    await expect(ptuLine.getByRole('cell').first()).toHaveText(/^40\s*PTU$/);
    await expect(ptuLine).toContainText('$32,120');
    await expect(ptuLine).not.toContainText('unpriced');
    // One undo step takes both the type and the PTU count back.
    await page.keyboard.press('Control+z');
    await expect(ptuLine).toHaveCount(0);
    await node(page, 'aoai').click();
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await expect(page.getByLabel('Deployment type')).toHaveValue('data-zone-standard');
    if (ptuBefore === null) await expect(ptu).toHaveCount(0);
    else await expect(ptu).toHaveValue(ptuBefore);
  });

  test('the scenario form shows the average-above-peak finding beside the traffic fields', async ({ page }) => {
    await openExample(page, 'batch-pipeline');
    const scenario = await openPanel(page, 'Scenario');
    // The example's peak is 300 requests/min.
    const average = scenario.getByLabel(/average.*exact value/i);
    await average.fill('600');
    await average.press('Enter');
    await expect(scenario.getByRole('status').filter({ hasText: /is above the peak/ })).toBeVisible();
  });

  test('choosing Reserved 1 year on a GPU node with no known reserved price says so on the node and in the findings', async ({ page }) => {
    await openExample(page, 'self-hosted-llama-70b-aks');
    await node(page, 'pool').click();
    await page.getByLabel('Pricing', { exact: true }).selectOption('reserved-1y');
    // The node's first key figure on the canvas says it.
    await expect(node(page, 'pool').getByText(/Reserved: no price known, pay-as-you-go shown/)).toBeVisible();
    const findings = await openPanel(page, 'Findings');
    await expect(findings.getByText(/1-year reserved chosen, but no sourced 1-year reserved price is known/).first()).toBeVisible();
  });
});
