/**
 * The static export's security headers: a static host cannot run next.config.mjs `headers()`, so after
 * `next build` with STUDIO_STATIC=1 the export step (scripts/export.ts) hashes every inline
 * script of the exported pages, writes a `_headers` file (the format Netlify, Cloudflare Pages and others
 * read) and puts the same policy, minus what a meta policy cannot carry, into each page's <head>.
 * The hash function is passed in: lib/ uses no Node or browser globals.
 */
import { contentSecurityPolicy, securityHeaders } from './security-headers.mjs';

/** Base64 SHA-256 of a UTF-8 string. */
export type Sha256Base64 = (text: string) => string;

/** The bodies of the inline scripts of a page (a `<script>` without `src`), in document order. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    // Data blocks (JSON and the like) never run, so the policy need not name them.
    if (type !== undefined && type !== 'text/javascript' && type !== 'module' && type !== 'application/javascript') continue;
    out.push(m[2] ?? '');
  }
  return out;
}

/** The distinct hashes of the inline scripts of all pages, sorted (a stable policy for the same build). */
export function scriptHashesOf(pages: readonly string[], sha256: Sha256Base64): string[] {
  const set = new Set<string>();
  for (const html of pages) for (const body of inlineScripts(html)) set.add(sha256(body));
  return [...set].sort();
}

/** A `_headers` file applying every security header to every path. */
export function headersFile(scriptHashes: readonly string[]): string {
  const lines = securityHeaders({ scriptHashes }).map((h) => `  ${h.key}: ${h.value}`);
  return `/*\n${lines.join('\n')}\n`;
}

/** The page with the meta policy as the first element of its <head> (replacing an earlier one). */
export function withMetaPolicy(html: string, scriptHashes: readonly string[]): string {
  const policy = contentSecurityPolicy({ scriptHashes, forMeta: true });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}"/>`;
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*\/?>/i, '');
  const head = /<head\b[^>]*>/i.exec(cleaned);
  if (!head) throw new Error('the page has no <head>: the policy cannot be placed');
  const at = head.index + head[0].length;
  return cleaned.slice(0, at) + meta + cleaned.slice(at);
}
