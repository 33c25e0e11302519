/** cost.unpriced: the lines without a known price or quantity, one finding per node. */
import type { DesignGraph } from '../graph';
import { nodeLabel } from '../../design/node-label';
import { costFinding } from '../rules-cost';
import type { CostLine, Finding } from '../types';

export function unpricedFindings(g: DesignGraph, lines: readonly CostLine[]): Finding[] {
  const unpricedByNode = new Map<string, CostLine[]>();
  for (const l of lines) {
    if (l.usdPerMonth !== null) continue;
    const list = unpricedByNode.get(l.nodeId ?? '');
    if (list) list.push(l);
    else unpricedByNode.set(l.nodeId ?? '', [l]);
  }
  const findings: Finding[] = [];
  for (const [nodeId, ls] of unpricedByNode) {
    const node = g.byId.get(nodeId);
    const what = ls
      .map(
        (l) => `${l.item} (${l.unitUsd === null ? `no known price${l.priceId ? ` for ${l.priceId}` : ''}` : 'hours or usage not known'})`,
      )
      .join('; ');
    findings.push(
      costFinding('cost.unpriced', {
        message: `${node ? nodeLabel(node) : 'Design'}: ${what}. Shown as unpriced, not $0, and left out of the total${ls.some((l) => l.unitUsd === null && l.priceId) ? '; add a price override to include it' : ''}.`,
        nodeIds: node ? [node.id] : [],
      }),
    );
  }
  return findings;
}
