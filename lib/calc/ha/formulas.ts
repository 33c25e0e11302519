/**
 * Composite availability formulas (facts §4.2, Well-Architected reliability metrics): series parts
 * multiply; redundant parts in parallel give 1 − Π(1 − a); regions the same way; downtime per month.
 */

/** All parts required: multiply. null when any part has no SLA. */
export function seriesAvailability(parts: readonly (number | null)[]): number | null {
  let a = 1;
  for (const p of parts) {
    if (p === null) return null;
    a *= p;
  }
  return a;
}

/** Independent redundant parts, any one suffices: 1 − Π(1 − a). null when any part has no SLA. */
export function parallelAvailability(parts: readonly (number | null)[]): number | null {
  let down = 1;
  for (const p of parts) {
    if (p === null) return null;
    down *= 1 - p;
  }
  return 1 - down;
}

/** R identical regions each with composite N: 1 − (1 − N)^R. */
export const multiRegionAvailability = (n: number, regions: number): number => 1 - (1 - n) ** regions;

/**
 * Minutes in the month the Well-Architected downtime table uses: 30 days (99.9% → 43.2 min/month). The
 * cost month (730 h, units.ts) would give 43.8 min; availability follows the table instead.
 */
export const DOWNTIME_MINUTES_PER_MONTH = 30 * 24 * 60;

export const downtimeMinutesPerMonth = (availability: number): number => (1 - availability) * DOWNTIME_MINUTES_PER_MONTH;
