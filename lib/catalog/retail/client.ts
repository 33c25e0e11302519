/**
 * Reads every page of one Retail Prices query, politely: pages one after the other, a pause between
 * them, and on 429 or 5xx a retry after `Retry-After` (seconds or an HTTP date) or an exponential backoff.
 * `fetch` and `sleep` are injected, so tests run offline on recorded pages.
 */
import { parsePage, type RetailPriceItem } from './api';

/** The slice of the Fetch API used here (global `fetch` satisfies it). */
export type FetchLike = (url: string) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}>;

export interface ClientOptions {
  fetch: FetchLike;
  /** Waits between pages and before retries (the script passes a timer; tests record the waits). */
  sleep: (ms: number) => Promise<void>;
  /** Retries per page after a 429 / 5xx / network error (default 6). */
  maxRetries?: number;
  /** First backoff, doubled each retry (default 1,000 ms), capped at maxBackoffMs (default 60,000 ms). */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Pause between pages (default 200 ms). */
  pageDelayMs?: number;
  /** Stop after this many pages of one query (default 500), in case NextPageLink loops. */
  maxPages?: number;
  log?: (line: string) => void;
  now?: () => number;
}

export interface QueryResult {
  items: RetailPriceItem[];
  pages: number;
  warnings: string[];
}

/** Milliseconds a Retry-After header asks for (delta-seconds or HTTP date); null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const s = Number(header);
  if (Number.isFinite(s) && s >= 0) return s * 1000;
  const t = Date.parse(header);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

/** Backoff before retry number `attempt` (0-based): base × 2^attempt, capped. */
export const backoffMs = (attempt: number, baseMs: number, capMs: number): number => Math.min(capMs, baseMs * 2 ** attempt);

const retryable = (status: number) => status === 429 || (status >= 500 && status <= 599);

/** Every item of the query starting at `url`, following NextPageLink. Throws after maxRetries on one page. */
export async function fetchAllPages(url: string, o: ClientOptions): Promise<QueryResult> {
  const sleep = o.sleep;
  const maxRetries = o.maxRetries ?? 6;
  const base = o.baseBackoffMs ?? 1000;
  const cap = o.maxBackoffMs ?? 60_000;
  const pageDelay = o.pageDelayMs ?? 200;
  const maxPages = o.maxPages ?? 500;
  const now = o.now ?? Date.now;
  const items: RetailPriceItem[] = [];
  const warnings: string[] = [];
  let next: string | null = url;
  let pages = 0;
  while (next !== null) {
    if (pages >= maxPages) throw new Error(`More than ${maxPages} pages for ${url}: stopping (NextPageLink loop?)`);
    if (pages > 0 && pageDelay > 0) await sleep(pageDelay);
    let json: unknown = undefined;
    for (let attempt = 0; ; attempt++) {
      let status: number;
      let wait: number | null = null;
      try {
        const res = await o.fetch(next);
        status = res.status;
        if (res.ok) {
          json = await res.json();
          break;
        }
        if (!retryable(status)) throw new Error(`HTTP ${status} for ${next} (not retried)`);
        wait = retryAfterMs(res.headers.get('retry-after'), now());
      } catch (e) {
        if (e instanceof Error && e.message.includes('(not retried)')) throw e;
        status = 0; // network error: retried like a 5xx
      }
      if (attempt >= maxRetries)
        throw new Error(`Giving up on ${next} after ${attempt + 1} tries (last status ${status || 'network error'})`);
      const ms = wait ?? backoffMs(attempt, base, cap);
      o.log?.(
        `  ${status === 0 ? 'network error' : `HTTP ${status}`}: retry ${attempt + 1}/${maxRetries} in ${Math.round(ms / 100) / 10} s`,
      );
      await sleep(ms);
    }
    const page = parsePage(json);
    items.push(...page.items);
    warnings.push(...page.warnings.map((w) => `page ${pages + 1}: ${w}`));
    pages++;
    next = page.next;
  }
  return { items, pages, warnings };
}
