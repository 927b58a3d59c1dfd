import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('a background consumer on the account (rateLimit.backgroundShare)', () => {
  it('draws its share of each window evenly: the headers show it, and it leaves the rest', () => {
    let now = 600_000; // the start of a window
    const limiter = new RateLimiter({ supportPerMinute: 100, windowMs: 60_000, backgroundShare: 0.3 }, () => now);
    expect(limiter.take('support').state.remaining).toBe(99);
    now += 30_000; // half the window: the other integration has used 15
    expect(limiter.take('support').state.remaining).toBe(100 - 15 - 2);
    now += 29_999;
    let ours = 2;
    while (limiter.take('support').allowed) ours += 1;
    expect(ours).toBe(100 - 29);
    // The next window starts fresh for both.
    now += 1;
    expect(limiter.take('support').state.remaining).toBe(99);
    expect(limiter.take('incremental').state.remaining).toBe(9);
  });

  it('is off by default', () => {
    const limiter = new RateLimiter({ supportPerMinute: 100, windowMs: 60_000 }, () => 659_999);
    expect(limiter.take('support').state.remaining).toBe(99);
  });
});
