/**
 * Output speed of an Azure OpenAI deployment: a typical figure for the latency chain and a worst case beside it.
 *
 *   typical    = the model's published median output speed (catalog AOAI_TYPICAL_OUTPUT_SPEED), measured on
 *                Azure's pay-as-you-go endpoint. A provisioned deployment uses the same median: no median is
 *                published for provisioned capacity (ASSUMPTION: the model generates about as fast there).
 *                Where no median is published, the PTU floor below stands in (FALLBACK, pessimistic).
 *   worst case = the PTU latency target (facts §5.1): 99% of requests generate faster than this. It is the
 *                latency SLA of a provisioned deployment; pay-as-you-go has no latency SLA, so a request there
 *                can be slower still.
 */
import { getAoaiPtuFacts, getAoaiTypicalOutputSpeed } from '../catalog/index';
import type { AoaiDeploymentType } from '../catalog/types';
import { isProvisioned } from './ptu';

/** Where the typical speed comes from. */
export type TypicalSpeedBasis =
  /** The published median, measured on the deployment's own family (pay-as-you-go). */
  | 'published-median'
  /** A provisioned deployment: the median measured on pay-as-you-go (no provisioned median is published). */
  | 'published-median-payg'
  /** No published median: the PTU floor stands in. */
  | 'ptu-floor-fallback'
  /** Neither a median nor a PTU floor is known. */
  | 'unknown';

export interface AoaiOutputSpeed {
  /** Typical output tokens per second of one request (the latency chain's headline figure). */
  outputTokensPerSecond: number | null;
  basis: TypicalSpeedBasis;
  /** The PTU latency target: 99% of requests generate faster. null when the catalog has none. */
  worstCaseOutputTokensPerSecond: number | null;
  /** Source ids of the figures used. */
  sources: string[];
  /** Plain sentences: where each figure comes from. */
  description: string;
}

export function aoaiOutputSpeed(modelId: string, deploymentType: AoaiDeploymentType): AoaiOutputSpeed {
  const median = getAoaiTypicalOutputSpeed(modelId);
  const ptu = getAoaiPtuFacts(modelId);
  const floor = ptu?.latencyTargetTokensPerSecond ?? null;
  const provisioned = isProvisioned(deploymentType);
  const worst =
    floor === null
      ? ''
      : provisioned
        ? ` Worst case ${floor} tokens/s: the PTU latency SLA (99% of requests faster).`
        : ` Worst case ${floor} tokens/s: the PTU latency target (99% of requests faster); pay-as-you-go has no latency SLA, so a request can be slower still.`;
  const sources = [...(median ? [median.source] : []), ...(ptu ? [ptu.source] : [])];
  if (median) {
    const measured = `median ${median.outputTokensPerSecond} tokens/s measured on Azure pay-as-you-go (${median.measured}; ${median.source}, as of ${median.asOf})`;
    return {
      outputTokensPerSecond: median.outputTokensPerSecond,
      basis: provisioned ? 'published-median-payg' : 'published-median',
      worstCaseOutputTokensPerSecond: floor,
      sources,
      description: provisioned
        ? `Typical: the ${measured}; no median is published for provisioned deployments, so the same speed is assumed.${worst}`
        : `Typical: the ${measured}.${worst}`,
    };
  }
  if (floor !== null)
    return {
      outputTokensPerSecond: floor,
      basis: 'ptu-floor-fallback',
      worstCaseOutputTokensPerSecond: floor,
      sources,
      description: `No median output speed is published for ${modelId} on Azure: the PTU floor, ${floor} tokens/s (99% of requests faster), stands in as the typical speed, so typical and worst case are the same and both pessimistic.`,
    };
  return {
    outputTokensPerSecond: null,
    basis: 'unknown',
    worstCaseOutputTokensPerSecond: null,
    sources,
    description: `No published output speed for ${modelId} on Azure (no median and no PTU latency target): output speed unknown.`,
  };
}
