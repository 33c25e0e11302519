/** The design's HA pattern among the seed's (9.9): single or multi region, PAYG, PTU, self-hosted, fallbacks. */
import { COMPONENTS, nodeHas } from '../../catalog/components';
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

export function classifyPattern(g: DesignGraph, path: RequestPath): HaPattern {
  if (!path.found || !path.model) return 'none';
  const models = path.backends.map((b) => b.node);
  const regions = new Set(models.map((m) => g.regionOf.get(m.id)).filter((r): r is string => r !== null && r !== undefined));
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
