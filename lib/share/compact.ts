/**
 * The compact form of a design for share links: the same document with every value that equals the
 * schema's default left out. The defaults come from the zod schemas themselves (lib/design), never from a
 * copy here, and reading a compact document back goes through the same strict `parseDesign` as a file,
 * which puts the defaults back. So `parseDesign(compactDesign(d))` gives `d` again.
 */
import { defaultConfig } from '../design/node-configs';
import { DesignEdgeSchema, DesignNodeSchema, DesignSchema, ScenarioSchema, SCHEMA_VERSION, type Design } from '../design/schema';

/** Deep equality of two JSON values (what the document holds: no dates, no undefined inside arrays). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `value` without the keys whose value equals the one in `defaults` (and without undefined values). */
function withoutDefaults(value: object, defaults: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (k in defaults && sameJson(v, (defaults as Record<string, unknown>)[k])) continue;
    out[k] = v;
  }
  return out;
}

interface Defaults {
  design: Record<string, unknown>;
  node: Record<string, unknown>;
  edge: Record<string, unknown>;
  scenario: Record<string, unknown>;
}
let cached: Defaults | null = null;

/** The schema's defaults, computed once from the zod schemas. */
function schemaDefaults(): Defaults {
  if (cached) return cached;
  // Parse the smallest valid objects and keep only the fields the schema filled in.
  const { schemaVersion: _v, name: _n, scenario: _s, ...design } = DesignSchema.parse({ schemaVersion: SCHEMA_VERSION, name: 'x' });
  const {
    id: _i,
    kind: _k,
    position: _p,
    config: _c,
    ...node
  } = DesignNodeSchema.parse({ id: 'x', kind: 'client', position: { x: 0, y: 0 } });
  const { id: _ei, source: _es, target: _et, ...edge } = DesignEdgeSchema.parse({ id: 'x', source: 'a', target: 'b' });
  cached = { design, node, edge, scenario: ScenarioSchema.parse({}) };
  return cached;
}

/**
 * The design with every value equal to its schema default left out: node labels that are empty,
 * settings equal to the kind's default settings, edge fields at their defaults, the default scenario
 * values, an empty description and empty lists. `schemaVersion`, `name`, ids, kinds and positions stay.
 */
export function compactDesign(design: Design): Record<string, unknown> {
  const d = schemaDefaults();
  const nodes = design.nodes.map((n) => {
    const config = withoutDefaults(n.config, defaultConfig(n.kind));
    return withoutDefaults({ ...n, config }, { ...d.node, config: {} });
  });
  const edges = design.edges.map((e) => withoutDefaults(e, d.edge));
  const scenario = withoutDefaults(design.scenario, d.scenario);
  const { schemaVersion, name } = design;
  return withoutDefaults(
    { schemaVersion, name, description: design.description, nodes, edges, scenario, priceOverrides: design.priceOverrides },
    { ...d.design, scenario: {} },
  );
}
