/**
 * Azure OpenAI models: PTU facts (facts.md §5.1), PAYG Global Standard prices (§5.2, secondary), the
 * deployment types each model is offered in and the regions per deployment type (Microsoft's model
 * availability matrices). Unknown = null. Units (hours per month) belong to lib/calc, not here.
 */
import type { AoaiDeploymentType, AoaiModel } from './types';

/** Region ids of the catalog (regions.ts). Availability below is restricted to these; other regions exist. */
export const CATALOG_REGIONS = [
  'eastus',
  'eastus2',
  'centralus',
  'northcentralus',
  'southcentralus',
  'westus',
  'westus2',
  'westus3',
  'westeurope',
  'northeurope',
  'swedencentral',
  'francecentral',
  'uksouth',
  'germanywestcentral',
  'switzerlandnorth',
  'canadaeast',
  'japaneast',
  'australiaeast',
  'southeastasia',
] as const;

const without = (list: readonly string[], ...drop: string[]): string[] => list.filter((r) => !drop.includes(r));

/**
 * Rows of each matrix that fall in the catalog's regions. A catalog region missing from a matrix has
 * no model of that deployment type (per that matrix).
 */
// standard-global.md (2025-08-12): no rows for centralus, westus2, northeurope, southeastasia.
const GS_ROWS = without(CATALOG_REGIONS, 'centralus', 'westus2', 'northeurope', 'southeastasia');
// provisioned-global.md (2025-09-04): no rows for centralus, westus2.
const GP_ROWS = without(CATALOG_REGIONS, 'centralus', 'westus2');
// datazone-standard.md (2025-08-12) and datazone-provisioned-managed.md: the same ten catalog regions.
const DZ_ROWS = [
  'eastus',
  'eastus2',
  'francecentral',
  'germanywestcentral',
  'northcentralus',
  'southcentralus',
  'swedencentral',
  'westeurope',
  'westus',
  'westus3',
];

