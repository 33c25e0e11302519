import { describe, expect, it } from 'vitest';
import { PTU_HOURLY_USD, PTU_RESERVATION_USD_PER_PTU_MONTH } from '../catalog/openai-models';
import {
  SEED_PTU_ECONOMICS,
  SEED_TPM_PER_PTU,
  analyzePtuDeployment,
  breakEvenCurve,
  breakEvenUtilization,
  isValidPtuSize,
  paygUsdPerRequest,
  ptuCapacityRequestsPerMonth,
  ptuFactsOf,
  ptuFiguresNote,
  ptuHourlyUsd,
  ptuScopeOf,
  ptuTpmNeeded,
  ptuUsdPerMonth,
  ptuUsdPerPtuMonth,
  requestsPerMinutePerPtu,
  roundPtu,
  sizePtu,
  weightedTokensPerRequest,
} from './ptu';

const gpt4o = () => {
  const f = ptuFactsOf('gpt-4o');
  if (!f || f.outputTokenWeight === null) throw new Error('gpt-4o PTU facts missing');
  return { ...f, outputTokenWeight: f.outputTokenWeight };
};

describe('PTU monthly price (facts §5.2 derived vectors, secondary prices)', () => {
  it('15 PTU Global × $1.00 × 730 h = $10,950', () => {
    expect(ptuHourlyUsd('global')).toBe(1);
    expect(ptuUsdPerMonth(15, ptuUsdPerPtuMonth(ptuHourlyUsd('global'), 'hourly'))).toBeCloseTo(10_950, 6);
  });
  it('50 PTU Regional × $2.00 × 730 h = $73,000', () => {
    expect(ptuUsdPerMonth(50, ptuUsdPerPtuMonth(ptuHourlyUsd('regional'), 'hourly'))).toBeCloseTo(73_000, 6);
  });
  it('15 PTU Data Zone × $1.10 × 730 h = $12,045', () => {
    expect(ptuUsdPerMonth(15, ptuUsdPerPtuMonth(ptuHourlyUsd('data-zone'), 'hourly'))).toBeCloseTo(12_045, 6);
  });
  it('reservations: $260 (monthly term) and $221 (annual term) per PTU-month (facts §5.2, Packt)', () => {
    expect(ptuUsdPerPtuMonth(1, 'monthly')).toBe(260);
    expect(ptuUsdPerPtuMonth(1, 'annual')).toBe(221);
    expect(PTU_RESERVATION_USD_PER_PTU_MONTH.annualTerm).toBe(221);
  });
  it('maps deployment types to PTU families', () => {
    expect(ptuScopeOf('global-provisioned')).toBe('global');
    expect(ptuScopeOf('global-standard')).toBe('global');
    expect(ptuScopeOf('data-zone-provisioned')).toBe('data-zone');
    expect(ptuScopeOf('provisioned')).toBe('regional');
    expect(ptuScopeOf('standard')).toBe('regional');
  });
});

describe('PTU minimum and increment rounding (facts §5.1)', () => {
  it('gpt-4o Global / Data Zone: minimum 15, increment 5', () => {
    expect(roundPtu(0.4, 15, 5)).toBe(15);
    expect(roundPtu(15, 15, 5)).toBe(15);
    expect(roundPtu(15.01, 15, 5)).toBe(20);
    expect(roundPtu(20, 15, 5)).toBe(20);
    expect(roundPtu(115.2, 15, 5)).toBe(120);
    expect(isValidPtuSize(15, 15, 5)).toBe(true);
    expect(isValidPtuSize(25, 15, 5)).toBe(true);
    expect(isValidPtuSize(10, 15, 5)).toBe(false);
    expect(isValidPtuSize(17, 15, 5)).toBe(false);
  });
  it('gpt-4o Regional: minimum 50, increment 50', () => {
    expect(roundPtu(12, 50, 50)).toBe(50);
    expect(roundPtu(51, 50, 50)).toBe(100);
    expect(roundPtu(100, 50, 50)).toBe(100);
    expect(isValidPtuSize(75, 50, 50)).toBe(false);
    expect(isValidPtuSize(150, 50, 50)).toBe(true);
  });
  it('sizePtu uses the family of the deployment type', () => {
    const f = gpt4o();
    expect(sizePtu(f, 'global', 1, 500, 200).requiredPtu).toBe(15);
    expect(sizePtu(f, 'data-zone', 1, 500, 200).requiredPtu).toBe(15);
    expect(sizePtu(f, 'regional', 1, 500, 200).requiredPtu).toBe(50);
    // gpt-4o-mini Regional: minimum 25, increment 25 (facts §5.1)
    const mini = ptuFactsOf('gpt-4o-mini');
    expect(mini?.regionalMin).toBe(25);
    expect(sizePtu({ ...mini!, outputTokenWeight: 3 }, 'regional', 1, 500, 200).requiredPtu).toBe(25);
  });
});

