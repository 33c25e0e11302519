/** What every trade-off switch shares: its result type and the small node helpers. */
import { nodeLabel } from '../design/node-label';
import type { Finding, Report } from '../calc/types';
import type { Design, DesignNode, NodeOfKind } from '../design/schema';

/** What a switch returns: the new design and one sentence saying what changed, or why it cannot. */
export type TradeoffResult = { design: Design; summary: string } | { error: string };

export const isTradeoffError = (r: TradeoffResult): r is { error: string } => 'error' in r;

export type AoaiNode = NodeOfKind<'azure-openai'>;
export type ServingNode = NodeOfKind<'gpu-vm'> | NodeOfKind<'aks-gpu-pool'> | NodeOfKind<'ml-online-endpoint'>;

export const isServing = (n: DesignNode): n is ServingNode =>
  n.kind === 'gpu-vm' || n.kind === 'aks-gpu-pool' || n.kind === 'ml-online-endpoint';

export function findNode(design: Design, nodeId: string): DesignNode | { error: string } {
  const node = design.nodes.find((n) => n.id === nodeId);
  return node ?? { error: `There is no node "${nodeId}" in this design.` };
}

/** A node as findings name it (its label, or its component's name). */
export const nodeName = nodeLabel;

export const replaceNode = (design: Design, node: DesignNode): Design => ({
  ...design,
  nodes: design.nodes.map((n) => (n.id === node.id ? node : n)),
});

/** Error findings that name `nodeId`. */
export const errorsOn = (report: Report, nodeId: string): Finding[] =>
  report.findings.filter((f) => f.severity === 'error' && f.nodeIds.includes(nodeId));

/** Error findings on `nodeIds` in `after` whose rule was not already an error on that node in `before`. */
export function newErrors(
  before: Report,
  after: Report,
  nodeIds: readonly string[],
  beforeIds: (id: string) => string = (id) => id,
): Finding[] {
  const out: Finding[] = [];
  for (const id of nodeIds) {
    const had = new Set(errorsOn(before, beforeIds(id)).map((f) => f.ruleId));
    for (const f of errorsOn(after, id)) if (!had.has(f.ruleId) && !out.includes(f)) out.push(f);
  }
  return out;
}

/** One decimal place, for summaries. */
export const round1 = (x: number): string => String(Math.round(x * 10) / 10);