/** Where the cell for a model is ✅, per matrix (transcribed cell by cell; see the source notes). */
const AVAILABILITY: Record<string, Partial<Record<AoaiDeploymentType, string[]>>> = {
  'gpt-4o': {
    // any of the versions 2024-05-13 / 2024-08-06 / 2024-11-20
    'global-standard': GS_ROWS,
    'data-zone-standard': DZ_ROWS,
    standard: [
      'australiaeast',
      'canadaeast',
      'eastus',
      'eastus2',
      'francecentral',
      'japaneast',
      'northcentralus',
      'southcentralus',
      'swedencentral',
      'switzerlandnorth',
      'uksouth',
      'westus',
      'westus3',
    ],
    'global-provisioned': GP_ROWS,
    'data-zone-provisioned': DZ_ROWS,
    provisioned: [
      'australiaeast',
      'canadaeast',
      'eastus',
      'eastus2',
      'francecentral',
      'germanywestcentral',
      'japaneast',
      'northcentralus',
      'southcentralus',
      'southeastasia',
      'swedencentral',
      'switzerlandnorth',
      'uksouth',
      'westeurope',
      'westus',
      'westus3',
    ],
  },
  'gpt-4o-mini': {
    'global-standard': GS_ROWS,
    'data-zone-standard': DZ_ROWS,
    standard: ['eastus', 'eastus2', 'northcentralus', 'southcentralus', 'swedencentral', 'westus', 'westus3'],
    'global-provisioned': GP_ROWS,
    'data-zone-provisioned': DZ_ROWS,
    provisioned: [
      'australiaeast',
      'canadaeast',
      'eastus',
      'eastus2',
      'francecentral',
      'japaneast',
      'northcentralus',
      'southcentralus',
      'southeastasia',
      'swedencentral',
      'switzerlandnorth',
      'uksouth',
      'westus',
      'westus3',
    ],
  },
  'gpt-4.1': {
    'global-standard': GS_ROWS,
    'data-zone-standard': DZ_ROWS,
    'global-provisioned': GP_ROWS,
    'data-zone-provisioned': DZ_ROWS,
    provisioned: [
      'australiaeast',
      'eastus',
      'eastus2',
      'japaneast',
      'northcentralus',
      'southcentralus',
      'swedencentral',
      'uksouth',
      'westus',
      'westus3',
    ],
  },
  'gpt-4.1-mini': {
    'global-standard': GS_ROWS,
    'data-zone-standard': DZ_ROWS,
    'global-provisioned': GP_ROWS,
    'data-zone-provisioned': DZ_ROWS,
    provisioned: [
      'australiaeast',
      'eastus',
      'eastus2',
      'japaneast',
      'northcentralus',
      'southcentralus',
      'swedencentral',
      'uksouth',
      'westus',
      'westus3',
    ],
  },
  'gpt-4.1-nano': {
    'global-standard': without(GS_ROWS, 'eastus'),
    'data-zone-standard': DZ_ROWS,
    'global-provisioned': GP_ROWS,
    'data-zone-provisioned': DZ_ROWS,
    provisioned: ['eastus', 'eastus2', 'northcentralus', 'southcentralus', 'swedencentral', 'westus', 'westus3'],
  },
  'gpt-5': {
    'global-standard': ['australiaeast', 'canadaeast', 'eastus', 'eastus2', 'japaneast', 'swedencentral', 'switzerlandnorth', 'uksouth'],
    'data-zone-standard': ['eastus2', 'swedencentral'],
    'global-provisioned': without(GP_ROWS, 'northeurope'),
    'data-zone-provisioned': ['eastus', 'eastus2', 'northcentralus', 'southcentralus', 'westus', 'westus3'],
    provisioned: ['eastus', 'eastus2', 'northcentralus', 'southcentralus', 'westus', 'westus3'],
  },
  o3: {
    'global-standard': GS_ROWS,
    'data-zone-standard': DZ_ROWS,
    'global-provisioned': GP_ROWS,
    'data-zone-provisioned': DZ_ROWS,
    provisioned: ['australiaeast', 'eastus', 'eastus2', 'northcentralus', 'southcentralus', 'westeurope', 'westus', 'westus3'],
  },
  'o3-mini': {
    'global-standard': GS_ROWS,
    'data-zone-standard': DZ_ROWS,
    'global-provisioned': GP_ROWS,
    'data-zone-provisioned': DZ_ROWS,
    provisioned: ['australiaeast', 'canadaeast', 'eastus2', 'japaneast', 'swedencentral', 'switzerlandnorth'],
  },
  'o4-mini': {
    'global-standard': GS_ROWS,
    'data-zone-standard': DZ_ROWS,
    'global-provisioned': GP_ROWS,
    'data-zone-provisioned': DZ_ROWS,
    provisioned: ['eastus', 'eastus2', 'northcentralus', 'southcentralus', 'westeurope', 'westus', 'westus3'],
  },
  o1: {
    'global-standard': GS_ROWS,
    'data-zone-standard': DZ_ROWS,
    standard: ['eastus', 'eastus2', 'northcentralus', 'southcentralus', 'swedencentral', 'westus', 'westus3'],
    'global-provisioned': GP_ROWS,
    'data-zone-provisioned': DZ_ROWS,
    provisioned: ['japaneast', 'uksouth'],
  },
};

/** Which matrix each deployment type's regions come from. */
export const AOAI_AVAILABILITY_SOURCES: Record<AoaiDeploymentType, string> = {
  'global-standard': 'aoai-models-global-standard',
  'data-zone-standard': 'aoai-models-datazone-standard',
  standard: 'aoai-models-standard',
  'global-provisioned': 'aoai-models-global-provisioned',
  'data-zone-provisioned': 'aoai-models-datazone-provisioned',
  provisioned: 'aoai-models-provisioned',
};

const TYPE_ORDER: AoaiDeploymentType[] = [
  'standard',
  'global-standard',
  'data-zone-standard',
  'provisioned',
  'global-provisioned',
  'data-zone-provisioned',
];

