/**
 * Strict input (issue 12): a design file, share link or checker input with an unknown or misspelled key
 * is refused with the key and the nearest known name, never read with the key silently dropped; ids
 * are checked; text from the file is printed with control characters escaped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples';
import { addNode, connect, emptyDesign } from './edit';
import { duplicateNodes } from './placement';
import { escapeControl, ID_MAX_LENGTH, idProblem } from './ids';
import { parseDesign, type DesignError } from './parse';
import { editDistance, nearestName } from './spelling';

const errorsOf = (doc: unknown): DesignError[] => {
  const r = parseDesign(doc);
  if (r.ok) throw new Error('expected the document to be refused');
  return r.errors;
};
const search = (config: Record<string, unknown>) => ({
  schemaVersion: 1,
  name: 'RAG',
  nodes: [{ id: 'search', kind: 'ai-search', position: { x: 0, y: 0 }, config }],
});

describe('unknown and misspelled keys', () => {
  it('"replica": 1 on Azure AI Search is refused with did-you-mean, not read as the default 3 replicas', () => {
    expect(errorsOf(search({ replica: 1 }))).toEqual([
      { path: 'nodes[0].config.replica', message: '`replica` is not a setting of Azure AI Search; did you mean `replicas`?' },
    ]);
    const ok = parseDesign(search({ replicas: 1 }));
    expect(ok.ok && ok.design.nodes[0]?.kind === 'ai-search' && ok.design.nodes[0].config.replicas).toBe(1);
  });

  it('every level of the document is strict: top level, node, position, size, connection, scenario, price override', () => {
    const doc = {
      schemaVersion: 1,
      name: 'x',
      nodez: [],
      nodes: [
        { id: 'a', kind: 'client', position: { x: 0, y: 0, z: 1 }, lable: 'Users' },
        { id: 'r', kind: 'region', position: { x: 0, y: 0 }, size: { width: 100, heigth: 100 } },
        { id: 'b', kind: 'app-service', position: { x: 0, y: 0 } },
      ],
      edges: [{ id: 'e', source: 'a', target: 'b', flwo: 'request' }],
      scenario: { peakRequestPerMinute: 10 },
      priceOverrides: [{ priceId: 'vm:x', usd: 1, notes: 'x' }],
    };
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(8); // and nodes[1].size.height is missing
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'nodez', message: '`nodez` is not a field of a design; did you mean `nodes`?' },
        { path: 'nodes[0].lable', message: '`lable` is not a field of a node (Users); did you mean `label`?' },
        { path: 'nodes[0].position.z', message: '`z` is not a field of a position; did you mean `x`?' },
        { path: 'nodes[1].size.heigth', message: '`heigth` is not a field of a size; did you mean `height`?' },
        { path: 'edges[0].flwo', message: '`flwo` is not a field of a connection; did you mean `flow`?' },
        {
          path: 'scenario.peakRequestPerMinute',
          message: '`peakRequestPerMinute` is not a setting of the scenario; did you mean `peakRequestsPerMinute`?',
        },
        { path: 'priceOverrides[0].notes', message: '`notes` is not a field of a price override; did you mean `note`?' },
      ]),
    );
  });

  it('a key far from every known one lists the known settings instead of guessing', () => {
    expect(
      errorsOf({
        schemaVersion: 1,
        name: 'x',
        nodes: [{ id: 'f', kind: 'firewall', position: { x: 0, y: 0 }, config: { colour: 'red' } }],
      }),
    ).toEqual([{ path: 'nodes[0].config.colour', message: '`colour` is not a setting of Azure Firewall; its settings are `tier`' }]);
  });

  it('a `$schema` field (how editors find the published JSON Schema) is accepted and dropped', () => {
    const r = parseDesign({ $schema: 'https://ai-architecture-studio.dev/schema/design-v1.json', schemaVersion: 1, name: 'x' });
    expect(r.ok && !('$schema' in r.design)).toBe(true);
  });

  it('the published JSON Schema says the same: additionalProperties false on the design, nodes, configs, edges and scenario', () => {
    const schema = JSON.parse(readFileSync('public/schema/design-v1.json', 'utf8')) as {
      additionalProperties: unknown;
      properties: Record<
        string,
        { items?: { oneOf?: { properties: Record<string, unknown>; additionalProperties: unknown }[] }; additionalProperties?: unknown }
      >;
    };
    expect(schema.additionalProperties).toBe(false);
    const searchNode = schema.properties.nodes?.items?.oneOf?.find((v) => JSON.stringify(v.properties.kind).includes('"ai-search"'));
    expect(searchNode?.additionalProperties).toBe(false);
    const config = searchNode?.properties.config as { additionalProperties: unknown; properties: Record<string, unknown> };
    expect(config.additionalProperties).toBe(false);
    expect(Object.keys(config.properties)).toContain('replicas');
    expect(schema.properties.scenario?.additionalProperties).toBe(false);
    expect(schema.properties.edges?.items).toMatchObject({ additionalProperties: false });
  });

  it('every example design still opens', () => {
    for (const e of EXAMPLES) expect(parseDesign(e.document).ok, e.slug).toBe(true);
  });

  it('did-you-mean: edit distance with swaps; only close names are suggested', () => {
    expect(editDistance('replica', 'replicas')).toBe(1);
    expect(editDistance('flwo', 'flow')).toBe(1);
    expect(editDistance('Tier', 'tier')).toBe(0);
    expect(nearestName('replica', ['replicas', 'partitions'])).toBe('replicas');
    expect(nearestName('colour', ['tier'])).toBeNull();
  });

  it('an unknown component kind gets a did-you-mean, and a TPU is named as one', () => {
    const kindError = (kind: string) => errorsOf({ schemaVersion: 1, name: 'x', nodes: [{ id: 'a', kind, position: { x: 0, y: 0 } }] })[0];
    expect(kindError('azure-opneai')).toEqual({
      path: 'nodes[0].kind',
      message: '"azure-opneai" is not a component the studio knows; did you mean "azure-openai"?',
    });
    expect(kindError('tpu-pod')?.message).toMatch(
      /^"tpu-pod" is a Google Cloud TPU: TPUs are Google Cloud only; Azure has no TPU offering/,
    );
    expect(kindError('trn1')?.message).toMatch(/AWS Trainium/);
    const gpu = errorsOf({
      schemaVersion: 1,
      name: 'x',
      nodes: [{ id: 'c', kind: 'container-apps', position: { x: 0, y: 0 }, config: { gpu: 'tpu-v5e' } }],
    });
    expect(gpu[0]?.message).toBe(
      'expected one of "none", "t4", "a100", got the text "tpu-v5e" (a Google Cloud TPU, which Azure does not offer)',
    );
  });
});

describe('ids', () => {
  const withNodeId = (id: string) => ({ schemaVersion: 1, name: 'x', nodes: [{ id, kind: 'client', position: { x: 0, y: 0 } }] });

  it('refuses names every JavaScript object has, control and invisible characters, spaces', () => {
    for (const id of ['__proto__', 'constructor', 'prototype'])
      expect(errorsOf(withNodeId(id))).toEqual([
        { path: 'nodes[0].id', message: `"${id}" cannot be an id: it is a name every JavaScript object already has` },
      ]);
    expect(errorsOf(withNodeId('app\u001b[2J'))[0]?.message).toBe(
      '"app\\x1b[2J" has a control or invisible character: ids must be printable',
    );
    expect(errorsOf(withNodeId('a\u202eb'))[0]?.message).toContain('"a\\u202eb" has a control or invisible character');
    expect(errorsOf(withNodeId('my app'))[0]?.message).toMatch(/may only use letters, digits/);
    expect(errorsOf(withNodeId('x'.repeat(101)))[0]?.message).toMatch(/must be at most 100 characters/);
  });

  it('edge ids and ends are checked the same way', () => {
    const doc = {
      schemaVersion: 1,
      name: 'x',
      nodes: [
        { id: 'a', kind: 'client', position: { x: 0, y: 0 } },
        { id: 'b', kind: 'app-service', position: { x: 0, y: 0 } },
      ],
      edges: [{ id: '__proto__', source: 'a', target: 'b' }],
    };
    expect(errorsOf(doc).map((e) => e.path)).toEqual(['edges[0].id']);
  });

  it("accepts what the studio's id generator and the examples produce", () => {
    let d = emptyDesign();
    const ids: string[] = [];
    for (const kind of ['client', 'azure-openai', 'azure-openai', 'region', 'ai-search'] as const) {
      const r = addNode(d, kind, { x: ids.length * 400, y: 2000 });
      d = r.design;
      ids.push(r.id);
    }
    const connected = connect(d, ids[0] as string, ids[1] as string);
    if (!connected.ok) throw new Error(connected.reason);
    const duplicated = duplicateNodes(connected.design, ids).design;
    expect(parseDesign(duplicated).ok).toBe(true);
    ids.push(connected.id, ...duplicated.nodes.map((n) => n.id));
    for (const id of [...ids, 'e-users-afd', 'region-westus', 'snet-aks', 'aoai-east', 'ingest:2', 'modèle-1'])
      expect(idProblem(id), id).toBeNull();
  });

  it('an edge between two nodes with 90-character ids gets an id within the 100-character limit, and the design parses', () => {
    let d = emptyDesign();
    const ids: string[] = [];
    for (const kind of ['app-service', 'azure-openai'] as const) {
      const r = addNode(d, kind, { x: ids.length * 300, y: 0 });
      const long = `${kind}-${'x'.repeat(90 - kind.length - 1)}`;
      d = { ...r.design, nodes: r.design.nodes.map((n) => (n.id === r.id ? { ...n, id: long } : n)) };
      ids.push(long);
    }
    expect(ids.map((id) => id.length)).toEqual([90, 90]);
    const first = connect(d, ids[0] as string, ids[1] as string);
    if (!first.ok) throw new Error(first.reason);
    expect(first.id.length).toBeLessThanOrEqual(ID_MAX_LENGTH);
    expect(parseDesign(first.design).ok).toBe(true);
  });

  it('escapeControl shows ESC as \\x1b and bidirectional overrides as \\u202e; printable text is unchanged', () => {
    expect(escapeControl('a\u001b[31mred\u0007')).toBe('a\\x1b[31mred\\x07');
    expect(escapeControl('x\u202ey\n')).toBe('x\\u202ey\\x0a');
    expect(escapeControl('Azure OpenAI — eastus €')).toBe('Azure OpenAI — eastus €');
  });
});

describe('size limits stay linear', () => {
  it('5,000 regions nested in each other parse (each node walked once), and a loop of groups is still found', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => ({
      id: `r${i}`,
      kind: 'region',
      position: { x: 1, y: 1 },
      ...(i > 0 ? { parentId: `r${i - 1}` } : {}),
    }));
    expect(parseDesign({ schemaVersion: 1, name: 'deep', nodes }).ok).toBe(true);
    const loop = nodes.map((n, i) => (i === 0 ? { ...n, parentId: 'r4999' } : n));
    const errors = errorsOf({ schemaVersion: 1, name: 'loop', nodes: loop });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => /makes a loop of groups/.test(e.message))).toBe(true);
  });
});
