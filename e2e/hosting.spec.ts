import { expect, test, type Page } from '@playwright/test';
import { TEMPLATES } from '../lib/design/templates';
import { dropFromPalette, node, nodes, openExample } from './helpers';

/** Every CSP violation the page reports, collected from its first script on. */
async function watchPolicy(page: Page): Promise<{ violations: string[]; consoleErrors: string[] }> {
  const seen = { violations: [] as string[], consoleErrors: [] as string[] };
  await page.exposeFunction('__reportViolation', (text: string) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) seen.consoleErrors.push(m.text());
  });
  return seen;
}

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/examples/enterprise-reference.json', '/icon.svg', '/no-such-page']) {
    const response = await request.get(path);
    const h = response.headers();
    const csp = h['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain('unsafe-eval');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('no-referrer');
    expect(h['x-frame-options'], path).toBe('DENY');
  }
});

test('the studio works under its policy: no violation while opening, editing and switching designs', async ({ page }) => {
  const seen = await watchPolicy(page);
  await openExample(page);
  await node(page, 'afd').click();
  await page.getByRole('button', { name: 'Designs' }).click();
  await page.getByRole('dialog', { name: 'Designs' }).getByRole('button', { name: 'New design' }).click();
  await dropFromPalette(page, 'Azure AI Search', { x: 300, y: 220 });
  await expect(nodes(page)).toHaveCount(1);
  await page.waitForTimeout(600); // autosave
  await page.reload();
  await expect(nodes(page)).toHaveCount(1);
  expect(seen.violations).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
});

test('the studio asks only its own origin, and only for its code and the designs it shows', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(nodes(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Designs' }).click();
  await page.getByRole('dialog', { name: 'Designs' }).getByRole('button', { name: 'New design' }).click();
  await dropFromPalette(page, 'Cosmos DB', { x: 300, y: 220 });
  await expect(nodes(page)).toHaveCount(1);
  await page.waitForTimeout(600);
  const origin = new URL(baseURL ?? '').origin;
  const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  const paths = requests.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname);
  const unexpected = paths.filter((p) => !(p === '/' || p.startsWith('/_next/static/') || p === '/icon.svg' || p === '/favicon.ico'));
  // The only documents fetched are the example the studio opens on first start and the templates of the
  // gallery it shows beside it (their thumbnails and figures).
  expect(unexpected).toContain('/examples/enterprise-reference.json');
  const templates = new Set(TEMPLATES.map((t) => `/examples/${t.slug}.json`));
  expect(unexpected.filter((p) => !templates.has(p))).toEqual([]);
});
