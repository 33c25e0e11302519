/** Price overrides that change nothing: their id is neither in the catalog nor a price id the design uses. */
import type { Design } from '../../design/schema';
import { catalogPrice, overrideFallbacks } from '../prices';
import { costFinding } from '../rules-cost';
import type { Finding } from '../types';
import { listPriceIds } from './price-list';

export function unknownOverrideFindings(design: Design): Finding[] {
  if (design.priceOverrides.length === 0) return [];
  const used = new Set<string>();
  for (const id of listPriceIds(design)) {
    used.add(id);
    for (const wider of overrideFallbacks(id)) used.add(wider); // an override without a region applies in every region
  }
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const o of design.priceOverrides) {
    if (used.has(o.priceId) || catalogPrice(o.priceId) !== null || reported.has(o.priceId)) continue;
    reported.add(o.priceId);
    findings.push(
      costFinding('cost.unknown-price-override', {
        message: `The price override "${o.priceId}" matches no price in the catalog and no price this design uses, so it changes nothing. Check the id against the price list (a typo, or a node that was removed).`,
        nodeIds: [],
      }),
    );
  }
  return findings;
}
