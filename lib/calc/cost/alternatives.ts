/** Hosting alternatives for the same traffic (seed 9.5): Azure OpenAI PAYG and PTU, Foundry serverless, self-hosted. */
import { nodeHas, type KindWith } from '../../catalog/components';
import type { DesignNode, NodeOfKind, Scenario } from '../../design/schema';
import type { Precision } from '../../design/node-configs';
import { formatCount, formatPercentUpTo, formatUsd } from '../../format';
import type { DesignGraph } from '../graph';
import { DEFAULT_OPEN_MODEL, priceIds, type PriceLookup } from '../prices';
import { analyzePtuDeployment } from '../ptu';
import type { FittingSku } from '../sizing';
import type { HostingAlternative } from '../types';
import { HOURS_PER_MONTH } from '../units';
import { isSelfHostedNode, type SelfHostedNode } from '../vram';
import { paygCost } from './aoai';
import { BATCH_DISCOUNT } from './assumptions';
import { r2, type CostCtx } from './lines';
import { scenarioRequestsPerMonth } from './traffic';

/** The open (self-hosted or serverless) model nodes of a design, for the hosting alternatives. */
export function openModelIds(g: DesignGraph): string[] {
  const out = new Set<string>();
  for (const n of g.design.nodes) if (nodeHas(n, 'openModel')) out.add(n.config.model);
  if (out.size === 0) out.add(DEFAULT_OPEN_MODEL);
  return [...out];
}

/**
 * What the self-hosted alternative compares for an open model: the precision of the design's node serving
 * it (bf16 otherwise) and its region (else the design's first region; null = unplaced).
 */
export function selfHostedAlternativeInputs(g: DesignGraph, model: string): { precision: Precision; region: string | null } {
  const self = g.design.nodes.find((n): n is SelfHostedNode => isSelfHostedNode(n) && n.config.model === model);
  const precision: Precision = self ? self.config.precision : 'bf16';
  const region =
    (self ? g.regionOf.get(self.id) : null) ??
    g.design.nodes.map((n) => g.regionOf.get(n.id)).find((r): r is string => typeof r === 'string') ??
    null;
  return { precision, region };
}

/** What the alternatives need from other modules (replaceable in tests). */
export interface AlternativeDeps {
  /** Cheapest VM that fits a model at the design's prices (self-hosted alternative); default lib/calc/sizing.ts. */
  cheapestSku: (
    modelId: string,
    precision: Precision,
    scenario: Scenario,
    regionId: string | null,
    prices: PriceLookup,
  ) => FittingSku | null;
  /** Requests per minute one replica of a self-hosted model sustains; default lib/calc/performance.ts. */
  replicaRequestsPerMinute: (g: DesignGraph, node: DesignNode, scenario: Scenario) => number | null;
}