function availability(id: string): Pick<AoaiModel, 'deploymentTypes' | 'regions'> {
  const byType = AVAILABILITY[id] ?? {};
  const deploymentTypes = TYPE_ORDER.filter((t) => (byType[t]?.length ?? 0) > 0);
  const regions: Record<string, string[]> = {};
  for (const t of deploymentTypes) regions[t] = [...(byType[t] ?? [])];
  return { deploymentTypes, regions };
}

/**
 * The full §5.1 PTU table, including the models whose output-token weight no source gives.
 * `AoaiModel.ptu` requires a weight, so those models carry `ptu: null` and their facts live here.
 */
export interface AoaiPtuFacts {
  globalMin: number;
  globalIncrement: number;
  regionalMin: number;
  regionalIncrement: number;
  inputTpmPerPtu: number;
  /** Input-token equivalents of one output token; null = not published for this model. */
  outputTokenWeight: number | null;
  latencyTargetTokensPerSecond: number;
  source: string;
  asOf: string;
  note?: string;
}

const PTU_SRC = { source: 'aoai-ptu-onboarding', asOf: '2025-08-14' } as const;

export const AOAI_PTU_TABLE: Record<string, AoaiPtuFacts> = {
  'gpt-4o': {
    globalMin: 15,
    globalIncrement: 5,
    regionalMin: 50,
    regionalIncrement: 50,
    inputTpmPerPtu: 2500,
    outputTokenWeight: 3,
    latencyTargetTokensPerSecond: 25,
    ...PTU_SRC,
    note: 'Output weight 3 ≈ 2,500 input / 833 output TPM per PTU (aoai-ptu-concepts-2024).',
  },
  'gpt-4o-mini': {
    globalMin: 15,
    globalIncrement: 5,
    regionalMin: 25,
    regionalIncrement: 25,
    inputTpmPerPtu: 37000,
    outputTokenWeight: 3,
    latencyTargetTokensPerSecond: 33,
    ...PTU_SRC,
    note: 'Output weight 3 ≈ 37,000 input / 12,333 output TPM per PTU (aoai-ptu-concepts-2024).',
  },
  'gpt-4.1': {
    globalMin: 15,
    globalIncrement: 5,
    regionalMin: 50,
    regionalIncrement: 50,
    inputTpmPerPtu: 3000,
    outputTokenWeight: 4,
    latencyTargetTokensPerSecond: 80,
    ...PTU_SRC,
  },
  'gpt-4.1-mini': {
    globalMin: 15,
    globalIncrement: 5,
    regionalMin: 25,
    regionalIncrement: 25,
    inputTpmPerPtu: 14900,
    outputTokenWeight: 4,
    latencyTargetTokensPerSecond: 90,
    ...PTU_SRC,
    note: 'Weight 4: the doc\'s rule (global standard price ratio, "such as gpt-4.1") applied to the gpt-4.1 family; 1.60/0.40 = 4.',
  },
  'gpt-4.1-nano': {
    globalMin: 15,
    globalIncrement: 5,
    regionalMin: 25,
    regionalIncrement: 25,
    inputTpmPerPtu: 59400,
    outputTokenWeight: 4,
    latencyTargetTokensPerSecond: 100,
    ...PTU_SRC,
    note: "Weight 4: the doc's gpt-4.1 rule applied to the gpt-4.1 family (the doc names gpt-4.1 as the example).",
  },
  'gpt-5': {
    globalMin: 15,
    globalIncrement: 5,
    regionalMin: 50,
    regionalIncrement: 50,
    inputTpmPerPtu: 4750,
    outputTokenWeight: 8,
    latencyTargetTokensPerSecond: 50,
    ...PTU_SRC,
  },
  o3: {
    globalMin: 15,
    globalIncrement: 5,
    regionalMin: 50,
    regionalIncrement: 50,
    inputTpmPerPtu: 3000,
    outputTokenWeight: null,
    latencyTargetTokensPerSecond: 80,
    ...PTU_SRC,
    note: 'Output weight not published. An earlier version of the doc (ms.date 05/28/2025) gave 600 input TPM per PTU.',
  },
  'o3-mini': {
    globalMin: 15,
    globalIncrement: 5,
    regionalMin: 25,
    regionalIncrement: 25,
    inputTpmPerPtu: 2500,
    outputTokenWeight: null,
    latencyTargetTokensPerSecond: 90,
    ...PTU_SRC,
    note: 'Output weight not published ("older models use a different ratio").',
  },
  'o4-mini': {
    globalMin: 15,
    globalIncrement: 5,
    regionalMin: 25,
    regionalIncrement: 25,
    inputTpmPerPtu: 5400,
    outputTokenWeight: null,
    latencyTargetTokensPerSecond: 90,
    ...PTU_SRC,
    note: 'Output weight not published.',
  },
  o1: {
    globalMin: 15,
    globalIncrement: 5,
    regionalMin: 25,
    regionalIncrement: 50,
    inputTpmPerPtu: 230,
    outputTokenWeight: null,
    latencyTargetTokensPerSecond: 25,
    ...PTU_SRC,
    note: 'Output weight not published ("older models use a different ratio").',
  },
};

