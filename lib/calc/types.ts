/**
 * The shape of the report `evaluate(design)` returns: what the canvas badges, the insights panels,
 * the exports and the command-line checker all show. Units are in the names (GB = 10^9 bytes,
 * GiB = 2^30 bytes, Ms = milliseconds, UsdPerMonth = US dollars per 730-hour month).
 */
import type { ComponentKind, Layer } from '../catalog/components';
import type { EngineReportFigures } from './engine/deployment';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Area = 'vram' | 'training' | 'region' | 'latency' | 'ha' | 'cost' | 'security' | 'networking';
export const AREAS: readonly Area[] = ['vram', 'training', 'region', 'latency', 'ha', 'cost', 'security', 'networking'];

/** A single change to one node's settings (shallow merge into `config`) that a user can apply. */
export interface NodePatch {
  nodeId: string;
  config: Record<string, unknown>;
}

/** A computed fix. When `patch` is present it is a single change the studio can apply (undoably). */
export interface Fix {
  description: string;
  patch?: NodePatch;
  /** What the fix changes in money, where known (negative = saves). */
  deltaUsdPerMonth?: number;
}

export interface Finding {
  /** Stable rule id, e.g. `vram.does-not-fit`; see lib/calc/rules.ts. */
  ruleId: string;
  severity: Severity;
  area: Area;
  /** Plain words: what is wrong and why it matters. */
  message: string;
  nodeIds: string[];
  edgeIds: string[];
  /** Where the rule comes from: a catalog source id or a seed section like `seed 9.8`. */
  basis: string;
  fixes: Fix[];
}

/** A figure shown on a node at a glance, e.g. { label: 'VRAM', value: '62 of 80 GB' }. */
export interface KeyFigure {
  label: string;
  value: string;
}

/** Where a number came from, for "How is this computed?". */
export interface Explanation {
  /** The formula in words and symbols. */
  formula: string;
  /** The formula with the actual values plugged in. */
  substituted: string;
  /** Catalog source ids and seed sections. */
  sources: string[];
}

// ---------- VRAM ----------

export interface VramFit {
  nodeId: string;
  kind: ComponentKind;
  modelId: string;
  skuId: string;
  precision: string;
  /** GPUs one model replica spans (tensor parallel × pipeline parallel). */
  gpusPerReplica: number;
  replicas: number;
  weightsGBPerGpu: number;
  /** KV cache for the scenario's concurrent sequences at its context length. */
  kvCacheGBPerGpu: number;
  overheadGBPerGpu: number;
  requiredGBPerGpu: number;
  /** Physical memory of one GPU (or MIG slice / time-sliced share). */
  capacityGBPerGpu: number;
  /** The part the serving engine may use: capacity × gpu_memory_utilization. */
  usableGBPerGpu: number;
  fits: boolean;
  /** required ÷ capacity; the seed's target keeps it under 0.9 (9.11). */
  utilization: number;
  kvBytesPerToken: number;
  /** Sequences that fit at the scenario's context with paged KV (vLLM PagedAttention). */
  maxConcurrentSequences: number;
  /** Sequences that fit when each reserves the model's full max context (contiguous allocation). */
  maxConcurrentSequencesContiguous: number;
  /** Concurrency that fits at other context lengths, for the chart. */
  sequencesByContext: { contextTokens: number; sequences: number }[];
  /**
   * The one verdict the panel, the node badge, the header and the findings share: does-not-fit ⇔ an error
   * finding; concurrency-short and above-target ⇔ a warning.
   */
  verdict: VramVerdict;
  /** KV cache capacity per replica in tokens, as vLLM logs it ("GPU KV cache size: N tokens"); null without the engine model. */
  kvCacheTokens: number | null;
  /** vLLM's startup memory breakdown and the engine settings used; null when the plain arithmetic applies. */
  engine: EngineReportFigures | null;
  /** Why the engine model did not apply (other engine, GPU sharing, pipeline parallel, unknown architecture). */
  engineFallback: string | null;
  explanation: Explanation;
}

export type VramVerdict = 'fits' | 'above-target' | 'concurrency-short' | 'does-not-fit';

