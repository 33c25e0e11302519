/**
 * Azure OpenAI provisioned throughput (PTU): sizing from peak traffic, valid sizes (minimum and
 * increment per deployment family), monthly price, utilization and the PTU vs PAYG break-even.
 *
 * Sizing (facts §5.1; PTU calculator, peer-products §4):
 *   weighted TPM at peak = peak RPM × (input tokens + output tokens × outputTokenWeight)
 *   PTU (raw)            = weighted TPM ÷ input TPM per PTU
 *   PTU (deployable)     = raw rounded up to the family's minimum, then to the next increment
 *
 * Break-even (seed 9.10): PTU costs the same every month; PAYG grows with the traffic served. For the
 * traffic a PTU deployment could serve at utilization u, PAYG = u × (PAYG cost of a full month at
 * capacity). PTU is cheaper above u* = PTU monthly ÷ PAYG at 100%.
 *
 * Two sets of figures are kept apart and both reproducible here:
 *  - the seed's approximations (9.8, 9.10): 1 PTU ≈ $2/h ≈ $1,460/month, ≈ 6 RPM at ~700 tokens
 *    (500 in + 200 out), i.e. 4,200 unweighted TPM per PTU;
 *  - the primary facts (facts §5.1): gpt-4o = 2,500 input TPM per PTU with an output token counting as
 *    3 input tokens → 500 + 200 × 3 = 1,100 weighted tokens per request → 2,500 ÷ 1,100 ≈ 2.27 RPM per PTU,
 *    and the secondary list price for Global PTU is $1/h ($730/month, facts §5.2).
 */
import { getAoaiPtuFacts } from '../catalog/index';
import { formatCount } from '../format';
import { PTU_HOURLY_USD, PTU_RESERVATION_USD_PER_PTU_MONTH, SEED_PTU_ECONOMICS, type AoaiPtuFacts } from '../catalog/openai-models';
import type { AoaiDeploymentType } from '../catalog/types';
import type { PtuAnalysis } from './types';
import { HOURS_PER_MONTH } from './units';

export type PtuScope = 'global' | 'data-zone' | 'regional';
export type PtuCommitment = 'hourly' | 'monthly' | 'annual';

/** Re-exported so tests and the explanation can quote the course's figures. */
export { SEED_PTU_ECONOMICS };

/** What PTU sizing needs of a model's PTU facts (catalog `AoaiPtuFacts`). */
export type PtuSizingFacts = Pick<
  AoaiPtuFacts,
  'globalMin' | 'globalIncrement' | 'regionalMin' | 'regionalIncrement' | 'inputTpmPerPtu' | 'outputTokenWeight'
>;

/** PTU facts of a model (facts §5.1), or undefined when the catalog has none. */
export function ptuFactsOf(modelId: string): PtuSizingFacts | undefined {
  return getAoaiPtuFacts(modelId);
}

export const isProvisioned = (t: AoaiDeploymentType): boolean =>
  t === 'provisioned' || t === 'global-provisioned' || t === 'data-zone-provisioned';

/** The PTU family of a deployment type; PAYG types map to the PTU family a switch would use. */
export function ptuScopeOf(t: AoaiDeploymentType): PtuScope {
  if (t === 'global-provisioned' || t === 'global-standard') return 'global';
  if (t === 'data-zone-provisioned' || t === 'data-zone-standard') return 'data-zone';
  return 'regional';
}

/** The PAYG deployment type of the same family (for "switch to PAYG" fixes), and the reverse. */
export const paygTypeOf = (s: PtuScope): AoaiDeploymentType =>
  s === 'global' ? 'global-standard' : s === 'data-zone' ? 'data-zone-standard' : 'standard';
export const ptuTypeOf = (s: PtuScope): AoaiDeploymentType =>
  s === 'global' ? 'global-provisioned' : s === 'data-zone' ? 'data-zone-provisioned' : 'provisioned';

/** Minimum and increment of a family: Global and Data Zone share one pair, Regional has its own (facts §5.1). */
export function ptuMinAndIncrement(facts: PtuSizingFacts, scope: PtuScope): { min: number; increment: number } {
  return scope === 'regional'
    ? { min: facts.regionalMin, increment: facts.regionalIncrement }
    : { min: facts.globalMin, increment: facts.globalIncrement };
}