/**
 * Typical (median) output speed of one request on Azure OpenAI: output tokens per second while the model
 * generates, as measured and published by a third party. The PTU latency target in AOAI_PTU_TABLE is a
 * different figure, a floor (99% of requests are faster), so it is the worst case, not the typical speed.
 *
 * Every row is measured on Azure's pay-as-you-go (per-token) endpoint: the source benchmarks per-token
 * endpoints only and does not say which Standard type (Standard, Global, Data Zone). No source found
 * publishes a median for provisioned (PTU) deployments. A model without a row has no published median.
 */
export interface AoaiTypicalOutputSpeed {
  /** Median output tokens per second of one request. */
  outputTokensPerSecond: number;
  /** The deployment family the measurement was taken on. */
  measuredOn: 'pay-as-you-go';
  /** The model version or variant the source measured. */
  measured: string;
  source: string;
  asOf: string;
  note?: string;
}

export const AOAI_TYPICAL_OUTPUT_SPEED: Record<string, AoaiTypicalOutputSpeed> = {
  'gpt-4o': {
    outputTokensPerSecond: 115,
    measuredOn: 'pay-as-you-go',
    measured: 'gpt-4o version 2024-05-13',
    source: 'aa-azure-gpt-4o-2024-05-13',
    asOf: '2026-12',
    note: 'The catalog prices versions 2024-08-06 / 2024-11-20; no published median for those versions on Azure was found, so the 2024-05-13 figure stands for the model.',
  },
  'gpt-4.1': {
    outputTokensPerSecond: 185,
    measuredOn: 'pay-as-you-go',
    measured: 'gpt-4.1 (2025-04-14)',
    source: 'aa-gpt-4-1-secondary',
    asOf: '2026-12',
    note: 'Secondary: a page quoting Artificial Analysis.',
  },
  'gpt-4.1-mini': {
    outputTokensPerSecond: 107.9,
    measuredOn: 'pay-as-you-go',
    measured: 'gpt-4.1-mini (2025-04-14), 10,000-token prompts',
    source: 'aa-azure-gpt-4-1-mini',
    asOf: '2026-12',
  },
  'gpt-5': {
    outputTokensPerSecond: 155,
    measuredOn: 'pay-as-you-go',
    measured: 'gpt-5 with reasoning effort "minimal"',
    source: 'aa-azure-gpt-5-minimal',
    asOf: '2026-12',
  },
  o3: {
    outputTokensPerSecond: 82.6,
    measuredOn: 'pay-as-you-go',
    measured: 'o3',
    source: 'aa-azure-o3',
    asOf: '2026-12',
  },
  'o3-mini': {
    outputTokensPerSecond: 152.6,
    measuredOn: 'pay-as-you-go',
    measured: 'o3-mini',
    source: 'aa-azure-o3-mini',
    asOf: '2026-12',
  },
};

