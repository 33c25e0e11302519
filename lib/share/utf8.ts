/**
 * UTF-8 text to bytes and back with the WHATWG Encoding API (TextEncoder / TextDecoder), which every
 * browser and Node ≥ 11 provide. lib/ is typechecked against ES types only (no DOM, soon no Node), so
 * the two constructors are declared here, structurally, for this module alone.
 */
declare const TextEncoder: new () => { encode(input: string): Uint8Array };
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(input: Uint8Array): string };

const encoder = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 bytes of a string (lone surrogates become U+FFFD). */
export const utf8Encode = (text: string): Uint8Array => encoder.encode(text);

/** UTF-8 bytes as a string; throws on bytes that are not valid UTF-8. */
export const utf8Decode = (bytes: Uint8Array): string => strict.decode(bytes);
