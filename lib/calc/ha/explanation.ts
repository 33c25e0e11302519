/** How the composite SLA is computed, with the design's numbers substituted, and the sources it rests on. */
import { getSla } from '../../catalog/index';
import { formatAvailabilityPrecise } from '../../format';
import type { HaReport, SlaTerm } from '../types';
import { DOWNTIME_MINUTES_PER_MONTH, downtimeMinutesPerMonth } from './formulas';
import { renderTerm, serviceTerms } from './structure';

export function haExplanation(structure: SlaTerm | null): HaReport['explanation'] {
  const composite = structure?.availability ?? null;
  const slaSources = new Set<string>(['waf-reliability-metrics']);
  for (const t of serviceTerms(structure)) {
    const s = t.slaId ? getSla(t.slaId) : undefined;
    if (s) slaSources.add(s.source);
  }
  const substituted =
    structure === null
      ? 'no request path'
      : `${renderTerm(structure)} = ${formatAvailabilityPrecise(composite)}${composite !== null ? `; downtime = (1 − ${composite.toFixed(6)}) × ${DOWNTIME_MINUTES_PER_MONTH} = ${downtimeMinutesPerMonth(composite).toFixed(1)} min/month` : ''}`;

  return {
    formula:
      'Series (all required): A = Π aᵢ. Redundant backends or regions (any one suffices, failures independent): A = 1 − Π(1 − aᵢ); R regions of composite N: 1 − (1 − N)^R. ' +
      'Downtime per month = (1 − A) × 43,200 min (the 30-day month of the Well-Architected downtime table).',
    substituted,
    sources: [...slaSources, 'seed 9.8', 'seed 9.9'],
  };
}
