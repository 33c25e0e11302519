/**
 * Every cost says what it is in and how old its prices are: the cost panel and the header's monthly
 * cost state the catalog's currency (USD) and the price snapshot date ("prices as of <date>").
 */
import { expect, test } from '@playwright/test';
import { CATALOG_CURRENCY, PRICE_SNAPSHOT_DATE } from '../lib/catalog';
import { formatUsdPerMonth } from '../lib/format';
import { exampleDesign, openExample, openPanel, reportOf } from './insights-helpers';

test('the cost panel and the header state the currency and the price snapshot date', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 }); // the header shows the basis from 1500 px
  const slug = 'enterprise-reference';
  const r = reportOf(exampleDesign(slug));
  await openExample(page, slug);

  // The header's monthly cost carries the basis beside the figure.
  const strip = page.getByRole('group', { name: 'Design figures' });
  const costFigure = strip.getByRole('button', { name: /^Monthly cost/ });
  await expect(costFigure).toContainText(formatUsdPerMonth(r.cost.totalUsdPerMonth));
  await expect(costFigure).toContainText(`${CATALOG_CURRENCY} · prices as of ${PRICE_SNAPSHOT_DATE}`);

  // The cost panel: the lead and the headline name USD; the headline gives the snapshot date.
  const body = await openPanel(page, 'cost');
  await expect(body.getByText(/Monthly, in USD,/)).toBeVisible();
  await expect(body.getByTestId('price-basis')).toHaveText(`USD · prices as of ${PRICE_SNAPSHOT_DATE}`);
  await expect(body.getByTestId('price-snapshot-date')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(body.getByTestId('prices-as-of')).toHaveText(r.cost.pricesAsOf ?? 'n/a');
});
