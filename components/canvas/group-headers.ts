/**
 * Where the groups' titles are on the canvas: the boxes connections route around and labels keep off.
 * The canvas works them out once per change of the groups and hands them to every connection (in its data).
 */
import { useMemo, useState } from 'react';
import { nodeLabel } from '@/lib/design/node-label';
import type { DesignNode } from '@/lib/design/schema';
import type { FlowNode } from '@/components/store/flow-nodes';
import type { Box } from './edge-route';
import { groupDetail } from './group-node';

/** Height of a group's title strip, in canvas units. */
export const GROUP_HEADER = 44;

/** How far a group's title runs from its left edge (icon, name and detail chip, at their font sizes), in canvas units. */
export function groupTitleWidth(node: DesignNode): number {
  return 12 + 20 + 8 + nodeLabel(node).length * 9.5 + 8 + groupDetail(node).length * 8.2 + 12 + 24;
}

/** A group's title box, with the group's id (a connection to or from the group itself does not avoid it). */
export interface GroupHeader extends Box {
  id: string;
}

/** The title boxes of every group, in canvas units, from React Flow's nodes (positions are relative to parents). */
export function groupHeaders(nodes: readonly FlowNode[]): GroupHeader[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const absolute = new Map<string, { x: number; y: number }>();
  const at = (n: FlowNode, depth = 0): { x: number; y: number } => {
    const known = absolute.get(n.id);
    if (known) return known;
    const parent = n.parentId !== undefined ? byId.get(n.parentId) : undefined;
    const base = parent && depth < 32 ? at(parent, depth + 1) : { x: 0, y: 0 };
    const p = { x: base.x + n.position.x, y: base.y + n.position.y };
    absolute.set(n.id, p);
    return p;
  };
  const out: GroupHeader[] = [];
  for (const n of nodes) {
    if (n.type !== 'container') continue;
    const p = at(n);
    const width = n.measured?.width ?? n.width ?? 0;
    const height = n.measured?.height ?? n.height ?? 0;
    out.push({
      id: n.id,
      left: p.x,
      top: p.y,
      right: p.x + Math.min(width, groupTitleWidth(n.data.node)),
      bottom: p.y + Math.min(GROUP_HEADER, height),
    });
  }
  return out;
}

/** The same boxes as before, when nothing moved: so connections re-route only when a group title did. */
export function sameHeaders(a: readonly GroupHeader[], b: readonly GroupHeader[]): boolean {
  return (
    a.length === b.length &&
    a.every((h, i) => {
      const o = b[i]!;
      return h.id === o.id && h.left === o.left && h.top === o.top && h.right === o.right && h.bottom === o.bottom;
    })
  );
}

/** The groups' title boxes, for connections to route around: the same array while no title moves. */
export function useGroupHeaders(nodes: readonly FlowNode[]): readonly GroupHeader[] {
  const next = useMemo(() => groupHeaders(nodes), [nodes]);
  const [kept, setKept] = useState(next);
  if (next !== kept && !sameHeaders(next, kept)) {
    setKept(next);
    return next;
  }
  return kept;
}
