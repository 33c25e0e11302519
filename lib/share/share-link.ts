/**
 * Share links: the whole design compressed into the URL fragment (`https://host/#v1.…`). Browsers never
 * send the fragment to a server (RFC 3986 §3.5: the fragment is resolved by the user agent), so opening
 * a link shares nothing with anyone but the person holding it.
 *
 * Format v1: `v1.` + base64url( CRC-32 of the JSON, 4 bytes big-endian ‖ deflate-raw(JSON) ), where
 * the JSON is the design with defaults left out (compact.ts) and deflate uses the frozen v1 preset
 * dictionary (dictionary-v1.ts). Reading a link goes through `parseDesign`, the same strict parser as
 * files, which fills the defaults back in. Decoding never throws: every failure is a plain sentence.
 */
import { deflateSync, Inflate } from 'fflate';
import { formatCount } from '../format';
import { formatDesignErrors, parseDesign, type DesignError } from '../design/parse';
import type { Design } from '../design/schema';
import { crc32, fromBase64Url, toBase64Url } from './bytes';
import { compactDesign } from './compact';
import { SHARE_DICTIONARY_V1 } from './dictionary-v1';
import { utf8Decode, utf8Encode } from './utf8';

/** The link format this studio writes. Older formats stay readable; newer ones are refused by name. */
export const SHARE_FORMAT_VERSION = 1;
const PREFIX = `v${SHARE_FORMAT_VERSION}.`;

/**
 * Longest fragment the decoder looks at, in characters. Chromium caps URLs at 2 MB (2,097,152
 * characters, "URL display guidelines", chromium.googlesource.com docs/security/url_display_guidelines);
 * anything longer cannot have come from a browser's address bar and is refused before any work.
 */
export const MAX_FRAGMENT_CHARS = 2_097_152;

/**
 * Largest decompressed design the decoder accepts, in bytes. The largest design the schema allows in
 * practice (thousands of nodes) stays far below it; a "zip bomb" (a small link that inflates to
 * gigabytes) is stopped as soon as the output passes this size, without inflating the rest.
 */
export const MAX_DESIGN_BYTES = 8 * 1024 * 1024;

/** Input is fed to the inflater in slices this big: deflate expands at most ~1032:1, so one slice can
 * never produce more than ~530 KB before the size check runs. */
const INFLATE_SLICE_BYTES = 512;

const dictionaryV1 = utf8Encode(SHARE_DICTIONARY_V1);

export type ShareDecodeResult = { ok: true; design: Design } | { ok: false; error: string; errors?: DesignError[] };

/** The fragment (without `#`) that holds `design`: `v1.` followed by base64url text. */
export function encodeShareFragment(design: Design): string {
  const json = utf8Encode(JSON.stringify(compactDesign(design)));
  const deflated = deflateSync(json, { level: 6, dictionary: dictionaryV1 });
  const payload = new Uint8Array(4 + deflated.length);
  new DataView(payload.buffer).setUint32(0, crc32(json));
  payload.set(deflated, 4);
  return `${PREFIX}${toBase64Url(payload)}`;
}

/**
 * The full link: `baseUrl` with its fragment replaced by the design's. `baseUrl` is the studio's own
 * address (e.g. `https://studio.example/` or `https://host/app/?lang=en`); an existing `#…` is dropped.
 */
export function shareUrl(baseUrl: string, design: Design): string {
  const hash = baseUrl.indexOf('#');
  const base = hash === -1 ? baseUrl : baseUrl.slice(0, hash);
  return `${base}#${encodeShareFragment(design)}`;
}

const TRUNCATED =
  'The link is incomplete: its end is missing (chat tools and e-mail sometimes cut long links). Copy the whole link again, up to its last character.';
const CORRUPTED =
  'The link is damaged: some of its characters were changed, so the design in it cannot be read. Copy the link again from where it was shared.';

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; why: 'truncated' | 'corrupted' | 'too-big' };

