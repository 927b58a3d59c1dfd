/**
 * Zendesk's request budgets (research §1.2): per minute, one bucket for the Support API and a separate
 * one for the Help Center API, both at the plan's limit; the incremental-export limit on top of the
 * Support bucket; and 30 updates per ticket per ten minutes.
 * Windows are fixed and aligned to the clock; tests shrink them instead of waiting real minutes.
 *
 * Headers: `X-Rate-Limit` / `X-Rate-Limit-Remaining` on every response; Support ("ticketing") responses
 * also carry `ratelimit-limit`, `ratelimit-remaining`, `ratelimit-reset` (seconds). Over budget: 429 with
 * `Retry-After` in whole seconds until the window resets (at least 1).
 */
import type { SimResponse } from '../common/sim-server.js';
import { PLAN_LIMITS, type RateLimitOptions } from './context.js';
import { errorsBody } from './http.js';

export type Bucket = 'support' | 'help_center' | 'incremental';

export interface BucketState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

export class RateLimiter {
  private settings: RateLimitOptions = {};
  private limits: Record<Bucket, number> = { support: 0, help_center: 0, incremental: 0 };
  private windowMs = 60_000;
  private ticketUpdates = 30;
  private ticketUpdateWindowMs = 600_000;
  private readonly used = new Map<Bucket, { window: number; count: number }>();
  private readonly ticketUsed = new Map<number, { window: number; count: number }>();

  constructor(
    options: RateLimitOptions | undefined,
    private readonly now: () => number,
  ) {
    this.configure(options ?? {});
  }

  /** Merges `options` into the current budgets (unset members keep theirs) and resets every counter. */
  configure(options: RateLimitOptions): void {
    this.settings = { ...this.settings, ...options };
    const { plan = 'suite_professional', highVolume = false } = this.settings;
    const planLimit = highVolume ? 2500 : PLAN_LIMITS[plan];
    this.limits = {
      support: this.settings.supportPerMinute ?? planLimit,
      help_center: this.settings.helpCenterPerMinute ?? planLimit,
      incremental: this.settings.incrementalPerMinute ?? (highVolume ? 30 : 10),
    };
    this.windowMs = this.settings.windowMs ?? 60_000;
    this.ticketUpdates = this.settings.ticketUpdates ?? 30;
    this.ticketUpdateWindowMs = this.settings.ticketUpdateWindowMs ?? 600_000;
    this.used.clear();
    this.ticketUsed.clear();
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
    const used = entry.count + this.background(bucket, now - window * this.windowMs, limit);
    const allowed = used < limit;
    if (allowed) entry.count += 1;
    const resetMs = (window + 1) * this.windowMs - now;
    return { allowed, state: { limit, remaining: Math.max(0, limit - used - (allowed ? 1 : 0)), resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)) } };
  }

  /** Requests the background integration has made so far in this window (none on the incremental limit). */
  private background(bucket: Bucket, intoWindowMs: number, limit: number): number {
    const share = this.settings.backgroundShare ?? 0;
    if (share <= 0 || bucket === 'incremental') return 0;
    return Math.floor(share * limit * (intoWindowMs / this.windowMs));
  }

  /**
   * Counts one update of ticket `id` ("Update Ticket" docs: 30 updates per ticket per 10 minutes);
   * undefined when allowed, else the seconds until that ticket's window resets.
   */
  takeTicketUpdate(id: number): number | undefined {
    const now = this.now();
    const window = Math.floor(now / this.ticketUpdateWindowMs);
    let entry = this.ticketUsed.get(id);
    if (!entry || entry.window !== window) {
      entry = { window, count: 0 };
      this.ticketUsed.set(id, entry);
    }
    if (entry.count < this.ticketUpdates) {
      entry.count += 1;
      return undefined;
    }
    return Math.max(1, Math.ceil(((window + 1) * this.ticketUpdateWindowMs - now) / 1000));
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

/**
 * The 429 for a ticket updated too often. The docs name the limit, not the answer: assumed to be the
 * account 429's shape with the Retry-After of that ticket's window.
 */
export function ticketUpdateLimited(retryAfterSeconds: number): SimResponse {
  return {
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: errorsBody('TooManyRequests', 'Too Many Requests', 'Number of allowed updates to this ticket exceeded (30 per 10 minutes)'),
  };
}