/** Weighted tokens one request uses against PTU capacity: input + output × weight (facts §5.1). */
export const weightedTokensPerRequest = (inputTokens: number, outputTokens: number, outputTokenWeight: number): number =>
  inputTokens + outputTokens * outputTokenWeight;

/** Tokens per minute a PTU deployment must absorb: RPM × weighted tokens per request. */
export const ptuTpmNeeded = (requestsPerMinute: number, inputTokens: number, outputTokens: number, outputTokenWeight: number): number =>
  requestsPerMinute * weightedTokensPerRequest(inputTokens, outputTokens, outputTokenWeight);

/** Requests per minute one PTU serves: input TPM per PTU ÷ weighted tokens per request. */
export const requestsPerMinutePerPtu = (
  inputTpmPerPtu: number,
  inputTokens: number,
  outputTokens: number,
  outputTokenWeight: number,
): number => inputTpmPerPtu / weightedTokensPerRequest(inputTokens, outputTokens, outputTokenWeight);

/** Smallest deployable size ≥ raw: at least `min`, then min + k × increment. */
export function roundPtu(raw: number, min: number, increment: number): number {
  if (!(raw > min)) return min;
  // Guard against float noise such as 20.000000000004 → 25.
  const steps = Math.ceil((raw - min) / increment - 1e-9);
  return min + Math.max(0, steps) * increment;
}

/** A size Azure accepts: at least the minimum and the minimum plus a whole number of increments. */
export const isValidPtuSize = (units: number, min: number, increment: number): boolean =>
  Number.isInteger(units) && units >= min && (units - min) % increment === 0;

export interface PtuSizing {
  weightedTokensPerRequest: number;
  tpmNeeded: number;
  requiredPtuRaw: number;
  requiredPtu: number;
  min: number;
  increment: number;
  requestsPerMinutePerPtu: number;
}

/** PTUs needed for `peakRequestsPerMinute` of requests of this shape, rounded to a deployable size. */
export function sizePtu(
  facts: PtuSizingFacts & { outputTokenWeight: number },
  scope: PtuScope,
  peakRequestsPerMinute: number,
  inputTokens: number,
  outputTokens: number,
): PtuSizing {
  const w = weightedTokensPerRequest(inputTokens, outputTokens, facts.outputTokenWeight);
  const tpm = peakRequestsPerMinute * w;
  const raw = tpm / facts.inputTpmPerPtu;
  const { min, increment } = ptuMinAndIncrement(facts, scope);
  return {
    weightedTokensPerRequest: w,
    tpmNeeded: tpm,
    requiredPtuRaw: raw,
    requiredPtu: roundPtu(raw, min, increment),
    min,
    increment,
    requestsPerMinutePerPtu: facts.inputTpmPerPtu / w,
  };
}

/** Catalog hourly list price per PTU for a family (facts §5.2, secondary). */
export function ptuHourlyUsd(scope: PtuScope): number {
  return scope === 'global' ? PTU_HOURLY_USD.global : scope === 'data-zone' ? PTU_HOURLY_USD.dataZone : PTU_HOURLY_USD.regional;
}

/** Monthly price of one PTU: hourly × 730, or the reservation's per-PTU-month price. */
export function ptuUsdPerPtuMonth(hourlyUsd: number, commitment: PtuCommitment, reservation?: { monthly: number; annual: number }): number {
  const r = reservation ?? { monthly: PTU_RESERVATION_USD_PER_PTU_MONTH.monthlyTerm, annual: PTU_RESERVATION_USD_PER_PTU_MONTH.annualTerm };
  if (commitment === 'monthly') return r.monthly;
  if (commitment === 'annual') return r.annual;
  return hourlyUsd * HOURS_PER_MONTH;
}

/** PTU monthly = units × per-PTU month price (facts §5.2: 15 × $1 × 730 = $10,950). */
export const ptuUsdPerMonth = (units: number, usdPerPtuMonth: number): number => units * usdPerPtuMonth;

/** PAYG price of one request: (input × input price + output × output price) ÷ 10^6. */
export const paygUsdPerRequest = (inputTokens: number, outputTokens: number, inputUsdPer1M: number, outputUsdPer1M: number): number =>
  (inputTokens * inputUsdPer1M + outputTokens * outputUsdPer1M) / 1e6;

