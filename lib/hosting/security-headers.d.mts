/** Types of security-headers.mjs (plain JavaScript so next.config.mjs can import it). */
export interface PolicyOptions {
  /** Base64 SHA-256 digests of every inline script; null or absent: allow inline scripts. */
  scriptHashes?: readonly string[] | null;
  /** Leave out what a `<meta http-equiv>` policy cannot carry (frame-ancestors). */
  forMeta?: boolean;
}
export function contentSecurityPolicy(options?: PolicyOptions): string;
export function securityHeaders(options?: Pick<PolicyOptions, 'scriptHashes'>): { key: string; value: string }[];
