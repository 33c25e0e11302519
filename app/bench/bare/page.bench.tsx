import { BareFlow } from '@/components/bench/bare-flow';

/** Benchmark baseline (npm run bench): bare React Flow with `?n=` default nodes. */
export default async function BareBenchPage({ searchParams }: { searchParams: Promise<{ n?: string }> }) {
  const n = Math.min(5000, Math.max(1, Number((await searchParams).n ?? 100) || 100));
  return <BareFlow count={n} />;
}
