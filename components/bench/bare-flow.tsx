'use client';

import { ReactFlow, applyNodeChanges, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useState } from 'react';
import { isGroupKind } from '@/lib/catalog/components';
import { orderParentsFirst } from '@/lib/design/edit';
import { generateDesign } from '@/lib/design/generate';

/**
 * The baseline of the canvas benchmark: bare React Flow with its default nodes, group nodes and edges,
 * showing the same generated design (same positions, nesting and connections) as the studio page.
 */
export function BareFlow({ count }: { count: number }) {
  const [{ nodes, edges }, setGraph] = useState<{ nodes: Node[]; edges: Edge[] }>(() => {
    const design = generateDesign(count);
    return {
      nodes: orderParentsFirst(design.nodes).map((n) => ({
        id: n.id,
        position: n.position,
        data: { label: n.label || n.kind },
        ...(n.parentId !== undefined ? { parentId: n.parentId } : {}),
        ...(isGroupKind(n.kind) ? { type: 'group', style: { width: n.size?.width ?? 400, height: n.size?.height ?? 300 } } : {}),
      })),
      edges: design.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    };
  });
  const onNodesChange = useCallback((changes: NodeChange[]) => setGraph((g) => ({ ...g, nodes: applyNodeChanges(changes, g.nodes) })), []);
  return (
    <div style={{ width: '100vw', height: '100vh' }} aria-label="Bare React Flow benchmark">
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} minZoom={0.1} fitView fitViewOptions={{ padding: 0.08 }} />
    </div>
  );
}
