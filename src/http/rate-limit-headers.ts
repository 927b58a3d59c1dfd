/**
 * What a response says about the API budget. Header names are case-insensitive, so Intercom's
 * `X-RateLimit-Remaining` and Freshdesk's `X-Ratelimit-Remaining` are the same header; the families
 * differ in the limit header and in how (or whether) they give the reset:
 *
 * | family    | limit               | remaining                | reset                                  |
 * |-----------|---------------------|--------------------------|----------------------------------------|
 * | Intercom  | X-RateLimit-Limit   | X-RateLimit-Remaining    | X-RateLimit-Reset: unix seconds        |
 * | Freshdesk | X-RateLimit-Total   | X-RateLimit-Remaining    | none (per-minute window)               |
 * | Zendesk   | X-Rate-Limit        | X-Rate-Limit-Remaining   | none                                   |
 * | Zendesk   | ratelimit-limit     | ratelimit-remaining      | ratelimit-reset: seconds from now      |
 */

export interface RateLimitSnapshot {
  /** Budget per window as the server counts it (the whole app/account budget, not only ours). */
  limit?: number;
  remaining: number;
  /** Epoch ms when the window resets; absent when the family does not say. */
  resetAt?: number;
}

/** Above this a reset value is an absolute unix time in seconds, below it a delay in seconds. */
const UNIX_SECONDS_THRESHOLD = 1_000_000_000;

/** One snapshot per header family present (Zendesk can send two); empty when none is. */
export function readRateLimitHeaders(headers: Headers, now = Date.now()): RateLimitSnapshot[] {
  const snapshots: RateLimitSnapshot[] = [];
  const push = (limitHeaders: string[], remainingHeader: string, resetHeader?: string): void => {
    const remaining = numberHeader(headers, remainingHeader);
    if (remaining === undefined) return;
    const snapshot: RateLimitSnapshot = { remaining };
    const limit = limitHeaders.map((name) => numberHeader(headers, name)).find((value) => value !== undefined);
    if (limit !== undefined) snapshot.limit = limit;
    const reset = resetHeader ? numberHeader(headers, resetHeader) : undefined;
    if (reset !== undefined) snapshot.resetAt = resetInstant(reset, headers, now);
    snapshots.push(snapshot);
  };
  push(['x-ratelimit-limit', 'x-ratelimit-total'], 'x-ratelimit-remaining', 'x-ratelimit-reset');
  push(['x-rate-limit'], 'x-rate-limit-remaining');
  push(['ratelimit-limit'], 'ratelimit-remaining', 'ratelimit-reset');
  return snapshots;
}

/**
 * Retry-After as a delay in ms: delta-seconds ("120", tolerated "1.5") or an HTTP date.
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long until the budget resets, from any family that says (the latest one), else undefined. */
export function msUntilReset(headers: Headers, now = Date.now()): number | undefined {
  const resets = readRateLimitHeaders(headers, now)
    .map((snapshot) => snapshot.resetAt)
    .filter((at): at is number => at !== undefined);
  return resets.length === 0 ? undefined : Math.max(0, Math.max(...resets) - now);
}

function resetInstant(reset: number, headers: Headers, now: number): number {
  if (reset < UNIX_SECONDS_THRESHOLD) return now + reset * 1000;
  // Absolute time on the server's clock: measure it against the server's Date header when there is
  // one, so a skewed local clock neither skips the pause nor stretches it.
  const serverNow = Date.parse(headers.get('date') ?? '');
  return Number.isNaN(serverNow) ? reset * 1000 : now + (reset * 1000 - serverNow);
}

function numberHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null) return undefined;
  // Some proxies join repeated headers ("100, 100"): the first value is the one that counts.
  const first = raw.split(',')[0]?.trim() ?? '';
  const value = Number(first);
  return first !== '' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
