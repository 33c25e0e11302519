import { describe, expect, it } from 'vitest';
import { formatCount, formatMs, formatSla, formatUnitUsd, formatUsd } from './format';

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
