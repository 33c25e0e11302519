/**
 * The example designs the studio offers (the start screen, the Designs menu, `?example=<slug>`): slug,
 * title and summary only, from the template registry. Their documents are NOT bundled with the page: the
 * studio fetches one from public/examples when it is opened (`loadTemplate`), so the first load carries no
 * design documents. Node and the tests read the documents through examples.ts.
 */
import { BUNDLED_EXAMPLE_SLUGS, DEFAULT_TEMPLATE, getTemplate } from './templates';

export interface ExampleInfo {
  slug: string;
  title: string;
  summary: string;
}

export const EXAMPLE_LIST: readonly ExampleInfo[] = BUNDLED_EXAMPLE_SLUGS.map((slug) => {
  const template = getTemplate(slug);
  if (!template) throw new Error(`example "${slug}" is missing from the template registry`);
  return { slug, title: template.title, summary: template.tradeoff };
});

export const DEFAULT_EXAMPLE = DEFAULT_TEMPLATE;

export const getExampleInfo = (slug: string): ExampleInfo | undefined => EXAMPLE_LIST.find((e) => e.slug === slug);