describe('PTU sizing: TPM at peak = peak RPM × (input + output × weight)', () => {
  it('seed 9.8 rule of thumb: 1 PTU ≈ 6 RPM for gpt-4o at ~500 in + ~200 out', () => {
    // The seed's figure is unweighted: 6 RPM × (500 + 200) tokens = 4,200 tokens/min per PTU.
    expect(SEED_TPM_PER_PTU).toBe(4_200);
    expect(requestsPerMinutePerPtu(SEED_TPM_PER_PTU, 500, 200, 1)).toBeCloseTo(6, 10);
  });
  it('primary facts (§5.1): 2,500 input TPM per PTU, output weighted 3:1 → 500 + 200 × 3 = 1,100 → 2.27 RPM per PTU', () => {
    // Difference with the seed: Microsoft counts each gpt-4o output token as 3 input tokens (2,500 input vs
    // 833 output TPM per PTU, facts §5.1 source B) and gives 2,500 TPM per PTU, not the ~4,200 the seed's
    // "6 RPM at ~700 tokens" implies. One PTU therefore serves ≈ 2.27 requests/min, about 2.6× fewer.
    const f = gpt4o();
    expect(f.inputTpmPerPtu).toBe(2_500);
    expect(f.outputTokenWeight).toBe(3);
    expect(weightedTokensPerRequest(500, 200, 3)).toBe(1_100);
    expect(requestsPerMinutePerPtu(2_500, 500, 200, 3)).toBeCloseTo(2.2727, 4);
    expect(6 / (2_500 / 1_100)).toBeCloseTo(2.64, 2);
  });
  it('60 RPM of 500 + 200: the seed sizes 10 PTU, the primary facts 60 × 1,100 ÷ 2,500 = 26.4 → 30 PTU (Global)', () => {
    expect(Math.ceil((60 * 700) / SEED_TPM_PER_PTU)).toBe(10);
    const s = sizePtu(gpt4o(), 'global', 60, 500, 200);
    expect(s.tpmNeeded).toBe(66_000);
    expect(s.requiredPtuRaw).toBeCloseTo(26.4, 10);
    expect(s.requiredPtu).toBe(30);
  });
  it('facts §5.2: 15 PTU × 2,500 = 37,500 input TPM (all-input traffic)', () => {
    expect(15 * gpt4o().inputTpmPerPtu).toBe(37_500);
    expect(sizePtu(gpt4o(), 'global', 37_500 / 1000, 1000, 1).requiredPtuRaw).toBeCloseTo(15.045, 6); // 37.5 × (1,000 + 1 × 3) ÷ 2,500: the one output token × 3 adds 0.3%
  });
  it('ptuTpmNeeded: the PTU calculator (peer-products §4) is calls/min × (prompt + response) with weight 1', () => {
    expect(ptuTpmNeeded(100, 1500, 300, 1)).toBe(180_000);
    expect(ptuTpmNeeded(100, 1500, 300, 3)).toBe(240_000);
  });
});

