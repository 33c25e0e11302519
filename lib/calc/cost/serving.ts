/** Cost lines of self-hosted GPU deployments (GPU VMs, AKS GPU pools, ML online endpoints) and training jobs. */
import { getVmSku } from '../../catalog/index';
import type { NodeOfKind } from '../../design/schema';
import { formatCount, formatPercentUpTo } from '../../format';
import { nodeLabel } from '../../design/node-label';
import { costFinding } from '../rules-cost';
import { AKS_STANDARD_TIER_PRICE_ID, DEFAULT_PRICE_REGION, priceIds } from '../prices';
import type { CostMeter, Finding, TrainingEstimate } from '../types';
import { HOURS_PER_MONTH } from '../units';
import { gpusPerVm, type SelfHostedNode } from '../vram';
import { addLine, r2, serviceLine, vmPrice, type CostCtx } from './lines';

/** VM meters of a self-hosted deployment (the AKS cluster fee is not one). */
export const SERVING_VM_METERS: ReadonlySet<CostMeter> = new Set<CostMeter>([
  'vm',
  'endpoint-instances',
  'nodes-always-on',
  'nodes-autoscale',
]);

export function servingLines(ctx: CostCtx, node: SelfHostedNode): void {
  const region = ctx.g.regionOf.get(node.id) ?? null;
  const sku = node.config.sku;
  const v = vmPrice(ctx, sku, region, node.config.pricing);
  const item = (what: string) => `${sku} (Linux, ${v.label})${what}`;
  switch (node.kind) {
    case 'gpu-vm':
      addLine(ctx, node, {
        suffix: 'vm',
        meter: 'vm',
        item: item(''),
        quantity: node.config.count,
        unit: 'VM',
        priceId: v.priceId,
        price: v.price,
        hoursPerMonth: HOURS_PER_MONTH,
        note: v.note,
      });
      break;
    case 'ml-online-endpoint':
      addLine(ctx, node, {
        suffix: 'instances',
        meter: 'endpoint-instances',
        item: item(' — online endpoint instances'),
        quantity: node.config.instances,
        unit: 'instance',
        priceId: v.priceId,
        price: v.price,
        hoursPerMonth: HOURS_PER_MONTH,
        note: v.note,
      });
      break;
    case 'aks-gpu-pool': {
      const min = node.config.minNodes;
      const max = Math.max(node.config.maxNodes, min);
      if (min > 0)
        addLine(ctx, node, {
          suffix: 'nodes-always-on',
          meter: 'nodes-always-on',
          item: item(' — AKS nodes always on (minNodes)'),
          quantity: min,
          unit: 'node',
          priceId: v.priceId,
          price: v.price,
          hoursPerMonth: HOURS_PER_MONTH,
          note: v.note,
        });
      if (max > min && ctx.activeHours > 0)
        addLine(ctx, node, {
          suffix: 'nodes-autoscaled',
          meter: 'nodes-autoscale',
          item: item(' — AKS nodes scaled out (maxNodes − minNodes)'),
          quantity: max - min,
          unit: 'node',
          priceId: v.priceId,
          price: v.price,
          hoursPerMonth: ctx.activeHours,
          note: [
            `Autoscale model: up to maxNodes during the scenario's ${formatCount(ctx.scenario.activeHoursPerDay)} active h/day (${formatCount(ctx.activeHours)} h a month), minNodes otherwise.`,
            v.note,
          ]
            .filter(Boolean)
            .join(' '),
        });
      if (node.config.clusterTier === 'standard')
        serviceLine(ctx, node, {
          suffix: 'aks-standard-tier',
          meter: 'cluster-fee',
          item: 'AKS Standard tier (Uptime SLA) cluster fee',
          quantity: 1,
          unit: 'cluster',
          priceId: AKS_STANDARD_TIER_PRICE_ID,
          expectedUnit: 'hour',
          note: 'Billed per cluster: counted once for this pool (several pools in one cluster share it).',
        });
      break;
    }
  }
}

