'use client';

import { ReactFlow, applyNodeChanges, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useState } from 'react';

/** The baseline of the canvas benchmark: bare React Flow with default nodes, laid out like the studio's. */
export function BareFlow({ count }: { count: number }) {
  const [nodes, setNodes] = useState<Node[]>(() =>
    Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      position: { x: (i % 40) * 200, y: Math.floor(i / 40) * 120 },
      data: { label: `Node ${i}` },
    })),
  );
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  return (
    <div style={{ width: '100vw', height: '100vh' }} aria-label="Bare React Flow benchmark">
      <ReactFlow nodes={nodes} onNodesChange={onNodesChange} defaultViewport={{ x: 0, y: 0, zoom: 0.6 }} />
    </div>
  );
}
