import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatGBValue,
  formatInt,
  formatMs,
  formatPercentUpTo,
  formatSla,
  formatUnitUsd,
  formatUsd,
  formatUsdCents,
} from './format';

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
  it('counts keep at most the digits asked for, with the same formatter reused', () => {
    expect(formatCount(1234.5678, 0)).toBe('1,235');
    expect(formatCount(1234.5678, 1)).toBe('1,234.6');
    expect(formatCount(0.125, 3)).toBe('0.125');
    expect(formatCount(2, 2)).toBe('2');
  });
  it('percent shares drop trailing zeros (cost notes): 20%, 33.3%', () => {
    expect(formatPercentUpTo(0.2)).toBe('20%');
    expect(formatPercentUpTo(1 / 3)).toBe('33.3%');
    expect(formatPercentUpTo(0.12345, 2)).toBe('12.35%');
  });
  it('whole numbers with separators, rounded, sign kept only when non-zero', () => {
    expect(formatInt(70_553_706_496)).toBe('70,553,706,496');
    expect(formatInt(327_680)).toBe('327,680');
    expect(formatInt(999.6)).toBe('1,000');
    expect(formatInt(-1234)).toBe('-1,234');
    expect(formatInt(-0.2)).toBe('0');
    expect(formatInt(12)).toBe('12');
  });
  it('GB figures without a unit, fixed decimals', () => {
    expect(formatGBValue(62.4)).toBe('62.40');
    expect(formatGBValue(141.12345, 1)).toBe('141.1');
  });
});

describe('formatUsdCents', () => {
  it('always shows cents with thousands separators', () => {
    expect(formatUsdCents(10725.16)).toBe('$10,725.16');
    expect(formatUsdCents(0.5)).toBe('$0.50');
    expect(formatUsdCents(null)).toBe('unpriced');
  });
});

// Added for the HA split (issue 8); the lead may fold this import into the one above when merging.
import { formatAvailabilityPrecise } from './format';

describe('availability in the composite SLA arithmetic', () => {
  it('keeps up to four decimals and drops trailing zeros: 99.95%, 99.8501%, 99.9%', () => {
    expect(formatAvailabilityPrecise(0.9995)).toBe('99.95%');
    expect(formatAvailabilityPrecise(0.99850075)).toBe('99.8501%');
    expect(formatAvailabilityPrecise(0.999)).toBe('99.9%');
    expect(formatAvailabilityPrecise(0.9961558)).toBe('99.6156%');
  });
  it('whole percentages keep their zeros: 100%, 90%, 99%; null is no SLA', () => {
    expect(formatAvailabilityPrecise(1)).toBe('100%');
    expect(formatAvailabilityPrecise(0.9)).toBe('90%');
    expect(formatAvailabilityPrecise(0.99)).toBe('99%');
    expect(formatAvailabilityPrecise(null)).toBe('no SLA');
  });
});

import { formatPercentagePoints, formatSigned, formatUsdPerMonth } from './format';

describe('differences (compare view, B − A)', () => {
  it('writes the sign and the size with the figure’s own format', () => {
    expect(formatSigned(1200, formatUsdPerMonth)).toBe('+$1,200/mo');
    expect(formatSigned(-85, formatMs)).toBe('−85 ms');
    expect(formatSigned(0, formatMs)).toBe('no change');
  });
  it('writes availability differences in percentage points with the digits that matter', () => {
    // 99.95% − 99.9% = 0.05 points; 99.99% − 99.9% = 0.09 points.
    expect(formatPercentagePoints(0.9995 - 0.999)).toBe('0.05 pts');
    expect(formatPercentagePoints(0.9999 - 0.999)).toBe('0.09 pts');
    expect(formatPercentagePoints(0.0000012)).toBe('0.0001 pts'); // the first digit that is not 0
  });
});
