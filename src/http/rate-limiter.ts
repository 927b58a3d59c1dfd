/**
 * One limiter per API budget (an app, an account, or a sub-budget of one), shared by every request
 * that draws on it. Three gates, in order:
 *
 * 1. a pause (after 429/503 Retry-After, or when the headers say the budget is spent): everyone waits;
 * 2. p-throttle's even pacing (strict, in small bursts) at the whole budget less a
 *    small margin for network jitter when the headers say when the window resets, or at the budget
 *    less the reserve when they do not (then the headers cannot tell us when the reserve is free);
 * 3. an even spacing derived from the rate-limit headers when the remaining budget would run out before
 *    the window resets, because other integrations draw on the same budget and we cannot see them.

 * The reserve left to the customer's other integrations is read from the headers (header-correction.ts).
 */
import pThrottle from 'p-throttle';
import { InFlightSizer } from './in-flight.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { headerCorrection } from './header-correction.js';
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

/** Share of each window left to the customer's other integrations unless told otherwise. */
export const DEFAULT_RESERVE = 0.1;
/**
 * Share of a window never paced into when the headers give the reset: our sliding count and the
 * server's fixed window see a request at different instants (latency varies), so a window the server
 * counts may hold a few more of our requests than any interval we counted.
 */
export const JITTER_MARGIN = 0.02;
/** Share of a window that must have run before others' pace in it is measured. */
const MIN_WINDOW_SAMPLE = 0.1;

/**
 * The share of a budget a migration sustains alone on it: all of it less JITTER_MARGIN when the
 * headers give the window's reset (the reserve is then kept from them), less the reserve when not.
 * For estimates; the limiter paces by it.
 */
export function sustainedShare(share: number, resetInHeaders: boolean, reserve = DEFAULT_RESERVE): number {
  return Math.min(share, 1 - (resetInHeaders ? Math.min(reserve, JITTER_MARGIN) : reserve));
}
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
  /**
   * Requests per interval we pace at: ⌊limit × min(share, 1 − margin)⌋, at least 1. The margin is the
   * reserve until a response's headers give the window's reset, JITTER_MARGIN from then on (the
   * reserve is then kept from the headers, and handed back as the window runs).
   */
  effectiveLimit = 1;
  private readonly inFlight: InFlightSizer;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  private admit: (ticket: Ticket) => Promise<void> = async () => undefined;
  /** Paced at the whole budget less JITTER_MARGIN: the headers gave the reset. */
  private resetSeen = false;
  /** The server's current window, by its reset, and how many of its answers were ours. */
  private window: { resetAt: number; ours: number } | undefined;
  /** Requests sent and not yet answered. */
  private sent = 0;
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
    this.families = options.headers ?? STANDARD_RATE_LIMIT_HEADERS;
    this.maxInFlight = Math.max(1, Math.floor(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT));
    this.inFlight = new InFlightSizer({ ratePerMs: 1 / intervalMs, cap: this.maxInFlight });
    this.pace(false);
  }

  /**
   * Where the headers give the reset, paces evenly, in bursts of at most half the margin: a strict
   * window of the whole interval would let a burst of the whole budget through, which then repeats
   * every interval and lands on the server's fixed windows unevenly. Any interval then holds at most
   * effectiveLimit + burst.
   */
  private pace(resetInHeaders: boolean): void {
    const sustained = sustainedShare(this.share, resetInHeaders, this.reserve);
    const margin = resetInHeaders ? Math.min(this.reserve, JITTER_MARGIN) : this.reserve;
    this.effectiveLimit = Math.max(1, Math.floor(this.limit * sustained));
    this.inFlight.ratePerMs = this.effectiveLimit / this.intervalMs;
    // Without a reset in the headers there are no fixed windows to fall on: the whole interval's
    // budget may go at once, as a small run or a sub-budget needs.
    const burst = resetInHeaders ? Math.max(1, Math.floor((this.limit * margin) / 2)) : this.effectiveLimit;
    const throttle = pThrottle({
      limit: burst,
      interval: (this.intervalMs * burst) / this.effectiveLimit,
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
    this.sent += 1;
    let result: T;
    try {
      result = await fn();
    } finally {
      this.sent -= 1;
    }
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
    const read = readRateLimitHeaders(headers, this.families, now);
    if (read.length === 0) return;
    // Two families of one answer count the same budget: the one that gives the reset says more.
    const withReset = read.filter((snapshot) => snapshot.resetAt !== undefined);
    const snapshots = withReset.length > 0 ? withReset : read;
    if (withReset.length > 0 && !this.resetSeen) {
      this.resetSeen = true;
      this.pace(true);
    }
    const othersPerMs = withReset[0] ? this.othersPace(withReset[0], now) : 0;
    let spacing = 0;
    let spacingUntil = 0;
    for (const snapshot of snapshots) {
      const correction = headerCorrection(snapshot, this, now, othersPerMs);
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

  /**
   * How fast others have drawn on the current window: what it has spent less what we sent in it (our
   * answers seen in it and the requests still out), over the time it has run. Nothing is assumed of
   * a window younger than MIN_WINDOW_SAMPLE: a few requests in flight would look like a crowd.
   */
  private othersPace(snapshot: RateLimitSnapshot, now: number): number {
    const resetAt = snapshot.resetAt as number;
    // Resets are given in whole seconds: a new window is one whose reset moved by half an interval.
    if (!this.window || resetAt > this.window.resetAt + this.intervalMs / 2) this.window = { resetAt, ours: 0 };
    this.window.ours += 1;
    const elapsed = this.intervalMs - (resetAt - now);
    if (elapsed < this.intervalMs * MIN_WINDOW_SAMPLE) return 0;
    const spent = (snapshot.limit ?? this.limit) - snapshot.remaining;
    return Math.max(0, spent - this.window.ours - this.sent) / elapsed;
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
