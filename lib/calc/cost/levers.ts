/** The levers that would lower the bill (seed 9.10), each computed from the cost lines, selected by meter. */
import type { NodeOfKind } from '../../design/schema';
import { formatCount, formatPercentUpTo, formatUsd } from '../../format';
import { DEFAULT_PRICE_REGION, ROUTING_TARGET_MODEL, priceIds } from '../prices';
import type { CostLine, CostMeter, LeverSaving } from '../types';
import { HOURS_PER_MONTH } from '../units';
import { isSelfHostedNode } from '../vram';
import { paygCost, type AoaiState } from './aoai';
import { BATCH_DISCOUNT, ILLUSTRATIVE, SEED_RESERVED_SAVING_RANGE } from './assumptions';
import { r2, sumLines, type CostCtx } from './lines';
import { hasSemanticCache } from './traffic';

/** VM lines billed all month: what reserved instances discount and autoscaling to the active hours would cut. */
const ALWAYS_ON_VM_METERS: ReadonlySet<CostMeter> = new Set<CostMeter>(['vm', 'endpoint-instances', 'nodes-always-on']);

export function levers(
  ctx: CostCtx,
  aoai: AoaiState[],
  foundryTotals: { node: NodeOfKind<'foundry-serverless'>; usd: number | null }[],
): LeverSaving[] {
  const out: LeverSaving[] = [];
  const g = ctx.g;
  const linesByNode = new Map<string, CostLine[]>();
  for (const l of ctx.lines) {
    if (l.nodeId === null) continue;
    const list = linesByNode.get(l.nodeId);
    if (list) list.push(l);
    else linesByNode.set(l.nodeId, [l]);
  }
  const byNode = (id: string): CostLine[] => linesByNode.get(id) ?? [];

  // Reserved 1y / 3y: always-on VM lines priced at PAYG.
  const serving = g.design.nodes.filter(isSelfHostedNode);
  const alwaysOn = serving.filter((n) => n.config.pricing !== 'spot');
  const alwaysOnLines: CostLine[] = [];
  for (const n of alwaysOn) for (const l of byNode(n.id)) if (ALWAYS_ON_VM_METERS.has(l.meter)) alwaysOnLines.push(l);
  const alwaysOnUsd = sumLines(alwaysOnLines);
  for (const term of ['1y', '3y'] as const) {
    const kind = term === '1y' ? 'vm-reserved-1y' : 'vm-reserved-3y';
    let saving: number | null = 0;
    for (const l of alwaysOnLines) {
      const node = g.byId.get(l.nodeId ?? '');
      if (!node || !isSelfHostedNode(node)) continue;
      const r = ctx.g.regionOf.get(node.id) ?? DEFAULT_PRICE_REGION;
      const reserved = ctx.prices(priceIds.vmOf(kind, node.config.sku, r));
      if (!reserved || l.unitUsd === null || saving === null) {
        saving = null;
        continue;
      }
      saving += (l.unitUsd - reserved.usd) * l.quantity * (l.hoursPerMonth ?? HOURS_PER_MONTH);
    }
    const range = `the seed (9.10) puts reserved VM savings at 30-60%: ${formatUsd(r2(alwaysOnUsd * SEED_RESERVED_SAVING_RANGE.min))}-${formatUsd(r2(alwaysOnUsd * SEED_RESERVED_SAVING_RANGE.max))} a month of ${formatUsd(r2(alwaysOnUsd))} always-on GPU VMs`;
    out.push({
      lever: term === '1y' ? 'reserved-1y' : 'reserved-3y',
      label: `Reserved VM instances (${term === '1y' ? '1 year' : '3 years'})`,
      savingUsdPerMonth: alwaysOnLines.length > 0 && saving !== null ? r2(saving) : null,
      applicable: alwaysOnUsd > 0,
      note:
        alwaysOnLines.length === 0
          ? 'No always-on GPU VMs in the design.'
          : saving !== null
            ? `From your ${kind} price overrides; ${range}.`
            : `No sourced reserved price per VM size; ${range}. Add price overrides ${kind}:<sku>:<region> for an exact figure.`,
    });
  }

  // Spot: training jobs (seed 9.10: spot for training / batch).
  const training = g.design.nodes.filter((n): n is NodeOfKind<'training-job'> => n.kind === 'training-job');
  let spotSaving: number | null = 0;
  let spotKnown = 0;
  for (const n of training) {
    if (n.config.spot) continue;
    const l = byNode(n.id).find((x) => x.meter === 'training-vm');
    const r = ctx.g.regionOf.get(n.id) ?? DEFAULT_PRICE_REGION;
    const sp = ctx.prices(priceIds.vmSpot(n.config.sku, r));
    if (!l || l.unitUsd === null || l.hoursPerMonth === null || !sp) {
      spotSaving = null;
      continue;
    }
    spotKnown++;
    if (spotSaving !== null) spotSaving += (l.unitUsd - sp.usd) * l.quantity * l.hoursPerMonth;
  }
  const trainingOnPayg = training.filter((n) => !n.config.spot).length;
  out.push({
    lever: 'spot',
    label: 'Spot VMs for training',
    savingUsdPerMonth: trainingOnPayg > 0 && spotSaving !== null ? r2(spotSaving) : null,
    applicable: trainingOnPayg > 0,
    note:
      trainingOnPayg === 0
        ? training.length > 0
          ? 'Training jobs already run on spot.'
          : 'No training jobs: spot suits training and batch, not interactive serving (seed 9.10).'
        : `From catalog spot prices for ${spotKnown} of ${trainingOnPayg} pay-as-you-go training job${trainingOnPayg === 1 ? '' : 's'}; the seed (9.10) says 60-90%. Needs checkpointing: spot VMs can be evicted mid-job.`,
  });

  // Semantic cache: token lines (PAYG Azure OpenAI and Foundry serverless).
  const cacheExists = hasSemanticCache(g);
  const tokenUsdNow = aoai.reduce((t, a) => t + (a.paygBilledUsd ?? 0), 0) + foundryTotals.reduce((t, f) => t + (f.usd ?? 0), 0);
  const tokenUsdNoCache = ctx.cacheHit < 1 ? tokenUsdNow / (1 - ctx.cacheHit) : 0;
  const cacheRate = cacheExists && ctx.scenario.cacheHitRate > 0 ? ctx.scenario.cacheHitRate : ILLUSTRATIVE.cacheHitRate;
  out.push({
    lever: 'semantic-cache',
    label: 'Semantic cache',
    savingUsdPerMonth: tokenUsdNoCache > 0 ? r2(tokenUsdNoCache * cacheRate) : null,
    applicable: tokenUsdNoCache > 0,
    note:
      tokenUsdNoCache === 0
        ? 'No pay-as-you-go token spend to cache.'
        : cacheExists && ctx.scenario.cacheHitRate > 0
          ? `At the scenario's ${formatPercentUpTo(cacheRate)} hit rate the cache already saves this on ${formatUsd(r2(tokenUsdNoCache))} of token spend (included in the lines). Seed 9.10: 50-90% for repeated queries. The cache itself is a line of its own.`
          : `${cacheExists ? 'The design has a semantic cache but the scenario hit rate is 0.' : 'No semantic cache (Redis or APIM with semanticCache) in the design.'} At an illustrative ${formatPercentUpTo(cacheRate)} hit rate: ${formatPercentUpTo(cacheRate)} of ${formatUsd(r2(tokenUsdNoCache))} token spend. Seed 9.10: 50-90% for repeated queries.`,
  });

  // Batch API: 50% on the share sent through it (PAYG Azure OpenAI only).
  const paygAoai = aoai.filter((a) => !a.provisioned);
  const paygFull = paygAoai.reduce<number | null>((t, a) => (t !== null && a.paygFullUsd !== null ? t + a.paygFullUsd : null), 0);
  const batchRate = ctx.scenario.batchShare > 0 ? ctx.scenario.batchShare : ILLUSTRATIVE.batchShare;
  out.push({
    lever: 'batch-api',
    label: 'Batch API (async, 50%)',
    savingUsdPerMonth: paygAoai.length > 0 && paygFull !== null ? r2(paygFull * batchRate * BATCH_DISCOUNT) : null,
    applicable: paygAoai.length > 0,
    note:
      paygAoai.length === 0
        ? 'No pay-as-you-go Azure OpenAI deployment.'
        : ctx.scenario.batchShare > 0
          ? `The scenario's ${formatPercentUpTo(batchRate)} batch share at 50% (included in the lines). 24-hour turnaround, not real-time (seed 9.10).`
          : `At an illustrative ${formatPercentUpTo(batchRate)} of requests through the Batch API at 50%. 24-hour turnaround, not real-time (seed 9.10).`,
  });

  // Autoscale: scale GPU capacity to zero outside the active hours.
  const idleHours = HOURS_PER_MONTH - ctx.activeHours;
  let autoscaleSaving = 0;
  let realized = 0;
  for (const n of serving) {
    for (const l of byNode(n.id)) {
      if (l.unitUsd === null) continue;
      switch (l.meter) {
        case 'vm':
        case 'nodes-always-on':
          autoscaleSaving += l.unitUsd * l.quantity * idleHours;
          break;
        case 'endpoint-instances': // ML endpoints keep one instance
          autoscaleSaving += l.unitUsd * Math.max(0, l.quantity - 1) * idleHours;
          break;
        case 'nodes-autoscale':
          realized += l.unitUsd * l.quantity * idleHours;
          break;
        case 'cluster-fee': // billed per cluster, whatever the node count
        case 'training-vm':
        case 'tokens-input':
        case 'tokens-output':
        case 'tokens-input-batch':
        case 'tokens-output-batch':
        case 'ptu-hourly':
        case 'ptu-reservation':
        case 'service-capacity':
        case 'service-usage':
        case 'storage':
          break;
      }
    }
  }
  out.push({
    lever: 'autoscale',
    label: 'Autoscale GPU nodes to the active hours',
    savingUsdPerMonth: serving.length > 0 ? r2(autoscaleSaving) : null,
    applicable: serving.length > 0 && idleHours > 0,
    note:
      serving.length === 0
        ? 'No self-hosted GPU deployments.'
        : idleHours <= 0
          ? 'The scenario is active 24 h a day: nothing to scale down.'
          : `Scaling to zero for the ${formatCount(idleHours)} idle hours a month (${formatCount(ctx.scenario.activeHoursPerDay)} active h/day); cold starts take 2-10 min for GPU nodes (seed 9.10).${realized > 0 ? ` The AKS autoscale range already saves ${formatUsd(r2(realized))} against running maxNodes all month.` : ''}`,
  });

  // Model routing: a share of traffic to gpt-4o-mini.
  let routing: number | null = 0;
  let routable = 0;
  for (const a of paygAoai) {
    if (a.node.config.model === ROUTING_TARGET_MODEL) continue;
    routable++;
    const here = paygCost(ctx, a.node.config.model, a.scope, a.split.requests);
    const mini = paygCost(ctx, ROUTING_TARGET_MODEL, a.scope, a.split.requests);
    if (here === null || mini === null || routing === null) {
      routing = null;
      continue;
    }
    routing += ILLUSTRATIVE.routingShare * (here - mini);
  }
  out.push({
    lever: 'model-routing',
    label: `Model routing (share of traffic to ${ROUTING_TARGET_MODEL})`,
    savingUsdPerMonth: routable > 0 && routing !== null ? r2(routing) : null,
    applicable: routable > 0,
    note:
      routable === 0
        ? `No pay-as-you-go deployment of a model pricier than ${ROUTING_TARGET_MODEL}.`
        : `At an illustrative ${formatPercentUpTo(ILLUSTRATIVE.routingShare)} of requests routed to ${ROUTING_TARGET_MODEL}; the seed (9.10) says 30-80%, after validating quality per model.`,
  });

  // PTU vs PAYG: the cheaper of the two per deployment.
  let ptuSaving = 0;
  let ptuKnown = 0;
  for (const a of aoai) {
    if (!a.ptu || a.ptu.analysis.ptuUsdPerMonth === null || a.paygFullUsd === null) continue;
    ptuKnown++;
    const ptuUsd = a.ptu.analysis.ptuUsdPerMonth;
    if (a.provisioned) ptuSaving += Math.max(0, ptuUsd - a.paygFullUsd);
    else ptuSaving += Math.max(0, (a.paygBilledUsd ?? a.paygFullUsd) - ptuUsd);
  }
  out.push({
    lever: 'ptu-vs-payg',
    label: 'PTU vs pay-as-you-go',
    savingUsdPerMonth: ptuKnown > 0 ? r2(ptuSaving) : null,
    applicable: ptuKnown > 0 && ptuSaving > 0,
    note:
      ptuKnown === 0
        ? 'No Azure OpenAI deployment with PTU facts and prices.'
        : ptuSaving > 0
          ? 'Moving each deployment to the cheaper of PTU (sized for peak, hourly) and PAYG for the same traffic; see the break-even chart.'
          : 'Each deployment already uses the cheaper of PTU and PAYG for its traffic.',
  });
  return out;
}
