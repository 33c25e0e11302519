import { expect, test } from '@playwright/test';
import { node } from './helpers';
import { openExample, openPanel } from './insights-helpers';

test.describe('numbers that follow intent', () => {
  test('switching a deployment to a PTU type in the inspector sizes its PTUs and prices them, as one undo step', async ({ page }) => {
    await openExample(page, 'aoai-single-region-payg');
    await node(page, 'aoai').click();
    const ptu = page.getByLabel('Provisioned throughput units (PTU)');
    await expect(ptu).toHaveValue('0');
    await page.getByLabel('Deployment type').selectOption('global-provisioned');
    await expect(page.getByLabel('Deployment type')).toHaveValue('global-provisioned');
    // Sized at the peak that reaches the node: at least Global PTU's minimum of 15, never 0.
    await expect(ptu).not.toHaveValue('0');
    expect(Number(await ptu.inputValue())).toBeGreaterThanOrEqual(15);
    const cost = await openPanel(page, 'cost');
    await expect(cost.getByText(/gpt-4o provisioned throughput/).first()).toBeVisible();
    // One undo step takes both the type and the PTU count back.
    await page.keyboard.press('Control+z');
    await node(page, 'aoai').click();
    await expect(page.getByLabel('Deployment type')).toHaveValue('standard');
    await expect(page.getByLabel('Provisioned throughput units (PTU)')).toHaveValue('0');
  });

  test('the scenario form shows the average-above-peak finding beside the traffic fields', async ({ page }) => {
    await openExample(page, 'aoai-single-region-payg');
    const scenario = await openPanel(page, 'scenario');
    const average = scenario.getByRole('spinbutton', { name: /average/i }).first();
    const peak = Number(await scenario.getByRole('spinbutton', { name: /peak/i }).first().inputValue());
    await average.fill(String(peak * 2));
    await average.press('Enter');
    await expect(scenario.getByRole('status').filter({ hasText: /is above the peak/ })).toBeVisible();
  });
});
