/**
 * The four example designs of the studio (example-list.ts) WITH their documents, read at build time from
 * public/examples/: for Node and the tests. The studio itself never imports this module: it fetches an
 * example's document when it is opened (`loadTemplate`), so no design document is in its first load.
 */
import batchPipeline from '../../public/examples/batch-pipeline.json';
import enterpriseReference from '../../public/examples/enterprise-reference.json';
import multiRegionPtuFallback from '../../public/examples/multi-region-ptu-fallback.json';
import selfHostedLlama from '../../public/examples/self-hosted-llama-70b-aks.json';
import { EXAMPLE_LIST, type ExampleInfo } from './example-list';
import { BUNDLED_EXAMPLE_SLUGS, DEFAULT_TEMPLATE } from './templates';

export interface ExampleDesign extends ExampleInfo {
  /** The raw document; parse it with parseDesign like any other input. */
  document: unknown;
}

const DOCUMENTS: Record<(typeof BUNDLED_EXAMPLE_SLUGS)[number], unknown> = {
  'enterprise-reference': enterpriseReference,
  'self-hosted-llama-70b-aks': selfHostedLlama,
  'multi-region-ptu-fallback': multiRegionPtuFallback,
  'batch-pipeline': batchPipeline,
};

export const EXAMPLES: readonly ExampleDesign[] = EXAMPLE_LIST.map((info) => ({
  ...info,
  document: DOCUMENTS[info.slug as (typeof BUNDLED_EXAMPLE_SLUGS)[number]],
}));

export const DEFAULT_EXAMPLE = DEFAULT_TEMPLATE;

export const getExample = (slug: string): ExampleDesign | undefined => EXAMPLES.find((e) => e.slug === slug);
