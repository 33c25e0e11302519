'use client';

import dynamic from 'next/dynamic';

export const StudioCanvasBenchLoader = dynamic(() => import('./studio-canvas-bench'), { ssr: false });