function ptu(id: string): AoaiModel['ptu'] {
  const p = AOAI_PTU_TABLE[id];
  if (!p || p.outputTokenWeight === null) return null;
  return {
    globalMin: p.globalMin,
    globalIncrement: p.globalIncrement,
    regionalMin: p.regionalMin,
    regionalIncrement: p.regionalIncrement,
    inputTpmPerPtu: p.inputTpmPerPtu,
    outputTokenWeight: p.outputTokenWeight,
    latencyTargetTokensPerSecond: p.latencyTargetTokensPerSecond,
  };
}

const FIELD_SOURCES = {
  inputUsdPer1M: 'aoai-payg-prices-secondary',
  cachedInputUsdPer1M: 'aoai-payg-prices-secondary',
  outputUsdPer1M: 'aoai-payg-prices-secondary',
  ptu: 'aoai-ptu-onboarding',
  'regions.global-standard': 'aoai-models-global-standard',
  'regions.data-zone-standard': 'aoai-models-datazone-standard',
  'regions.standard': 'aoai-models-standard',
  'regions.global-provisioned': 'aoai-models-global-provisioned',
  'regions.data-zone-provisioned': 'aoai-models-datazone-provisioned',
  'regions.provisioned': 'aoai-models-provisioned',
};

const REGIONS_NOTE =
  "regions: only the catalog's regions (regions.ts) are listed; a deployment type absent from deploymentTypes is not offered per the matrices. " +
  'Global and Data Zone rows are the regions a resource can deploy from; processing may happen elsewhere in the geography.';

/** Price fields sourced from the 2026 price datasets instead of facts §5.2. */
const PRICES_2026 = {
  inputUsdPer1M: 'aoai-payg-prices-2026',
  cachedInputUsdPer1M: 'aoai-payg-prices-2026',
  outputUsdPer1M: 'aoai-payg-prices-2026',
};

function model(
  id: string,
  name: string,
  prices: { input: number | null; cached: number | null; output: number | null },
  note?: string,
  priceSources?: typeof PRICES_2026,
): AoaiModel {
  return {
    id,
    name,
    source: 'aoai-ptu-onboarding',
    asOf: '2025-08-14',
    fieldSources: { ...FIELD_SOURCES, ...priceSources },
    note: [note, AOAI_PTU_TABLE[id]?.note, REGIONS_NOTE].filter(Boolean).join(' '),
    inputUsdPer1M: prices.input,
    cachedInputUsdPer1M: prices.cached,
    outputUsdPer1M: prices.output,
    ptu: ptu(id),
    ...availability(id),
  };
}

