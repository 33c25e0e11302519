/**
 * React Flow's nodes, derived from the design. A flow node is rebuilt only when its design node, its
 * position or its selection changed; everything else keeps its identity, so React Flow re-measures and
 * re-renders only what changed. The size React Flow measured is carried over.
 */
import type { Node } from '@xyflow/react';
import { COMPONENTS, isGroupKind } from '@/lib/catalog/components';
import { nodeLabel } from '@/lib/design/node-label';
import { orderParentsFirst } from '@/lib/design/edit';
import { GROUP_DEFAULT_SIZE } from '@/lib/design/geometry';
import type { Design, DesignNode } from '@/lib/design/schema';

export type FlowNodeData = { node: DesignNode };
export type ComponentFlowNode = Node<FlowNodeData, 'component'>;
export type GroupFlowNode = Node<FlowNodeData, 'container'>;
export type FlowNode = ComponentFlowNode | GroupFlowNode;

export function buildFlowNodes(design: Design, selected: ReadonlySet<string>, previous: readonly FlowNode[]): FlowNode[] {
  const prev = new Map(previous.map((n) => [n.id, n]));
  return orderParentsFirst(design.nodes).map((dn) => {
    const p = prev.get(dn.id);
    const isSelected = selected.has(dn.id);
    if (p && p.data.node === dn && p.position === dn.position && (p.selected ?? false) === isSelected) return p;
    const label = nodeLabel(dn);
    const name = COMPONENTS[dn.kind].name;
    const ariaLabel = label === name ? name : `${name}: ${label}`;
    if (isGroupKind(dn.kind)) {
      const size = dn.size ?? GROUP_DEFAULT_SIZE[dn.kind];
      return {
        id: dn.id,
        type: 'container',
        position: dn.position,
        data: { node: dn },
        ...(dn.parentId !== undefined ? { parentId: dn.parentId } : {}),
        selected: isSelected,
        width: size.width,
        height: size.height,
        ...(p?.measured ? { measured: p.measured } : {}),
        ariaLabel,
        className: `aas-group-${dn.kind}`,
      } satisfies GroupFlowNode;
    }
    return {
      id: dn.id,
      type: 'component',
      position: dn.position,
      data: { node: dn },
      ...(dn.parentId !== undefined ? { parentId: dn.parentId } : {}),
      selected: isSelected,
      ...(p?.measured ? { measured: p.measured } : {}),
      ariaLabel,
    } satisfies ComponentFlowNode;
  });
}
