// Static export (`npm run export`): builds the studio with STUDIO_STATIC=1 (next.config.mjs sets
// `output: 'export'`) into out/, then gives it the security headers a static host cannot compute:
// out/_headers (read by Netlify, Cloudflare Pages and similar hosts) with the SHA-256 of every inline
// script, and the same policy as a <meta http-equiv> in each page (frame-ancestors cannot be set that way:
// hosts without _headers must send it themselves). `--serve [port]` then serves out/ with those headers,
// as a static host would, to try it (default port 3219); `--no-build` reuses out/.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFile, scriptHashesOf, withMetaPolicy } from '../lib/hosting/static-export';
import { securityHeaders } from '../lib/hosting/security-headers.mjs';

const OUT = resolve('out');
const args = process.argv.slice(2);

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function build(): void {
  const r = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, STUDIO_STATIC: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Hashes the inline scripts of every page, then writes _headers and the meta policy. */
function addHeaders(): string[] {
  const pages = files(OUT).filter((f) => f.endsWith('.html'));
  if (pages.length === 0) throw new Error('out/ holds no page: did the export build run?');
  const html = pages.map((p) => readFileSync(p, 'utf8'));
  const hashes = scriptHashesOf(html, sha256);
  pages.forEach((p, i) => writeFileSync(p, withMetaPolicy(html[i] as string, hashes)));
  writeFileSync(join(OUT, '_headers'), headersFile(hashes));
  console.log(`export: ${pages.length} pages, ${hashes.length} inline scripts hashed, out/_headers written`);
  return hashes;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Serves out/ as a static host would: the file, or the .html page of a path, with the export's headers. */
function serve(port: number, hashes: string[]): void {
  const headers = securityHeaders({ scriptHashes: hashes });
  createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = normalize(path).replace(/^(\.\.[/\\])+/, '');
    const candidates = [join(OUT, rel), join(OUT, rel, 'index.html'), join(OUT, `${rel}.html`)];
    const file = candidates.find((f) => f.startsWith(OUT) && existsSync(f) && statSync(f).isFile());
    for (const h of headers) res.setHeader(h.key, h.value);
    if (!file) {
      res.statusCode = 404;
      const notFound = join(OUT, '404.html');
      res.setHeader('Content-Type', TYPES['.html'] as string);
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  }).listen(port, '127.0.0.1', () => console.log(`export: serving out/ on http://127.0.0.1:${port}`));
}

if (!args.includes('--no-build')) build();
const hashes = addHeaders();
const at = args.indexOf('--serve');
if (at >= 0) serve(Number(args[at + 1] ?? 3219) || 3219, hashes);
