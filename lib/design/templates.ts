/**
 * The template gallery: design documents in public/examples/<slug>.json, described here without their
 * contents. This registry holds no JSON imports, so listing the gallery costs the browser's first load
 * nothing: the studio fetches a template when it is opened (`templateUrl`, `loadTemplate`), Node reads the
 * file (scripts/template-files.ts), and both parse it with `parseDesign` like any other input.
 *
 * Every template is a working design (no error-severity finding from `evaluate`), except those whose
 * `intentionalErrors` lists the rules they break ON PURPOSE, to demonstrate a finding and its fix; their
 * document description says so. The unit tests hold each template to this.
 */
import { parseDesign, type DesignError, type ParseResult } from './parse';

/** The one-click trade-off switches a facilitator can apply to a node (lib/workshop/tradeoffs.ts). */
export type TradeoffKind = 'to-ptu' | 'to-payg' | 'gpu-family' | 'precision' | 'add-second-region' | 'remove-second-region';

export const TEMPLATE_TAGS = [
  'azure-openai',
  'payg',
  'ptu',
  'multi-region',
  'fallback',
  'rag',
  'cache',
  'self-hosted',
  'aks',
  'mig',
  'gpu',
  'batch',
  'training',
  'reference',
  'start',
  'error-demo',
] as const;
export type TemplateTag = (typeof TEMPLATE_TAGS)[number];

export interface DesignTemplate {
  /** File name in public/examples/ without `.json`; also the `?example=<slug>` of the studio. */
  slug: string;
  title: string;
  /** One sentence: the trade-off this template lets a facilitator show. */
  tradeoff: string;
  tags: readonly TemplateTag[];
  /**
   * Rule ids of error findings the template shows ON PURPOSE (its document description says so); empty for
   * the working designs, which `evaluate` reports without any error.
   */
  intentionalErrors: readonly string[];
  /** Switches worth trying live on this template (lib/workshop/tradeoffs.ts `applyTradeoff`), in demo order. */
  suggestedSwitches: readonly SuggestedSwitch[];
}

/** A trade-off switch to suggest on a template: which node, which switch, and its choice where it takes one. */
export interface SuggestedSwitch {
  nodeId: string;
  kind: TradeoffKind;
  choice?: string;
}

/** Gallery order: start simple, then scale out, then self-host, then the special workloads. */
export const TEMPLATES: readonly DesignTemplate[] = [
  {
    slug: 'blank',
    title: 'Blank canvas',
    tradeoff: 'Nothing yet: start from an empty design with the default traffic scenario.',
    tags: ['start'],
    intentionalErrors: [],
    suggestedSwitches: [],
  },
  {
    slug: 'aoai-single-region-payg',
    title: 'Azure OpenAI, one region, pay-as-you-go',
    tradeoff:
      'The cheapest start, billed per token with no commitment, against throttling (429) under load and no way around a regional outage.',
    tags: ['azure-openai', 'payg', 'start'],
    intentionalErrors: [],
    suggestedSwitches: [
      { nodeId: 'aoai', kind: 'to-ptu' },
      { nodeId: 'eastus', kind: 'add-second-region', choice: 'westus' },
    ],
  },
  {
    slug: 'enterprise-reference',
    title: 'Enterprise AI platform (seed 9.13)',
    tradeoff:
      'The full reference architecture: guaranteed PTU throughput, private networking and a semantic cache, paid for in fixed monthly cost and components to run.',
    tags: ['reference', 'azure-openai', 'ptu', 'payg', 'multi-region', 'rag', 'cache'],
    intentionalErrors: [],
    suggestedSwitches: [{ nodeId: 'aoai-east', kind: 'to-payg' }],
  },
  {
    slug: 'multi-region-ptu-fallback',
    title: 'Multi-region PTU with PAYG overflow',
    tradeoff:
      'A fixed PTU commitment sized to the baseline with pay-as-you-go overflow in a second region, against paying for PTUs that sit idle off-peak.',
    tags: ['azure-openai', 'ptu', 'payg', 'multi-region', 'fallback'],
    intentionalErrors: [],
    suggestedSwitches: [
      { nodeId: 'aoai-east', kind: 'to-payg' },
      { nodeId: 'westus', kind: 'remove-second-region' },
    ],
  },
  {
    slug: 'multi-model-fallback',
    title: 'Multi-model fallback',
    tradeoff:
      'Surviving throttling, a regional outage and a problem with one model by falling back to cheaper models in other regions, against answers whose quality depends on the path taken.',
    tags: ['azure-openai', 'payg', 'multi-region', 'fallback'],
    intentionalErrors: [],
    suggestedSwitches: [{ nodeId: 'aoai-primary', kind: 'to-ptu' }],
  },
  {
    slug: 'rag-search-semantic-cache',
    title: 'RAG with AI Search and a semantic cache',
    tradeoff:
      'A Redis semantic cache answers repeated questions in milliseconds and saves their tokens, against a fixed cache cost and one more hop on every miss.',
    tags: ['azure-openai', 'payg', 'rag', 'cache'],
    intentionalErrors: [],
    suggestedSwitches: [
      { nodeId: 'aoai', kind: 'to-ptu' },
      { nodeId: 'swe', kind: 'add-second-region' },
    ],
  },
  {
    slug: 'self-hosted-llama-70b-aks',
    title: 'Llama 3.1 70B on AKS with vLLM (dedicated GPUs)',
    tradeoff:
      'Full control and no per-token bill on dedicated A100s with tensor parallelism, against paying for the GPUs by the hour whether they serve or not.',
    tags: ['self-hosted', 'aks', 'gpu'],
    intentionalErrors: [],
    suggestedSwitches: [
      { nodeId: 'pool', kind: 'gpu-family', choice: 'h100' },
      { nodeId: 'pool', kind: 'precision', choice: 'int4' },
      { nodeId: 'eastus', kind: 'add-second-region' },
    ],
  },
  {
    slug: 'self-hosted-llama-8b-aks-mig',
    title: 'Llama 3.1 8B on AKS with vLLM (MIG slices)',
    tradeoff:
      'Two isolated replicas per A100 through MIG slices double the replicas per GPU for a small model, against a KV cache capped at the slice size.',
    tags: ['self-hosted', 'aks', 'gpu', 'mig'],
    intentionalErrors: [],
    suggestedSwitches: [
      { nodeId: 'pool', kind: 'gpu-family', choice: 'h100' },
      { nodeId: 'pool', kind: 'precision', choice: 'int4' },
    ],
  },
  {
    slug: 'batch-pipeline',
    title: 'Batch inference with a queue and workers',
    tradeoff: 'Half-price Batch API tokens and queue-buffered workers, against answers that arrive within 24 hours instead of seconds.',
    tags: ['azure-openai', 'payg', 'batch'],
    intentionalErrors: [],
    suggestedSwitches: [{ nodeId: 'aoai', kind: 'to-ptu' }],
  },
  {
    slug: 'fine-tuning-nd-h100',
    title: 'Distributed fine-tuning on ND H100 v5',
    tradeoff:
      'InfiniBand-connected H100 VMs make a 70B full fine-tune take hours instead of days, against the highest hourly price in the catalog.',
    tags: ['training', 'gpu'],
    intentionalErrors: [],
    suggestedSwitches: [],
  },
  {
    slug: 'llama-70b-one-a100-does-not-fit',
    title: 'Llama 3.1 70B on one A100 (error on purpose)',
    tradeoff:
      'Shows a VRAM error on purpose: a 70B model in BF16 does not fit one 80 GB GPU, and the computed fixes trade precision, GPUs or VM size against cost.',
    tags: ['self-hosted', 'gpu', 'error-demo'],
    intentionalErrors: ['vram.does-not-fit'],
    suggestedSwitches: [
      { nodeId: 'vm', kind: 'precision', choice: 'int4' },
      { nodeId: 'vm', kind: 'gpu-family', choice: 'h100' },
    ],
  },
];

