/**
 * Byte helpers every runtime has (browser, Node, tests) without Buffer: base64url (RFC 4648 §5, no
 * padding) and CRC-32 (the ISO-HDLC / zlib / PNG polynomial, ITU-T V.42; RFC 2083 §15 gives the same
 * table-driven code for PNG).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** Bytes as base64url text without `=` padding. */
export function toBase64Url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    chunk += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    chunk += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    chunk += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!;
  }
  parts.push(chunk);
  return parts.join('');
}

export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'bad-character' | 'bad-length'; index?: number };

/**
 * base64url text (no padding) back to bytes. Refuses any character outside the alphabet, and a length
 * that no byte string encodes to (4k + 1 characters: a cut-off link).
 */
export function fromBase64Url(text: string): Base64Result {
  const n = text.length;
  if (n % 4 === 1) return { ok: false, reason: 'bad-length' };
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let o = 0;
  for (let i = 0; i < n; i += 4) {
    let acc = 0;
    const take = Math.min(4, n - i);
    for (let j = 0; j < take; j++) {
      const c = text.charCodeAt(i + j);
      const v = c < 128 ? (DECODE[c] as number) : -1;
      if (v < 0) return { ok: false, reason: 'bad-character', index: i + j };
      acc = (acc << 6) | v;
    }
    if (take === 4) {
      out[o++] = acc >>> 16;
      out[o++] = (acc >>> 8) & 255;
      out[o++] = acc & 255;
    } else if (take === 3) {
      out[o++] = acc >>> 10;
      out[o++] = (acc >>> 2) & 255;
    } else if (take === 2) {
      out[o++] = acc >>> 4;
    }
  }
  return { ok: true, bytes: out };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of `bytes` (optionally continuing from a previous CRC), as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 255] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
