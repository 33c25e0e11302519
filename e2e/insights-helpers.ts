/**
 * What the insights specs share: the example designs read as the studio reads them, the report
 * `evaluate` gives for them in Node (the numbers the panels must show), and opening a panel.
 * The documents are read from public/examples/ (the files lib/design/examples.ts imports; Node's ESM
 * loader will not import JSON without an import attribute).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { evaluate } from '../lib/calc/evaluate';
import type { NodePatch, Report } from '../lib/calc/types';
import { updateNode } from '../lib/design/edit';
import { parseDesign } from '../lib/design/parse';
import type { Design } from '../lib/design/schema';
import { BUNDLED_EXAMPLE_SLUGS } from '../lib/design/templates';

const dir = join(process.cwd(), 'public', 'examples');

/** The example slugs the studio opens with `?example=<slug>` (the bundled ones; the gallery fetches the rest). */
export const EXAMPLE_SLUGS: readonly string[] = [...BUNDLED_EXAMPLE_SLUGS].sort();

export function exampleDesign(slug: string): Design {
  const r = parseDesign(JSON.parse(readFileSync(join(dir, `${slug}.json`), 'utf8')));
  if (!r.ok) throw new Error(`example ${slug} does not parse: ${JSON.stringify(r.errors)}`);
  return r.design;
}

export const reportOf = (design: Design): Report => evaluate(design);

/** The design after a fix's patch, applied as the studio's store applies it (lib/design/edit.ts). */
export function withPatch(design: Design, patch: NodePatch): Design {
  const r = updateNode(design, patch.nodeId, { config: patch.config });
  if (!r.ok) throw new Error(`the patch does not apply: ${r.message}`);
  return r.design;
}

export const withScenario = (design: Design, patch: Partial<Design['scenario']>): Design => ({
  ...design,
  scenario: { ...design.scenario, ...patch },
});

export async function openExample(page: Page, slug: string): Promise<void> {
  await page.goto(`/?example=${slug}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

const TAB_NAMES = {
  findings: 'Findings',
  cost: 'Cost',
  vram: 'VRAM',
  latency: 'Latency',
  availability: 'Availability',
  scenario: 'Scenario',
} as const;

/** Open an insights panel by its tab and wait for it to load; returns the panel body. */
export async function openPanel(page: Page, panel: keyof typeof TAB_NAMES): Promise<Locator> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${TAB_NAMES[panel]}`) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const body = page.locator('#panel-body');
  await expect(body.getByRole('heading', { level: 2, name: TAB_NAMES[panel], exact: true })).toBeVisible();
  return body;
}