/**
 * Utilization at which PTU monthly equals the PAYG cost of the traffic the PTUs serve.
 * capacityRequestsPerMonth = units × RPM per PTU × 60 × 730 (PTU is billed every hour of the month).
 * Values above 1 mean PTU never gets cheaper on price alone.
 */
export function breakEvenUtilization(ptuMonthlyUsd: number, capacityRequestsPerMonth: number, paygUsdPerReq: number): number | null {
  const paygAtFull = capacityRequestsPerMonth * paygUsdPerReq;
  return paygAtFull > 0 ? ptuMonthlyUsd / paygAtFull : null;
}

/** PTU and PAYG monthly cost across utilization 0..1 in steps of 0.05, for the chart. */
export function breakEvenCurve(
  ptuMonthlyUsd: number,
  paygAtFullUtilizationUsd: number,
): { utilization: number; ptuUsdPerMonth: number; paygUsdPerMonth: number }[] {
  const out: { utilization: number; ptuUsdPerMonth: number; paygUsdPerMonth: number }[] = [];
  for (let i = 0; i <= 20; i++) {
    const u = i / 20;
    out.push({ utilization: u, ptuUsdPerMonth: ptuMonthlyUsd, paygUsdPerMonth: u * paygAtFullUtilizationUsd });
  }
  return out;
}

/** Requests a deployment of `units` PTUs could serve in a 730-hour month at full utilization. */
export const ptuCapacityRequestsPerMonth = (units: number, rpmPerPtu: number): number => units * rpmPerPtu * 60 * HOURS_PER_MONTH;

// ---------------------------------------------------------------- analysis of one deployment

export interface PtuAnalysisInput {
  nodeId: string;
  modelId: string;
  scope: PtuScope;
  /** PTUs deployed; 0 for a PAYG deployment (the analysis then prices the PTU size the traffic needs). */
  deployedPtu: number;
  /** Price of one PTU for a month under the deployment's commitment; null = unpriced. */
  usdPerPtuMonth: number | null;
  inputUsdPer1M: number | null;
  outputUsdPer1M: number | null;
  /** Requests per minute reaching this deployment at peak and on average (during the active hours). */
  peakRequestsPerMinute: number;
  averageRequestsPerMinute: number;
  activeHoursPerMonth: number;
  inputTokens: number;
  outputTokens: number;
}

export interface PtuAnalysisResult {
  analysis: PtuAnalysis;
  sizing: PtuSizing;
  /** The PTU count the costs and utilization refer to: deployed, or the required size for a PAYG deployment. */
  analysedPtu: number;
  capacityRequestsPerMonth: number;
  servedRequestsPerMonth: number;
}

/**
 * Sizing, utilization and the break-even of one Azure OpenAI deployment. null when the catalog has no PTU
 * facts for the model or no published output-token weight (o-series), so no sizing can be made.
 *   utilization          = requests served a month ÷ (PTUs × RPM per PTU × 60 × 730)
 *   break-even u*        = PTU monthly ÷ PAYG cost of the PTUs' full capacity
 *   break-even RPM       = PTU monthly ÷ (PAYG per request × 60 × active hours a month), i.e. the average
 *                          RPM over the scenario's active hours at which both cost the same.
 */
