/** Node and edge renderers, at module scope so React Flow never sees a new object and re-mounts them. */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ComponentNode } from './component-node';
import { FlowEdge } from './flow-edge';
import { GroupNode } from './group-node';

export const nodeTypes = { component: ComponentNode, container: GroupNode } satisfies NodeTypes;
export const edgeTypes = { flow: FlowEdge } satisfies EdgeTypes;
