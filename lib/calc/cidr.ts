/**
 * IPv4 CIDR parsing and range arithmetic for the VNET / subnet checks (seed 9.13 networking table).
 * Addresses are unsigned 32-bit integers; a block is the inclusive range [first, last].
 */

export interface CidrBlock {
  /** The text as written. */
  text: string;
  /** Network address as an unsigned 32-bit integer. */
  first: number;
  /** Last address of the block (broadcast), inclusive. */
  last: number;
  prefix: number;
  /** 2^(32 − prefix). */
  size: number;
}

export type CidrParse = { ok: true; block: CidrBlock } | { ok: false; reason: string; suggestion?: string };

/** Azure's smallest IPv4 subnet is /29 (Microsoft Learn, virtual-network-manage-subnet: "the smallest supported IPv4 subnet is /29"). */
export const AZURE_MIN_SUBNET_PREFIX = 29;

const OCTET = /^(0|[1-9]\d{0,2})$/;

export const ipToInt = (octets: readonly number[]): number =>
  (((octets[0] ?? 0) << 24) >>> 0) + ((octets[1] ?? 0) << 16) + ((octets[2] ?? 0) << 8) + (octets[3] ?? 0);

export const intToIp = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/**
 * Parses `a.b.c.d/p`. Rejects bad syntax, octets over 255, prefixes outside 0–32 and host bits set
 * (Azure refuses `10.1.1.5/24`; the suggestion is the aligned block, `10.1.1.0/24`).
 */
export function parseCidr(text: string): CidrParse {
  const t = text.trim();
  const m = /^([^/]+)\/(\d{1,2})$/.exec(t);
  if (!m) return { ok: false, reason: `"${text}" is not in the form a.b.c.d/prefix` };
  const ipText = m[1] ?? '';
  const prefix = Number(m[2]);
  const parts = ipText.split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return { ok: false, reason: `"${ipText}" is not an IPv4 address` };
  const octets = parts.map(Number);
  if (octets.some((o) => o > 255)) return { ok: false, reason: `"${ipText}" has an octet over 255` };
  if (prefix > 32) return { ok: false, reason: `prefix /${prefix} is over 32` };
  const size = 2 ** (32 - prefix);
  const addr = ipToInt(octets);
  const first = Math.floor(addr / size) * size;
  if (first !== addr) {
    const aligned = `${intToIp(first)}/${prefix}`;
    return { ok: false, reason: `"${t}" has host bits set: the /${prefix} block starts at ${intToIp(first)}`, suggestion: aligned };
  }
  return { ok: true, block: { text: t, first, last: first + size - 1, prefix, size } };
}

export const overlaps = (a: CidrBlock, b: CidrBlock): boolean => a.first <= b.last && b.first <= a.last;

export const contains = (outer: CidrBlock, inner: CidrBlock): boolean => outer.first <= inner.first && inner.last <= outer.last;

/** The block's range in words, e.g. `10.1.4.0–10.1.7.255`. */
export const rangeText = (b: CidrBlock): string => `${intToIp(b.first)}–${intToIp(b.last)}`;

/** Whether the text looks like an IPv6 prefix (not checked here). */
export const isIpv6 = (text: string): boolean => text.includes(':');

/**
 * Sets of overlapping blocks, by a sort and one sweep (n log n): blocks sorted by first address join the
 * current set while they start at or before the furthest last address seen. Each set of two or more is
 * returned once, in address order (a set chains: a overlaps b and b overlaps c puts all three together).
 */
export function overlapGroups<T>(items: readonly T[], blockOf: (item: T) => CidrBlock): T[][] {
  const sorted = [...items].sort((a, b) => blockOf(a).first - blockOf(b).first || blockOf(b).last - blockOf(a).last);
  const groups: T[][] = [];
  let current: T[] = [];
  let reach = -1;
  for (const item of sorted) {
    const b = blockOf(item);
    if (current.length > 0 && b.first <= reach) {
      current.push(item);
      reach = Math.max(reach, b.last);
      continue;
    }
    if (current.length > 1) groups.push(current);
    current = [item];
    reach = b.last;
  }
  if (current.length > 1) groups.push(current);
  return groups;
}
