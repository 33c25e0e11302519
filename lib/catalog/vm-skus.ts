/**
 * Azure GPU VM sizes: the seed's NC / ND / NV tables (9.2) plus the sizes in reference/facts.md §3.1.
 * Specs: Microsoft Learn size pages. Prices and regions: the generated price snapshot
 * (generated/retail-prices.json, read through vm-prices.ts): Linux pay-as-you-go and spot USD/hour by
 * region, and the regions whose availability a source settles (`regionScope`). Refreshed from the Azure
 * Retail Prices API with `npm run catalog:refresh`; until then seeded from the SkyPilot US snapshot and
 * the other public sources each row names. `seedUsdPerHour` keeps the seed's "~$x" estimate.
 */
import type { VmSku } from './types';
import { vmPriceTable, vmVerifiedRegions, PRICE_SNAPSHOT } from './vm-prices';
import { VM_SPECS, type VmSpec } from './vm-specs';

/** US regions the SkyPilot snapshot covers (facts §3.2). A size absent from a region here is "not offered". */
export const SKYPILOT_US_REGIONS: string[] = [
  'eastus',
  'eastus2',
  'centralus',
  'northcentralus',
  'southcentralus',
  'westus',
  'westus2',
  'westus3',
];

/** The source with the most rows for a size and offer (what `fieldSources` names; each row keeps its own). */
function mainSource(sku: string, offer: 'payg' | 'spot'): string | undefined {
  const count = new Map<string, number>();
  for (const r of PRICE_SNAPSHOT.vmPrices)
    if (r.sku === sku && r.offer === offer && r.usdPerHour !== null) count.set(r.source, (count.get(r.source) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

function withPrices(v: VmSpec): VmSku {
  const paygUsdPerHour = vmPriceTable(v.id, 'payg');
  const spot = vmPriceTable(v.id, 'spot');
  const regionScope = vmVerifiedRegions(v.id);
  const payg = mainSource(v.id, 'payg');
  const spotSrc = mainSource(v.id, 'spot');
  const scopeSrc = PRICE_SNAPSHOT.vmScopes.find((s) => s.skus.includes(v.id))?.source;
  const fieldSources = {
    ...v.fieldSources,
    ...(payg ? { paygUsdPerHour: payg } : {}),
    ...(spotSrc ? { spotUsdPerHour: spotSrc } : {}),
    ...(scopeSrc ? { regionScope: scopeSrc } : {}),
  };
  return {
    ...v,
    paygUsdPerHour,
    ...(Object.keys(spot).length > 0 ? { spotUsdPerHour: spot } : {}),
    regionScope,
    ...(Object.keys(fieldSources).length > 0 ? { fieldSources } : {}),
  };
}

export const VM_SKUS: VmSku[] = VM_SPECS.map(withPrices);