describe('PTU vs PAYG break-even (seed 9.10)', () => {
  // gpt-4o PAYG (facts §5.2): $2.50 in / $10.00 out per 1M → 500 × 2.5e-6 + 200 × 10e-6 = $0.00325 a request.
  const perReq = paygUsdPerRequest(500, 200, 2.5, 10);

  it('seed: 1 PTU ≈ $2/h = 2 × 730 = $1,460/month', () => {
    expect(ptuUsdPerPtuMonth(SEED_PTU_ECONOMICS.usdPerPtuHour, 'hourly')).toBe(1_460);
    expect(SEED_PTU_ECONOMICS.usdPerPtuMonth).toBe(1_460);
    expect(PTU_HOURLY_USD.regional * 730).toBe(1_460); // the seed's $2/h is the Regional rate
  });

  it('seed economics at 6 RPM: capacity 6 × 60 × 730 = 262,800 requests a month', () => {
    expect(ptuCapacityRequestsPerMonth(1, 6)).toBe(262_800);
  });

  it("the seed's ~60% / ~40% thresholds hold for a PAYG price of $0.00926 a request; at gpt-4o's $0.00325 its break-even is 171%", () => {
    expect(perReq).toBeCloseTo(0.00325, 10);
    // With today's gpt-4o list prices the seed's own $1,460 and 6 RPM give 1,460 ÷ (262,800 × 0.00325) = 1.71:
    // PTU never cheaper on price alone. The seed's 60% needs 1,460 ÷ (0.6 × 262,800) = $0.009259 a request.
    expect(breakEvenUtilization(1_460, 262_800, perReq)).toBeCloseTo(1.7094, 4);
    const impliedPerReq = 1_460 / (0.6 * 262_800);
    expect(impliedPerReq).toBeCloseTo(0.009259, 6);
    expect(breakEvenUtilization(1_460, 262_800, impliedPerReq)).toBeCloseTo(SEED_PTU_ECONOMICS.ptuCheaperAboveUtilization, 10);
    const curve = breakEvenCurve(1_460, 262_800 * impliedPerReq);
    const at = (u: number) => curve.find((p) => Math.abs(p.utilization - u) < 1e-9)!;
    expect(at(0.4).paygUsdPerMonth).toBeLessThan(at(0.4).ptuUsdPerMonth); // "below ~40%, PAYG is more cost-effective"
    expect(at(0.65).paygUsdPerMonth).toBeGreaterThan(at(0.65).ptuUsdPerMonth); // "above ~60%, PTU becomes cheaper"
  });

  it('primary facts: Global $730/month over 2.27 RPM → break-even 226%; annual reservation $221 → 68%; monthly $260 → 80%', () => {
    const capacity = ptuCapacityRequestsPerMonth(1, 2_500 / 1_100); // 99,545.45 requests
    expect(capacity).toBeCloseTo(99_545.45, 2);
    expect(capacity * perReq).toBeCloseTo(323.52, 2); // PAYG cost of one PTU's full capacity
    expect(breakEvenUtilization(730, capacity, perReq)).toBeCloseTo(2.2564, 4);
    expect(breakEvenUtilization(221, capacity, perReq)).toBeCloseTo(0.6831, 4);
    expect(breakEvenUtilization(260, capacity, perReq)).toBeCloseTo(0.8037, 4);
  });

  it('curve: 21 points over utilization 0..1 in steps of 0.05, PTU flat, PAYG linear', () => {
    const c = breakEvenCurve(1_000, 2_000);
    expect(c).toHaveLength(21);
    expect(c[0]).toEqual({ utilization: 0, ptuUsdPerMonth: 1_000, paygUsdPerMonth: 0 });
    expect(c[10]?.utilization).toBeCloseTo(0.5, 12);
    expect(c[10]?.paygUsdPerMonth).toBeCloseTo(1_000, 9);
    expect(c[20]).toEqual({ utilization: 1, ptuUsdPerMonth: 1_000, paygUsdPerMonth: 2_000 });
  });

  it('the explanation names both figures and the difference', () => {
    const note = ptuFiguresNote();
    expect(note).toContain('$1,460/month');
    expect(note).toContain('500 + 200 × 3 = 1,100');
    expect(note).toContain('2.27 RPM per PTU');
    expect(note).toContain('2.6× fewer');
  });
});

