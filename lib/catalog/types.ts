/**
 * Shapes of the catalog's data tables. Data lives in the sibling files (gpus.ts, vm-skus.ts, ...);
 * formulas live in lib/calc. Every row names the source of its numbers (an id in sources.ts) and the
 * date the figure was true as of. A value that is not known is `null` (shown as "unverified"), never 0.
 */
import { z } from 'zod';

/** ISO date (YYYY-MM-DD) the figure was true as of. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date as YYYY-MM-DD or YYYY-MM');

/** How far a source can be trusted, as reference/facts.md grades it. */
export const SourceQuality = z.enum(['primary', 'secondary', 'derived', 'seed']);
export type SourceQuality = z.infer<typeof SourceQuality>;

export const Source = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** A URL, or `owner/repo : path` for a file in a public repository. */
  where: z.string().min(1),
  quality: SourceQuality,
  asOf: IsoDate,
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** Fields every data row carries. `fieldSources` names a different source for individual fields. */
export const Sourced = z.object({
  source: z.string().min(1),
  asOf: IsoDate,
  fieldSources: z.record(z.string(), z.string()).optional(),
  note: z.string().optional(),
});

export const Gpu = Sourced.extend({
  id: z.string(),
  name: z.string(),
  vendor: z.enum(['NVIDIA', 'AMD']),
  memoryGB: z.number().positive(),
  /** Memory bandwidth in GB/s (10^9 bytes per second). */
  memoryBandwidthGBps: z.number().positive().nullable(),
  /** Dense (no sparsity) tensor throughput, TFLOPS. null = no such format or unknown. */
  denseBf16Tflops: z.number().positive().nullable(),
  denseFp8Tflops: z.number().positive().nullable(),
  /** Supports FP8 natively (Hopper, MI300X). */
  fp8: z.boolean(),
  /** NVLink / Infinity Fabric bandwidth per GPU, GB/s; null where the GPU has none. */
  nvlinkGBps: z.number().positive().nullable(),
  /** MIG profiles (name and memory per slice); empty when MIG is not supported. */
  migProfiles: z.array(z.object({ name: z.string(), memoryGB: z.number().positive(), slicesPerGpu: z.number().int().positive() })),
});
export type Gpu = z.infer<typeof Gpu>;

export const VmFamily = z.enum(['NC', 'ND', 'NV']);

export const VmSku = Sourced.extend({
  /** ARM size name, e.g. Standard_NC24ads_A100_v4. */
  id: z.string().regex(/^Standard_/),
  family: VmFamily,
  gpuId: z.string(),
  /** GPUs per VM; fractional for partial-GPU NV sizes (1/6 of an A10). */
  gpuCount: z.number().positive(),
  /** GPU memory per VM in GB as Microsoft lists it. */
  gpuMemoryGB: z.number().positive(),
  vcpus: z.number().int().positive(),
  ramGB: z.number().positive(),
  /** GPUs inside the VM linked by NVLink / NVSwitch / Infinity Fabric (needed for tensor parallelism). */
  nvlink: z.boolean(),
  /** InfiniBand per VM, Gb/s; null = none (pipeline parallelism across VMs needs it). */
  infinibandGbps: z.number().positive().nullable(),
  retired: z.object({ on: IsoDate, note: z.string() }).nullable(),
  useCase: z.string(),
  /** Linux pay-as-you-go USD per hour by region id; absent region = not offered (within `regionScope`). */
  paygUsdPerHour: z.record(z.string(), z.number().positive()),
  /** Spot USD per hour by region id, where a source gives it. */
  spotUsdPerHour: z.record(z.string(), z.number().positive()).optional(),
  /**
   * Regions whose availability the sources verify. A region in scope but absent from paygUsdPerHour is
   * "not offered"; a region outside the scope is "unverified".
   */
  regionScope: z.array(z.string()),
  /** The seed module's estimate (9.2), kept beside the primary figure when they differ. */
  seedUsdPerHour: z.number().positive().nullable(),
});
export type VmSku = z.infer<typeof VmSku>;