/** deflate-raw → bytes, refusing output beyond MAX_DESIGN_BYTES and never throwing. */
function inflateCapped(data: Uint8Array, dictionary: Uint8Array): Inflated {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooBig = false;
  let ended = false;
  try {
    const inflater = new Inflate({ dictionary }, (chunk, final) => {
      total += chunk.length;
      if (total > MAX_DESIGN_BYTES) {
        tooBig = true;
        throw new Error('design too big');
      }
      chunks.push(chunk);
      if (final) ended = true;
    });
    for (let i = 0; i < data.length; i += INFLATE_SLICE_BYTES) {
      const end = Math.min(data.length, i + INFLATE_SLICE_BYTES);
      inflater.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (tooBig) return { ok: false, why: 'too-big' };
    const code = (e as { code?: unknown }).code;
    return { ok: false, why: code === 0 ? 'truncated' : 'corrupted' }; // fflate error 0: unexpected EOF
  }
  if (!ended) return { ok: false, why: 'truncated' };
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { ok: true, bytes: out };
}

/**
 * Read the design in a share link's fragment (with or without the leading `#`; a whole URL is accepted
 * too, and its fragment is used). Never throws; on failure `error` says in plain words what is wrong:
 * not a studio link, made by a newer studio, incomplete, damaged, too big, or holding an invalid design
 * (then `errors` lists the problems by JSON path, as for files).
 */
export function decodeShareFragment(fragment: string): ShareDecodeResult {
  if (typeof fragment !== 'string') return { ok: false, error: 'This is not a studio share link.' };
  if (fragment.length > MAX_FRAGMENT_CHARS)
    return {
      ok: false,
      error: `This link is too long to be a studio share link (${formatCount(fragment.length)} characters; browsers stop at ${formatCount(MAX_FRAGMENT_CHARS)}).`,
    };
  let text = fragment.trim();
  const hash = text.indexOf('#');
  if (hash !== -1) text = text.slice(hash + 1);
  if (text === '') return { ok: false, error: 'The link holds no design: the part after # is empty.' };

  const version = /^v(\d{1,9})\./.exec(text);
  if (!version) {
    return {
      ok: false,
      error: 'This is not a studio share link: a studio link ends in # followed by v1. and the design.',
    };
  }
  const n = Number(version[1]);
  if (n > SHARE_FORMAT_VERSION) {
    return {
      ok: false,
      error: `This link was made by a newer version of the studio (link format v${n}); this studio reads v${SHARE_FORMAT_VERSION} links. Open it in the newer studio, or update this one.`,
    };
  }
  if (n < 1) return { ok: false, error: 'This is not a studio share link: there is no link format v0.' };

  const body = text.slice(version[0].length);
  if (body === '') return { ok: false, error: TRUNCATED };
  const decoded = fromBase64Url(body);
  if (!decoded.ok) {
    if (decoded.reason === 'bad-length') return { ok: false, error: TRUNCATED };
    const at = decoded.index ?? 0;
    const ch = body.codePointAt(at) ?? 0;
    const shown = ch > 0x20 && ch < 0x7f ? `"${String.fromCodePoint(ch)}"` : `U+${ch.toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      ok: false,
      error: `The link is damaged: it contains ${shown} at character ${version[0].length + at + 1}, which a studio link never has (a chat tool or e-mail may have altered it). Copy the link again.`,
    };
  }
  const payload = decoded.bytes;
  if (payload.length < 5) return { ok: false, error: TRUNCATED };
  const expectedCrc = new DataView(payload.buffer, payload.byteOffset, 4).getUint32(0);
  const inflated = inflateCapped(payload.subarray(4), dictionaryV1);
  if (!inflated.ok) {
    if (inflated.why === 'too-big')
      return {
        ok: false,
        error: `The link unpacks to more than ${MAX_DESIGN_BYTES / (1024 * 1024)} MB, far more than any design: it was not made by the studio.`,
      };
    return { ok: false, error: inflated.why === 'truncated' ? TRUNCATED : CORRUPTED };
  }
  if (crc32(inflated.bytes) !== expectedCrc) return { ok: false, error: CORRUPTED };

  let json: unknown;
  try {
    json = JSON.parse(utf8Decode(inflated.bytes));
  } catch {
    return { ok: false, error: CORRUPTED };
  }
  const parsed = parseDesign(json);
  if (!parsed.ok) {
    return {
      ok: false,
      error: `The link opens, but the design in it is not valid:\n${formatDesignErrors(parsed.errors.slice(0, 10))}${parsed.errors.length > 10 ? `\n… and ${parsed.errors.length - 10} more` : ''}`,
      errors: parsed.errors,
    };
  }
  return { ok: true, design: parsed.design };
}

// ---------------------------------------------------------------- length classes

export type ShareLengthClass = 'fine' | 'long' | 'too-long';

export interface ShareLengthVerdict {
  lengthChars: number;
  verdict: ShareLengthClass;
  /** One sentence for the share dialog. */
  message: string;
}

/**
 * Up to this many characters a link works everywhere. 2,000 is the long-standing de facto limit
 * (Internet Explorer's 2,083-character URL limit, Microsoft KB 208427, and the 2,048-character limit of
 * sitemaps.org and many link previewers); it is the assumption for "some chat tools".
 */
export const SHARE_LINK_SAFE_CHARS = 2_000;
/**
 * Beyond this many characters most tools cut or refuse the link: RFC 9110 §4.1 only recommends that
 * software supports URIs of at least 8,000 octets, and common servers and proxies stop around 8 KB
 * (nginx `large_client_header_buffers` 8k default). The fragment itself is never sent to a server,
 * but link shorteners, previewers and chat tools apply such limits to the whole text.
 */
export const SHARE_LINK_MAX_CHARS = 8_000;

/** How safe a link of this length is to paste into chat tools and e-mail. */
export function classifyShareLength(url: string | number): ShareLengthVerdict {
  const lengthChars = typeof url === 'number' ? url : url.length;
  const n = formatCount(lengthChars);
  if (lengthChars <= SHARE_LINK_SAFE_CHARS)
    return { lengthChars, verdict: 'fine', message: `${n} characters: works in chat tools, e-mail and every browser.` };
  if (lengthChars <= SHARE_LINK_MAX_CHARS)
    return {
      lengthChars,
      verdict: 'long',
      message: `${n} characters: longer than ${formatCount(SHARE_LINK_SAFE_CHARS)}, so some chat tools and link previews may cut it. Check that it opens, or share the design file instead.`,
    };
  return {
    lengthChars,
    verdict: 'too-long',
    message: `${n} characters: longer than ${formatCount(SHARE_LINK_MAX_CHARS)}, so most chat tools and e-mail clients will cut it. Share the design file instead.`,
  };
}