export interface TrainingEstimate {
  nodeId: string;
  method: 'full' | 'lora' | 'qlora';
  memoryGBPerGpu: number;
  capacityGBPerGpu: number;
  fits: boolean;
  gpus: number;
  gpuHoursPerRun: number | null;
  usdPerRun: number | null;
  explanation: Explanation;
}

// ---------- Throughput and latency ----------

export interface ModelPerformance {
  nodeId: string;
  /** Time to first token for the scenario's prompt, model side only. */
  ttftMs: number | null;
  /** Output tokens per second for one sequence: the typical figure the latency chain uses. */
  outputTokensPerSecond: number | null;
  /**
   * The slowest output speed a source bounds, for a worst-case figure beside the typical one: Azure OpenAI's
   * PTU latency target (99% of requests faster). null where no such bound exists (self-hosted, serverless).
   */
  worstCaseOutputTokensPerSecond: number | null;
  /** Requests per minute one replica sustains at the scenario's concurrency. */
  requestsPerMinutePerReplica: number | null;
  basis: string;
  explanation: Explanation;
}

export interface LatencyHop {
  fromNodeId: string | null;
  toNodeId: string;
  label: string;
  networkMs: number;
  serviceMs: number;
  crossRegion: boolean;
  /** e.g. 'same region', 'eastus → westeurope (89 ms RTT)', 'private endpoint'. */
  networkBasis: string;
}

export interface LatencyReport {
  /** The request path from the client to the model, found from the graph. Empty when there is none. */
  hops: LatencyHop[];
  ttftMs: number | null;
  /** End to end at the model's typical output speed. */
  e2eMs: number | null;
  /**
   * End to end at the model's worst-case output speed (ModelPerformance.worstCaseOutputTokensPerSecond):
   * same path and TTFT, output tokens ÷ the worst-case speed. null when the model has no worst-case figure.
   */
  worstCaseE2eMs: number | null;
  /** Same path when the semantic cache answers. */
  cacheHit: { ttftMs: number; e2eMs: number } | null;
  streaming: boolean;
  targets: { ttftMs: number; e2eMs: number };
  explanation: Explanation;
}

// ---------- Availability ----------

export type HaPattern =
  | 'single-region-payg'
  | 'single-region-ptu'
  | 'single-region-self-hosted'
  | 'multi-region-load-balanced'
  | 'multi-region-ptu-payg-overflow'
  | 'multi-region-multi-model-fallback'
  | 'none';

/** The availability structure: services in series, with parallel groups for redundancy. */
export type SlaTerm =
  | { type: 'service'; nodeId: string; label: string; availability: number | null; slaId: string | null }
  | { type: 'parallel'; label: string; terms: SlaTerm[]; availability: number | null }
  | { type: 'series'; label: string; terms: SlaTerm[]; availability: number | null };

export interface HaReport {
  pattern: HaPattern;
  patternLabel: string;
  regions: string[];
  /** Composite availability along the request path, a fraction; null when a part has no SLA figure. */
  compositeSla: number | null;
  downtimeMinutesPerMonth: number | null;
  structure: SlaTerm | null;
  singlePointsOfFailure: string[];
  recovery: { nodeId: string; service: string; rpo: string; rto: string; mechanism: string }[];
  explanation: Explanation;
}

// ---------- Cost ----------

/**
 * What a cost line meters: the levers and findings select lines by meter, never by id.
 *   vm                   GPU VMs billed per VM-hour, all month (gpu-vm count)
 *   endpoint-instances   Azure ML online endpoint instances, all month
 *   nodes-always-on      AKS GPU pool nodes up to minNodes, all month
 *   nodes-autoscale      AKS GPU pool nodes above minNodes, during the scenario's active hours
 *   cluster-fee          AKS Standard tier (Uptime SLA) fee per cluster
 *   training-vm          training-job VMs for the GPU-hours of the month's runs
 *   tokens-input / tokens-output              per-token billing (Azure OpenAI PAYG, Foundry serverless)
 *   tokens-input-batch / tokens-output-batch  the Batch API share of Azure OpenAI PAYG, at 50%
 *   ptu-hourly / ptu-reservation              Azure OpenAI provisioned throughput units
 *   service-capacity     provisioned service capacity billed by the hour or month (search units, gateway units, plans, ...)
 *   service-usage        usage-based service meters (calls, executions, ingestion, pages, operations, RU consumed)
 *   storage              data stored, per GB-month
 */
