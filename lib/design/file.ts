/**
 * Design files: what "Save" writes and "Open" reads. A design file is the design document as
 * pretty-printed JSON with its `schemaVersion`; opening one goes through the migrations and the strict
 * parser (parse.ts), and a file that is something else entirely (a package.json, an Excalidraw or
 * draw.io drawing, an SVG, a JSON Schema) is named as such instead of drowning the user in field errors.
 */
import { formatDesignErrors, parseDesign, type DesignError } from './parse';
import type { Design } from './schema';

/** The file extension and media type of a design file. */
export const DESIGN_FILE_EXTENSION = '.json';
export const DESIGN_FILE_MEDIA_TYPE = 'application/json';

/** The design as the text of a design file: JSON indented by two spaces, ending in a newline. */
export function designToFile(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}

/** A file name for the design: its name in lower-case words joined by dashes, e.g. `enterprise-ai-platform.json`. */
export function designFileName(design: Design): string {
  const stem = design.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem || 'design'}${DESIGN_FILE_EXTENSION}`;
}

export type OpenResult = { ok: true; design: Design } | { ok: false; error: string; errors: DesignError[] };

const fail = (error: string, errors: DesignError[] = [{ path: '(document)', message: error }]): OpenResult => ({
  ok: false,
  error,
  errors,
});

const NOT_A_DESIGN = 'The studio opens its own design files (.json, saved with “Save”), share links, and images exported from the studio.';

/** What a piece of XML is, from its root element, when it is not something the studio reads. */
function describeXml(text: string): string {
  const head = text.slice(0, 4096);
  if (/<mxfile[\s>]|<mxGraphModel[\s>]/.test(head)) return 'This is a draw.io (diagrams.net) drawing, not a studio design.';
  if (/<svg[\s>]/.test(head)) return 'This is an SVG image without a studio design in it (only images exported from the studio carry one).';
  if (/<html[\s>]|<!doctype html/i.test(head)) return 'This is a web page (HTML), not a studio design.';
  const root = /<([A-Za-z_][\w:.-]*)[\s>/]/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''));
  return `This is an XML document${root ? ` (root element <${root[1]}>)` : ''}, not a studio design.`;
}

/** What a JSON object without `schemaVersion` is, as far as can be told from its fields. */
function describeForeignJson(value: Record<string, unknown>): string {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(value, k);
  if (value.type === 'excalidraw' || (has('elements') && has('appState'))) return 'This is an Excalidraw drawing, not a studio design.';
  if (has('tldrawFileFormatVersion')) return 'This is a tldraw drawing, not a studio design.';
  if (typeof value.name === 'string' && (has('dependencies') || has('devDependencies') || has('scripts')))
    return 'This is an npm package.json, not a studio design.';
  if (has('nbformat') && has('cells')) return 'This is a Jupyter notebook, not a studio design.';
  if (typeof value.$schema === 'string' && /deploymentTemplate/i.test(value.$schema))
    return 'This is an Azure Resource Manager (ARM) template, not a studio design.';
  if (typeof value.$schema === 'string' && /json-schema\.org/.test(value.$schema)) return 'This is a JSON Schema, not a studio design.';
  if (has('openapi') || has('swagger')) return 'This is an OpenAPI description, not a studio design.';
  if (Array.isArray(value.nodes) && Array.isArray(value.edges))
    return 'This JSON has nodes and edges but no schemaVersion: it looks like another diagram tool’s export, not a studio design.';
  const keys = Object.keys(value);
  const shown = keys
    .slice(0, 6)
    .map((k) => `"${k.length > 30 ? `${k.slice(0, 30)}…` : k}"`)
    .join(', ');
  return keys.length === 0
    ? 'This JSON is an empty object, not a studio design.'
    : `This JSON is not a studio design: it has no schemaVersion; its fields are ${shown}${keys.length > 6 ? ', …' : ''}.`;
}

/**
 * Open the text of a design file. Never throws. On failure `error` is one paragraph for a toast or the
 * command line, and `errors` the individual problems by JSON path (for a list in the dialog).
 */
export function openDesignFile(text: string): OpenResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('The file is empty.');
  const first = body.trimStart()[0];
  if (first === '<') return fail(`${describeXml(body.trimStart())} ${NOT_A_DESIGN}`);
  if (first !== '{' && first !== '[') {
    if (/^\s*v\d+\.[A-Za-z0-9_-]/.test(body) || /#v\d+\.[A-Za-z0-9_-]/.test(body.slice(0, 200)))
      return fail('This is a share link, not a design file: open it in the browser instead.');
    return fail(`This file is not JSON, so it is not a studio design. ${NOT_A_DESIGN}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(`The file is not valid JSON (${detail}): it may be cut off or edited by hand.`, [
      { path: '(document)', message: `is not valid JSON: ${detail}` },
    ]);
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !('schemaVersion' in value)) {
    return fail(`${describeForeignJson(value as Record<string, unknown>)} ${NOT_A_DESIGN}`);
  }
  const parsed = parseDesign(value);
  if (!parsed.ok) {
    const n = parsed.errors.length;
    return {
      ok: false,
      error: `This design file has ${n} problem${n === 1 ? '' : 's'}:\n${formatDesignErrors(parsed.errors.slice(0, 20))}${n > 20 ? `\n… and ${n - 20} more` : ''}`,
      errors: parsed.errors,
    };
  }
  return parsed;
}
