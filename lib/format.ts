/** How numbers read everywhere: canvas, panels, exports and the command-line checker. */

const usd0 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usd2 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `$12,345` (whole dollars from $100 up, cents below); `unpriced` for null. */
export const formatUsd = (usd: number | null): string =>
  usd === null ? 'unpriced' : Math.abs(usd) >= 100 ? usd0.format(usd) : usd2.format(usd);

/** Dollars and cents, always: `$10,725.16`, `$0.50` (bills of materials, where lines must add up). */
export const formatUsdCents = (usd: number | null): string => (usd === null ? 'unpriced' : usd2.format(usd));

export const formatUsdPerMonth = (usd: number | null): string => (usd === null ? 'unpriced' : `${formatUsd(usd)}/mo`);

/** `850 ms`, `1.24 s`; `n/a` for null. */
export const formatMs = (ms: number | null): string =>
  ms === null ? 'n/a' : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/** `62.4 GB` with one decimal under 100, whole above. */
export const formatGB = (gb: number): string => `${gb < 100 ? gb.toFixed(1) : Math.round(gb).toLocaleString('en-US')} GB`;

/** An availability fraction as a percentage with the digits that matter: 0.9995 → `99.95%`. */
export function formatSla(availability: number | null): string {
  if (availability === null) return 'no SLA';
  const pct = availability * 100;
  for (let digits = 2; digits <= 6; digits++) {
    const s = pct.toFixed(digits);
    if (Number(s) !== 100 || digits === 6) return `${s.replace(/(\.\d*?[1-9])0+$|\.0+$/, '$1')}%`;
  }
  return `${pct}%`;
}

export const formatPercent = (fraction: number, digits = 0): string => `${(fraction * 100).toFixed(digits)}%`;

export const formatMinutes = (minutes: number | null): string =>
  minutes === null
    ? 'n/a'
    : minutes < 1
      ? `${Math.round(minutes * 60)} s`
      : minutes < 120
        ? `${minutes.toFixed(1)} min`
        : `${(minutes / 60).toFixed(1)} h`;

/** A unit price with the digits that matter: `$0.155`, `$0.012`, `$380`. */
export const formatUnitUsd = (usd: number): string =>
  usd >= 1 ? formatUsd(usd) : `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumSignificantDigits: 3 })}`;

// Built once per digit count: toLocaleString with options builds a new formatter on every call (slow).
const counts = new Map<number, Intl.NumberFormat>();

/** A plain quantity with thousands separators and at most `digits` decimals: `1,234.5`. */
export function formatCount(n: number, digits = 2): string {
  let f = counts.get(digits);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    counts.set(digits, f);
  }
  return f.format(n);
}

/** A fraction as a percentage with at most `digits` decimals, trailing zeros dropped: 0.2 → `20%`, 0.3333 → `33.3%`. */
export const formatPercentUpTo = (fraction: number, digits = 1): string => `${formatCount(fraction * 100, digits)}%`;

/** A whole number with thousands separators (1,234,567), rounded; locale-free and fast (for long explanations). */
export function formatInt(n: number): string {
  const whole = Math.round(Math.abs(n));
  const digits = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 && whole !== 0 ? `-${digits}` : digits;
}

/** A figure in GB with a fixed number of decimals and no unit, for formulas and messages that add their own: `62.40`. */
export const formatGBValue = (gb: number, digits = 2): string => gb.toFixed(digits);

/**
 * An availability as a percentage with up to four decimals, for the arithmetic of a composite SLA where
 * every digit of the product shows: 0.9995 → `99.95%`, 0.99850075 → `99.8501%`, 1 → `100%`.
 */
export function formatAvailabilityPrecise(availability: number | null): string {
  if (availability === null) return 'no SLA';
  const pct = availability * 100;
  const whole = Math.abs(pct - Math.round(pct)) < 1e-9;
  return `${whole ? Math.round(pct).toFixed(0) : pct.toFixed(4).replace(/\.?0+$/, '')}%`;
}

/** GiB (2^30 B), as vLLM and PyTorch print memory: two decimals. */
export const formatGiB = (gib: number): string => `${gib.toFixed(2)} GiB`;

/**
 * A difference with its sign, its size written by `formatAbs`: `+$1,200/mo`, `−85 ms`; `no change` for 0
 * (the compare view's B − A).
 */
export const formatSigned = (delta: number, formatAbs: (n: number) => string): string =>
  delta === 0 ? 'no change' : `${delta > 0 ? '+' : '−'}${formatAbs(Math.abs(delta))}`;

/** A difference of two availabilities in percentage points with the digits that matter: 0.0004995 → `0.05 pts`. */
export function formatPercentagePoints(fraction: number): string {
  const pts = fraction * 100;
  for (let digits = 2; digits <= 6; digits++)
    if (Number(pts.toFixed(digits)) !== 0 || digits === 6) return `${formatCount(pts, digits)} pts`;
  return `${pts} pts`;
}
