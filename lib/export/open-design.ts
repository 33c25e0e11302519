/**
 * One entry point for whatever a user drops on the studio or picks in "Open": a design file, or a PNG
 * or SVG image exported by the studio with the design inside. Never throws.
 */
import { openDesignFile, type OpenResult } from '../design/file';
import { extractDesignFromPng, PNG_SIGNATURE } from './embed-png';
import { extractDesignFromSvg } from './embed-svg';
import { utf8Decode } from '../share/utf8';

/** Open the bytes of a dropped or picked file, whichever of the studio's formats it is. */
export function openDesignBytes(bytes: Uint8Array): OpenResult {
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return extractDesignFromPng(bytes);
  let text: string;
  try {
    text = utf8Decode(bytes);
  } catch {
    const error = 'This file is neither a studio design (JSON text) nor a PNG or SVG image exported from the studio.';
    return { ok: false, error, errors: [{ path: '(document)', message: error }] };
  }
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096);
  if (head.startsWith('<') && /<svg[\s>]/.test(head)) return extractDesignFromSvg(text);
  return openDesignFile(text);
}
