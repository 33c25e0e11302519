/** PAYG ↔ PTU switches on an Azure OpenAI deployment (lib/workshop/tradeoffs.ts lists every switch). */
import { getAoaiModel } from '../catalog';
import type { AoaiDeploymentType } from '../catalog/types';
import { DEPLOYMENT_TYPE_LABEL, evaluate } from '../calc/evaluate';
import { peakRequestsPerMinuteReaching, ptuUnitsAtPeak } from '../calc/deployment-type';
import { isProvisioned, paygTypeOf, ptuScopeOf, ptuTypeOf, type PtuScope } from '../calc/ptu';
import type { Design, DesignNode } from '../design/schema';
import { findNode, newErrors, nodeName, replaceNode, round1, type AoaiNode, type TradeoffResult } from './switch';

/**
 * PTUs an Azure OpenAI node needs for the peak traffic that reaches it, on the PTU type of its family
 * (global / data zone / regional): the same sizing as choosing the type in the inspector
 * (`ptuUnitsAtPeak`, facts §5.1, rounded to the minimum and increment, never 0).
 */
function ptuUnitsForPeak(design: Design, node: AoaiNode): { units: number; type: AoaiDeploymentType } | { error: string } {
  const type = ptuTypeOf(ptuScopeOf(node.config.deploymentType));
  const units = ptuUnitsAtPeak(design, node, type);
  if (units === null)
    return { error: `${node.config.model} has no published PTU throughput figures in the catalog, so no PTU size can be computed.` };
  return { units, type };
}

const offers = (model: string, type: AoaiDeploymentType): boolean => getAoaiModel(model)?.deploymentTypes.includes(type) ?? false;

/** The scopes to try for PAYG, the node's own first, then wider ones (regional → data zone → global). */
const WIDER: Record<PtuScope, PtuScope[]> = {
  regional: ['regional', 'data-zone', 'global'],
  'data-zone': ['data-zone', 'global'],
  global: ['global'],
};

/** Check an Azure OpenAI switch against evaluate: no new error on the node. */
function checked(before: Design, after: Design, node: DesignNode, summary: string): TradeoffResult {
  const added = newErrors(evaluate(before), evaluate(after), [node.id]);
  if (added.length > 0) return { error: `${summary.replace(/\.$/, '')} would not work: ${added.map((f) => f.message).join(' ')}` };
  return { design: after, summary };
}

/** Pay-as-you-go → provisioned throughput, sized to the peak traffic that reaches the node. */
export function switchToPtu(design: Design, nodeId: string): TradeoffResult {
  const node = findNode(design, nodeId);
  if ('error' in node) return node;
  if (node.kind !== 'azure-openai') return { error: `${nodeName(node)} is not an Azure OpenAI deployment.` };
  if (isProvisioned(node.config.deploymentType))
    return { error: `${nodeName(node)} already runs on provisioned throughput (${DEPLOYMENT_TYPE_LABEL[node.config.deploymentType]}).` };
  const sized = ptuUnitsForPeak(design, node);
  if ('error' in sized) return sized;
  if (!offers(node.config.model, sized.type))
    return { error: `${node.config.model} is not offered as ${DEPLOYMENT_TYPE_LABEL[sized.type]} (Microsoft's model availability).` };
  const next: AoaiNode = { ...node, config: { ...node.config, deploymentType: sized.type, ptuUnits: sized.units } };
  const peak = peakRequestsPerMinuteReaching(design, node);
  return checked(
    design,
    replaceNode(design, next),
    node,
    `${nodeName(node)}: ${DEPLOYMENT_TYPE_LABEL[node.config.deploymentType]} → ${sized.units} PTU ${DEPLOYMENT_TYPE_LABEL[sized.type]}, sized for ${round1(peak)} requests/min at peak.`,
  );
}

/** Provisioned throughput → the pay-as-you-go type of the same family (or the nearest wider one the model offers). */
export function switchToPayg(design: Design, nodeId: string): TradeoffResult {
  const node = findNode(design, nodeId);
  if ('error' in node) return node;
  if (node.kind !== 'azure-openai') return { error: `${nodeName(node)} is not an Azure OpenAI deployment.` };
  if (!isProvisioned(node.config.deploymentType))
    return { error: `${nodeName(node)} already runs pay-as-you-go (${DEPLOYMENT_TYPE_LABEL[node.config.deploymentType]}).` };
  const type = WIDER[ptuScopeOf(node.config.deploymentType)].map(paygTypeOf).find((t) => offers(node.config.model, t));
  if (type === undefined) return { error: `${node.config.model} has no pay-as-you-go deployment type in the catalog.` };
  const next: AoaiNode = { ...node, config: { ...node.config, deploymentType: type, ptuUnits: 0 } };
  const wider = type !== paygTypeOf(ptuScopeOf(node.config.deploymentType));
  return checked(
    design,
    replaceNode(design, next),
    node,
    `${nodeName(node)}: ${node.config.ptuUnits} PTU ${DEPLOYMENT_TYPE_LABEL[node.config.deploymentType]} → ${DEPLOYMENT_TYPE_LABEL[type]} (pay-as-you-go)${wider ? `, the nearest type ${node.config.model} offers` : ''}.`,
  );
}

/** PAYG ↔ PTU in one call: the switch a toolbar button needs. */
export function togglePtuPayg(design: Design, nodeId: string): TradeoffResult {
  const node = design.nodes.find((n) => n.id === nodeId);
  return node?.kind === 'azure-openai' && isProvisioned(node.config.deploymentType)
    ? switchToPayg(design, nodeId)
    : switchToPtu(design, nodeId);
}