export type CostMeter =
  | 'vm'
  | 'endpoint-instances'
  | 'nodes-always-on'
  | 'nodes-autoscale'
  | 'cluster-fee'
  | 'training-vm'
  | 'tokens-input'
  | 'tokens-output'
  | 'tokens-input-batch'
  | 'tokens-output-batch'
  | 'ptu-hourly'
  | 'ptu-reservation'
  | 'service-capacity'
  | 'service-usage'
  | 'storage';

export interface CostLine {
  id: string;
  meter: CostMeter;
  nodeId: string | null;
  layer: Layer | 'Other';
  region: string | null;
  /** What is billed, e.g. 'Standard_NC24ads_A100_v4 (Linux, pay-as-you-go)'. */
  item: string;
  quantity: number;
  /** e.g. 'VM', 'PTU', '1M input tokens', 'search unit'. */
  unit: string;
  /** null = no known price: the line is "unpriced", never $0. */
  unitUsd: number | null;
  /** Hours per month billed, where the line is hourly. */
  hoursPerMonth: number | null;
  usdPerMonth: number | null;
  priceId: string | null;
  source: string | null;
  asOf: string | null;
  overridden: boolean;
  note?: string;
}

export interface LeverSaving {
  lever: 'reserved-1y' | 'reserved-3y' | 'spot' | 'semantic-cache' | 'batch-api' | 'autoscale' | 'model-routing' | 'ptu-vs-payg';
  label: string;
  /** Monthly saving if the lever were applied (positive = cheaper). null = cannot tell. */
  savingUsdPerMonth: number | null;
  applicable: boolean;
  note: string;
}

export interface HostingAlternative {
  option: string;
  usdPerMonth: number | null;
  note: string;
}

export interface PtuAnalysis {
  nodeId: string;
  modelId: string;
  /** PTUs needed for the scenario's peak, rounded to the minimum and increment. */
  requiredPtu: number;
  requiredPtuRaw: number;
  deployedPtu: number;
  ptuUsdPerMonth: number | null;
  paygUsdPerMonthSameTraffic: number | null;
  /** Utilization of the deployed PTUs at the scenario's average traffic. */
  utilization: number | null;
  /** Utilization above which PTU is cheaper than PAYG. */
  breakEvenUtilization: number | null;
  breakEvenRequestsPerMinute: number | null;
  /** Cost of both options across utilization, for the chart. */
  curve: { utilization: number; ptuUsdPerMonth: number; paygUsdPerMonth: number }[];
}

export interface CostReport {
  lines: CostLine[];
  /** Sum of the priced lines. */
  totalUsdPerMonth: number;
  unpricedCount: number;
  byLayer: { layer: string; usdPerMonth: number }[];
  byRegion: { region: string; usdPerMonth: number }[];
  levers: LeverSaving[];
  alternatives: HostingAlternative[];
  ptu: PtuAnalysis[];
  /** Date of the oldest price used. */
  pricesAsOf: string | null;
  explanation: Explanation;
}

// ---------- Posture ----------

export interface RoleAssignment {
  identity: string;
  identityNodeId: string;
  role: string;
  scopeNodeId: string;
  scope: string;
  purpose: string;
}

export interface PostureReport {
  roleAssignments: RoleAssignment[];
}

// ---------- The whole report ----------

export interface NodeStatus {
  status: 'ok' | 'warning' | 'error';
  /** Indexes into `findings`. */
  findings: number[];
  keyFigures: KeyFigure[];
  /** Resolved Azure region (inherited from the enclosing region group), null when not placed. */
  region: string | null;
}

export interface Report {
  findings: Finding[];
  nodes: Record<string, NodeStatus>;
  vram: VramFit[];
  training: TrainingEstimate[];
  performance: ModelPerformance[];
  latency: LatencyReport;
  ha: HaReport;
  cost: CostReport;
  posture: PostureReport;
  counts: { error: number; warning: number; info: number };
}