export function trainingLines(ctx: CostCtx, node: NodeOfKind<'training-job'>, estimate: TrainingEstimate | null): void {
  const region = ctx.g.regionOf.get(node.id) ?? null;
  const c = node.config;
  const v = vmPrice(ctx, c.sku, region, c.spot ? 'spot' : 'payg');
  const sku = getVmSku(c.sku);
  const gpuHours = estimate?.gpuHoursPerRun ?? null;
  const vmHoursPerMonth = gpuHours !== null && sku ? (gpuHours * c.runsPerMonth) / gpusPerVm(sku) : null;
  const note = [
    gpuHours !== null
      ? `${formatCount(gpuHours)} GPU-hours per run (lib/calc/training.ts) × ${formatCount(c.runsPerMonth)} runs a month ÷ ${sku ? gpusPerVm(sku) : '?'} GPUs per VM.`
      : 'GPU-hours per run not estimated (the GPU has no dense TFLOPS figure or the model is unknown).',
    v.note,
  ]
    .filter(Boolean)
    .join(' ');
  addLine(ctx, node, {
    suffix: 'training',
    meter: 'training-vm',
    item: `${c.sku} (Linux, ${v.label}) — training, ${c.nodes} node${c.nodes === 1 ? '' : 's'}`,
    quantity: c.nodes,
    unit: 'VM',
    priceId: v.priceId,
    price: v.price,
    hoursPerMonth: vmHoursPerMonth !== null ? vmHoursPerMonth / c.nodes : null,
    quantityUnknown: vmHoursPerMonth === null,
    note,
  });
}

/**
 * cost.spot-for-serving: interactive traffic on spot VMs. The fix's delta prices the node's VM lines (added
 * from `linesFrom` on) at pay-as-you-go, through the design's prices.
 */
export function spotServingFinding(ctx: CostCtx, node: SelfHostedNode, linesFrom: number): Finding | null {
  const s = ctx.scenario;
  if (node.config.pricing !== 'spot' || s.batchShare >= 1) return null;
  const v = vmPrice(ctx, node.config.sku, ctx.g.regionOf.get(node.id) ?? null, 'payg');
  const spotLines = ctx.lines.slice(linesFrom).filter((l) => SERVING_VM_METERS.has(l.meter));
  const payg = v.price;
  const delta =
    payg && spotLines.every((l) => l.usdPerMonth !== null)
      ? r2(spotLines.reduce((t, l) => t + (payg.usd - (l.unitUsd ?? 0)) * l.quantity * (l.hoursPerMonth ?? HOURS_PER_MONTH), 0))
      : undefined;
  return costFinding('cost.spot-for-serving', {
    message: `${nodeLabel(node)}: serves ${s.batchShare > 0 ? `${formatPercentUpTo(1 - s.batchShare)} interactive` : 'interactive'} traffic on spot VMs, which Azure can evict at any time with 30 s notice: requests fail until capacity returns. Use spot for training and batch; serve on pay-as-you-go or reserved VMs.`,
    nodeIds: [node.id],
    fixes: [
      {
        description: 'Serve on pay-as-you-go VMs.',
        patch: { nodeId: node.id, config: { pricing: 'payg' } },
        ...(delta !== undefined ? { deltaUsdPerMonth: delta } : {}),
      },
    ],
  });
}

/**
 * A reservation chosen where no reserved price is known: the VM is priced pay-as-you-go, said on the node
 * (key figure) and here, instead of silently. Null when the price is known or no reservation is chosen.
 */
export function reservationUnpricedFinding(ctx: CostCtx, node: SelfHostedNode): Finding | null {
  const pricing = node.config.pricing;
  if (pricing !== 'reserved-1y' && pricing !== 'reserved-3y') return null;
  const region = ctx.g.regionOf.get(node.id) ?? null;
  const v = vmPrice(ctx, node.config.sku, region, pricing);
  if (v.priceId !== priceIds.vm(node.config.sku, region ?? DEFAULT_PRICE_REGION)) return null;
  const term = pricing === 'reserved-1y' ? '1-year' : '3-year';
  return costFinding('cost.reservation-unpriced', {
    message: `${nodeLabel(node)}: ${term} reserved chosen, but no sourced ${term} reserved price is known for ${node.config.sku}${region ? ` in ${region}` : ''}, so it is priced pay-as-you-go (an upper bound; the seed, 9.10, puts reserved savings at 30-60%). Add a price override for ${priceIds.vmOf(pricing === 'reserved-1y' ? 'vm-reserved-1y' : 'vm-reserved-3y', node.config.sku, region ?? DEFAULT_PRICE_REGION)} with your rate.`,
    nodeIds: [node.id],
  });
}
