/**
 * Changing an Azure OpenAI deployment's type as one edit: a switch to a provisioned type sizes its PTUs to
 * the peak traffic that reaches the node (lib/calc/traffic.ts, facts §5.1 sizing rounded to the type's
 * minimum and increment), never 0; a switch between provisioned types keeps a valid count.
 */
import { AoaiDeploymentType } from '../catalog/types';
import type { Design, NodeOfKind } from '../design/schema';
import { modelServedFraction } from './cost/traffic';
import { buildGraph } from './graph';
import { isProvisioned, ptuFactsOf, ptuMinAndIncrement, ptuScopeOf, sizePtu } from './ptu';

/** Whether a field value is a deployment type (the inspector's select hands back a string). */
export const isDeploymentType = (v: unknown): v is AoaiDeploymentType => AoaiDeploymentType.safeParse(v).success;

/** Peak requests per minute that reach an Azure OpenAI node after the cache (the PTU sizing input). */
export function peakRequestsPerMinuteReaching(design: Design, node: NodeOfKind<'azure-openai'>): number {
  return design.scenario.peakRequestsPerMinute * modelServedFraction(buildGraph(design), node);
}

/**
 * PTUs for a node on a provisioned type: the peak that reaches it ÷ input TPM per PTU, rounded up to the
 * type's minimum and increment; at least the minimum (an unconnected node gets the minimum). Null when the
 * catalog has no PTU figures for the model.
 */
export function ptuUnitsAtPeak(design: Design, node: NodeOfKind<'azure-openai'>, type: AoaiDeploymentType): number | null {
  const facts = ptuFactsOf(node.config.model);
  if (!facts || facts.outputTokenWeight === null) return null;
  const scope = ptuScopeOf(type);
  const s = design.scenario;
  const sizing = sizePtu(
    { ...facts, outputTokenWeight: facts.outputTokenWeight },
    scope,
    peakRequestsPerMinuteReaching(design, node),
    s.inputTokensPerRequest,
    s.outputTokensPerRequest,
  );
  return Math.max(ptuMinAndIncrement(facts, scope).min, sizing.requiredPtu);
}

/** The settings to write when the deployment type changes (one edit, so one undo step). */
export function deploymentTypeChange(
  design: Design,
  node: NodeOfKind<'azure-openai'>,
  type: AoaiDeploymentType,
): { deploymentType: AoaiDeploymentType; ptuUnits?: number } {
  if (!isProvisioned(type)) return { deploymentType: type };
  const units = ptuUnitsAtPeak(design, node, type);
  if (units === null) return { deploymentType: type };
  // Already provisioned with at least the new type's need: keep the architect's count.
  if (isProvisioned(node.config.deploymentType) && node.config.ptuUnits >= units) return { deploymentType: type };
  return { deploymentType: type, ptuUnits: units };
}
