/**
 * The design document: the single source of truth that the canvas, files, share links and the
 * command-line checker all read and write. Versioned; see parse.ts for reading untrusted input.
 */
import { z } from 'zod';
import { COMPONENT_KINDS, type ComponentKind } from '../catalog/components';
import { ID_MAX_LENGTH, idProblem } from './ids';
import { NodeConfigSchemas, type NodeConfigs } from './node-configs';

export const SCHEMA_VERSION = 1 as const;

const id = z
  .string()
  .min(1, 'an id of at least one character')
  .max(ID_MAX_LENGTH)
  .superRefine((value, ctx) => {
    const problem = idProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
const finite = z.number().finite();

export const Position = z.strictObject({ x: finite, y: finite });

const nodeBase = {
  id,
  label: z.string().max(120).default(''),
  position: Position,
  /** The group (region, VNET or subnet) this node sits in. */
  parentId: id.optional(),
  /** Width and height of a group on the canvas, in canvas units. */
  size: z.strictObject({ width: z.number().positive().max(20_000), height: z.number().positive().max(20_000) }).optional(),
};

const nodeVariants = COMPONENT_KINDS.map((kind) => {
  const config: z.ZodObject = NodeConfigSchemas[kind];
  return z.strictObject({ ...nodeBase, kind: z.literal(kind), config: config.default(() => config.parse({})) });
});

type NodeBase = {
  id: string;
  label: string;
  position: { x: number; y: number };
  parentId?: string;
  size?: { width: number; height: number };
};
/** A node of the design: a placed component with its settings. */
export type DesignNode = { [K in ComponentKind]: NodeBase & { kind: K; config: NodeConfigs[K] } }[ComponentKind];
export type NodeOfKind<K extends ComponentKind> = Extract<DesignNode, { kind: K }>;

export const DesignNodeSchema = z.discriminatedUnion(
  'kind',
  nodeVariants as unknown as [(typeof nodeVariants)[number], ...(typeof nodeVariants)[number][]],
) as unknown as z.ZodType<DesignNode>;

export const EDGE_FLOWS = ['request', 'retrieval', 'data', 'replication', 'failover'] as const;
export type EdgeFlow = (typeof EDGE_FLOWS)[number];

export const DesignEdgeSchema = z.strictObject({
  id,
  source: id,
  target: id,
  /** What flows along the connection. */
  flow: z.enum(EDGE_FLOWS).default('request'),
  /** For failover edges: 1 is tried first after the primary, then 2, ... */
  priority: z.number().int().min(1).max(10).optional(),
  auth: z.enum(['managed-identity', 'key', 'none']).default('managed-identity'),
  connectivity: z.enum(['private-endpoint', 'public']).default('private-endpoint'),
  label: z.string().max(120).optional(),
});
export type DesignEdge = z.infer<typeof DesignEdgeSchema>;

/** The workload every calculation shares: one traffic model for cost, latency and capacity. */
export const ScenarioSchema = z.strictObject({
  peakRequestsPerMinute: z.number().min(0).max(10_000_000).default(120),
  averageRequestsPerMinute: z.number().min(0).max(10_000_000).default(40),
  inputTokensPerRequest: z.number().int().min(1).max(2_000_000).default(1500),
  outputTokensPerRequest: z.number().int().min(1).max(200_000).default(300),
  /** Context each sequence holds in the KV cache (prompt + generated + history). */
  contextTokens: z.number().int().min(1).max(2_000_000).default(8192),
  /** Sequences each model replica must hold at once. */
  concurrentSequences: z.number().int().min(1).max(100_000).default(16),
  activeHoursPerDay: z.number().min(0).max(24).default(24),
  /** Share of requests answered by the semantic cache. */
  cacheHitRate: z.number().min(0).max(1).default(0),
  streaming: z.boolean().default(true),
  /** Share of requests sent through the Batch API (async, 50% price, 24 h turnaround). */
  batchShare: z.number().min(0).max(1).default(0),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const PriceOverrideSchema = z.strictObject({
  /** A price id from the catalog, e.g. `vm:Standard_NC24ads_A100_v4` or `aoai:gpt-4o:input`. */
  priceId: z.string().min(1),
  usd: z.number().min(0).max(10_000_000),
  note: z.string().max(200).optional(),
});
export type PriceOverride = z.infer<typeof PriceOverrideSchema>;

/** The largest design the schema accepts. */
export const DESIGN_LIMITS = { nodes: 5000, edges: 20_000, priceOverrides: 500 } as const;

export const DesignSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: z.string().min(1, 'a name').max(120),
  description: z.string().max(2000).default(''),
  nodes: z.array(DesignNodeSchema).max(DESIGN_LIMITS.nodes).default([]),
  edges: z.array(DesignEdgeSchema).max(DESIGN_LIMITS.edges).default([]),
  scenario: ScenarioSchema.default(ScenarioSchema.parse({})),
  /** A customer's negotiated rates; they win over the catalog's list prices. */
  priceOverrides: z.array(PriceOverrideSchema).max(DESIGN_LIMITS.priceOverrides).default([]),
});
export type Design = z.infer<typeof DesignSchema>;
