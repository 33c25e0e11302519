import { securityHeaders } from './lib/hosting/security-headers.mjs';

/**
 * The benchmark pages (app/bench/**, named page.bench.tsx) are built only for the canvas benchmark:
 * scripts/bench-canvas.ts sets STUDIO_BENCH=1, which adds their page extension and builds into a
 * directory of its own, so a benchmark build never replaces the studio's build and the studio never
 * serves /bench.
 *
 * STUDIO_STATIC=1 (`npm run export`) builds a static export into out/ (its distDir: Next writes the export
 * there) that any static host can serve;
 * `headers()` does not apply to an export, so scripts/export.ts writes the same headers into
 * out/_headers (with the inline scripts' hashes) and a meta policy into each page.
 */
const bench = process.env.STUDIO_BENCH === '1';
const exportStatic = process.env.STUDIO_STATIC === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  pageExtensions: bench ? ['tsx', 'ts', 'jsx', 'js', 'bench.tsx'] : ['tsx', 'ts', 'jsx', 'js'],
  ...(bench ? { distDir: '.next-bench' } : {}),
  ...(exportStatic
    ? { output: 'export', distDir: 'out' }
    : {
        async headers() {
          return [{ source: '/:path*', headers: securityHeaders() }];
        },
      }),
};

export default nextConfig;
