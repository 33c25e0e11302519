/** Cost lines of model deployments billed per token or per PTU: Azure OpenAI (PAYG tokens, PTU) and AI Foundry serverless. */
import { getAoaiModel } from '../../catalog/index';
import type { NodeOfKind } from '../../design/schema';
import { formatPercentUpTo } from '../../format';
import { nodeLabel } from '../../design/node-label';
import { priceIds } from '../prices';
import {
  analyzePtuDeployment,
  isProvisioned,
  isValidPtuSize,
  ptuFactsOf,
  ptuMinAndIncrement,
  ptuScopeOf,
  roundPtu,
  type PtuAnalysisResult,
  type PtuScope,
} from '../ptu';
import { costFinding } from '../rules-cost';
import type { Finding } from '../types';
import { BATCH_DISCOUNT } from './assumptions';
import { addLine, ptuMonthPrice, r2, type CostCtx } from './lines';
import { ptuFindings } from './ptu-findings';
import { modelRequestsPerMonth, modelServedFraction } from './traffic';

// ---------------------------------------------------------------- models

export interface TokenSplit {
  requests: number;
  interactiveRequests: number;
  batchRequests: number;
}

function aoaiTokenLines(ctx: CostCtx, node: NodeOfKind<'azure-openai'>, split: TokenSplit, scope: PtuScope): void {
  const m = node.config.model;
  const s = ctx.scenario;
  const pIn = ctx.prices(priceIds.aoai(m, 'input', scope));
  const pOut = ctx.prices(priceIds.aoai(m, 'output', scope));
  const unknown = getAoaiModel(m) ? undefined : `Model ${m} is not in the catalog.`;
  const parts: { suffix: string; batch: boolean; label: string; req: number; factor: number; note?: string }[] = [
    { suffix: '', batch: false, label: '', req: split.interactiveRequests, factor: 1 },
  ];
  if (split.batchRequests > 0)
    parts.push({
      suffix: '-batch',
      batch: true,
      label: ' (Batch API, 50%)',
      req: split.batchRequests,
      factor: BATCH_DISCOUNT,
      note: `Batch share ${formatPercentUpTo(s.batchShare)} at 50% of the PAYG price (seed 9.10).`,
    });
  for (const p of parts) {
    addLine(ctx, node, {
      suffix: `input${p.suffix}`,
      meter: p.batch ? 'tokens-input-batch' : 'tokens-input',
      item: `${m} input tokens — ${node.config.deploymentType}${p.label}`,
      quantity: (p.req * s.inputTokensPerRequest) / 1e6,
      unit: '1M input tokens',
      priceId: priceIds.aoai(m, 'input', scope),
      price: pIn,
      priceFactor: p.factor,
      note: [p.note, unknown].filter(Boolean).join(' ') || undefined,
    });
    addLine(ctx, node, {
      suffix: `output${p.suffix}`,
      meter: p.batch ? 'tokens-output-batch' : 'tokens-output',
      item: `${m} output tokens — ${node.config.deploymentType}${p.label}`,
      quantity: (p.req * s.outputTokensPerRequest) / 1e6,
      unit: '1M output tokens',
      priceId: priceIds.aoai(m, 'output', scope),
      price: pOut,
      priceFactor: p.factor,
      note: [p.note, unknown].filter(Boolean).join(' ') || undefined,
    });
  }
}

export interface AoaiState {
  node: NodeOfKind<'azure-openai'>;
  scope: PtuScope;
  provisioned: boolean;
  split: TokenSplit;
  ptu: PtuAnalysisResult | null;
  /** PAYG token cost of this node's traffic at Global list prices, no batch discount (null = unpriced). */
  paygFullUsd: number | null;
  /** PAYG token cost as billed (batch discount applied); null for PTU nodes or unpriced. */
  paygBilledUsd: number | null;
  currentUsd: number | null;
}

export function paygCost(ctx: CostCtx, model: string, scope: PtuScope, requests: number, factor = 1): number | null {
  const pIn = ctx.prices(priceIds.aoai(model, 'input', scope));
  const pOut = ctx.prices(priceIds.aoai(model, 'output', scope));
  if (!pIn || !pOut) return null;
  return ((requests * (ctx.scenario.inputTokensPerRequest * pIn.usd + ctx.scenario.outputTokensPerRequest * pOut.usd)) / 1e6) * factor;
}

