import { describe, expect, it } from 'vitest';
import { contains, intToIp, overlapGroups, overlaps, parseCidr, rangeText, type CidrBlock } from './cidr';

const block = (text: string): CidrBlock => {
  const p = parseCidr(text);
  if (!p.ok) throw new Error(`${text}: ${p.reason}`);
  return p.block;
};

describe('parseCidr', () => {
  it('parses a /24 into its first and last address', () => {
    const b = block('10.1.1.0/24');
    expect(intToIp(b.first)).toBe('10.1.1.0');
    expect(intToIp(b.last)).toBe('10.1.1.255');
    expect(b.size).toBe(256);
  });

  it('handles /0, /32 and the top of the address space', () => {
    expect(block('0.0.0.0/0').size).toBe(2 ** 32);
    expect(rangeText(block('255.255.255.255/32'))).toBe('255.255.255.255–255.255.255.255');
    expect(rangeText(block('192.168.0.0/16'))).toBe('192.168.0.0–192.168.255.255');
  });

  it('rejects bad syntax, octets over 255, prefixes over 32', () => {
    for (const bad of ['10.1.1.0', '10.1.1/24', '10.1.1.256/24', '10.1.1.0/33', 'abc/8', '10.1.1.0/-1', '010.1.1.0/24']) {
      expect(parseCidr(bad).ok, bad).toBe(false);
    }
  });

  it('rejects host bits set and suggests the aligned block (Azure refuses 10.1.1.5/24)', () => {
    const p = parseCidr('10.1.1.5/24');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.suggestion).toBe('10.1.1.0/24');
    const q = parseCidr('10.1.5.0/22');
    if (!q.ok) expect(q.suggestion).toBe('10.1.4.0/22');
    else throw new Error('10.1.5.0/22 must be rejected: a /22 starts on a multiple of 4 in the third octet');
  });
});

describe('seed 9.13 example subnets inside 10.1.0.0/16', () => {
  // Seed 9.13 "Networking Architecture": snet-appservice 10.1.1.0/24, snet-apim 10.1.2.0/24,
  // snet-privateendpoints 10.1.3.0/24, snet-aks-gpu 10.1.4.0/22, snet-functions 10.1.5.0/24.
  const vnet = block('10.1.0.0/16');
  const subnets = ['10.1.1.0/24', '10.1.2.0/24', '10.1.3.0/24', '10.1.4.0/22', '10.1.5.0/24'].map(block);

  it('all lie inside the VNET', () => {
    for (const s of subnets) expect(contains(vnet, s), s.text).toBe(true);
    expect(contains(vnet, block('10.2.0.0/24'))).toBe(false);
  });

  it('10.1.4.0/22 covers 10.1.4.0–10.1.7.255, so it overlaps 10.1.5.0/24: the seed table has an overlap', () => {
    const aks = block('10.1.4.0/22');
    const functions = block('10.1.5.0/24');
    expect(rangeText(aks)).toBe('10.1.4.0–10.1.7.255');
    expect(overlaps(aks, functions)).toBe(true);
    expect(overlaps(functions, aks)).toBe(true);
    expect(overlaps(functions, block('10.1.5.0/24'))).toBe(true); // identical blocks
    const pairs: string[] = [];
    subnets.forEach((a, i) => subnets.slice(i + 1).forEach((b) => overlaps(a, b) && pairs.push(`${a.text} × ${b.text}`)));
    expect(pairs).toEqual(['10.1.4.0/22 × 10.1.5.0/24']);
  });

  it('adjacent blocks do not overlap', () => {
    expect(overlaps(block('10.1.3.0/24'), block('10.1.4.0/22'))).toBe(false);
    expect(overlaps(block('10.1.4.0/22'), block('10.1.8.0/24'))).toBe(false);
  });
});

describe('overlapGroups (sort and sweep)', () => {
  const b = (t: string): CidrBlock => {
    const p = parseCidr(t);
    if (!p.ok) throw new Error(p.reason);
    return p.block;
  };
  it('groups by chains of overlap, each set once, in address order; adjacent blocks stay apart', () => {
    const items = ['10.1.5.0/24', '10.1.3.0/24', '10.1.4.0/22', '10.1.8.0/24', '10.1.8.0/25', '10.1.9.0/24'];
    expect(overlapGroups(items, b)).toEqual([
      ['10.1.4.0/22', '10.1.5.0/24'],
      ['10.1.8.0/24', '10.1.8.0/25'],
    ]);
  });
  it('a wide block holds every block inside it in one set, even ones that do not overlap each other', () => {
    expect(overlapGroups(['10.0.0.0/8', '10.1.0.0/16', '10.2.0.0/16'], b)).toEqual([['10.0.0.0/8', '10.1.0.0/16', '10.2.0.0/16']]);
  });
  it('5,000 copies of one range are one set', () => {
    expect(
      overlapGroups(
        Array.from({ length: 5000 }, () => '10.1.1.0/24'),
        b,
      ).map((g) => g.length),
    ).toEqual([5000]);
  });
});
