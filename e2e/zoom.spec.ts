import { expect, test } from '@playwright/test';
import { node, openExample } from './helpers';

test('zoomed out past legibility, nodes show icon and name only; zooming back in brings their figures back', async ({ page }) => {
  await openExample(page, 'self-hosted-llama-70b-aks');
  const pool = node(page, 'pool');
  await expect(pool).toContainText('VRAM per GPU');
  await expect(pool.locator('[data-compact]')).toHaveCount(0);
  await expect(page.locator('.react-flow__edgelabel-renderer')).toContainText('2 ms');

  const zoomOut = page.getByRole('button', { name: /zoom out/i });
  for (let i = 0; i < 12 && (await pool.locator('[data-compact]').count()) === 0; i++) await zoomOut.click();
  await expect(pool.locator('[data-compact]')).toHaveCount(1);
  await expect(pool).toContainText('Llama 3.1 70B · vLLM');
  await expect(pool).not.toContainText('VRAM per GPU');
  // Hop labels would be unreadable too: they hide until the view is legible again.
  await expect(page.locator('.react-flow__edgelabel-renderer')).not.toContainText('2 ms');

  await page.getByRole('button', { name: /fit view/i }).click();
  await expect(pool).toContainText('VRAM per GPU');
  await expect(pool.locator('[data-compact]')).toHaveCount(0);
});
