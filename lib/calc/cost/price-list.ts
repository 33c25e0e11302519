/** Every price id a design uses, for the price refresh and the overrides editor. */
import { nodeHas } from '../../catalog/components';
import type { Design } from '../../design/schema';
import { buildGraph } from '../graph';
import { nodePriceIds, priceIds } from '../prices';
import { fittingSkuPriceIds } from '../sizing';
import { openModelIds, selfHostedAlternativeInputs } from './alternatives';

/**
 * Every price id a design uses: its cost lines, the levers (spot, reserved, routing) and the hosting
 * alternatives (PAYG, PTU, Foundry serverless, and the VM sizes the self-hosted one compares). Sorted, without duplicates.
 */
export function listPriceIds(design: Design): string[] {
  const g = buildGraph(design);
  const ids = new Set<string>();
  for (const n of design.nodes) {
    const region = g.regionOf.get(n.id) ?? null;
    for (const id of nodePriceIds(n, region)) ids.add(id);
  }
  // Hosting alternatives (seed 9.5): Azure OpenAI PAYG and PTU for the design's model, Foundry serverless for its open model.
  const aoai = design.nodes.find((n) => nodeHas(n, 'provisionedThroughput'));
  const aoaiModel = aoai && nodeHas(aoai, 'provisionedThroughput') ? aoai.config.model : 'gpt-4o';
  ids.add(priceIds.aoai(aoaiModel, 'input'));
  ids.add(priceIds.aoai(aoaiModel, 'output'));
  ids.add(priceIds.ptu('global'));
  for (const m of openModelIds(g)) {
    ids.add(priceIds.foundry(m, 'input'));
    ids.add(priceIds.foundry(m, 'output'));
    // The self-hosted alternative compares every current VM size's PAYG price in the model's region.
    for (const id of fittingSkuPriceIds(selfHostedAlternativeInputs(g, m).region)) ids.add(id);
  }
  return [...ids].sort();
}
