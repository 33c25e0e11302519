import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXAMPLES } from './examples';
import { designFileName, designToFile, openDesignFile } from './file';
import { migrateDocument, MIGRATIONS, type Migration } from './migrate';
import { parseDesign } from './parse';
import { SCHEMA_VERSION, type Design } from './schema';

const designOf = (doc: unknown): Design => {
  const r = parseDesign(doc);
  if (!r.ok) throw new Error('does not parse');
  return r.design;
};

describe('design files', () => {
  for (const example of EXAMPLES) {
    it(`${example.slug}: saves as pretty versioned JSON and opens to the same design`, () => {
      const design = designOf(example.document);
      const text = designToFile(design);
      expect(text.startsWith('{\n  "schemaVersion": 1,\n  "name": ')).toBe(true);
      expect(text.endsWith('}\n')).toBe(true);
      expect(openDesignFile(text)).toEqual({ ok: true, design });
    });
  }

  it('opens the shipped example files as they are on disk (with or without a byte-order mark)', () => {
    const text = readFileSync('public/examples/batch-pipeline.json', 'utf8');
    expect(openDesignFile(text).ok).toBe(true);
    expect(openDesignFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it('names the file after the design', () => {
    expect(designFileName(designOf({ schemaVersion: 1, name: 'Enterprise AI platform (reference architecture)' }))).toBe(
      'enterprise-ai-platform-reference-architecture.json',
    );
    expect(designFileName(designOf({ schemaVersion: 1, name: 'Café über “Llama”' }))).toBe('cafe-uber-llama.json');
    expect(designFileName(designOf({ schemaVersion: 1, name: '???' }))).toBe('design.json');
  });
});

describe('opening what is not a design', () => {
  const errorOf = (text: string) => {
    const r = openDesignFile(text);
    if (r.ok) throw new Error('expected an error');
    return r.error;
  };

  it('names foreign files by what they are', () => {
    expect(errorOf('')).toBe('The file is empty.');
    expect(errorOf(readFileSync('package.json', 'utf8'))).toMatch(/^This is an npm package\.json, not a studio design\./);
    expect(
      errorOf(JSON.stringify({ type: 'excalidraw', version: 2, source: 'https://excalidraw.com', elements: [], appState: {} })),
    ).toMatch(/^This is an Excalidraw drawing/);
    expect(
      errorOf('<?xml version="1.0"?>\n<mxfile host="app.diagrams.net"><diagram name="Page-1"><mxGraphModel/></diagram></mxfile>'),
    ).toMatch(/^This is a draw\.io \(diagrams\.net\) drawing/);
    expect(errorOf('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')).toMatch(/^This is an SVG image without a studio design/);
    expect(errorOf('<?xml version="1.0"?><project><name>x</name></project>')).toMatch(
      /^This is an XML document \(root element <project>\)/,
    );
    expect(errorOf(readFileSync(`public/schema/design-v${SCHEMA_VERSION}.json`, 'utf8'))).toMatch(/^This is a JSON Schema/);
    expect(errorOf(JSON.stringify({ nodes: [], edges: [] }))).toMatch(/another diagram tool/);
    expect(errorOf(JSON.stringify({ foo: 1, bar: 2 }))).toMatch(/has no schemaVersion; its fields are "foo", "bar"\./);
    expect(errorOf('name: x\nnodes: []')).toMatch(/^This file is not JSON/);
    expect(errorOf('https://host/#v1.abc')).toMatch(/share link/);
    expect(errorOf('{"schemaVersion": 1, "name": "x", "nodes": [')).toMatch(/^The file is not valid JSON \(.*\): it may be cut off/);
    expect(errorOf('[1, 2]')).toMatch(/expected a design object, got a list/);
  });

  it('lists a design file’s problems by path', () => {
    const r = openDesignFile(
      JSON.stringify({ schemaVersion: 1, name: 'x', nodes: [{ id: 'g', kind: 'gpu-vm', position: { x: 0, y: 0 }, config: { count: 0 } }] }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: 'This design file has 1 problem:\nnodes[0].config.count must be at least 1, got the number 0',
      errors: [{ path: 'nodes[0].config.count' }],
    });
  });

  it('says a file from a newer studio needs the newer studio', () => {
    expect(openDesignFile(JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, name: 'x' }))).toMatchObject({
      ok: false,
      error: expect.stringContaining(`schemaVersion is ${SCHEMA_VERSION + 1}: this design was saved by a newer version of the studio`),
    });
  });
});

describe('schema migrations', () => {
  it('a version-1 file goes through the registry (no step applies today) and opens', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
    const doc = { schemaVersion: 1, name: 'x' };
    expect(migrateDocument(doc)).toEqual({ ok: true, document: doc, fromVersion: 1, applied: [] });
  });

  it('refuses versions that are not whole numbers, too new, or older than any studio', () => {
    expect(migrateDocument({ schemaVersion: '1' })).toMatchObject({
      ok: false,
      message: 'must be a whole number (this studio writes 1), got "1"',
    });
    expect(migrateDocument({ schemaVersion: 1.5 })).toMatchObject({ ok: false, path: 'schemaVersion' });
    expect(migrateDocument({ schemaVersion: 3 })).toMatchObject({ ok: false, message: expect.stringMatching(/^is 3: .*newer version/) });
    expect(migrateDocument({ schemaVersion: 0 })).toMatchObject({
      ok: false,
      message: 'is 0: no version of the studio wrote schema 0; the oldest this one reads is 1.',
    });
    expect(parseDesign({ schemaVersion: -4, name: 'x' })).toMatchObject({
      ok: false,
      errors: [{ path: 'schemaVersion', message: expect.stringMatching(/^is -4/) }],
    });
  });

  // How schema 2 will slot in: a registry with a 1 → 2 step, run against target 2.
  const renameUsers: Migration = {
    description: 'client.users becomes client.people',
    migrate: (doc) => ({
      ...doc,
      schemaVersion: 2,
      nodes: ((doc.nodes as Record<string, unknown>[] | undefined) ?? []).map((n) => {
        const config = (n.config ?? {}) as Record<string, unknown>;
        if (n.kind !== 'client' || !('users' in config)) return n;
        const { users, ...rest } = config;
        return { ...n, config: { ...rest, people: users } };
      }),
    }),
  };

  it('runs the steps from the file’s version up to the target, in order', () => {
    const v1 = { schemaVersion: 1, name: 'x', nodes: [{ id: 'u', kind: 'client', config: { users: 50 } }] };
    const r = migrateDocument(v1, 2, { 1: renameUsers });
    expect(r).toEqual({
      ok: true,
      document: { schemaVersion: 2, name: 'x', nodes: [{ id: 'u', kind: 'client', config: { people: 50 } }] },
      fromVersion: 1,
      applied: ['1 → 2: client.users becomes client.people'],
    });
    expect(migrateDocument({ schemaVersion: 2 }, 2, { 1: renameUsers })).toMatchObject({ ok: true, applied: [] });
  });

  it('reports a missing step, a step that throws and a step that forgets the version', () => {
    expect(migrateDocument({ schemaVersion: 1 }, 3, { 1: renameUsers })).toMatchObject({
      ok: false,
      message: 'is 1: the studio has no way to upgrade schema 2 to 3.',
    });
    const throws: Migration = {
      description: 'breaks',
      migrate: () => {
        throw new Error('nodes is not a list');
      },
    };
    expect(migrateDocument({ schemaVersion: 1 }, 2, { 1: throws })).toMatchObject({
      ok: false,
      message: 'could not be upgraded from schema 1 to 2: nodes is not a list',
    });
    expect(migrateDocument({ schemaVersion: 1 }, 2, { 1: { description: 'noop', migrate: (d) => d } })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/did not produce schema 2/),
    });
  });
});
