import { StudioCanvasBenchLoader } from '@/components/bench/studio-canvas-bench-loader';

/** Canvas benchmark (npm run bench): the studio canvas with a generated design of `?n=` nodes. */
export default async function CanvasBenchPage({ searchParams }: { searchParams: Promise<{ n?: string }> }) {
  const n = Math.min(5000, Math.max(1, Number((await searchParams).n ?? 100) || 100));
  return <StudioCanvasBenchLoader count={n} />;
}
