/**
 * React Flow's nodes, derived from the design. A flow node is rebuilt only when its design node, its
 * position or its selection changed; everything else keeps its identity, so React Flow re-measures and
 * re-renders only what changed. The size React Flow measured is carried over.
 */
import { Position, type Node } from '@xyflow/react';
import { COMPONENTS, isGroupKind } from '@/lib/catalog/components';
import { nodeLabel } from '@/lib/design/node-label';
import { orderParentsFirst } from '@/lib/design/edit';
import { GROUP_DEFAULT_SIZE, NODE_SIZE } from '@/lib/design/geometry';
import type { Design, DesignNode } from '@/lib/design/schema';

export type FlowNodeData = { node: DesignNode };
export type ComponentFlowNode = Node<FlowNodeData, 'component'>;
export type GroupFlowNode = Node<FlowNodeData, 'container'>;
export type FlowNode = ComponentFlowNode | GroupFlowNode;

/**
 * Above this many nodes a design is large: the canvas renders only the nodes and edges in view (a 1,000-node
 * design would otherwise mount every node at once) and keeps plain connections (no routing around group
 * titles). Smaller designs keep every node in the page, so keyboard and screen-reader users reach each one.
 */
export const LARGE_DESIGN_NODES = 300;

/**
 * For a large design, what React Flow needs to skip a node it has not measured yet: its size and its handles.
 * Without them React Flow renders every node once to measure it, even those outside the view, and a design
 * of thousands of nodes opens in one long task. A node's real size and handles replace these once it shows.
 */
const HANDLE_PX = 12;
const COMPONENT_UNMEASURED = {
  initialWidth: NODE_SIZE.width,
  initialHeight: NODE_SIZE.height,
  handles: [
    {
      type: 'target',
      position: Position.Left,
      x: -HANDLE_PX / 2,
      y: NODE_SIZE.height / 2 - HANDLE_PX / 2,
      width: HANDLE_PX,
      height: HANDLE_PX,
    },
    {
      type: 'source',
      position: Position.Right,
      x: NODE_SIZE.width - HANDLE_PX / 2,
      y: NODE_SIZE.height / 2 - HANDLE_PX / 2,
      width: HANDLE_PX,
      height: HANDLE_PX,
    },
  ],
} as const satisfies Partial<ComponentFlowNode>;

export function buildFlowNodes(design: Design, selected: ReadonlySet<string>, previous: readonly FlowNode[]): FlowNode[] {
  const prev = new Map(previous.map((n) => [n.id, n]));
  const large = design.nodes.length > LARGE_DESIGN_NODES;
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
        ...(p?.measured ? { measured: p.measured } : large ? { handles: [] } : {}),
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
      ...(p?.measured ? { measured: p.measured } : large ? { ...COMPONENT_UNMEASURED, handles: [...COMPONENT_UNMEASURED.handles] } : {}),
      ariaLabel,
    } satisfies ComponentFlowNode;
  });
}

/** Once React Flow has measured a node, its estimated handles go: the measured ones are used from then on. */
export function measuredHandles(nodes: FlowNode[]): FlowNode[] {
  if (!nodes.some((n) => n.handles !== undefined && n.measured !== undefined)) return nodes;
  return nodes.map((n) => {
    if (n.handles === undefined || n.measured === undefined) return n;
    const { handles: _estimated, ...rest } = n;
    return rest as FlowNode;
  });
}
