/**
 * One limiter per API budget (an app, an account, or a sub-budget of one), shared by every request
 * that draws on it. Three gates, in order:
 *
 * 1. a pause (after 429/503 Retry-After, or when the headers say the budget is spent): everyone waits;
 * 2. p-throttle's pacing at `limit × share` per interval (strict: never more in any sliding interval);
 * 3. an even spacing derived from the rate-limit headers when the remaining budget would run out before
 *    the window resets, because other integrations draw on the same budget and we cannot see them.
 */
import pThrottle from 'p-throttle';
import { InFlightSizer } from './in-flight.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { msUntilReset, readRateLimitHeaders, STANDARD_RATE_LIMIT_HEADERS, type RateLimitHeaderFamily, type RateLimitSnapshot } from './rate-limit-headers.js';

export interface RateLimiterOptions {
  /** Requests allowed per interval by the platform (for the whole app/account). */
  limit: number;
  intervalMs: number;
  /** 0 < share ≤ 1: upper bound on the fraction of the budget we may use. Default 1. */
  share?: number;
  /**
   * 0 ≤ reserve < 1: the share of each window left to the customer's other integrations, measured
   * from the rate-limit headers (what remains below it is not ours). Default 0.1.
   */
  reserve?: number;
  /** Most requests in flight at once, whatever rate × latency asks for. Default 32. */
  maxInFlight?: number;
  /** For messages and reports, e.g. the platform and its budget. */
  name?: string;
  /** The headers this budget's platform reports it in (the platform client's knowledge); default the IETF `RateLimit-*`. */
  headers?: readonly RateLimitHeaderFamily[];
}

export interface RateLimiterStats {
  /** Requests let through. */
  requests: number;
  /** Total time requests spent waiting in the limiter. */
  waitedMs: number;
  /** Requests that had to wait (pacing, pause or header-driven slowdown). */
  throttled: number;
}

/**
 * When the headers give no reset time we assume a whole window is still ahead, which is pessimistic;
 * so we only slow down once the usable remainder falls under this share of the budget.
 */
const LOW_WATER_SHARE = 0.1;
/** Share of each window left to the customer's other integrations unless told otherwise. */
export const DEFAULT_RESERVE = 0.1;
const DEFAULT_MAX_IN_FLIGHT = 32;

interface Ticket {
  delayed: boolean;
}

export class RateLimiter {
  readonly name: string;
  readonly limit: number;
  readonly intervalMs: number;
  readonly share: number;
  readonly reserve: number;
  /** The in-flight cap: the most workers a caller ever needs for this budget. */
  readonly maxInFlight: number;
  /** Requests per interval we allow ourselves: ⌊limit × min(share, 1 − reserve)⌋, at least 1. */
  readonly effectiveLimit: number;
  private readonly inFlight: InFlightSizer;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  private readonly admit: (ticket: Ticket) => Promise<void>;
  private readonly families: readonly RateLimitHeaderFamily[];
  private pausedUntil = 0;
  private spacingMs = 0;
  private spacingUntil = 0;
  private nextSlotAt = 0;
  private readonly counters: RateLimiterStats = { requests: 0, waitedMs: 0, throttled: 0 };

  constructor(options: RateLimiterOptions) {
    const { limit, intervalMs, share = 1 } = options;
    if (!(limit > 0) || !Number.isFinite(limit)) throw new RangeError(`Rate limit must be a positive number, got ${limit}`);
    if (!(intervalMs > 0) || !Number.isFinite(intervalMs)) throw new RangeError(`Rate-limit interval must be a positive number of ms, got ${intervalMs}`);
    if (!(share > 0 && share <= 1)) throw new RangeError(`Rate-limit share must be in (0, 1], got ${share}`);
    const reserve = options.reserve ?? DEFAULT_RESERVE;
    if (!(reserve >= 0 && reserve < 1)) throw new RangeError(`Rate-limit reserve must be in [0, 1), got ${reserve}`);
    this.reserve = reserve;
    this.name = options.name ?? 'api';
    this.limit = limit;
    this.intervalMs = intervalMs;
    this.share = share;
    this.effectiveLimit = Math.max(1, Math.floor(limit * Math.min(share, 1 - reserve)));
    this.maxInFlight = Math.max(1, Math.floor(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT));
    this.inFlight = new InFlightSizer({ ratePerMs: this.effectiveLimit / intervalMs, cap: this.maxInFlight });
    this.families = options.headers ?? STANDARD_RATE_LIMIT_HEADERS;
    const throttle = pThrottle({
      limit: this.effectiveLimit,
      interval: intervalMs,
      strict: true,
      onDelay: (ticket: Ticket) => {
        ticket.delayed = true;
      },
    });
    this.admit = throttle(async (_ticket: Ticket) => undefined);
  }

  get stats(): Readonly<RateLimiterStats> {
    return { ...this.counters };
  }

  /**
   * Requests this budget can usefully have in flight now (rate × observed latency, adapted to
   * overload): callers size their worker pools by it; `schedule` holds any request beyond it.
   */
  get concurrency(): number {
    return this.inFlight.size;
  }