/** The hosting alternatives for the design's traffic, each priced through the design's prices. */
export function alternatives(ctx: CostCtx, deps: AlternativeDeps): HostingAlternative[] {
  const g = ctx.g;
  const s = ctx.scenario;
  const out: HostingAlternative[] = [];
  const requests = scenarioRequestsPerMonth(s) * (1 - ctx.cacheHit);
  const peak = s.peakRequestsPerMinute * (1 - ctx.cacheHit);
  const avg = s.averageRequestsPerMinute * (1 - ctx.cacheHit);
  const firstAoai = g.design.nodes.find((n): n is NodeOfKind<KindWith<'provisionedThroughput'>> => nodeHas(n, 'provisionedThroughput'));
  const aoaiModel = firstAoai?.config.model ?? 'gpt-4o';
  const traffic = `${formatCount(requests, 0)} requests a month of ${s.inputTokensPerRequest} in + ${s.outputTokensPerRequest} out tokens`;

  const payg = paygCost(ctx, aoaiModel, 'global', requests * (1 - s.batchShare));
  const paygBatch = paygCost(ctx, aoaiModel, 'global', requests * s.batchShare, BATCH_DISCOUNT);
  out.push({
    option: `Azure OpenAI pay-as-you-go (${aoaiModel}, Global Standard)`,
    usdPerMonth: payg !== null && paygBatch !== null ? r2(payg + paygBatch) : null,
    note: `${traffic}${s.batchShare > 0 ? `, ${formatPercentUpTo(s.batchShare)} through the Batch API at 50%` : ''}. No capacity guarantee (429s under load).`,
  });

  const pHour = ctx.prices(priceIds.ptu('global'));
  const pIn = ctx.prices(priceIds.aoai(aoaiModel, 'input'));
  const pOut = ctx.prices(priceIds.aoai(aoaiModel, 'output'));
  const ptu = analyzePtuDeployment({
    nodeId: firstAoai?.id ?? 'alternative',
    modelId: aoaiModel,
    scope: 'global',
    deployedPtu: 0,
    usdPerPtuMonth: pHour ? pHour.usd * HOURS_PER_MONTH : null,
    inputUsdPer1M: pIn?.usd ?? null,
    outputUsdPer1M: pOut?.usd ?? null,
    peakRequestsPerMinute: peak,
    averageRequestsPerMinute: avg,
    activeHoursPerMonth: ctx.activeHours,
    inputTokens: s.inputTokensPerRequest,
    outputTokens: s.outputTokensPerRequest,
  });
  out.push({
    option: `Azure OpenAI PTU (${aoaiModel}, Global, hourly${ptu ? `, ${ptu.analysis.requiredPtu} PTU` : ''})`,
    usdPerMonth:
      ptu?.analysis.ptuUsdPerMonth !== null && ptu?.analysis.ptuUsdPerMonth !== undefined ? r2(ptu.analysis.ptuUsdPerMonth) : null,
    note: ptu
      ? `Sized for ${formatCount(peak)} RPM at peak: ${formatCount(ptu.sizing.requiredPtuRaw)} PTU → ${ptu.analysis.requiredPtu} (minimum ${ptu.sizing.min}, steps of ${ptu.sizing.increment}); ${formatPercentUpTo(ptu.analysis.utilization ?? 0)} utilized on average. Guaranteed throughput and latency.`
      : `No PTU facts for ${aoaiModel} in the catalog.`,
  });

  for (const model of openModelIds(g)) {
    const fIn = ctx.prices(priceIds.foundry(model, 'input'));
    const fOut = ctx.prices(priceIds.foundry(model, 'output'));
    out.push({
      option: `AI Foundry serverless (${model})`,
      usdPerMonth: fIn && fOut ? r2((requests * (s.inputTokensPerRequest * fIn.usd + s.outputTokensPerRequest * fOut.usd)) / 1e6) : null,
      note:
        fIn && fOut
          ? `${traffic}, per-token (seed 9.5: start here for open models).`
          : `No serverless price for ${model} in the catalog: unpriced.`,
    });

    const self = g.design.nodes.find((n): n is SelfHostedNode => isSelfHostedNode(n) && n.config.model === model);
    const { precision, region } = selfHostedAlternativeInputs(g, model);
    const fit = deps.cheapestSku(model, precision, s, region, ctx.prices);
    if (!fit) {
      out.push({
        option: `Self-hosted (${model}, ${precision})`,
        usdPerMonth: null,
        note: `No single VM in the catalog fits ${model} at ${precision} for the scenario, or the model is unknown.`,
      });
      continue;
    }
    const usdPerHour = fit.usdPerHour;
    // Throughput per replica from lib/calc/performance.ts, on a probe node with the chosen size.
    const probe = {
      id: `alternative:${model}`,
      label: '',
      position: { x: 0, y: 0 },
      kind: 'gpu-vm' as const,
      config: {
        ...(self?.kind === 'gpu-vm' ? self.config : defaultGpuVmConfig()),
        sku: fit.skuId,
        model,
        precision,
        tensorParallel: fit.tensorParallel,
        pipelineParallel: 1,
        count: 1,
      },
    } as NodeOfKind<'gpu-vm'>;
    const rpm = deps.replicaRequestsPerMinute(g, probe, s);
    const replicas = rpm !== null && rpm > 0 ? Math.max(1, Math.ceil(peak / rpm)) : 1;
    out.push({
      option: `Self-hosted (${model}, ${precision}) on ${replicas} × ${fit.skuId}`,
      usdPerMonth: r2(replicas * usdPerHour * HOURS_PER_MONTH),
      note:
        `Cheapest VM where one replica fits (tensor parallel ${fit.tensorParallel}), ${formatUsd(usdPerHour)}/h × 730 h` +
        (rpm !== null && rpm > 0
          ? ` × ${replicas} replica${replicas === 1 ? '' : 's'} for ${formatCount(peak)} RPM at peak (≈ ${formatCount(rpm, 1)} RPM per replica, lib/calc/performance.ts).`
          : '; throughput per replica unknown, so one replica is shown (a floor).') +
        ' Add a replica for HA; you run the serving stack (seed 9.5: only for very high volume, special models or residency).',
    });
  }
  return out;
}

function defaultGpuVmConfig(): NodeOfKind<'gpu-vm'>['config'] {
  return {
    sku: 'Standard_NC24ads_A100_v4',
    model: 'llama-3.1-8b',
    precision: 'bf16',
    kvCachePrecision: 'auto',
    engine: 'vllm',
    gpuMemoryUtilization: 0.9,
    tensorParallel: 1,
    pipelineParallel: 1,
    vllmRelease: 19,
    enforceEager: false,
    chunkedPrefill: true,
    kvBlockSize: 16,
    pricing: 'payg',
    count: 1,
    trafficShare: 1,
    zones: false,
  };
}
