/**
 * The four example designs the studio bundles today (the start screen, the Designs menu, `?example=<slug>`),
 * as a view over the template registry (templates.ts): title and summary come from there, the document
 * from public/examples/. The other gallery templates are not bundled: they are fetched when opened
 * (`loadTemplate`), which is how these four should load too once the gallery replaces this list.
 */
import batchPipeline from '../../public/examples/batch-pipeline.json';
import enterpriseReference from '../../public/examples/enterprise-reference.json';
import multiRegionPtuFallback from '../../public/examples/multi-region-ptu-fallback.json';
import selfHostedLlama from '../../public/examples/self-hosted-llama-70b-aks.json';
import { BUNDLED_EXAMPLE_SLUGS, DEFAULT_TEMPLATE, getTemplate } from './templates';

export interface ExampleDesign {
  slug: string;
  title: string;
  summary: string;
  /** The raw document; parse it with parseDesign like any other input. */
  document: unknown;
}

const DOCUMENTS: Record<(typeof BUNDLED_EXAMPLE_SLUGS)[number], unknown> = {
  'enterprise-reference': enterpriseReference,
  'self-hosted-llama-70b-aks': selfHostedLlama,
  'multi-region-ptu-fallback': multiRegionPtuFallback,
  'batch-pipeline': batchPipeline,
};

export const EXAMPLES: readonly ExampleDesign[] = BUNDLED_EXAMPLE_SLUGS.map((slug) => {
  const document = DOCUMENTS[slug];
  const template = getTemplate(slug);
  if (!template) throw new Error(`example "${slug}" is missing from the template registry`);
  return { slug, title: template.title, summary: template.tradeoff, document };
});

export const DEFAULT_EXAMPLE = DEFAULT_TEMPLATE;

export const getExample = (slug: string): ExampleDesign | undefined => EXAMPLES.find((e) => e.slug === slug);