export const AOAI_MODELS: AoaiModel[] = [
  model(
    'gpt-4o',
    'GPT-4o',
    { input: 2.5, cached: 1.25, output: 10 },
    'PAYG prices are for versions 2024-08-06 / 2024-11-20 (Global Standard). The seed (9.8) gives "~$2.50/1M input tokens", which agrees.',
  ),
  model('gpt-4o-mini', 'GPT-4o mini', { input: 0.15, cached: 0.075, output: 0.6 }),
  model('gpt-4.1', 'GPT-4.1', { input: 2, cached: null, output: 8 }, 'Cached-input price not found.'),
  model('gpt-4.1-mini', 'GPT-4.1 mini', { input: 0.4, cached: null, output: 1.6 }, 'Cached-input price not found.'),
  model('gpt-4.1-nano', 'GPT-4.1 nano', { input: 0.1, cached: 0.025, output: 0.4 }, undefined, PRICES_2026),
  model('gpt-5', 'GPT-5', { input: 1.25, cached: 0.125, output: 10 }, 'Global Standard, version 2025-08-07.', PRICES_2026),
  model(
    'o3',
    'o3',
    { input: 2, cached: 0.5, output: 8 },
    'Price after the June 2025 reduction (earlier $10 / $40 per 1M). ptu is null only because the output-token weight is not published; see AOAI_PTU_TABLE.',
    PRICES_2026,
  ),
  model(
    'o3-mini',
    'o3-mini',
    { input: 1.1, cached: 0.55, output: 4.4 },
    'ptu is null only because the output-token weight is not published; see AOAI_PTU_TABLE.',
    PRICES_2026,
  ),
  model(
    'o4-mini',
    'o4-mini',
    { input: 1.1, cached: 0.275, output: 4.4 },
    'ptu is null only because the output-token weight is not published; see AOAI_PTU_TABLE.',
    PRICES_2026,
  ),
  model(
    'o1',
    'o1',
    { input: 15, cached: 7.5, output: 60 },
    'ptu is null only because the output-token weight is not published; see AOAI_PTU_TABLE.',
    PRICES_2026,
  ),
  ...(
    [
      ['gpt-5-mini', 'GPT-5 mini', { input: 0.25, cached: 0.025, output: 2 }, 'Global Standard, version 2025-08-07.'],
      ['gpt-5-nano', 'GPT-5 nano', { input: 0.05, cached: 0.005, output: 0.4 }, 'Global Standard, version 2025-08-07.'],
      [
        'text-embedding-3-small',
        'text-embedding-3-small',
        { input: 0.02, cached: null, output: null },
        'Embeddings: input tokens only (1,536 dimensions).',
      ],
      [
        'text-embedding-3-large',
        'text-embedding-3-large',
        { input: 0.13, cached: null, output: null },
        'Embeddings: input tokens only (3,072 dimensions).',
      ],
    ] as const
  ).map(([id, name, prices, note]) => ({
    ...model(
      id,
      name,
      prices,
      `${note} PTU sizing and the region matrices were not read for this model, so regions are unverified (null).`,
      PRICES_2026,
    ),
    deploymentTypes: ['global-standard'] as AoaiDeploymentType[],
    regions: null,
  })),
];

/** PTU list price per PTU-hour by deployment family (secondary; the pricing page was not reachable). */
export const PTU_HOURLY_USD = {
  global: 1.0,
  dataZone: 1.1,
  regional: 2.0,
  source: 'aoai-ptu-hourly-secondary',
  asOf: '2026-11',
  note: 'Billed hourly on deployed PTUs, prorated (aoai-ptu-onboarding). The seed (9.10) uses ~$2/PTU-hour for GPT-4o without naming the deployment type; see SEED_PTU_ECONOMICS.',
} as const;

/** Azure Reservations for PTU, USD per PTU per month (secondary; Packt "Azure OpenAI Essentials", 2026). */
export const PTU_RESERVATION_USD_PER_PTU_MONTH = {
  monthlyTerm: 260,
  annualTerm: 221,
  source: 'aoai-ptu-hourly-secondary',
  asOf: '2026-11',
  note: 'The source does not say which deployment type (global / data zone / regional) these reservation rates apply to.',
} as const;

/** The seed module's PTU vs PAYG break-even figures (9.8, 9.10), kept as the course states them. */
export const SEED_PTU_ECONOMICS = {
  /** "1 PTU costs approximately $2/hour" */
  usdPerPtuHour: 2,
  /** "= ~$1,460/month" (2 × 730) */
  usdPerPtuMonth: 1460,
  /** "1 PTU supports approximately 6 RPM" */
  requestsPerMinutePerPtu: 6,
  /** "with ~700 total tokens per request" (9.8: ~500 input + ~200 output) */
  tokensPerRequest: 700,
  inputTokensPerRequest: 500,
  outputTokensPerRequest: 200,
  /** "At consistent usage above ~60% utilization, PTU becomes cheaper than PAYG" */
  ptuCheaperAboveUtilization: 0.6,
  /** "Below ~40% utilization, PAYG is more cost-effective" */
  paygCheaperBelowUtilization: 0.4,
  model: 'gpt-4o',
  source: 'seed-9',
  asOf: '2026-03',
  note: "Approximate course figures for GPT-4o. The secondary list price for Global PTU is $1.00/h (PTU_HOURLY_USD); the seed's $2/h matches the regional rate.",
} as const;
