'use client';

import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import Canvas from '@/components/canvas/canvas';
import { useStudio } from '@/components/store/studio-store';
import { generateDesign } from '@/lib/design/generate';

/** The studio's own canvas (nodes, badges, live validation) on a generated design, for the drag benchmark. Nothing is saved. */
export default function StudioCanvasBench({ count }: { count: number }) {
  const ready = useStudio((s) => s.status === 'ready');
  useEffect(() => {
    useStudio.getState().showTransient(generateDesign(count));
  }, [count]);
  return (
    <ReactFlowProvider>
      <main style={{ width: '100vw', height: '100vh' }} className="relative bg-app">
        {ready && <Canvas />}
      </main>
    </ReactFlowProvider>
  );
}