  /** Until when (epoch ms) every request waits: a 429's wait, or a budget the headers say is spent. */
  get pausedUntilMs(): number {
    return this.pausedUntil;
  }

  /** The server said the budget is overloaded (429, 5xx): fewer requests in flight for a while. */
  overloaded(): void {
    this.inFlight.overloaded();
  }

  /** Runs `fn` once every gate lets it through. Call it once per attempt: retries count against the budget. */
  async schedule<T>(fn: () => Promise<T>): Promise<T> {
    const queuedAt = Date.now();
    const ticket: Ticket = { delayed: false };
    // Held for concurrency, not for the budget: not counted as throttled.
    while (this.running >= this.inFlight.size) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running += 1;
    try {
      return await this.admitted(fn, ticket, queuedAt);
    } finally {
      this.running -= 1;
      // Wake as many as the (possibly grown) size lets in.
      for (let free = this.inFlight.size - this.running; free > 0 && this.waiting.length > 0; free -= 1) this.waiting.shift()?.();
    }
  }

  private async admitted<T>(fn: () => Promise<T>, ticket: Ticket, queuedAt: number): Promise<T> {
    for (;;) {
      const pause = this.pausedUntil - Date.now();
      if (pause > 0) {
        ticket.delayed = true;
        await sleep(pause);
        continue;
      }
      await this.admit(ticket);
      // A pause that arrived while we sat in the queue holds us too; afterwards we queue again, so a
      // released crowd is paced instead of hitting the server at once.
      if (Date.now() < this.pausedUntil) continue;
      const wait = this.claimSlot();
      if (wait > 0) {
        ticket.delayed = true;
        await sleep(wait);
        if (Date.now() < this.pausedUntil) continue;
      }
      break;
    }
    this.counters.requests += 1;
    this.counters.waitedMs += Date.now() - queuedAt;
    if (ticket.delayed) this.counters.throttled += 1;
    const startedAt = Date.now();
    const result = await fn();
    this.inFlight.answered(Date.now() - startedAt);
    return result;
  }

  /** Every request, queued or new, waits at least `ms` from now (pauses only ever extend). */
  pauseFor(ms: number): void {
    if (!(ms > 0)) return;
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }

  /** How long until the budget resets, if the response's rate-limit headers say. */
  msUntilReset(headers: Headers, now = Date.now()): number | undefined {
    return msUntilReset(readRateLimitHeaders(headers, this.families, now), now);
  }

  /** Adjusts to what the server says is left of the budget. Responses without rate-limit headers change nothing. */
  observe(headers: Headers): void {
    const now = Date.now();
    const snapshots = readRateLimitHeaders(headers, this.families, now);
    if (snapshots.length === 0) return;
    let spacing = 0;
    let spacingUntil = 0;
    for (const snapshot of snapshots) {
      const correction = this.correctionFor(snapshot, now);
      if (correction.pauseUntil !== undefined) this.pausedUntil = Math.max(this.pausedUntil, correction.pauseUntil);
      if (correction.spacingMs > spacing) {
        spacing = correction.spacingMs;
        spacingUntil = correction.until;
      }
    }
    // The latest answer replaces the previous spacing: a new window with budget to spare lifts it.
    this.spacingMs = spacing;
    this.spacingUntil = spacingUntil;
  }

  private correctionFor(snapshot: RateLimitSnapshot, now: number): { pauseUntil?: number; spacingMs: number; until: number } {
    const budget = snapshot.limit ?? this.limit;
    // The part of the budget we leave to the customer's other integrations.
    const reserve = Math.floor(budget * Math.max(this.reserve, 1 - this.share));
    const usable = snapshot.remaining - reserve;
    const resetKnown = snapshot.resetAt !== undefined;
    // Unknown reset: assume a whole window ahead. Known: trust it, within reason (a misread header
    // must not freeze the migration for hours).
    const horizon = Math.max(this.intervalMs, 60_000) * 2;
    const until = Math.min(snapshot.resetAt ?? now + this.intervalMs, now + horizon);
    const msLeft = until - now;
    if (msLeft <= 0) return { spacingMs: 0, until };
    if (usable <= 0) return { pauseUntil: until, spacingMs: 0, until };
    if (!resetKnown && usable > Math.ceil(budget * LOW_WATER_SHARE)) return { spacingMs: 0, until };
    // Spread what is left evenly until the reset; only matters when slower than our own pacing.
    const spacingMs = msLeft / usable;
    return { spacingMs: spacingMs > this.intervalMs / this.effectiveLimit ? spacingMs : 0, until };
  }

  /** Reserves the next evenly spaced start time while a header-driven slowdown is active; returns the wait. */
  private claimSlot(): number {
    const now = Date.now();
    if (this.spacingMs <= 0 || now >= this.spacingUntil) return 0;
    const at = Math.max(now, this.nextSlotAt);
    this.nextSlotAt = at + this.spacingMs;
    return at - now;
  }
}
