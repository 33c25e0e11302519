/** The design's HA pattern among the seed's (9.9): single or multi region, PAYG, PTU, self-hosted, fallbacks. */
import { COMPONENTS, nodeHas } from '../../catalog/components';
import { getRegion } from '../../catalog/index';
import type { DesignNode } from '../../design/schema';
import type { DesignGraph } from '../graph';
import type { RequestPath } from '../request-path';
import type { HaPattern } from '../types';

/** A deployment on provisioned throughput (PTU). */
export const isPtu = (n: DesignNode): boolean => nodeHas(n, 'provisionedThroughput') && n.config.deploymentType.includes('provisioned');
/** A pay-as-you-go (per-token) deployment: a per-token model API not on provisioned throughput. */
export const isPayg = (n: DesignNode): boolean => COMPONENTS[n.kind].traits.tokenBilled && !isPtu(n);
const modelId = (n: DesignNode): string => {
  const c = n.config as { model?: unknown };
  return typeof c.model === 'string' ? c.model : n.kind;
};

export const PATTERN_LABELS: Record<HaPattern, string> = {
  'single-region-payg': 'Single region, PAYG',
  'single-region-ptu': 'Single region, PTU',
  'single-region-self-hosted': 'Single region, self-hosted',
  'multi-region-load-balanced': 'Multi-region, APIM load balanced',
  'multi-region-ptu-payg-overflow': 'Multi-region, PTU + PAYG overflow',
  'multi-region-multi-model-fallback': 'Multi-region, multi-model fallback',
  none: 'No model on a request path',
};

/**
 * The regions whose model backends serve the request path (reached along request, failover or overflow
 * edges), in path order. A region group with no backend left on the path does not count.
 */
export function servingRegions(g: DesignGraph, path: RequestPath): string[] {
  if (!path.found || !path.model) return [];
  const out: string[] = [];
  for (const b of path.backends) {
    const r = g.regionOf.get(b.node.id);
    if (r !== null && r !== undefined && !out.includes(r)) out.push(r);
  }
  return out;
}

/**
 * The pattern's label for this design: a multi-region pattern names the regions that still serve traffic,
 * "Multi-region (East US, Sweden Central), multi-model fallback".
 */
export function patternLabelOf(g: DesignGraph, path: RequestPath, pattern: HaPattern): string {
  const label = PATTERN_LABELS[pattern];
  if (!pattern.startsWith('multi-region')) return label;
  const names = servingRegions(g, path).map((id) => getRegion(id)?.name ?? id);
  return label.replace(/^Multi-region/, `Multi-region (${names.join(', ')})`);
}

export function classifyPattern(g: DesignGraph, path: RequestPath): HaPattern {
  if (!path.found || !path.model) return 'none';
  const models = path.backends.map((b) => b.node);
  const regions = new Set(servingRegions(g, path));
  if (regions.size >= 2) {
    if (new Set(models.map(modelId)).size > 1) return 'multi-region-multi-model-fallback';
    if (models.some(isPtu) && models.some(isPayg)) return 'multi-region-ptu-payg-overflow';
    return 'multi-region-load-balanced';
  }
  const primary = path.model;
  if (COMPONENTS[primary.kind].traits.selfHostedModel) return 'single-region-self-hosted';
  if (isPtu(primary)) return 'single-region-ptu';
  return 'single-region-payg';
}
