/** Every way into the studio passes through the migrations: files, share links, images, parseDesign itself. */
import { describe, expect, it, vi } from 'vitest';
import { EXAMPLES } from './examples';

const seen: unknown[] = [];
vi.mock('./migrate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./migrate')>();
  return {
    ...actual,
    migrateDocument: (...args: Parameters<typeof actual.migrateDocument>) => {
      seen.push(args[0].schemaVersion);
      return actual.migrateDocument(...args);
    },
  };
});

describe('the migration hook', () => {
  it('a version-1 document goes through migrateDocument from every entry point', async () => {
    const { parseDesign } = await import('./parse');
    const { designToFile, openDesignFile } = await import('./file');
    const { decodeShareFragment, encodeShareFragment } = await import('../share/share-link');
    const design = parseDesign(EXAMPLES[0]!.document);
    if (!design.ok) throw new Error('example does not parse');
    expect(seen).toEqual([1]);
    expect(openDesignFile(designToFile(design.design)).ok).toBe(true);
    expect(decodeShareFragment(encodeShareFragment(design.design)).ok).toBe(true);
    expect(seen).toEqual([1, 1, 1]);
  });
});
