/**
 * Trade-off switches for workshops: one call turns a design into its variant (PAYG ↔ PTU, another GPU
 * family, another weights precision, a second region), so the store records it as one undo step and the
 * compare view can set the two side by side. Each switch is pure: `(design, nodeId, …) → { design, summary }`
 * or `{ error }` in plain words; the design it returns parses and, for the node it changed, adds no
 * error finding to what `evaluate` reported before.
 *
 * The switches live by kind: ptu-payg.ts, gpu-refit.ts, second-region.ts; this module lists what a node
 * offers and applies a switch by kind.
 *
 * The studio calls a switch, pushes the returned design as one undo step and shows `summary`; on `{ error }`
 * it shows the message and keeps the design as it was.
 */
import { getRegion } from '../catalog';
import type { TradeoffKind } from '../design/templates';
import { isProvisioned } from '../calc/ptu';
import { withDescendants } from '../design/edit';
import type { Precision } from '../design/node-configs';
import type { Design } from '../design/schema';
import { isServing, type TradeoffResult } from './switch';
import { switchToPayg, switchToPtu, togglePtuPayg } from './ptu-payg';
import { changePrecision, gpuFamilies, gpuFamilyId, gpuFamilyOfNode, swapGpuFamily, type GpuFamily } from './gpu-refit';
import { addSecondRegion, isModel, removeSecondRegion, secondRegionOptions } from './second-region';

export { isTradeoffError, type TradeoffResult } from './switch';
export {
  switchToPayg,
  switchToPtu,
  togglePtuPayg,
  changePrecision,
  gpuFamilies,
  gpuFamilyId,
  gpuFamilyOfNode,
  swapGpuFamily,
  addSecondRegion,
  removeSecondRegion,
  secondRegionOptions,
};
export type { GpuFamily };

// ---------------------------------------------------------------- what a node offers (for the UI's menu)

/** One switch a node offers; `choices` lists the values a switch with a parameter takes. */
export type TradeoffOption =
  | { kind: Extract<TradeoffKind, 'to-ptu' | 'to-payg' | 'remove-second-region'>; label: string }
  | {
      kind: Extract<TradeoffKind, 'gpu-family' | 'precision' | 'add-second-region'>;
      label: string;
      choices: { value: string; label: string }[];
    };
export type { TradeoffKind };

const PRECISION_CHOICES: readonly Precision[] = ['fp16', 'bf16', 'fp8', 'int8', 'int4'];

/**
 * The switches that apply to a node, cheaply (no result is computed; a switch may still refuse with a
 * message when applied): PAYG ↔ PTU on Azure OpenAI, GPU family and precision on self-hosted models,
 * add a second region on a region group with models, remove it on a region that only takes failover.
 */
export function availableTradeoffs(design: Design, nodeId: string): TradeoffOption[] {
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node) return [];
  if (node.kind === 'azure-openai')
    return isProvisioned(node.config.deploymentType)
      ? [{ kind: 'to-payg', label: 'Switch to pay-as-you-go' }]
      : [{ kind: 'to-ptu', label: 'Switch to provisioned throughput (PTU)' }];
  if (isServing(node)) {
    const current = gpuFamilyOfNode(design, node.id);
    return [
      {
        kind: 'gpu-family',
        label: 'Move to another GPU family',
        choices: gpuFamilies()
          .filter((f) => f.id !== current)
          .map((f) => ({ value: f.id, label: f.name })),
      },
      {
        kind: 'precision',
        label: 'Change weights precision',
        choices: PRECISION_CHOICES.filter((p) => p !== node.config.precision).map((p) => ({ value: p, label: p.toUpperCase() })),
      },
    ];
  }
  if (node.kind === 'region') {
    const inside = withDescendants(design, [node.id]);
    const models = design.nodes.filter((n) => inside.has(n.id) && isModel(n));
    if (models.length === 0) return [];
    const options: TradeoffOption[] = [];
    const regions = secondRegionOptions(design, node.id);
    if (regions.length > 0)
      options.push({
        kind: 'add-second-region',
        label: 'Add a second region with failover',
        choices: regions.map((id) => ({ value: id, label: getRegion(id)?.name ?? id })),
      });
    if (!design.edges.some((e) => e.flow === 'request' && (inside.has(e.source) || inside.has(e.target))))
      options.push({ kind: 'remove-second-region', label: 'Remove this region' });
    return options;
  }
  return [];
}

/** Apply a switch by kind, as `availableTradeoffs` lists it; `choice` is the value for the kinds with choices. */
export function applyTradeoff(design: Design, nodeId: string, kind: TradeoffKind, choice?: string): TradeoffResult {
  switch (kind) {
    case 'to-ptu':
      return switchToPtu(design, nodeId);
    case 'to-payg':
      return switchToPayg(design, nodeId);
    case 'gpu-family':
      return choice === undefined ? { error: 'Choose a GPU family.' } : swapGpuFamily(design, nodeId, choice);
    case 'precision':
      return choice === undefined || !(PRECISION_CHOICES as readonly string[]).includes(choice)
        ? { error: `Choose a precision: ${PRECISION_CHOICES.join(', ')}.` }
        : changePrecision(design, nodeId, choice as Precision);
    case 'add-second-region':
      return addSecondRegion(design, nodeId, choice);
    case 'remove-second-region':
      return removeSecondRegion(design, nodeId);
  }
}
