/**
 * Reading a design from untrusted input (a file, a share link, local storage): never throws, and every
 * problem names the JSON path and what was expected, in plain words.
 */
import type { z } from 'zod';
import { COMPONENT_KINDS, COMPONENTS, isComponentKind, isGroupKind, type ComponentKind } from '../catalog/components';
import { foreignAccelerator } from '../catalog/foreign-accelerators';
import { escapeControl } from './ids';
import { migrateDocument, type RawDocument } from './migrate';
import { NodeConfigSchemas } from './node-configs';
import { DesignEdgeSchema, DesignSchema, PriceOverrideSchema, ScenarioSchema, SCHEMA_VERSION, type Design } from './schema';
import { nearestName } from './spelling';

export interface DesignError {
  /** JSON path of the offending value, e.g. `nodes[3].config.count`; `(document)` for the whole. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; design: Design } | { ok: false; errors: DesignError[] };

/** `['nodes', 3, 'config']` → `nodes[3].config` */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(document)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  undefined: 'nothing',
  nan: 'not-a-number',
};

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text "${escapeControl(v.length > 40 ? `${v.slice(0, 40)}…` : v)}"`;
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : String(v);
  if (typeof v === 'boolean') return String(v);
  return 'an object';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** The fields each object of the document may have, and what to call that object in a message. */
function knownFields(input: unknown, path: readonly PropertyKey[]): { owner: string; noun: 'field' | 'setting'; keys: string[] } | null {
  const p = path.map((x) => (typeof x === 'number' ? '#' : String(x))).join('/');
  const kind = path[0] === 'nodes' ? (valueAt(input, [...path.slice(0, 2), 'kind']) as unknown) : undefined;
  const kindName = isComponentKind(kind) ? COMPONENTS[kind].name : 'this component';
  switch (p) {
    case '':
      return { owner: 'a design', noun: 'field', keys: Object.keys(DesignSchema.shape) };
    case 'nodes/#':
      return { owner: `a node (${kindName})`, noun: 'field', keys: ['id', 'kind', 'label', 'position', 'parentId', 'size', 'config'] };
    case 'nodes/#/config':
      return isComponentKind(kind) ? { owner: kindName, noun: 'setting', keys: Object.keys(NodeConfigSchemas[kind].shape) } : null;
    case 'nodes/#/position':
      return { owner: 'a position', noun: 'field', keys: ['x', 'y'] };
    case 'nodes/#/size':
      return { owner: 'a size', noun: 'field', keys: ['width', 'height'] };
    case 'edges/#':
      return { owner: 'a connection', noun: 'field', keys: Object.keys(DesignEdgeSchema.shape) };
    case 'scenario':
      return { owner: 'the scenario', noun: 'setting', keys: Object.keys(ScenarioSchema.shape) };
    case 'priceOverrides/#':
      return { owner: 'a price override', noun: 'field', keys: Object.keys(PriceOverrideSchema.shape) };
    default:
      return null;
  }
}

/** "`replica` is not a setting of Azure AI Search; did you mean `replicas`?" */
export function unknownKeyMessage(key: string, input: unknown, path: readonly PropertyKey[]): string {
  const known = knownFields(input, path);
  const shown = escapeControl(key.length > 60 ? `${key.slice(0, 60)}…` : key);
  if (!known) return `\`${shown}\` is not a known field here`;
  const head = `\`${shown}\` is not a ${known.noun} of ${known.owner}`;
  const near = nearestName(key, known.keys);
  if (near !== null) return `${head}; did you mean \`${near}\`?`;
  return known.keys.length === 0
    ? `${head}: it has no ${known.noun}s`
    : `${head}; its ${known.noun}s are ${known.keys.map((k) => `\`${k}\``).join(', ')}`;
}

/** One zod issue in plain words, e.g. "must be at most 12, got the number 40". */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const got = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      return got === 'nothing'
        ? `is missing: expected ${typeWords[issue.expected] ?? issue.expected}`
        : `expected ${typeWords[issue.expected] ?? issue.expected}, got ${got}`;
    case 'too_small': {
      const what = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
      const bound = `${issue.minimum}${what ? ` ${what}` : ''}`;
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${bound}, got ${got}`;
    }
    case 'too_big': {
      const what = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
      const bound = `${issue.maximum}${what ? ` ${what}` : ''}`;
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${bound}, got ${got}`;
    }
    case 'invalid_value': {
      const value = valueAt(input, issue.path);
      const foreign = typeof value === 'string' ? foreignAccelerator(value) : undefined;
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}${foreign ? ` (${foreign.what}, which Azure does not offer)` : ''}`;
    }
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? 'a value in the right format' : issue.format}, got ${got}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}, got ${got}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return `does not match any allowed form, got ${got}`;
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return issue.message;
    default:
      // A code a newer zod adds: its own message.
      return (issue as { message: string }).message;
  }
}

/**
 * An unknown component kind in plain words. Accelerators of other clouds (a TPU, AWS Trainium) are
 * named as such, not as a typo.
 */
function kindMessage(kind: string): string {
  const foreign = foreignAccelerator(kind);
  if (foreign) return `"${escapeControl(kind)}" is ${foreign.what}: ${foreign.reason}`;
  const near = nearestName(kind, COMPONENT_KINDS);
  return `"${escapeControl(kind)}" is not a component the studio knows${near ? `; did you mean "${near}"?` : ''}`;
}

