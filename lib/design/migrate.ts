/**
 * Schema migrations: every document read from outside (a file, a share link, local storage) passes
 * through `migrateDocument` before the strict schema sees it, so a design saved by an older studio
 * opens in this one. Each step takes a raw document of version n and returns one of version n + 1;
 * steps run in order from the document's version up to SCHEMA_VERSION.
 *
 * Today only schema 1 exists, so the registry is empty and a version-1 document passes through
 * unchanged. When schema 2 arrives: bump SCHEMA_VERSION, add `1: (doc) => ({ ...doc, schemaVersion: 2,
 * … })` below, and keep a version-1 file in the tests that must keep opening.
 */
import { SCHEMA_VERSION } from './schema';

/** A raw document as parsed from JSON, before validation. */
export type RawDocument = Record<string, unknown>;

/** One step: a document of version `from` in, a document of version `from + 1` out. */
export interface Migration {
  /** What changed, in plain words (shown nowhere yet; for the changelog and the tests). */
  description: string;
  migrate: (doc: RawDocument) => RawDocument;
}

/** Steps keyed by the version they read. Empty while schema 1 is the only schema. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { ok: true; document: RawDocument; fromVersion: number; applied: string[] }
  | { ok: false; message: string; path: 'schemaVersion' | '(document)' };

/**
 * Bring a raw document up to `target` (default: this studio's schema). Refuses a version that is not a
 * whole number, one newer than `target`, and one older than the oldest step the registry can read.
 * A step that throws or forgets to bump the version is reported, never propagated.
 */
export function migrateDocument(
  doc: RawDocument,
  target: number = SCHEMA_VERSION,
  registry: Readonly<Record<number, Migration>> = MIGRATIONS,
): MigrationResult {
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      path: 'schemaVersion',
      message: `must be a whole number (this studio writes ${target}), got ${JSON.stringify(version) ?? 'nothing'}`,
    };
  }
  if (version > target) {
    return {
      ok: false,
      path: 'schemaVersion',
      message: `is ${version}: this design was saved by a newer version of the studio, which this one (schema ${target}) cannot read. Open it in the newer studio, or update this one.`,
    };
  }
  const oldest = Math.min(target, ...Object.keys(registry).map(Number));
  if (version < oldest) {
    return {
      ok: false,
      path: 'schemaVersion',
      message: `is ${version}: no version of the studio wrote schema ${version}; the oldest this one reads is ${oldest}.`,
    };
  }
  let current = doc;
  const applied: string[] = [];
  for (let v = version; v < target; v++) {
    const step = registry[v];
    if (!step)
      return { ok: false, path: 'schemaVersion', message: `is ${version}: the studio has no way to upgrade schema ${v} to ${v + 1}.` };
    try {
      current = step.migrate(current);
    } catch (e) {
      return {
        ok: false,
        path: '(document)',
        message: `could not be upgraded from schema ${v} to ${v + 1}: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
    if (current.schemaVersion !== v + 1) {
      return {
        ok: false,
        path: '(document)',
        message: `could not be upgraded from schema ${v}: the upgrade step did not produce schema ${v + 1}.`,
      };
    }
    applied.push(`${v} → ${v + 1}: ${step.description}`);
  }
  return { ok: true, document: current, fromVersion: version, applied };
}
