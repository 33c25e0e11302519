/**
 * Form fields read from the design's zod schemas, so the inspector's forms always match what the
 * document accepts: enums become choices, booleans switches, numbers inputs with their limits, catalog
 * ids (VM sizes, models, regions, MIG profiles) choices from the catalog. `checkFieldInput` validates what
 * a person typed against the field's own schema and says what is wrong in plain words.
 */
import { z } from 'zod';
import { GPUS } from '../catalog/gpus';
import { OPEN_MODELS } from '../catalog/models';
import { AOAI_MODELS } from '../catalog/openai-models';
import { REGIONS } from '../catalog/regions';
import { VM_SPECS } from '../catalog/vm-specs';
import type { ComponentKind } from '../catalog/components';
import { NodeConfigSchemas } from './node-configs';
import { issueMessage } from './parse';
import { DesignEdgeSchema, ScenarioSchema } from './schema';
import { valueLabel } from './value-label';

export { valueLabel } from './value-label';

// The catalog tables the choices list, read from modules without prices: the inspector's forms load without
// the price snapshot (the sizes' specs are all a choice shows).
const gpusById = new Map(GPUS.map((g) => [g.id, g]));
const vmSpecsById = new Map(VM_SPECS.map((v) => [v.id, v]));
const getGpu = (id: string) => gpusById.get(id);
const getVmSku = (id: string) => vmSpecsById.get(id);

export interface FieldOption {
  value: string | number;
  label: string;
}

interface FieldBase {
  key: string;
  /** What the field is, in words, from the schema's description. */
  label: string;
  /** The unit or a note, from the description's closing parentheses: "ms, assumption". */
  hint?: string;
  /** May be left empty. */
  optional: boolean;
  /** The value a new component gets, where the schema gives one. */
  defaultValue?: unknown;
  /** The field's own schema (without its default), used to check input. */
  schema: z.ZodType;
}

export type FieldSpec =
  | (FieldBase & { type: 'number'; integer: boolean; min?: number; max?: number; minExclusive?: boolean })
  | (FieldBase & { type: 'choice'; options: FieldOption[] })
  | (FieldBase & { type: 'switch' })
  | (FieldBase & { type: 'text'; maxLength?: number })
  | (FieldBase & { type: 'list' });

/** Labels for the design-level fields whose schemas carry no description. */
const SCENARIO_WORDS: Record<string, string> = {
  peakRequestsPerMinute: 'Peak requests per minute',
  averageRequestsPerMinute: 'Average requests per minute',
  inputTokensPerRequest: 'Input tokens per request',
  outputTokensPerRequest: 'Output tokens per request',
  contextTokens: 'Context per sequence (tokens)',
  concurrentSequences: 'Concurrent sequences per replica',
  activeHoursPerDay: 'Active hours per day (h)',
  cacheHitRate: 'Semantic cache hit rate (0–1)',
  streaming: 'Streaming responses',
  batchShare: 'Share sent through the Batch API (0–1)',
};
const EDGE_WORDS: Record<string, string> = {
  flow: 'What flows',
  priority: 'Failover priority (1 is tried first)',
  auth: 'Authentication',
  connectivity: 'Connectivity',
  label: 'Label',
};

function splitDescription(text: string): { label: string; hint?: string } {
  const m = /^(.*\S)\s+\(([^()]+)\)$/.exec(text);
  if (!m) return { label: text };
  return { label: m[1] as string, hint: m[2] as string };
}

type Def = { type: string; innerType?: z.ZodType; options?: z.ZodType[]; values?: unknown[]; entries?: Record<string, string> };
const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def;