/** Structural checks zod cannot express: unique ids, edges and parents that point at real nodes. */
function referenceErrors(design: Design): DesignError[] {
  const errors: DesignError[] = [];
  const byId = new Map<string, { kind: ComponentKind; index: number; parentId?: string }>();
  design.nodes.forEach((n, i) => {
    if (byId.has(n.id)) errors.push({ path: `nodes[${i}].id`, message: `repeats the id "${n.id}": node ids must be unique` });
    else byId.set(n.id, { kind: n.kind, index: i, parentId: n.parentId });
  });
  // Nodes whose chain of parents is known to end on the canvas.
  const rootward = new Set<string>();
  // Nodes in, or inside, a loop of groups (already reported).
  const looping = new Set<string>();
  design.nodes.forEach((n, i) => {
    if (n.parentId === undefined) return;
    const parent = byId.get(n.parentId);
    if (!parent) errors.push({ path: `nodes[${i}].parentId`, message: `points at "${n.parentId}", which is not a node of this design` });
    else if (!isGroupKind(parent.kind))
      errors.push({
        path: `nodes[${i}].parentId`,
        message: `points at "${n.parentId}", a ${parent.kind}: only a region, VNET or subnet can contain nodes`,
      });
    else {
      // Walk up until a group already known to reach the canvas (or a loop): every node is walked once.
      const chain: string[] = [n.id];
      const onChain = new Set<string>(chain);
      let cur: string | undefined = n.parentId;
      while (cur !== undefined && !rootward.has(cur)) {
        if (onChain.has(cur) || looping.has(cur)) {
          errors.push({ path: `nodes[${i}].parentId`, message: `makes a loop of groups containing each other (through "${cur}")` });
          for (const c of chain) looping.add(c);
          return;
        }
        chain.push(cur);
        onChain.add(cur);
        cur = byId.get(cur)?.parentId;
      }
      for (const c of chain) rootward.add(c);
    }
  });
  const edgeIds = new Set<string>();
  design.edges.forEach((e, i) => {
    if (edgeIds.has(e.id)) errors.push({ path: `edges[${i}].id`, message: `repeats the id "${e.id}": edge ids must be unique` });
    edgeIds.add(e.id);
    if (!byId.has(e.source))
      errors.push({ path: `edges[${i}].source`, message: `points at "${e.source}", which is not a node of this design` });
    if (!byId.has(e.target))
      errors.push({ path: `edges[${i}].target`, message: `points at "${e.target}", which is not a node of this design` });
    if (e.source === e.target) errors.push({ path: `edges[${i}]`, message: 'connects a node to itself' });
  });
  return errors;
}

/**
 * Parse a design from a JSON string or an already-parsed value. Returns the design with defaults
 * filled in, or every problem found. Never throws.
 */
export function parseDesign(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      // A byte-order mark is how some Windows editors start a UTF-8 file; JSON.parse refuses it.
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, errors: [{ path: '(document)', message: `is not valid JSON: ${detail}` }] };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: [{ path: '(document)', message: `expected a design object, got ${describeValue(value)}` }] };
  }
  // `$schema` is how an editor finds the published JSON Schema; it is not part of the design.
  if (Object.hasOwn(value, '$schema') && typeof (value as Record<string, unknown>).$schema === 'string') {
    const { $schema: _schema, ...rest } = value as Record<string, unknown>;
    value = rest;
  }
  const version = (value as Record<string, unknown>).schemaVersion;
  if (version === undefined) {
    return {
      ok: false,
      errors: [
        {
          path: 'schemaVersion',
          message: `is missing: this does not look like a studio design (expected schemaVersion ${SCHEMA_VERSION})`,
        },
      ],
    };
  }
  // Every document passes through the migrations, a current one too (then no step applies).
  const migrated = migrateDocument(value as RawDocument);
  if (!migrated.ok) return { ok: false, errors: [{ path: migrated.path, message: migrated.message }] };
  value = migrated.document;

  // Name unknown component kinds plainly before zod's union error does.
  const errors: DesignError[] = [];
  const nodes = (value as Record<string, unknown>).nodes;
  if (Array.isArray(nodes)) {
    nodes.forEach((n, i) => {
      const kind = n !== null && typeof n === 'object' ? (n as Record<string, unknown>).kind : undefined;
      if (typeof kind === 'string' && !isComponentKind(kind)) {
        errors.push({ path: `nodes[${i}].kind`, message: kindMessage(kind) });
      }
    });
  }

  const result = DesignSchema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = formatPath(issue.path);
      if (errors.some((e) => path.startsWith(e.path.replace(/\.kind$/, '')))) continue;
      if (issue.code === 'unrecognized_keys') {
        // One error per unknown key, at the key's own path, with the nearest known name.
        for (const key of issue.keys)
          errors.push({ path: formatPath([...issue.path, escapeControl(key)]), message: unknownKeyMessage(key, value, issue.path) });
      } else errors.push({ path, message: issueMessage(issue, value) });
    }
    return { ok: false, errors };
  }
  if (errors.length > 0) return { ok: false, errors };
  const refs = referenceErrors(result.data);
  return refs.length > 0 ? { ok: false, errors: refs } : { ok: true, design: result.data };
}

/** One readable paragraph of the errors, for the CLI and toasts. */
export function formatDesignErrors(errors: readonly DesignError[]): string {
  return errors.map((e) => `${e.path} ${e.message}`).join('\n');
}
