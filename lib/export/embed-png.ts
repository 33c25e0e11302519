/**
 * The design inside an exported PNG: an iTXt chunk (PNG 3rd edition §11.3.3.4, W3C 2025; RFC 2083
 * §4.2.3) with the keyword `ai-architecture-studio`, placed before IEND, holding the design file's
 * JSON as uncompressed UTF-8. Any PNG reader skips the chunk (its type starts with a lower-case letter:
 * ancillary); the studio finds it again when the image is dropped on the canvas. Pure byte functions.
 */
import { openDesignFile, type OpenResult } from '../design/file';
import type { Design } from '../design/schema';
import { crc32 } from '../share/bytes';
import { utf8Decode, utf8Encode } from '../share/utf8';

/** The iTXt keyword that marks the studio's chunk (1-79 Latin-1 characters, PNG §11.3.3.4). */
export const PNG_DESIGN_KEYWORD = 'ai-architecture-studio';

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** Largest design text read back from an image, in bytes (as for share links). */
const MAX_DESIGN_TEXT_BYTES = 8 * 1024 * 1024;

export interface PngChunk {
  type: string;
  /** Offset of the chunk's length field in the file. */
  offset: number;
  data: Uint8Array;
  crc: number;
}

export type PngChunksResult = { ok: true; chunks: PngChunk[] } | { ok: false; error: string };

const isPng = (bytes: Uint8Array): boolean => bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);

/** The chunks of a PNG, checking the signature, each length against the file and that IEND ends it. */
export function readPngChunks(bytes: Uint8Array): PngChunksResult {
  if (!isPng(bytes)) return { ok: false, error: 'This is not a PNG image (its first bytes are not the PNG signature).' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return { ok: false, error: 'The PNG image is cut off (a chunk header runs past the end of the file).' };
    const length = view.getUint32(at);
    if (length > 0x7fffffff || at + 12 + length > bytes.length)
      return { ok: false, error: 'The PNG image is cut off or damaged (a chunk is longer than the rest of the file).' };
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) return { ok: false, error: 'The PNG image is damaged (a chunk type is not four letters).' };
    chunks.push({ type, offset: at, data: bytes.subarray(at + 8, at + 8 + length), crc: view.getUint32(at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  if (chunks.at(-1)?.type !== 'IEND') return { ok: false, error: 'The PNG image is cut off (it has no IEND chunk).' };
  return { ok: true, chunks };
}

/** CRC of a chunk as PNG defines it: over the type and the data, not the length. */
export function chunkCrc(type: string, data: Uint8Array): number {
  const typeBytes = Uint8Array.from(type, (c) => c.charCodeAt(0));
  return crc32(data, crc32(typeBytes));
}

function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, chunkCrc(type, data));
  return out;
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** ISO 8859-1 bytes as text (tEXt chunks), in slices so a long text never overflows the argument stack. */
function latin1Text(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** iTXt data: keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, text. */
function itxtData(keyword: string, text: string): Uint8Array {
  const head = latin1(keyword);
  const body = utf8Encode(text);
  const out = new Uint8Array(head.length + 5 + body.length);
  out.set(head, 0);
  // head.length: NUL separator; +1 compression flag 0; +2 method 0; +3 NUL (no language); +4 NUL (no translation)
  out.set(body, head.length + 5);
  return out;
}

/** The keyword of an iTXt or tEXt chunk (the Latin-1 bytes before the first NUL). */
function keywordOf(data: Uint8Array): string | null {
  const nul = data.indexOf(0);
  return nul < 1 || nul > 79 ? null : String.fromCharCode(...data.subarray(0, nul));
}

/**
 * The PNG with the design added as an iTXt chunk right before IEND (replacing an earlier studio chunk,
 * so exporting twice does not stack designs). Throws with a plain message when `pngBytes` is not a
 * whole PNG: the caller passes the studio's own rendering, so that is a bug, not user input.
 */
export function embedDesignInPng(pngBytes: Uint8Array, design: Design): Uint8Array {
  const read = readPngChunks(pngBytes);
  if (!read.ok) throw new Error(`Cannot put the design into the image: ${read.error}`);
  const kept = read.chunks.filter((c) => !((c.type === 'iTXt' || c.type === 'tEXt') && keywordOf(c.data) === PNG_DESIGN_KEYWORD));
  const design_ = encodeChunk('iTXt', itxtData(PNG_DESIGN_KEYWORD, JSON.stringify(design)));
  const parts: Uint8Array[] = [PNG_SIGNATURE];
  for (const c of kept) {
    if (c.type === 'IEND') parts.push(design_);
    parts.push(pngBytes.subarray(c.offset, c.offset + 12 + c.data.length));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * The design inside a PNG exported by the studio. Never throws: a PNG without the studio's chunk, a
 * damaged chunk (wrong CRC) or a design that no longer parses gets a plain message.
 */
export function extractDesignFromPng(bytes: Uint8Array): OpenResult {
  const fail = (error: string): OpenResult => ({ ok: false, error, errors: [{ path: '(document)', message: error }] });
  const read = readPngChunks(bytes);
  if (!read.ok) return fail(read.error);
  const chunk = read.chunks.find((c) => (c.type === 'iTXt' || c.type === 'tEXt') && keywordOf(c.data) === PNG_DESIGN_KEYWORD);
  if (!chunk) return fail('This PNG image holds no studio design: only images exported from the studio carry one.');
  if (chunkCrc(chunk.type, chunk.data) !== chunk.crc)
    return fail('The studio design inside this PNG image is damaged (its checksum does not match).');
  let text: string;
  try {
    const k = PNG_DESIGN_KEYWORD.length;
    if (chunk.type === 'tEXt') text = latin1Text(chunk.data.subarray(k + 1));
    else {
      if (chunk.data[k + 1] !== 0)
        return fail('The studio design inside this PNG image is compressed, which this studio does not write or read.');
      let at = k + 3; // after keyword NUL, compression flag and method
      const langEnd = chunk.data.indexOf(0, at);
      if (langEnd < 0) return fail('The studio design inside this PNG image is damaged.');
      const transEnd = chunk.data.indexOf(0, langEnd + 1);
      if (transEnd < 0) return fail('The studio design inside this PNG image is damaged.');
      at = transEnd + 1;
      if (chunk.data.length - at > MAX_DESIGN_TEXT_BYTES) return fail('The studio design inside this PNG image is too big to be a design.');
      text = utf8Decode(chunk.data.subarray(at));
    }
  } catch {
    return fail('The studio design inside this PNG image is damaged (it is not valid UTF-8 text).');
  }
  return openDesignFile(text);
}