describe('analyzePtuDeployment', () => {
  const base = {
    nodeId: 'a',
    modelId: 'gpt-4o',
    scope: 'global' as const,
    usdPerPtuMonth: 730,
    inputUsdPer1M: 2.5,
    outputUsdPer1M: 10,
    activeHoursPerMonth: 730,
    inputTokens: 500,
    outputTokens: 200,
  };

  it('15 PTU Global, 30 RPM peak, 20 RPM average, 500 + 200 tokens', () => {
    const r = analyzePtuDeployment({ ...base, deployedPtu: 15, peakRequestsPerMinute: 30, averageRequestsPerMinute: 20 });
    expect(r).not.toBeNull();
    const a = r!.analysis;
    // 30 × 1,100 = 33,000 TPM ÷ 2,500 = 13.2 → 15 (the Global minimum)
    expect(a.requiredPtuRaw).toBeCloseTo(13.2, 10);
    expect(a.requiredPtu).toBe(15);
    expect(a.deployedPtu).toBe(15);
    // utilization = 20 ÷ (15 × 2.2727) = 58.7%
    expect(a.utilization).toBeCloseTo(20 / (15 * (2_500 / 1_100)), 10);
    expect(a.utilization).toBeCloseTo(0.5867, 4);
    expect(a.ptuUsdPerMonth).toBeCloseTo(10_950, 6);
    // PAYG for the same traffic: 20 × 60 × 730 = 876,000 requests × $0.00325 = $2,847
    expect(a.paygUsdPerMonthSameTraffic).toBeCloseTo(2_847, 6);
    expect(a.breakEvenUtilization).toBeCloseTo(2.2564, 4);
    // break-even RPM = 10,950 ÷ (0.00325 × 60 × 730) = 76.92
    expect(a.breakEvenRequestsPerMinute).toBeCloseTo(76.92, 2);
    expect(a.curve).toHaveLength(21);
    expect(a.curve[20]?.paygUsdPerMonth).toBeCloseTo(4_852.84, 2);
  });

  it('a PAYG deployment (0 PTU) is analysed at the size its peak needs', () => {
    const r = analyzePtuDeployment({
      ...base,
      deployedPtu: 0,
      peakRequestsPerMinute: 120,
      averageRequestsPerMinute: 40,
      inputTokens: 1500,
      outputTokens: 300,
    });
    // 120 × (1,500 + 300 × 3) = 288,000 ÷ 2,500 = 115.2 → 120
    expect(r?.analysis.requiredPtuRaw).toBeCloseTo(115.2, 10);
    expect(r?.analysedPtu).toBe(120);
    expect(r?.analysis.ptuUsdPerMonth).toBeCloseTo(87_600, 6);
  });

  it('unpriced PAYG or PTU leaves the money fields null, not 0', () => {
    const r = analyzePtuDeployment({
      ...base,
      deployedPtu: 15,
      peakRequestsPerMinute: 30,
      averageRequestsPerMinute: 20,
      usdPerPtuMonth: null,
      inputUsdPer1M: null,
    });
    expect(r?.analysis.ptuUsdPerMonth).toBeNull();
    expect(r?.analysis.paygUsdPerMonthSameTraffic).toBeNull();
    expect(r?.analysis.breakEvenUtilization).toBeNull();
    expect(r?.analysis.curve).toEqual([]);
  });

  it('no analysis without a published output-token weight (o3) or for an unknown model', () => {
    expect(
      analyzePtuDeployment({ ...base, modelId: 'o3', deployedPtu: 15, peakRequestsPerMinute: 30, averageRequestsPerMinute: 20 }),
    ).toBeNull();
    expect(
      analyzePtuDeployment({ ...base, modelId: 'nope', deployedPtu: 15, peakRequestsPerMinute: 30, averageRequestsPerMinute: 20 }),
    ).toBeNull();
  });
});
