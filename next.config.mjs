/**
 * The benchmark pages (app/bench/**, named page.bench.tsx) are built only for the canvas benchmark:
 * scripts/bench-canvas.ts sets STUDIO_BENCH=1, which adds their page extension and builds into a
 * directory of its own, so a benchmark build never replaces the studio's build and the studio never
 * serves /bench.
 */
const bench = process.env.STUDIO_BENCH === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  pageExtensions: bench ? ['tsx', 'ts', 'jsx', 'js', 'bench.tsx'] : ['tsx', 'ts', 'jsx', 'js'],
  ...(bench ? { distDir: '.next-bench' } : {}),
};

export default nextConfig;