/** Peel `.default()` and `.optional()` off a field schema. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const d = defOf(inner);
    if (d.type === 'default' || d.type === 'prefault') {
      if (defaultValue === undefined) defaultValue = (d as { defaultValue?: unknown }).defaultValue;
      inner = d.innerType as z.ZodType;
    } else if (d.type === 'optional') {
      optional = true;
      inner = d.innerType as z.ZodType;
    } else break;
  }
  return { inner, optional, defaultValue };
}

function specFromSchema(key: string, field: z.ZodType, label: string): FieldSpec {
  const { inner, optional, defaultValue } = unwrap(field);
  const words = splitDescription(label);
  const base = { key, label: words.label, hint: words.hint, optional, defaultValue, schema: optional ? inner.optional() : inner };
  const d = defOf(inner);
  if (d.type === 'enum') {
    const values = Object.values(d.entries ?? {});
    return { ...base, type: 'choice', options: values.map((v) => ({ value: v, label: valueLabel(v) })) };
  }
  if (d.type === 'union' && d.options?.every((o) => defOf(o).type === 'literal')) {
    const values = d.options.flatMap((o) => (defOf(o).values ?? []) as (string | number)[]);
    return { ...base, type: 'choice', options: values.map((v) => ({ value: v, label: valueLabel(v) })) };
  }
  if (d.type === 'boolean') return { ...base, type: 'switch' };
  if (d.type === 'number') {
    const n = inner as z.ZodNumber;
    const checks = (d as { checks?: { _zod: { def: { check: string; inclusive?: boolean } } }[] }).checks ?? [];
    const minExclusive = checks.some((c) => c._zod.def.check === 'greater_than' && c._zod.def.inclusive === false);
    const isInt = (n as unknown as { isInt?: boolean }).isInt === true;
    const min = Number.isFinite(n.minValue ?? NaN) ? (n.minValue as number) : undefined;
    const max = Number.isFinite(n.maxValue ?? NaN) ? (n.maxValue as number) : undefined;
    return { ...base, type: 'number', integer: isInt, min, max, minExclusive };
  }
  if (d.type === 'array') return { ...base, type: 'list' };
  const maxLength = (inner as unknown as { maxLength?: number | null }).maxLength ?? undefined;
  return { ...base, type: 'text', maxLength };
}

/** The catalog choices for a field that holds a catalog id, or null for a free field. */
function catalogOptions(kind: ComponentKind, key: string, config: Record<string, unknown>): FieldOption[] | null {
  if (key === 'sku') {
    return VM_SPECS.map((s) => {
      const gpu = getGpu(s.gpuId);
      const gpus = `${Number.isInteger(s.gpuCount) ? s.gpuCount : s.gpuCount.toFixed(2)}× ${gpu?.name.replace(/^NVIDIA |^AMD Instinct /, '') ?? s.gpuId}`;
      return { value: s.id, label: `${s.id.replace(/^Standard_/, '')} · ${gpus}, ${s.gpuMemoryGB} GB${s.retired ? ' (retired)' : ''}` };
    });
  }
  if (key === 'model') {
    if (kind === 'azure-openai') return AOAI_MODELS.map((m) => ({ value: m.id, label: m.name }));
    const models = OPEN_MODELS.filter((m) => !m.estimated && (kind !== 'foundry-serverless' || m.foundryServerless));
    return models.map((m) => ({ value: m.id, label: m.name }));
  }
  if (key === 'region' && kind === 'region') return REGIONS.map((r) => ({ value: r.id, label: `${r.name} (${r.id})` }));
  if (key === 'migProfile') {
    const sku = typeof config.sku === 'string' ? getVmSku(config.sku) : undefined;
    const gpu = sku ? getGpu(sku.gpuId) : undefined;
    return (gpu?.migProfiles ?? []).map((p) => ({ value: p.name, label: `${p.name} (${p.memoryGB} GB, ${p.slicesPerGpu} per GPU)` }));
  }
  return null;
}

/** The fields of a component's settings, in schema order. */
export function configFields(kind: ComponentKind, config: Record<string, unknown>): FieldSpec[] {
  const shape = NodeConfigSchemas[kind].shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([key, field]) => {
    const spec = specFromSchema(key, field, field.description ?? valueLabel(key));
    const options = catalogOptions(kind, key, config);
    if (options === null) return spec;
    const current = config[key];
    const known = options.some((o) => o.value === current);
    const withCurrent =
      typeof current === 'string' && current !== '' && !known
        ? [{ value: current, label: `${current} (not in the catalog)` }, ...options]
        : options;
    return { ...spec, type: 'choice', options: withCurrent } as FieldSpec;
  });
}

/** The fields of the workload scenario. */
export function scenarioFields(): FieldSpec[] {
  return Object.entries(ScenarioSchema.shape as Record<string, z.ZodType>).map(([key, field]) =>
    specFromSchema(key, field, (Object.hasOwn(SCENARIO_WORDS, key) ? SCENARIO_WORDS[key] : undefined) ?? valueLabel(key)),
  );
}

/** The fields of a connection a person edits (not its id or ends). */
export function edgeFields(): FieldSpec[] {
  return (['flow', 'priority', 'auth', 'connectivity', 'label'] as const).map((key) =>
    specFromSchema(key, DesignEdgeSchema.shape[key] as z.ZodType, EDGE_WORDS[key] as string),
  );
}

export type FieldCheck = { ok: true; value: unknown } | { ok: false; message: string };

const capital = (s: string) => (s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1));

/**
 * Check what a person entered for a field. Numbers arrive as the text typed; an empty optional field
 * means "not set". The message says what is wrong, e.g. "Must be at most 12, got the number 40".
 */
export function checkFieldInput(spec: FieldSpec, raw: unknown): FieldCheck {
  let value = raw;
  if (spec.type === 'number') {
    const text = String(raw ?? '').trim();
    if (text === '') return spec.optional ? { ok: true, value: undefined } : { ok: false, message: 'Enter a number.' };
    const n = Number(text.replace(/[_\s]/g, ''));
    if (!Number.isFinite(n)) return { ok: false, message: `Enter a number: “${text}” is not one.` };
    value = n;
  } else if (spec.type === 'list') {
    value = String(raw ?? '')
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  } else if (spec.type === 'text' && spec.optional && String(raw ?? '').trim() === '') {
    value = undefined;
  }
  const result = spec.schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, message: 'This value is not valid.' };
  if (issue.code === 'invalid_type' && issue.expected === 'int')
    return { ok: false, message: `Must be a whole number, got ${String(value)}.` };
  return { ok: false, message: `${capital(issueMessage(issue, value))}.` };
}
