/**
 * Settings of each component kind, as zod schemas with defaults and sensible limits. A node dropped from
 * the palette gets `defaultConfig(kind)`; the inspector builds its form from these schemas; the design
 * document validates against them. Catalog ids (SKUs, models, regions) are plain strings here: an id the
 * catalog does not know is a finding of `evaluate`, not a parse error, so older files keep opening.
 */
import { z } from 'zod';
import type { ComponentKind } from '../catalog/components';

const int = (min: number, max: number) => z.number().int(`a whole number`).min(min).max(max);
const fraction = z.number().min(0).max(1);

export const PRECISIONS = ['fp32', 'fp16', 'bf16', 'fp8', 'int8', 'int4'] as const;
export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

export const SERVING_ENGINES = ['vllm', 'tensorrt-llm', 'sglang', 'tgi', 'triton', 'ollama'] as const;
export const ServingEngine = z.enum(SERVING_ENGINES);
export type ServingEngine = z.infer<typeof ServingEngine>;

export const VM_PRICING = ['payg', 'reserved-1y', 'reserved-3y', 'spot'] as const;
export const VmPricing = z.enum(VM_PRICING);
export type VmPricing = z.infer<typeof VmPricing>;

/** Security toggles shared by PaaS services (seed 9.12). */
const paas = {
  publicNetworkAccess: z.boolean().default(true).describe('Public network access enabled'),
  zoneRedundant: z.boolean().default(false).describe('Zone redundant'),
};

/** A self-hosted model on GPUs: the part of the settings shared by GPU VMs, AKS pools and ML endpoints. */
const selfHosted = {
  sku: z.string().min(1).default('Standard_NC24ads_A100_v4').describe('VM size'),
  model: z.string().min(1).default('llama-3.1-8b').describe('Model'),
  precision: Precision.default('bf16').describe('Weights precision'),
  kvCachePrecision: z.enum(['auto', 'fp16', 'bf16', 'fp8']).default('auto').describe('KV cache precision'),
  engine: ServingEngine.default('vllm').describe('Serving engine'),
  gpuMemoryUtilization: z.number().gt(0).max(1).default(0.9).describe('Engine memory fraction (gpu_memory_utilization)'),
  tensorParallel: int(1, 16).default(1).describe('Tensor parallel size (GPUs per replica, inside a VM)'),
  pipelineParallel: int(1, 16).default(1).describe('Pipeline parallel size (VMs per replica)'),
  maxContextTokens: int(256, 2_000_000).optional().describe('Max context (max_model_len); default: model maximum'),
  vllmRelease: int(5, 30).default(19).describe('vLLM release (0.x minor version)'),
  enforceEager: z.boolean().default(false).describe('Enforce eager, no CUDA graphs (enforce_eager)'),
  chunkedPrefill: z.boolean().default(true).describe('Chunked prefill (enable_chunked_prefill)'),
  maxNumBatchedTokens: int(256, 2_000_000)
    .optional()
    .describe('Max batched tokens (max_num_batched_tokens; empty = vLLM default, 2,048 or 8,192 by GPU)'),
  maxNumSeqs: int(1, 4096).optional().describe('Max sequences (max_num_seqs; empty = vLLM default, 256 or 1,024 by GPU)'),
  kvBlockSize: int(1, 256).default(16).describe('KV cache block size (tokens)'),
  pricing: VmPricing.default('payg').describe('Pricing'),
};

