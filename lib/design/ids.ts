/**
 * Ids of nodes and connections, and printing text from untrusted documents. Ids key maps and objects
 * everywhere (the canvas, the report, share links), so a few are refused outright: names that are
 * properties of every JavaScript object, control characters and invisible formatting characters.
 */

/** Longest id, in characters. */
export const ID_MAX_LENGTH = 100;

/** Names every JavaScript object already has; as ids they would clash with lookups by id. */
export const RESERVED_IDS = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * Letters and digits of any script, marks, and `- _ . : ~ @ + # / ( )`; no spaces. The editor's ids
 * (`azure-openai-2`, `e-app-aoai`, `region-westus`) and every example's ids use a subset of these.
 */
const ID_PATTERN = /^[\p{L}\p{N}\p{M}\-_.:~@+#/()]+$/u;

// Control (Cc) and invisible formatting (Cf: zero-width, bidirectional overrides) characters.
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/** Text with control and formatting characters shown as escapes: ESC → `\x1b`, U+202E → `\u202e`. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** What is wrong with an id, in plain words, or null when it is fine. */
export function idProblem(id: string): string | null {
  if ((RESERVED_IDS as readonly string[]).includes(id)) return `"${id}" cannot be an id: it is a name every JavaScript object already has`;
  if (new RegExp(CONTROL.source, 'u').test(id)) return `"${escapeControl(id)}" has a control or invisible character: ids must be printable`;
  if (!ID_PATTERN.test(id))
    return `"${escapeControl(id)}" may only use letters, digits and - _ . : ~ @ + # / ( ) (no spaces), e.g. "azure-openai-2"`;
  return null;
}
