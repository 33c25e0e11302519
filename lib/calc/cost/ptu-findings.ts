/** The PTU sizing and PTU vs PAYG findings of an Azure OpenAI deployment (seed 9.8, 9.10; facts §5.1). */
import type { NodeOfKind } from '../../design/schema';
import { formatCount, formatPercentUpTo, formatUsd } from '../../format';
import { nodeLabel } from '../../design/node-label';
import { paygTypeOf, ptuFactsOf, ptuTypeOf, type PtuAnalysisResult, type PtuScope } from '../ptu';
import { costFinding } from '../rules-cost';
import type { Finding } from '../types';
import { ptuMonthPrice, r2, type CostCtx } from './lines';
import { modelServedFraction } from './traffic';

export function ptuFindings(
  ctx: CostCtx,
  node: NodeOfKind<'azure-openai'>,
  scope: PtuScope,
  provisioned: boolean,
  r: PtuAnalysisResult,
  paygFullUsd: number | null,
  usdPerPtuMonth: number | null,
  findings: Finding[],
): void {
  const c = node.config;
  const a = r.analysis;
  const label = nodeLabel(node);
  const sz = r.sizing;
  const share = modelServedFraction(ctx.g, node);
  const tpmPerPtu = ptuFactsOf(c.model)?.inputTpmPerPtu ?? sz.tpmNeeded / sz.requiredPtuRaw;
  const weight = (sz.weightedTokensPerRequest - ctx.scenario.inputTokensPerRequest) / ctx.scenario.outputTokensPerRequest;
  const sizingText =
    `${formatCount(ctx.scenario.peakRequestsPerMinute * share)} RPM at peak × (${ctx.scenario.inputTokensPerRequest} + ${ctx.scenario.outputTokensPerRequest} × ${formatCount(weight)}) ` +
    `= ${formatCount(sz.tpmNeeded, 0)} weighted tokens/min ÷ ${formatCount(tpmPerPtu, 0)} per PTU = ${formatCount(sz.requiredPtuRaw)} PTU → ${sz.requiredPtu} PTU (minimum ${sz.min}, steps of ${sz.increment})`;
  if (provisioned) {
    if (c.ptuUnits < a.requiredPtu && c.ptuUnits > 0) {
      const avgRaw = (ctx.scenario.averageRequestsPerMinute * share * sz.weightedTokensPerRequest) / tpmPerPtu;
      const severe = c.ptuUnits < avgRaw;
      const delta = usdPerPtuMonth !== null ? r2((a.requiredPtu - c.ptuUnits) * usdPerPtuMonth) : undefined;
      findings.push(
        costFinding('cost.ptu-undersized', {
          severity: severe ? 'error' : 'warning',
          message:
            `${label}: ${c.ptuUnits} PTU deployed, ${a.requiredPtu} needed at peak (${sizingText}). ` +
            (severe
              ? 'Even average traffic exceeds the deployment: requests will be throttled (429) all day.'
              : 'Peaks will be throttled (429) unless they spill over to a PAYG deployment.'),
          nodeIds: [node.id],
          basis: 'aoai-ptu-onboarding',
          fixes: [
            {
              description: `Deploy ${a.requiredPtu} PTU.`,
              patch: { nodeId: node.id, config: { ptuUnits: a.requiredPtu } },
              ...(delta !== undefined ? { deltaUsdPerMonth: delta } : {}),
            },
          ],
        }),
      );
    }
    if (
      a.utilization !== null &&
      a.breakEvenUtilization !== null &&
      a.ptuUsdPerMonth !== null &&
      paygFullUsd !== null &&
      paygFullUsd < a.ptuUsdPerMonth
    ) {
      const never = a.breakEvenUtilization > 1;
      const to = paygTypeOf(scope);
      findings.push(
        costFinding('cost.ptu-underused', {
          severity: never ? 'info' : 'warning',
          message:
            `${label}: ${c.ptuUnits} PTU run at ${formatPercentUpTo(a.utilization)} utilization on average; PTU pays off above ${formatPercentUpTo(a.breakEvenUtilization)}. ` +
            `The same traffic on ${to} would cost ${formatUsd(r2(paygFullUsd))} a month instead of ${formatUsd(r2(a.ptuUsdPerMonth))}.` +
            (never
              ? ' At these prices PTU is never cheaper for this request shape: keep it only for guaranteed throughput and latency.'
              : ' Premature PTU commitment is a common cost mistake (seed 9.10).'),
          nodeIds: [node.id],
          fixes: [
            {
              description: `Switch to ${to} (pay-as-you-go).`,
              patch: { nodeId: node.id, config: { deploymentType: to, ptuUnits: 0 } },
              deltaUsdPerMonth: r2(paygFullUsd - a.ptuUsdPerMonth),
            },
          ],
        }),
      );
    }
  } else if (paygFullUsd !== null && paygFullUsd > 0) {
    // Would a PTU deployment of the required size be cheaper: hourly, or under an annual reservation?
    const options: { commitment: 'hourly' | 'annual'; monthly: number }[] = [];
    for (const commitment of ['hourly', 'annual'] as const) {
      const pm = ptuMonthPrice(ctx, scope, commitment);
      if (pm.usdPerPtuMonth !== null) options.push({ commitment, monthly: a.requiredPtu * pm.usdPerPtuMonth });
    }
    const best = options.filter((o) => o.monthly < paygFullUsd).sort((x, y) => x.monthly - y.monthly)[0];
    if (best) {
      const to = ptuTypeOf(scope);
      findings.push(
        costFinding('cost.payg-over-break-even', {
          message:
            `${label}: ${formatUsd(r2(paygFullUsd))} a month of pay-as-you-go tokens; ${a.requiredPtu} PTU ${to} (${sizingText}) ` +
            `would cost ${formatUsd(r2(best.monthly))}${best.commitment === 'annual' ? ' under an annual reservation' : ' billed hourly'}. ` +
            'Check 2-4 weeks of production traffic before committing (seed 9.10).',
          nodeIds: [node.id],
          fixes: [
            {
              description: `Switch to ${a.requiredPtu} PTU ${to}${best.commitment === 'annual' ? ' with an annual reservation' : ''}.`,
              patch: { nodeId: node.id, config: { deploymentType: to, ptuUnits: a.requiredPtu, ptuReservation: best.commitment } },
              deltaUsdPerMonth: r2(best.monthly - paygFullUsd),
            },
          ],
        }),
      );
    }
  }
}
