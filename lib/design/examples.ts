/**
 * The example designs shipped in public/examples/: listed in the studio, opened with
 * `?example=<slug>`, and checked in the tests. The JSON files are the documents themselves.
 */
import batchPipeline from '../../public/examples/batch-pipeline.json';
import enterpriseReference from '../../public/examples/enterprise-reference.json';
import multiRegionPtuFallback from '../../public/examples/multi-region-ptu-fallback.json';
import selfHostedLlama from '../../public/examples/self-hosted-llama-70b-aks.json';

export interface ExampleDesign {
  slug: string;
  title: string;
  summary: string;
  /** The raw document; parse it with parseDesign like any other input. */
  document: unknown;
}

export const EXAMPLES: readonly ExampleDesign[] = [
  {
    slug: 'enterprise-reference',
    title: 'Enterprise AI platform',
    summary: 'The seed 9.13 reference architecture: Front Door, APIM, GPT-4.1 PTU with PAYG overflow, AI Search, private endpoints.',
    document: enterpriseReference,
  },
  {
    slug: 'self-hosted-llama-70b-aks',
    title: 'Llama 3.1 70B on AKS with vLLM',
    summary: 'Self-hosted open model on A100 80GB nodes, tensor parallel 4, autoscaling GPU pool.',
    document: selfHostedLlama,
  },
  {
    slug: 'multi-region-ptu-fallback',
    title: 'Multi-region PTU with fallback',
    summary: 'PTU primary, PAYG overflow in a second region, a cheaper model, and an open-source emergency path.',
    document: multiRegionPtuFallback,
  },
  {
    slug: 'batch-pipeline',
    title: 'Batch document pipeline',
    summary: 'Event Grid, Service Bus and Functions workers calling GPT-4o-mini through the Batch API.',
    document: batchPipeline,
  },
];

export const DEFAULT_EXAMPLE = 'enterprise-reference';

export const getExample = (slug: string): ExampleDesign | undefined => EXAMPLES.find((e) => e.slug === slug);