/**
 * The templates lib/design/examples.ts still bundles into the first load (the start screen, the Designs menu,
 * `?example=<slug>`) until the gallery loads every template on demand.
 */
export const BUNDLED_EXAMPLE_SLUGS = [
  'enterprise-reference',
  'self-hosted-llama-70b-aks',
  'multi-region-ptu-fallback',
  'batch-pipeline',
] as const;

/** The template opened when the studio starts without a saved design. */
export const DEFAULT_TEMPLATE = 'enterprise-reference';

const bySlug = new Map(TEMPLATES.map((t) => [t.slug, t]));

export const getTemplate = (slug: string): DesignTemplate | undefined => bySlug.get(slug);

/** Templates carrying every one of `tags` (all templates for an empty list), in gallery order. */
export const templatesWithTags = (tags: readonly TemplateTag[]): DesignTemplate[] =>
  TEMPLATES.filter((t) => tags.every((tag) => t.tags.includes(tag)));

/** Where the browser fetches a template's document: public/examples/<slug>.json is served at /examples/<slug>.json. */
export function templateUrl(slug: string): string {
  if (!bySlug.has(slug)) throw new Error(`"${slug}" is not a template of the gallery`);
  return `/examples/${slug}.json`;
}

/** Parse a template's document text; an unknown slug or a bad document comes back as errors, never thrown. */
export function parseTemplate(slug: string, text: string): ParseResult {
  if (!bySlug.has(slug)) return { ok: false, errors: [unknownSlug(slug)] };
  return parseDesign(text);
}

/**
 * Load a template with an injected reader (lib uses no browser globals): in the browser
 * `loadTemplate(slug, (url) => fetch(url).then((r) => r.text()))`, in Node scripts/template-files.ts.
 * A failed read comes back as an error naming the template, never thrown.
 */
export async function loadTemplate(slug: string, readText: (url: string) => Promise<string>): Promise<ParseResult> {
  if (!bySlug.has(slug)) return { ok: false, errors: [unknownSlug(slug)] };
  let text: string;
  try {
    text = await readText(templateUrl(slug));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ path: '(document)', message: `template "${slug}" could not be loaded: ${detail}` }] };
  }
  return parseDesign(text);
}

const unknownSlug = (slug: string): DesignError => ({
  path: '(document)',
  message: `"${slug}" is not a template of the gallery (known: ${TEMPLATES.map((t) => t.slug).join(', ')})`,
});