export function aoaiNode(ctx: CostCtx, node: NodeOfKind<'azure-openai'>, findings: Finding[]): AoaiState {
  const c = node.config;
  const s = ctx.scenario;
  const scope = ptuScopeOf(c.deploymentType);
  const provisioned = isProvisioned(c.deploymentType);
  const requests = modelRequestsPerMonth(ctx.g, node);
  // The Batch API is a PAYG offering: on a PTU deployment all of its traffic is served by the PTUs.
  const batchRequests = provisioned ? 0 : requests * s.batchShare;
  const split: TokenSplit = { requests, interactiveRequests: requests - batchRequests, batchRequests };
  const label = nodeLabel(node);
  let currentUsd: number | null = null;
  let paygBilledUsd: number | null = null;
  const pm = ptuMonthPrice(ctx, scope, c.ptuReservation);

  if (provisioned) {
    const line = addLine(ctx, node, {
      suffix: 'ptu',
      meter: c.ptuReservation === 'hourly' ? 'ptu-hourly' : 'ptu-reservation',
      item: `${c.model} provisioned throughput — ${c.deploymentType}, ${c.ptuReservation === 'hourly' ? 'hourly' : `${c.ptuReservation} reservation`}`,
      quantity: c.ptuUnits,
      unit: c.ptuReservation === 'hourly' ? 'PTU' : 'PTU-month',
      priceId: pm.priceId,
      price: pm.price,
      hoursPerMonth: pm.hours,
      note: c.ptuReservation === 'hourly' ? 'Billed per deployed PTU-hour (facts §5.1).' : undefined,
    });
    currentUsd = line.usdPerMonth;
    // Valid size (facts §5.1).
    const facts = ptuFactsOf(c.model);
    if (facts) {
      const { min, increment } = ptuMinAndIncrement(facts, scope);
      if (!isValidPtuSize(c.ptuUnits, min, increment)) {
        const to = roundPtu(c.ptuUnits, min, increment);
        const delta = pm.usdPerPtuMonth !== null ? r2((to - c.ptuUnits) * pm.usdPerPtuMonth) : undefined;
        findings.push(
          costFinding('cost.ptu-below-minimum', {
            message: `${label}: ${c.ptuUnits} PTU is not a size Azure deploys for ${c.model} ${c.deploymentType}: the minimum is ${min} PTU, then steps of ${increment}. The next valid size is ${to} PTU.`,
            nodeIds: [node.id],
            basis: 'aoai-ptu-onboarding',
            fixes: [
              {
                description: `Deploy ${to} PTU.`,
                patch: { nodeId: node.id, config: { ptuUnits: to } },
                ...(delta !== undefined ? { deltaUsdPerMonth: delta } : {}),
              },
            ],
          }),
        );
      }
    }
  } else {
    aoaiTokenLines(ctx, node, split, scope);
    paygBilledUsd = paygCost(ctx, c.model, scope, split.interactiveRequests);
    const batch = paygCost(ctx, c.model, scope, split.batchRequests, BATCH_DISCOUNT);
    paygBilledUsd = paygBilledUsd !== null && batch !== null ? paygBilledUsd + batch : null;
    currentUsd = paygBilledUsd;
  }

  // PTU analysis: Global PAYG list prices for the same traffic.
  const pIn = ctx.prices(priceIds.aoai(c.model, 'input', scope));
  const pOut = ctx.prices(priceIds.aoai(c.model, 'output', scope));
  const share = modelServedFraction(ctx.g, node);
  const ptu = analyzePtuDeployment({
    nodeId: node.id,
    modelId: c.model,
    scope,
    deployedPtu: provisioned ? c.ptuUnits : 0,
    usdPerPtuMonth: pm.usdPerPtuMonth,
    inputUsdPer1M: pIn?.usd ?? null,
    outputUsdPer1M: pOut?.usd ?? null,
    peakRequestsPerMinute: s.peakRequestsPerMinute * share,
    averageRequestsPerMinute: s.averageRequestsPerMinute * share,
    activeHoursPerMonth: ctx.activeHours,
    inputTokens: s.inputTokensPerRequest,
    outputTokens: s.outputTokensPerRequest,
  });
  const paygFullUsd = paygCost(ctx, c.model, scope, requests);
  if (ptu)
    ptuFindings(
      ctx,
      node,
      scope,
      provisioned,
      ptu,
      provisioned ? paygFullUsd : (paygBilledUsd ?? paygFullUsd),
      pm.usdPerPtuMonth,
      findings,
    );
  return { node, scope, provisioned, split, ptu, paygFullUsd, paygBilledUsd, currentUsd };
}
export function foundryLines(ctx: CostCtx, node: NodeOfKind<'foundry-serverless'>): number | null {
  const m = node.config.model;
  const requests = modelRequestsPerMonth(ctx.g, node);
  let total: number | null = 0;
  for (const part of ['input', 'output'] as const) {
    const id = priceIds.foundry(m, part);
    const line = addLine(ctx, node, {
      suffix: part,
      meter: part === 'input' ? 'tokens-input' : 'tokens-output',
      item: `${m} ${part} tokens — AI Foundry serverless`,
      quantity: (requests * (part === 'input' ? ctx.scenario.inputTokensPerRequest : ctx.scenario.outputTokensPerRequest)) / 1e6,
      unit: `1M ${part} tokens`,
      priceId: id,
      price: ctx.prices(id),
    });
    total = total !== null && line.usdPerMonth !== null ? total + line.usdPerMonth : null;
  }
  return total;
}
