import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { nodes, openExample } from './helpers';

const EXAMPLE = 'Enterprise AI platform (reference architecture)';
const figures = (page: Page) => page.getByRole('group', { name: 'Design figures' });

async function exportItem(page: Page, item: string | RegExp): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: item }).click()]);
  return download;
}

const bytesOf = async (d: Download): Promise<Buffer> => readFile((await d.path()) as string);

/** The headline figures as the header shows them, e.g. "Monthly cost: $41,067/mo …". */
async function headline(page: Page): Promise<string[]> {
  const buttons = figures(page).getByRole('button');
  await expect(buttons.first()).toBeVisible();
  return (await buttons.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Split one CSV row (RFC 4180 quoting). */
function csvCells(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (quoted && c === '"' && row[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

async function openFileWithPicker(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Design file to open').setInputFiles({ name, mimeType, buffer });
}

async function dropFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  const data = await page.evaluateHandle(
    ({ name, mimeType, bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
      return dt;
    },
    { name, mimeType, bytes: [...buffer] },
  );
  const target = page.getByRole('main');
  await target.dispatchEvent('dragover', { dataTransfer: data });
  await target.dispatchEvent('drop', { dataTransfer: data });
}

async function seriousAxe(page: Page, selector: string): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.nodes[0]?.target.join(' ')}`);
}

test('an example opened by its address is not saved until it is changed', async ({ page }) => {
  await openExample(page);
  await expect(page.getByRole('region', { name: 'Example design' })).toBeVisible();
  await page.getByRole('button', { name: 'Designs' }).click();
  const saved = page.getByRole('dialog', { name: 'Designs' }).getByRole('list', { name: 'Saved in this browser' });
  await expect(saved).toContainText('No saved designs yet.');
  await page.keyboard.press('Escape');
  // The first change saves it as one of this browser's designs.
  await page.getByLabel('Design name').fill('My platform');
  await page.getByLabel('Design name').press('Enter');
  await expect(page.getByRole('region', { name: 'Example design' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Designs' }).click();
  await expect(saved.getByRole('listitem')).toHaveCount(1);
  await expect(saved).toContainText('My platform');
});

test('bill of materials, design file, operations pack and spreadsheet download with the report’s numbers', async ({ page }) => {
  await openExample(page);
  const header = await headline(page);
  const cost = header.find((t) => t.startsWith('Monthly cost'));
  const shownUsd = Number(/\$([\d,]+)/.exec(cost ?? '')?.[1]?.replace(/,/g, ''));
  expect(shownUsd).toBeGreaterThan(0);

  const csv = (await bytesOf(await exportItem(page, /^CSV/))).toString('utf8');
  const rows = csv.trimEnd().split('\r\n').map(csvCells);
  const head = rows[0] ?? [];
  const monthly = head.indexOf('Monthly cost (USD per month)');
  expect(monthly).toBeGreaterThan(0);
  const total = rows[rows.length - 1] ?? [];
  expect(total[0]).toBe('Total');
  const lines = rows.slice(1, -1);
  expect(lines.length).toBeGreaterThan(10);
  const sumCents = lines.reduce((s, r) => s + (r[monthly] && r[monthly] !== 'unpriced' ? Math.round(Number(r[monthly]) * 100) : 0), 0);
  expect(sumCents).toBe(Math.round(Number(total[monthly]) * 100));
  // The header shows whole dollars of the same total.
  expect(Math.round(Number(total[monthly]))).toBe(shownUsd);

  const json = JSON.parse((await bytesOf(await exportItem(page, /^JSON/))).toString('utf8')) as {
    currency: string;
    totalUsdPerMonth: number;
  };
  expect(json.currency).toBe('USD');
  expect(Math.round(json.totalUsdPerMonth)).toBe(shownUsd);
  const md = (await bytesOf(await exportItem(page, /^Markdown/))).toString('utf8');
  expect(md).toContain(EXAMPLE);
  const xlsx = await bytesOf(await exportItem(page, /^Excel workbook/));
  expect([...xlsx.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a zip container, as .xlsx is
  const implied = (await bytesOf(await exportItem(page, /^Implied resources/))).toString('utf8');
  expect(implied.split('\r\n')[0]).toBe('Type,Name,Applies to,Detail,Why');
  const ops = (await bytesOf(await exportItem(page, /^Operations pack/))).toString('utf8');
  expect(ops).toMatch(/KQL|kusto/i);

  const fileDl = await exportItem(page, /^Design file/);
  expect(fileDl.suggestedFilename()).toMatch(/\.json$/);
  const file = JSON.parse((await bytesOf(fileDl)).toString('utf8')) as { name: string; nodes: unknown[]; schemaVersion: number };
  expect(file.name).toBe(EXAMPLE);
  expect(file.nodes.length).toBe(await nodes(page).count());
});

test('the PNG and SVG images carry the design: they decode, and dropping them back opens the design', async ({ page }) => {
  test.setTimeout(180_000); // three drawings of a 26-node design on a shared machine
  await openExample(page);
  const count = await nodes(page).count();
  const png1 = await bytesOf(await exportItem(page, /^PNG image 1x/));
  const png2Dl = await exportItem(page, /PNG image, high resolution/);
  expect(png2Dl.suggestedFilename()).toMatch(/@2x\.png$/);
  const png2 = await bytesOf(png2Dl);
  for (const png of [png1, png2]) expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const size = (png: Buffer) => ({ w: png.readUInt32BE(16), h: png.readUInt32BE(20) });
  expect(size(png1).w).toBeGreaterThan(600);
  expect(size(png2).w).toBe(size(png1).w * 2);
  expect(size(png2).h).toBe(size(png1).h * 2);
  // The browser decodes it.
  const decoded = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    return { w: img.naturalWidth, h: img.naturalHeight };
  }, png1.toString('base64'));
  expect(decoded).toEqual(size(png1));

  const svg = (await bytesOf(await exportItem(page, /^SVG image/))).toString('utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('ai-architecture-studio-design');

  // Start a new design, then drop the PNG on the canvas: the design comes back as a new design.
  await page.getByRole('button', { name: 'Designs' }).click();
  await page.getByRole('dialog', { name: 'Designs' }).getByRole('button', { name: 'New design' }).click();
  await expect(nodes(page)).toHaveCount(0);
  await dropFile(page, 'diagram.png', 'image/png', png1);
  await expect(page.getByLabel('Design name')).toHaveValue(EXAMPLE);
  await expect(nodes(page)).toHaveCount(count);
  // The SVG through the file picker too.
  await page.getByRole('button', { name: 'Designs' }).click();
  await page.getByRole('dialog', { name: 'Designs' }).getByRole('button', { name: 'New design' }).click();
  await expect(nodes(page)).toHaveCount(0);
  await openFileWithPicker(page, 'diagram.svg', 'image/svg+xml', Buffer.from(svg));
  await expect(nodes(page)).toHaveCount(count, { timeout: 30_000 });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/export-menu-reopened.png' });
});

test('a broken or foreign file says what is wrong and leaves the design as it was', async ({ page }) => {
  await openExample(page);
  const count = await nodes(page).count();
  await openFileWithPicker(page, 'package.json', 'application/json', Buffer.from('{"name":"x","dependencies":{"react":"19"}}'));
  await expect(page.getByRole('alert').filter({ hasText: 'package.json' })).toContainText(
    'This is an npm package.json, not a studio design.',
  );
  await dropFile(page, 'noise.bin', 'application/octet-stream', Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x9c, 0x13, 0x37, 0xc0, 0xff, 0xee]));
  await expect(page.getByRole('alert').filter({ hasText: 'noise.bin' })).toContainText('was not opened');
  await openFileWithPicker(page, 'cut.json', 'application/json', Buffer.from('{"schemaVersion":1,"name":"Cut","nodes":['));
  await expect(page.getByRole('alert').filter({ hasText: 'cut.json' })).toContainText('not valid JSON');
  await expect(page.getByLabel('Design name')).toHaveValue(EXAMPLE);
  await expect(nodes(page)).toHaveCount(count);
});

test('a share link opens read-only in a fresh browser with the same numbers; Make a copy saves it', async ({ page, browser }) => {
  await openExample(page);
  const header = await headline(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this design' });
  const link = await dialog.getByLabel('Link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#v1\./);
  await expect(dialog.getByTestId('share-length')).toContainText(`${link.length.toLocaleString('en-US')} characters`);
  expect(link.length).toBeLessThanOrEqual(2000);
  expect(await seriousAxe(page, '[role="dialog"]')).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/share-dialog.png' });

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('region', { name: 'Shared design' })).toBeVisible();
  await expect(other.getByLabel('Design name')).toHaveValue(EXAMPLE);
  expect(await headline(other)).toEqual(header);
  // Read-only: a delete does nothing but explain.
  await nodes(other).first().click();
  await other.keyboard.press('Delete');
  await expect(other.getByText('This is a shared design: make a copy to edit it.')).toBeVisible();
  await expect(nodes(other)).toHaveCount(await nodes(page).count());
  // Not among the saved designs until copied.
  await other.getByRole('button', { name: 'Designs' }).click();
  const saved = other.getByRole('dialog', { name: 'Designs' }).getByRole('list', { name: 'Saved in this browser' });
  await expect(saved).toContainText('No saved designs yet.');
  await other.keyboard.press('Escape');
  expect(await seriousAxe(other, '[aria-label="Shared design"]')).toEqual([]);
  await other.screenshot({ path: 'test-results/shared-banner.png' });

  await other.getByRole('region', { name: 'Shared design' }).getByRole('button', { name: 'Make a copy' }).click();
  await expect(other.getByRole('region', { name: 'Shared design' })).toHaveCount(0);
  expect(new URL(other.url()).hash).toBe('');
  await other.getByLabel('Design name').fill('My copy');
  await other.getByLabel('Design name').press('Enter');
  await other.getByRole('button', { name: 'Designs' }).click();
  await expect(saved.getByRole('listitem')).toHaveCount(1);
  await expect(saved).toContainText('My copy');
  await other.waitForTimeout(600);
  await other.reload();
  await expect(other.getByLabel('Design name')).toHaveValue('My copy');
  await fresh.close();
});

test('the stakeholder summary shows the numbers, findings and bill of materials, and prints', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openExample(page);
  const header = await headline(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('dialog', { name: 'Share this design' }).getByLabel('Link').inputValue();
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await fresh.newPage();
  await other.goto(link.replace('/#', '/?view=summary#'));
  const summary = other.getByRole('dialog', { name: EXAMPLE });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('img', { name: `Diagram of ${EXAMPLE}` })).toBeVisible({ timeout: 30_000 });
  const cost = header.find((t) => t.startsWith('Monthly cost')) ?? '';
  await expect(summary.getByLabel('Headline numbers')).toContainText(/\$[\d,]+\/mo/.exec(cost)?.[0] ?? 'missing');
  await expect(summary.getByRole('heading', { name: 'Findings' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: /Bill of materials \(USD per month/ })).toBeVisible();
  expect(await seriousAxe(other, '.stakeholder-summary')).toEqual([]);
  await other.screenshot({ path: 'test-results/summary.png' });
  await other.emulateMedia({ media: 'print' });
  await expect(other.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await other.screenshot({ path: 'test-results/summary-print.png', fullPage: true });
  const pdf = await other.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000); // the diagram is in it
  // Back in the studio, the banner's toggle returns to the summary.
  await other.emulateMedia({ media: 'screen' });
  await summary.getByRole('button', { name: 'Back to the studio' }).click();
  await expect(summary).toHaveCount(0);
  await other.getByRole('button', { name: 'Summary view' }).click();
  await expect(summary).toBeVisible();
  await fresh.close();
});

test('a truncated or garbage link says so and opens the studio anyway', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('dialog', { name: 'Share this design' }).getByLabel('Link').inputValue();
  for (const bad of [
    link.slice(0, Math.floor(link.length * 0.6)),
    `${new URL(link).origin}/#v1.garbage!!notbase64`,
    `${new URL(link).origin}/#hello`,
  ]) {
    const fresh = await page.context().browser()!.newContext();
    const p = await fresh.newPage();
    await p.goto(bad);
    await expect(p.getByRole('alert').filter({ hasText: 'This share link could not be opened' })).toBeVisible();
    await expect(p.getByRole('region', { name: 'Shared design' })).toHaveCount(0);
    await expect(p.getByRole('region', { name: 'Design canvas' })).toBeVisible();
    expect(new URL(p.url()).hash).toBe('');
    await fresh.close();
  }
});