export const OpenModel = Sourced.extend({
  id: z.string(),
  name: z.string(),
  family: z.string(),
  /** Exact parameter count (total, for MoE). */
  parameters: z.number().positive(),
  /** Parameters active per token (MoE); equals `parameters` for dense models. */
  activeParameters: z.number().positive(),
  /** The seed's rounded size in billions, as its VRAM table prints it (9.3). */
  seedParametersB: z.number().positive().nullable(),
  layers: z.number().int().positive().nullable(),
  hiddenSize: z.number().int().positive().nullable(),
  attentionHeads: z.number().int().positive().nullable(),
  kvHeads: z.number().int().positive().nullable(),
  headDim: z.number().int().positive().nullable(),
  maxContextTokens: z.number().int().positive().nullable(),
  moe: z.object({ experts: z.number().int().positive(), activeExperts: z.number().int().positive() }).nullable(),
  /** Estimates only (the seed's GPT-4 row): shown, never used as fact. */
  estimated: z.boolean(),
  /** Offered as AI Foundry serverless (per-token) deployment. */
  foundryServerless: z.boolean(),
});
export type OpenModel = z.infer<typeof OpenModel>;

export const AoaiDeploymentType = z.enum([
  'standard',
  'global-standard',
  'data-zone-standard',
  'provisioned',
  'global-provisioned',
  'data-zone-provisioned',
]);
export type AoaiDeploymentType = z.infer<typeof AoaiDeploymentType>;

export const AoaiModel = Sourced.extend({
  id: z.string(),
  name: z.string(),
  /** PAYG (Global Standard) USD per 1M tokens; null = not known for this model. */
  inputUsdPer1M: z.number().positive().nullable(),
  cachedInputUsdPer1M: z.number().positive().nullable(),
  outputUsdPer1M: z.number().positive().nullable(),
  ptu: z
    .object({
      globalMin: z.number().int().positive(),
      globalIncrement: z.number().int().positive(),
      regionalMin: z.number().int().positive(),
      regionalIncrement: z.number().int().positive(),
      inputTpmPerPtu: z.number().positive(),
      /** How many input tokens one output token counts as against PTU capacity. */
      outputTokenWeight: z.number().positive(),
      /** PTU latency target: 99% of requests faster than this many output tokens per second. */
      latencyTargetTokensPerSecond: z.number().positive(),
    })
    .nullable(),
  deploymentTypes: z.array(AoaiDeploymentType),
  /** Regions where the model is offered, by deployment type; null = not verified. */
  regions: z.record(z.string(), z.array(z.string())).nullable(),
});
export type AoaiModel = z.infer<typeof AoaiModel>;

export const Geography = z.enum(['US', 'Europe', 'Asia Pacific', 'Other']);

export const Region = Sourced.extend({
  id: z.string(),
  name: z.string(),
  geography: Geography,
  /** Azure's paired region, where it has one. */
  pairedRegion: z.string().nullable(),
  availabilityZones: z.boolean(),
});
export type Region = z.infer<typeof Region>;

/** One measured round trip, source row → destination column (P95 unless noted). */
export const RegionRtt = Sourced.extend({
  from: z.string(),
  to: z.string(),
  rttMs: z.number().positive(),
});
export type RegionRtt = z.infer<typeof RegionRtt>;

/** An SLA for one service configuration. `availability` is a fraction (0.999), null = no SLA. */
export const Sla = Sourced.extend({
  id: z.string(),
  service: z.string(),
  configuration: z.string(),
  availability: z.number().gt(0).lte(1).nullable(),
  /** A second figure where reads and writes differ (Cosmos DB, storage). */
  readAvailability: z.number().gt(0).lte(1).nullable().optional(),
  conflict: z.string().optional(),
});
export type Sla = z.infer<typeof Sla>;

/** A price for a billable unit of a service (not VMs or Azure OpenAI, which have their own tables). */
export const ServicePrice = Sourced.extend({
  id: z.string(),
  service: z.string(),
  description: z.string(),
  unit: z.enum(['hour', 'month', '1M tokens', 'GB-month', '1K pages', '1M operations', 'GB', '100 RU/s-hour', 'million requests']),
  usd: z.number().nonnegative(),
  /** Region the price was read for; null = the same in every region. */
  region: z.string().nullable(),
});
export type ServicePrice = z.infer<typeof ServicePrice>;
