import { describe, expect, it } from 'vitest';
import { formatCount, formatMs, formatSla, formatUnitUsd, formatUsd, formatUsdCents } from './format';

describe('number formats shared by the canvas, panels and checker', () => {
  it('money: whole dollars from $100, cents below, unpriced for null', () => {
    expect(formatUsd(41238.4)).toBe('$41,238');
    expect(formatUsd(7.8)).toBe('$7.80');
    expect(formatUsd(null)).toBe('unpriced');
  });
  it('unit prices keep the digits that matter', () => {
    expect(formatUnitUsd(3.673)).toBe('$3.67');
    expect(formatUnitUsd(0.155)).toBe('$0.155');
    expect(formatUnitUsd(0.012)).toBe('$0.012');
  });
  it('counts, latency and SLAs', () => {
    expect(formatCount(1095000)).toBe('1,095,000');
    expect(formatCount(1.23456, 2)).toBe('1.23');
    expect(formatMs(725)).toBe('725 ms');
    expect(formatMs(12198)).toBe('12.2 s');
    expect(formatSla(0.9995)).toBe('99.95%');
    expect(formatSla(null)).toBe('no SLA');
  });
});

describe('formatUsdCents', () => {
  it('always shows cents with thousands separators', () => {
    expect(formatUsdCents(10725.16)).toBe('$10,725.16');
    expect(formatUsdCents(0.5)).toBe('$0.50');
    expect(formatUsdCents(null)).toBe('unpriced');
  });
});