export function analyzePtuDeployment(x: PtuAnalysisInput): PtuAnalysisResult | null {
  const facts = ptuFactsOf(x.modelId);
  if (!facts || facts.outputTokenWeight === null) return null;
  const sizing = sizePtu(
    { ...facts, outputTokenWeight: facts.outputTokenWeight },
    x.scope,
    x.peakRequestsPerMinute,
    x.inputTokens,
    x.outputTokens,
  );
  const analysedPtu = x.deployedPtu > 0 ? x.deployedPtu : sizing.requiredPtu;
  const capacity = ptuCapacityRequestsPerMonth(analysedPtu, sizing.requestsPerMinutePerPtu);
  const served = x.averageRequestsPerMinute * 60 * x.activeHoursPerMonth;
  const ptuMonthly = x.usdPerPtuMonth !== null ? ptuUsdPerMonth(analysedPtu, x.usdPerPtuMonth) : null;
  const perReq =
    x.inputUsdPer1M !== null && x.outputUsdPer1M !== null
      ? paygUsdPerRequest(x.inputTokens, x.outputTokens, x.inputUsdPer1M, x.outputUsdPer1M)
      : null;
  const paygSame = perReq !== null ? served * perReq : null;
  const breakEven = ptuMonthly !== null && perReq !== null ? breakEvenUtilization(ptuMonthly, capacity, perReq) : null;
  const breakEvenRpm =
    ptuMonthly !== null && perReq !== null && perReq > 0 && x.activeHoursPerMonth > 0
      ? ptuMonthly / (perReq * 60 * x.activeHoursPerMonth)
      : null;
  return {
    analysis: {
      nodeId: x.nodeId,
      modelId: x.modelId,
      requiredPtu: sizing.requiredPtu,
      requiredPtuRaw: sizing.requiredPtuRaw,
      deployedPtu: x.deployedPtu,
      ptuUsdPerMonth: ptuMonthly,
      paygUsdPerMonthSameTraffic: paygSame,
      utilization: capacity > 0 ? served / capacity : null,
      breakEvenUtilization: breakEven,
      breakEvenRequestsPerMinute: breakEvenRpm,
      curve: ptuMonthly !== null && perReq !== null ? breakEvenCurve(ptuMonthly, capacity * perReq) : [],
    },
    sizing,
    analysedPtu,
    capacityRequestsPerMonth: capacity,
    servedRequestsPerMonth: served,
  };
}

// ---------------------------------------------------------------- the seed's figures vs the primary facts

/** Tokens per minute one PTU carries in the seed's rule of thumb: 6 RPM × 700 tokens = 4,200 (unweighted). */
export const SEED_TPM_PER_PTU = SEED_PTU_ECONOMICS.requestsPerMinutePerPtu * SEED_PTU_ECONOMICS.tokensPerRequest;

/**
 * The seed's PTU economics beside what the primary facts give for the same request (gpt-4o, 500 in + 200 out),
 * for "How is this computed?". All numbers are computed, not typed in.
 */
let figuresNote: string | undefined;
export function ptuFiguresNote(): string {
  figuresNote ??= buildFiguresNote();
  return figuresNote;
}

function buildFiguresNote(): string {
  const s = SEED_PTU_ECONOMICS;
  const f = getAoaiPtuFacts('gpt-4o');
  if (!f || f.outputTokenWeight === null) return '';
  const w = weightedTokensPerRequest(s.inputTokensPerRequest, s.outputTokensPerRequest, f.outputTokenWeight);
  const rpm = f.inputTpmPerPtu / w;
  const seedMonth = s.usdPerPtuHour * HOURS_PER_MONTH;
  const globalMonth = PTU_HOURLY_USD.global * HOURS_PER_MONTH;
  return (
    `PTU figures: the seed (9.8, 9.10) says 1 PTU ≈ $${s.usdPerPtuHour}/h × ${HOURS_PER_MONTH} h = $${formatCount(seedMonth, 3)}/month and ≈ ${s.requestsPerMinutePerPtu} RPM for gpt-4o at ` +
    `${s.inputTokensPerRequest} in + ${s.outputTokensPerRequest} out (${formatCount(SEED_TPM_PER_PTU, 3)} tokens/min per PTU). ` +
    `Microsoft's PTU facts (facts §5.1) give gpt-4o ${formatCount(f.inputTpmPerPtu, 3)} input TPM per PTU with 1 output token = ${f.outputTokenWeight} input tokens: ` +
    `${s.inputTokensPerRequest} + ${s.outputTokensPerRequest} × ${f.outputTokenWeight} = ${formatCount(w, 3)} tokens per request → ${rpm.toFixed(2)} RPM per PTU, ` +
    `about ${(s.requestsPerMinutePerPtu / rpm).toFixed(1)}× fewer than the seed's rule of thumb; and the list price of a Global PTU is $${PTU_HOURLY_USD.global}/h ($${formatCount(globalMonth, 3)}/month; ` +
    `$${s.usdPerPtuHour}/h is the Regional rate). This studio sizes with the primary facts.`
  );
}
