import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../calc/evaluate';
import { readTemplate, templateDesign } from '../../scripts/template-files';
import { EXAMPLES } from '../design/examples';
import { absoluteRect, indexNodes } from '../design/geometry';
import { isGroupKind } from '../catalog/components';
import {
  BUNDLED_EXAMPLE_SLUGS,
  DEFAULT_TEMPLATE,
  getTemplate,
  loadTemplate,
  parseTemplate,
  TEMPLATE_TAGS,
  TEMPLATES,
  templatesWithTags,
  templateUrl,
} from '../design/templates';

const files = readdirSync(join(process.cwd(), 'public', 'examples'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

describe('the template registry', () => {
  it('lists every document in public/examples/ exactly once, and nothing else', () => {
    expect(TEMPLATES.map((t) => t.slug).sort()).toEqual(files);
    expect(new Set(TEMPLATES.map((t) => t.slug)).size).toBe(TEMPLATES.length);
  });

  it('covers the gallery of issue 10', () => {
    for (const slug of [
      'blank',
      'aoai-single-region-payg',
      'multi-region-ptu-fallback',
      'multi-model-fallback',
      'rag-search-semantic-cache',
      'self-hosted-llama-70b-aks',
      'self-hosted-llama-8b-aks-mig',
      'batch-pipeline',
      'fine-tuning-nd-h100',
      'enterprise-reference',
    ])
      expect(getTemplate(slug), slug).toBeDefined();
  });

  it('gives each a title, a one-sentence trade-off and known tags', () => {
    for (const t of TEMPLATES) {
      expect(t.title.length, t.slug).toBeGreaterThan(5);
      expect(t.tradeoff.trim().split(/(?<=[.!?])\s+/).length, t.slug).toBe(1);
      expect(t.tradeoff.endsWith('.'), t.slug).toBe(true);
      expect(t.tags.length, t.slug).toBeGreaterThan(0);
      for (const tag of t.tags) expect(TEMPLATE_TAGS).toContain(tag);
    }
  });

  it('keeps the bundled examples and the default in the registry, with the registry titles', () => {
    expect(getTemplate(DEFAULT_TEMPLATE)).toBeDefined();
    expect(EXAMPLES.map((e) => e.slug)).toEqual([...BUNDLED_EXAMPLE_SLUGS]);
    for (const e of EXAMPLES) expect(e.title).toBe(getTemplate(e.slug)?.title);
  });

  it('filters by tags', () => {
    expect(templatesWithTags([]).length).toBe(TEMPLATES.length);
    expect(templatesWithTags(['self-hosted', 'mig']).map((t) => t.slug)).toEqual(['self-hosted-llama-8b-aks-mig']);
    expect(templatesWithTags(['ptu']).map((t) => t.slug)).toEqual(['enterprise-reference', 'multi-region-ptu-fallback']);
  });

  it('gives the URL the browser fetches, and refuses an unknown slug plainly', async () => {
    expect(templateUrl('blank')).toBe('/examples/blank.json');
    expect(() => templateUrl('nope')).toThrow(/not a template/);
    const r = parseTemplate('nope', '{}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/"nope" is not a template of the gallery/);
    const bad = await loadTemplate('blank', async () => {
      throw new Error('HTTP 404');
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.message).toBe('template "blank" could not be loaded: HTTP 404');
  });

  it('loads a template through an injected reader, as the browser does with fetch', async () => {
    const urls: string[] = [];
    const r = await loadTemplate('aoai-single-region-payg', async (url) => {
      urls.push(url);
      const read = readTemplate('aoai-single-region-payg');
      if (!read.ok) throw new Error('unreadable');
      return JSON.stringify(read.design);
    });
    expect(urls).toEqual(['/examples/aoai-single-region-payg.json']);
    expect(r.ok && r.design.name).toBe('Azure OpenAI in one region, pay-as-you-go');
  });
});

describe('every template is a valid design', () => {
  for (const t of TEMPLATES) {
    describe(t.slug, () => {
      const design = templateDesign(t.slug);
      const report = evaluate(design);
      const errors = report.findings.filter((f) => f.severity === 'error');

      it(
        t.intentionalErrors.length === 0 ? 'has no error finding' : `shows ${t.intentionalErrors.join(', ')} on purpose, and says so`,
        () => {
          expect([...new Set(errors.map((f) => f.ruleId))].sort()).toEqual([...t.intentionalErrors].sort());
          if (t.intentionalErrors.length > 0) {
            expect(design.description).toMatch(/ON PURPOSE/);
            expect(t.tags).toContain('error-demo');
            // Each error it shows on purpose offers a computed fix that clears it.
            for (const f of errors)
              expect(
                f.fixes.some((x) => x.patch !== undefined),
                f.ruleId,
              ).toBe(true);
          } else expect(design.description).not.toMatch(/ON PURPOSE/);
        },
      );

      it('places every node inside its group (readable layout: regions, VNETs and subnets as groups)', () => {
        const byId = indexNodes(design);
        const rect = (id: string) => {
          const n = byId.get(id);
          if (!n) throw new Error(`no node ${id}`);
          return absoluteRect(byId, n);
        };
        for (const n of design.nodes) {
          if (n.parentId === undefined) continue;
          const child = rect(n.id);
          const parent = rect(n.parentId);
          expect(child.x >= parent.x && child.y >= parent.y, `${n.id} starts inside ${n.parentId}`).toBe(true);
          expect(child.x + child.width <= parent.x + parent.width, `${n.id} ends inside ${n.parentId} (x)`).toBe(true);
          expect(child.y + child.height <= parent.y + parent.height, `${n.id} ends inside ${n.parentId} (y)`).toBe(true);
        }
        // No two nodes of one parent overlap.
        const siblings = new Map<string, string[]>();
        for (const n of design.nodes) siblings.set(n.parentId ?? '', [...(siblings.get(n.parentId ?? '') ?? []), n.id]);
        for (const ids of siblings.values())
          for (let i = 0; i < ids.length; i++)
            for (let j = i + 1; j < ids.length; j++) {
              const a = rect(ids[i] as string);
              const b = rect(ids[j] as string);
              const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
              expect(overlap, `${ids[i]} and ${ids[j]} overlap`).toBe(false);
            }
      });

      it('puts every non-global service in a region group', () => {
        if (design.nodes.length === 0) return;
        expect(design.nodes.some((n) => n.kind === 'region')).toBe(true);
        for (const n of design.nodes) if (isGroupKind(n.kind) && n.kind !== 'region') expect(n.parentId, n.id).toBeDefined();
      });
    });
  }
});
