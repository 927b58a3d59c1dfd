/**
 * What a response says about the API budget. Which headers say it is the platform's business: each
 * platform client names its header families (RateLimiterOptions.headers); this module reads any
 * family, and by default the IETF draft's `RateLimit-Limit` / `-Remaining` / `-Reset` (seconds from
 * now). Header names are case-insensitive.
 */

export interface RateLimitSnapshot {
  /** Budget per window as the server counts it (the whole app/account budget, not only ours). */
  limit?: number;
  remaining: number;
  /** Epoch ms when the window resets; absent when the family does not say. */
  resetAt?: number;
}

/** One set of rate-limit headers. */
export interface RateLimitHeaderFamily {
  /** Limit header names, first present wins. */
  limit: readonly string[];
  remaining: string;
  /** Reset header: unix seconds (absolute) or seconds from now, told apart by size; absent if the family gives none. */
  reset?: string;
}

/** draft-ietf-httpapi-ratelimit-headers: the family any API may send. */
export const STANDARD_RATE_LIMIT_HEADERS: readonly RateLimitHeaderFamily[] = [{ limit: ['ratelimit-limit'], remaining: 'ratelimit-remaining', reset: 'ratelimit-reset' }];

/** Above this a reset value is an absolute unix time in seconds, below it a delay in seconds. */
const UNIX_SECONDS_THRESHOLD = 1_000_000_000;

/** One snapshot per family present (a platform can send two); empty when none is. */
export function readRateLimitHeaders(headers: Headers, families: readonly RateLimitHeaderFamily[] = STANDARD_RATE_LIMIT_HEADERS, now = Date.now()): RateLimitSnapshot[] {
  const snapshots: RateLimitSnapshot[] = [];
  for (const family of families) {
    const remaining = numberHeader(headers, family.remaining);
    if (remaining === undefined) continue;
    const snapshot: RateLimitSnapshot = { remaining };
    const limit = family.limit.map((name) => numberHeader(headers, name)).find((value) => value !== undefined);
    if (limit !== undefined) snapshot.limit = limit;
    const reset = family.reset ? numberHeader(headers, family.reset) : undefined;
    if (reset !== undefined) snapshot.resetAt = resetInstant(reset, headers, now);
    snapshots.push(snapshot);
  }
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

/** How long until the budget resets, from any snapshot that says (the latest one), else undefined. */
export function msUntilReset(snapshots: readonly RateLimitSnapshot[], now = Date.now()): number | undefined {
  const resets = snapshots.map((snapshot) => snapshot.resetAt).filter((at): at is number => at !== undefined);
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
