/**
 * Zendesk's per-minute request budgets (research §1.2): one bucket for the Support API, a separate one
 * for the Help Center API, and the incremental-export endpoint limit on top of the Support bucket.
 * Windows are fixed and aligned to the clock; tests shrink them instead of waiting real minutes.
 *
 * Headers: `X-Rate-Limit` / `X-Rate-Limit-Remaining` on every response; Support ("ticketing") responses
 * also carry `ratelimit-limit`, `ratelimit-remaining`, `ratelimit-reset` (seconds). Over budget: 429 with
 * `Retry-After` in whole seconds until the window resets (at least 1).
 */
import type { SimResponse } from '../common/sim-server.js';
import type { RateLimitOptions } from './context.js';
import { errorsBody } from './http.js';

export type Bucket = 'support' | 'help_center' | 'incremental';

export interface BucketState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

const LARGE = 1_000_000;

export class RateLimiter {
  private limits: Record<Bucket, number>;
  private windowMs: number;
  private readonly used = new Map<Bucket, { window: number; count: number }>();

  constructor(
    options: RateLimitOptions | undefined,
    private readonly now: () => number,
  ) {
    this.limits = { support: LARGE, help_center: LARGE, incremental: LARGE };
    this.windowMs = 60_000;
    this.configure(options ?? {});
  }

  configure(options: RateLimitOptions): void {
    this.limits = {
      support: options.supportPerMinute ?? this.limits.support,
      help_center: options.helpCenterPerMinute ?? this.limits.help_center,
      incremental: options.incrementalPerMinute ?? this.limits.incremental,
    };
    this.windowMs = options.windowMs ?? this.windowMs;
    this.used.clear();
  }

  /** Counts one request against `bucket` if it has room. */
  take(bucket: Bucket): { allowed: boolean; state: BucketState } {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    let entry = this.used.get(bucket);
    if (!entry || entry.window !== window) {
      entry = { window, count: 0 };
      this.used.set(bucket, entry);
    }
    const limit = this.limits[bucket];
    const allowed = entry.count < limit;
    if (allowed) entry.count += 1;
    const resetMs = (window + 1) * this.windowMs - now;
    return { allowed, state: { limit, remaining: Math.max(0, limit - entry.count), resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)) } };
  }

  /** Peek without counting (for headers of requests that skip a bucket). */
  peek(bucket: Bucket): BucketState {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    const entry = this.used.get(bucket);
    const count = entry && entry.window === window ? entry.count : 0;
    const limit = this.limits[bucket];
    const resetMs = (window + 1) * this.windowMs - now;
    return { limit, remaining: Math.max(0, limit - count), resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)) };
  }
}

export function rateLimitHeaders(state: BucketState, ticketing: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'x-rate-limit': String(state.limit),
    'x-rate-limit-remaining': String(state.remaining),
  };
  if (ticketing) {
    headers['ratelimit-limit'] = String(state.limit);
    headers['ratelimit-remaining'] = String(state.remaining);
    headers['ratelimit-reset'] = String(state.resetSeconds);
  }
  return headers;
}

/**
 * The 429 answer. Research documents the status and Retry-After, not the body; the body uses the OAS
 * `Errors` envelope, the only 429 body the OAS documents (PUT /api/v2/organizations/{id}).
 */
export function tooManyRequests(state: BucketState, ticketing: boolean): SimResponse {
  return {
    status: 429,
    headers: { ...rateLimitHeaders(state, ticketing), 'retry-after': String(state.resetSeconds) },
    body: errorsBody('TooManyRequests', 'Too Many Requests', 'Number of allowed API requests per minute exceeded'),
  };
}
