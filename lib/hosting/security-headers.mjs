/**
 * The security headers every response of the studio carries: one list, used by next.config.mjs for
 * `next start` and by scripts/export.ts for the static export (`_headers` file and a
 * `<meta http-equiv>` policy). Plain JavaScript with types in JSDoc, so next.config.mjs can import it.
 *
 * Scripts: Next's App Router inlines its RSC payload (`self.__next_f.push(...)`) and the layout inlines the
 * theme script, so a policy fixed before the build cannot name them by hash. `next start` therefore allows
 * inline scripts ('unsafe-inline', Next's documented policy without nonces), while the static export, whose
 * pages are final, lists the SHA-256 of each inline script instead and allows no other inline script.
 * `unsafe-eval` is never allowed. Styles allow inline: React Flow and the SSR markup set `style` attributes.
 */

/**
 * The Content Security Policy.
 * @param {{ scriptHashes?: readonly string[] | null, forMeta?: boolean }} [options]
 *   scriptHashes: base64 SHA-256 digests of every inline script (null: allow inline scripts);
 *   forMeta: leave out what a `<meta http-equiv>` policy cannot carry (frame-ancestors).
 * @returns {string}
 */
export function contentSecurityPolicy(options = {}) {
  const { scriptHashes = null, forMeta = false } = options;
  const scripts = scriptHashes === null ? ["'unsafe-inline'"] : scriptHashes.map((h) => `'sha256-${h}'`);
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(forMeta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}

/**
 * Every security header, as name/value pairs.
 * @param {{ scriptHashes?: readonly string[] | null }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(options = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  ];
}
