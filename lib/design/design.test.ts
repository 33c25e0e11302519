import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { COMPONENT_KINDS } from '../catalog/components';
import { defaultConfig } from './node-configs';
import { designJsonSchema } from './json-schema';
import { formatDesignErrors, parseDesign } from './parse';
import { DesignSchema, SCHEMA_VERSION } from './schema';

const minimal = { schemaVersion: 1, name: 'Minimal' };
const node = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({ id, kind, position: { x: 0, y: 0 }, ...extra });

const errorsOf = (input: unknown) => {
  const r = parseDesign(input);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('parseDesign: valid documents', () => {
  it('fills defaults for a minimal document', () => {
    const r = parseDesign(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.nodes).toEqual([]);
    expect(r.design.scenario.peakRequestsPerMinute).toBe(120);
    expect(r.design.scenario.streaming).toBe(true);
    expect(r.design.priceOverrides).toEqual([]);
  });

  it('accepts a node of every kind with default settings, from JSON text too', () => {
    const doc = { ...minimal, nodes: COMPONENT_KINDS.map((k, i) => node(`n${i}`, k)) };
    const r = parseDesign(JSON.stringify(doc));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.nodes).toHaveLength(COMPONENT_KINDS.length);
    const vm = r.design.nodes.find((n) => n.kind === 'gpu-vm');
    expect(vm?.kind === 'gpu-vm' && vm.config.gpuMemoryUtilization).toBe(0.9); // vLLM default (facts §2.4)
  });

  it('keeps groups, edges and price overrides', () => {
    const doc = {
      ...minimal,
      nodes: [
        node('r', 'region', { config: { region: 'swedencentral' } }),
        node('a', 'azure-openai', { parentId: 'r' }),
        node('u', 'client'),
      ],
      edges: [{ id: 'e1', source: 'u', target: 'a', flow: 'request', auth: 'key', connectivity: 'public' }],
      priceOverrides: [{ priceId: 'aoai:gpt-4o:input', usd: 2.1, note: 'EA rate' }],
    };
    const r = parseDesign(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.nodes[1]?.parentId).toBe('r');
    expect(r.design.edges[0]).toMatchObject({ auth: 'key', connectivity: 'public' });
    expect(r.design.priceOverrides[0]?.usd).toBe(2.1);
  });

  it('gives every kind a valid default config', () => {
    for (const k of COMPONENT_KINDS) expect(() => defaultConfig(k)).not.toThrow();
    expect(defaultConfig('ai-search')).toMatchObject({ tier: 's1', replicas: 3, partitions: 1 });
  });
});

describe('parseDesign: invalid documents get plain messages with JSON paths', () => {
  it('reports broken JSON', () => {
    const [e] = errorsOf('{"schemaVersion": 1,');
    expect(e?.path).toBe('(document)');
    expect(e?.message).toMatch(/^is not valid JSON/);
  });

  it('reports a non-object', () => {
    expect(errorsOf([1, 2])[0]?.message).toBe('expected a design object, got a list');
    expect(errorsOf(null)[0]?.message).toBe('expected a design object, got null');
  });

  it('reports a missing and a future schemaVersion', () => {
    expect(errorsOf({ name: 'x' })[0]).toMatchObject({ path: 'schemaVersion', message: expect.stringMatching(/is missing/) });
    const [future] = errorsOf({ schemaVersion: 7, name: 'x' });
    expect(future?.path).toBe('schemaVersion');
    expect(future?.message).toContain('newer version of the studio');
    expect(future?.message).toContain('is 7');
  });

  it('names the field and what was expected', () => {
    const errors = errorsOf({
      ...minimal,
      nodes: [node('g', 'gpu-vm', { config: { count: -2, precision: 'fp7', gpuMemoryUtilization: 1.5 } })],
      scenario: { cacheHitRate: 2, streaming: 'yes' },
    });
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
    expect(byPath['nodes[0].config.count']).toBe('must be at least 1, got the number -2');
    expect(byPath['nodes[0].config.precision']).toBe('expected one of "fp32", "fp16", "bf16", "fp8", "int8", "int4", got the text "fp7"');
    expect(byPath['nodes[0].config.gpuMemoryUtilization']).toBe('must be at most 1, got the number 1.5');
    expect(byPath['scenario.cacheHitRate']).toBe('must be at most 1, got the number 2');
    expect(byPath['scenario.streaming']).toBe('expected true or false, got the text "yes"');
  });

  it('reports missing required fields and wrong types', () => {
    const errors = errorsOf({ schemaVersion: 1, nodes: [{ id: 'a', kind: 'redis', position: { x: 'left', y: 0 } }] });
    expect(errors).toContainEqual({ path: 'name', message: 'is missing: expected text' });
    expect(errors).toContainEqual({ path: 'nodes[0].position.x', message: 'expected a number, got the text "left"' });
  });

  it('names an unknown component kind', () => {
    const errors = errorsOf({ ...minimal, nodes: [node('t', 'quantum-box')] });
    expect(errors).toEqual([{ path: 'nodes[0].kind', message: '"quantum-box" is not a component the studio knows' }]);
  });

  it('checks references: duplicate ids, dangling edges, bad parents, loops', () => {
    const errors = errorsOf({
      ...minimal,
      nodes: [
        node('a', 'redis'),
        node('a', 'redis'),
        node('b', 'redis', { parentId: 'a' }),
        node('v1', 'vnet', { parentId: 'v2' }),
        node('v2', 'vnet', { parentId: 'v1' }),
      ],
      edges: [
        { id: 'e', source: 'a', target: 'ghost' },
        { id: 'e', source: 'a', target: 'a' },
      ],
    });
    const text = formatDesignErrors(errors);
    expect(text).toContain('nodes[1].id repeats the id "a": node ids must be unique');
    expect(text).toContain('nodes[2].parentId points at "a", a redis: only a region, VNET or subnet can contain nodes');
    expect(text).toContain('nodes[3].parentId makes a loop of groups containing each other');
    expect(text).toContain('edges[0].target points at "ghost", which is not a node of this design');
    expect(text).toContain('edges[1].id repeats the id "e"');
    expect(text).toContain('edges[1] connects a node to itself');
  });
});

describe('published JSON Schema', () => {
  it(`public/schema/design-v${SCHEMA_VERSION}.json is in step with the zod schema (run npm run schema)`, () => {
    const published = JSON.parse(readFileSync(`public/schema/design-v${SCHEMA_VERSION}.json`, 'utf8'));
    expect(published).toEqual(designJsonSchema());
  });

  it('describes every component kind', () => {
    const text = JSON.stringify(designJsonSchema());
    for (const k of COMPONENT_KINDS) expect(text).toContain(`"const":"${k}"`);
  });

  it('round-trips: a parsed design parses again to itself', () => {
    const r = parseDesign({ ...minimal, nodes: [node('a', 'gpu-vm')] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(DesignSchema.parse(JSON.parse(JSON.stringify(r.design)))).toEqual(r.design);
  });
});