export const NodeConfigSchemas = {
  client: z.strictObject({
    users: int(1, 100_000_000).default(1000).describe('Users'),
    networkToEdgeMs: z.number().min(0).max(2000).default(30).describe('Internet round trip to the edge (ms, assumption)'),
  }),
  'front-door': z.strictObject({
    tier: z.enum(['standard', 'premium']).default('premium').describe('Tier'),
    waf: z.boolean().default(true).describe('Web Application Firewall'),
  }),
  'app-service': z.strictObject({
    plan: z
      .enum(['free', 'basic-b1', 'standard-s1', 'premium-p1v3', 'premium-p2v3', 'premium-p3v3'])
      .default('premium-p1v3')
      .describe('Plan'),
    instances: int(1, 30).default(2).describe('Instances'),
    managedIdentity: z.boolean().default(true).describe('Managed identity'),
    vnetIntegration: z.boolean().default(true).describe('VNET integration'),
    serviceTimeMs: z.number().min(0).max(60_000).default(20).describe('Own processing time per request (ms, assumption)'),
    ...paas,
  }),
  functions: z.strictObject({
    plan: z
      .enum(['consumption', 'flex-consumption', 'premium-ep1', 'premium-ep2', 'dedicated'])
      .default('flex-consumption')
      .describe('Plan'),
    instances: int(0, 100).default(1).describe('Always-ready instances'),
    managedIdentity: z.boolean().default(true).describe('Managed identity'),
    vnetIntegration: z.boolean().default(true).describe('VNET integration'),
    serviceTimeMs: z.number().min(0).max(600_000).default(50).describe('Own processing time per request (ms, assumption)'),
    ...paas,
  }),
  'container-apps': z.strictObject({
    replicas: int(0, 300).default(2).describe('Minimum replicas'),
    gpu: z.enum(['none', 't4', 'a100']).default('none').describe('Serverless GPU'),
    managedIdentity: z.boolean().default(true).describe('Managed identity'),
    serviceTimeMs: z.number().min(0).max(600_000).default(20).describe('Own processing time per request (ms, assumption)'),
    ...paas,
  }),
  apim: z.strictObject({
    tier: z.enum(['developer', 'consumption', 'basic', 'standard', 'premium']).default('standard').describe('Tier'),
    units: int(1, 31).default(1).describe('Units (scale units)'),
    regions: int(1, 10).default(1).describe('Regions deployed (Premium multi-region gateway)'),
    managedIdentity: z.boolean().default(true).describe('Managed identity'),
    semanticCache: z.boolean().default(false).describe('Semantic caching policy'),
    ...paas,
  }),
  'azure-openai': z.strictObject({
    model: z.string().min(1).default('gpt-4o').describe('Model'),
    deploymentType: z
      .enum(['standard', 'global-standard', 'data-zone-standard', 'provisioned', 'global-provisioned', 'data-zone-provisioned'])
      .default('global-standard')
      .describe('Deployment type'),
    ptuUnits: int(0, 10_000).default(0).describe('Provisioned throughput units (PTU)'),
    ptuReservation: z.enum(['hourly', 'monthly', 'annual']).default('hourly').describe('PTU commitment'),
    localAuth: z.boolean().default(true).describe('API keys enabled (local auth)'),
    contentFilter: z.boolean().default(true).describe('Content safety filters'),
    trafficShare: fraction.default(1).describe('Share of the model traffic this deployment serves'),
    expectedTtftMs: z
      .number()
      .min(0)
      .max(60_000)
      .default(600)
      .describe('Expected time to first token (ms, assumption: Microsoft publishes none)'),
    ...paas,
  }),
  'foundry-serverless': z.strictObject({
    model: z.string().min(1).default('llama-3.1-70b').describe('Model'),
    trafficShare: fraction.default(1).describe('Share of the model traffic this deployment serves'),
    expectedTtftMs: z.number().min(0).max(60_000).default(600).describe('Expected time to first token (ms, assumption)'),
    expectedOutputTokensPerSecond: z.number().positive().max(10_000).default(50).describe('Expected output speed (tokens/s, assumption)'),
    ...paas,
  }),
  'ai-foundry': z.strictObject({
    managedVnet: z.boolean().default(true).describe('Managed VNET'),
    ...paas,
  }),
  'ml-online-endpoint': z.strictObject({
    ...selfHosted,
    instances: int(1, 100).default(2).describe('Instances'),
    trafficShare: fraction.default(1).describe('Share of the model traffic this deployment serves'),
    ...paas,
  }),
  'ai-search': z.strictObject({
    tier: z.enum(['free', 'basic', 's1', 's2', 's3', 'l1', 'l2']).default('s1').describe('Tier'),
    replicas: int(1, 12).default(3).describe('Replicas'),
    partitions: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6), z.literal(12)])
      .default(1)
      .describe('Partitions'),
    semanticRanker: z.boolean().default(false).describe('Semantic ranker'),
    queryTimeMs: z.number().min(0).max(60_000).default(60).describe('Query time (ms, assumption)'),
    ...paas,
  }),
  'content-safety': z.strictObject({ ...paas }),
  'gpu-vm': z.strictObject({
    ...selfHosted,
    count: int(1, 1000).default(1).describe('VMs'),
    trafficShare: fraction.default(1).describe('Share of the model traffic this deployment serves'),
    zones: z.boolean().default(false).describe('Spread across availability zones'),
  }),
  'aks-gpu-pool': z.strictObject({
    ...selfHosted,
    minNodes: int(0, 1000).default(1).describe('Minimum nodes (0 = scale from zero)'),
    maxNodes: int(1, 1000).default(2).describe('Maximum nodes'),
    gpuSharing: z.enum(['dedicated', 'mig', 'time-slicing', 'mps']).default('dedicated').describe('GPU sharing'),
    migProfile: z.string().optional().describe('MIG profile'),
    replicasPerGpu: int(1, 48).default(1).describe('Model replicas per GPU (MIG slices or time-sliced pods)'),
    clusterTier: z.enum(['free', 'standard']).default('standard').describe('AKS tier'),
    zones: z.boolean().default(false).describe('Spread across availability zones'),
    trafficShare: fraction.default(1).describe('Share of the model traffic this deployment serves'),
  }),
  'training-job': z.strictObject({
    sku: z.string().min(1).default('Standard_ND96amsr_A100_v4').describe('VM size'),
    nodes: int(1, 512).default(1).describe('Nodes'),
    model: z.string().min(1).default('llama-3.1-8b').describe('Model'),
    method: z.enum(['full', 'lora', 'qlora']).default('lora').describe('Method'),
    zeroStage: z
      .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])
      .default(3)
      .describe('ZeRO stage'),
    sequenceLength: int(128, 1_000_000).default(4096).describe('Sequence length (tokens)'),
    microBatchPerGpu: int(1, 1024).default(1).describe('Micro-batch per GPU'),
    trainingTokens: z.number().min(0).max(1e14).default(1e9).describe('Tokens per run'),
    runsPerMonth: z.number().min(0).max(1000).default(1).describe('Runs per month'),
    spot: z.boolean().default(false).describe('Spot VMs'),
    checkpointing: z.boolean().default(true).describe('Checkpoints to storage'),
  }),
  'blob-storage': z.strictObject({
    redundancy: z.enum(['lrs', 'zrs', 'grs', 'gzrs', 'ra-grs', 'ra-gzrs']).default('zrs').describe('Redundancy'),
    accessTier: z.enum(['hot', 'cool']).default('hot').describe('Access tier'),
    capacityGB: z.number().min(0).max(10_000_000).default(500).describe('Stored data (GB)'),
    sharedKeyAccess: z.boolean().default(false).describe('Shared key (account key) access'),
    ...paas,
  }),
  'cosmos-db': z.strictObject({
    capacityMode: z.enum(['provisioned', 'autoscale', 'serverless']).default('autoscale').describe('Capacity mode'),
    throughputRu: int(100, 10_000_000).default(4000).describe('Throughput (RU/s, max for autoscale)'),
    regions: int(1, 10).default(1).describe('Regions'),
    multiRegionWrites: z.boolean().default(false).describe('Multi-region writes'),
    storageGB: z.number().min(0).max(10_000_000).default(50).describe('Stored data (GB)'),
    localAuth: z.boolean().default(true).describe('Keys enabled (local auth)'),
    ...paas,
  }),
  redis: z.strictObject({
    tier: z.enum(['basic', 'standard', 'premium', 'enterprise']).default('standard').describe('Tier'),
    size: z.string().default('c1').describe('Cache size'),
    semanticCache: z.boolean().default(true).describe('Used as semantic cache'),
    lookupTimeMs: z.number().min(0).max(10_000).default(5).describe('Lookup time incl. embedding (ms, assumption)'),
    accessKeys: z.boolean().default(true).describe('Access keys enabled'),
    ...paas,
  }),
  'document-intelligence': z.strictObject({
    pagesPerMonth: z.number().min(0).max(1e9).default(10_000).describe('Pages per month'),
    ...paas,
  }),
  'event-grid': z.strictObject({ ...paas }),
  'service-bus': z.strictObject({
    tier: z.enum(['basic', 'standard', 'premium']).default('standard').describe('Tier'),
    ...paas,
  }),
  'storage-queue': z.strictObject({ ...paas }),
  monitor: z.strictObject({
    ingestionGBPerDay: z.number().min(0).max(100_000).default(5).describe('Log ingestion (GB/day)'),
  }),
  'app-insights': z.strictObject({
    ingestionGBPerDay: z.number().min(0).max(100_000).default(2).describe('Telemetry ingestion (GB/day)'),
  }),
  'key-vault': z.strictObject({
    ...paas,
  }),
  'entra-id': z.strictObject({}),
  region: z.strictObject({
    region: z.string().min(1).default('eastus').describe('Azure region'),
  }),
  vnet: z.strictObject({
    addressSpace: z.array(z.string()).min(1).default(['10.1.0.0/16']).describe('Address space (CIDR)'),
  }),
  subnet: z.strictObject({
    cidr: z.string().default('10.1.1.0/24').describe('Address range (CIDR)'),
    nsg: z.boolean().default(true).describe('Network security group'),
  }),
  firewall: z.strictObject({
    tier: z.enum(['basic', 'standard', 'premium']).default('standard').describe('Tier'),
  }),
  'ddos-protection': z.strictObject({}),
  'private-dns': z.strictObject({
    zone: z.string().default('privatelink.openai.azure.com').describe('Zone'),
  }),
} satisfies Record<ComponentKind, z.ZodObject>;

export type NodeConfigs = { [K in ComponentKind]: z.infer<(typeof NodeConfigSchemas)[K]> };
export type NodeConfig<K extends ComponentKind> = NodeConfigs[K];

/** The settings a node of this kind gets when dropped from the palette. */
export function defaultConfig<K extends ComponentKind>(kind: K): NodeConfig<K> {
  return NodeConfigSchemas[kind].parse({}) as NodeConfig<K>;
}
