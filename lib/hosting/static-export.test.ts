import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers.mjs';
import { headersFile, inlineScripts, scriptHashesOf, withMetaPolicy } from './static-export';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('base64');

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><script src="/_next/static/a.js" async=""></script><script>theme()</script></head><body><script type="application/json">{"x":1}</script><script>self.__next_f.push([1,"a"])</script><script>theme()</script></body></html>`;

describe('security headers', () => {
  it('never allow eval, forbid framing, objects and foreign origins', () => {
    const csp = contentSecurityPolicy();
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const names = securityHeaders().map((h) => h.key);
    expect(names).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']));
    expect(securityHeaders().find((h) => h.key === 'Referrer-Policy')?.value).toBe('no-referrer');
  });

  it('with hashes, allow exactly those inline scripts and no other', () => {
    const csp = contentSecurityPolicy({ scriptHashes: ['abc=', 'def='] });
    expect(csp).toContain("script-src 'self' 'sha256-abc=' 'sha256-def='");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
  });

  it('a meta policy leaves out frame-ancestors, which browsers ignore there', () => {
    expect(contentSecurityPolicy({ forMeta: true })).not.toContain('frame-ancestors');
  });
});

describe('static export', () => {
  it('finds the inline scripts, not the external ones nor data blocks', () => {
    expect(inlineScripts(page)).toEqual(['theme()', 'self.__next_f.push([1,"a"])', 'theme()']);
  });

  it('hashes each distinct inline script once (the SHA-256 a browser computes)', () => {
    const hashes = scriptHashesOf([page], sha256);
    expect(hashes).toEqual([sha256('self.__next_f.push([1,"a"])'), sha256('theme()')].sort());
    // The digest of the empty script, as listed in browsers' CSP error messages.
    expect(sha256('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('writes a _headers file for every path', () => {
    const file = headersFile(['abc=']);
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(file).toContain('  X-Content-Type-Options: nosniff');
  });

  it('puts the meta policy first in <head>, once, however often it runs', () => {
    const once = withMetaPolicy(page, ['abc=']);
    const twice = withMetaPolicy(once, ['abc=']);
    expect(twice).toBe(once);
    expect(once).toMatch(
      /^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-abc='/,
    );
    expect(once).not.toContain('frame-ancestors');
    expect(() => withMetaPolicy('<p>no head</p>', [])).toThrow(/no <head>/);
  });
});
