/**
 * Intercom's rate limit: a request budget per fixed window (10,000 per minute spread over 10-second
 * windows on the real service), reported on every authenticated response through `X-RateLimit-Limit`,
 * `X-RateLimit-Remaining` and `X-RateLimit-Reset` (Unix seconds), and enforced with a 429
 * `rate_limit_exceeded` error.list once the window's budget is spent.
 */
export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
  /** Wall clock in milliseconds (tests can drive it). */
  clockMs?: () => number;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds at which the budget refills. */
  reset: number;
}

export class RateLimiter {
  private limit: number;
  private windowMs: number;
  private readonly clockMs: () => number;
  private windowStart = -1;
  private used = 0;
  /** Requests refused with 429 so far (for tests and benchmarks). */
  rejected = 0;

  constructor(options: RateLimitOptions) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.clockMs = options.clockMs ?? Date.now;
  }

  configure(limit: number, windowMs: number): void {
    this.limit = limit;
    this.windowMs = windowMs;
    this.windowStart = -1;
    this.used = 0;
  }

  /** Counts one request and says whether it may proceed. Windows are aligned on the clock, like 10-second windows. */
  take(): RateLimitDecision {
    const now = this.clockMs();
    const start = Math.floor(now / this.windowMs) * this.windowMs;
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.used = 0;
    }
    const reset = Math.ceil((start + this.windowMs) / 1000);
    if (this.used >= this.limit) {
      this.rejected++;
      return { allowed: false, limit: this.limit, remaining: 0, reset };
    }
    this.used++;
    return { allowed: true, limit: this.limit, remaining: this.limit - this.used, reset };
  }

  headers(decision: RateLimitDecision): Record<string, string> {
    return {
      'x-ratelimit-limit': String(decision.limit),
      'x-ratelimit-remaining': String(decision.remaining),
      'x-ratelimit-reset': String(decision.reset),
    };
  }

  /** The real message reads "Exceeded rate limit of 167 in 10_seconds". */
  message(): string {
    const seconds = this.windowMs / 1000;
    const unit = Number.isInteger(seconds) ? `${seconds}_seconds` : `${this.windowMs}_milliseconds`;
    return `Exceeded rate limit of ${this.limit} in ${unit}`;
  }
}
