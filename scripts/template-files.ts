/**
 * The template documents read from disk, for Node (tests, benchmarks, the checker): the same files the
 * browser fetches from /examples/<slug>.json, parsed the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseResult } from '../lib/design/parse';
import { parseTemplate, templateUrl } from '../lib/design/templates';
import type { Design } from '../lib/design/schema';

/** Path of a template's document: public/ + its URL. */
export const templatePath = (slug: string, root: string = process.cwd()): string => join(root, 'public', templateUrl(slug));

/** Read and parse a template document; a missing file comes back as an error, never thrown. */
export function readTemplate(slug: string, root?: string): ParseResult {
  let text: string;
  try {
    text = readFileSync(templatePath(slug, root), 'utf8');
  } catch (e) {
    return {
      ok: false,
      errors: [{ path: '(document)', message: `template "${slug}" could not be read: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
  return parseTemplate(slug, text);
}

/** The parsed design of a template; throws with every problem when it does not parse (tests). */
export function templateDesign(slug: string, root?: string): Design {
  const r = readTemplate(slug, root);
  if (!r.ok) throw new Error(`template ${slug} does not parse:\n${r.errors.map((e) => `${e.path} ${e.message}`).join('\n')}`);
  return r.design;
}
