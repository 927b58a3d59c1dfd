import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/http/rate-limiter.js';
import { msUntilReset, parseRetryAfter, readRateLimitHeaders } from '../../src/http/rate-limit-headers.js';
import { INTERCOM_RATE_LIMIT_HEADERS as INTERCOM } from '../../src/platforms/intercom/rate-limit-headers.js';
import { ZENDESK_RATE_LIMIT_HEADERS as ZENDESK } from '../../src/platforms/zendesk/rate-limit-headers.js';
import { FRESHDESK_RATE_LIMIT_HEADERS as FRESHDESK } from '../../src/platforms/freshdesk/rate-limit-headers.js';

/** Runs n no-op requests at once through the limiter; returns each start time relative to t0. */
async function burst(limiter: RateLimiter, n: number): Promise<{ elapsed: number; starts: number[] }> {
  const t0 = Date.now();
  const starts = await Promise.all(Array.from({ length: n }, () => limiter.schedule(async () => Date.now() - t0)));
  return { elapsed: Date.now() - t0, starts: starts.sort((a, b) => a - b) };
}

// setTimeout never fires early, but Date.now() and timer rounding can differ by a millisecond or two.
const SLACK = 5;

describe('pacing', () => {
  it('lets `limit` through per interval and no more', async () => {
    const limiter = new RateLimiter({ limit: 5, intervalMs: 200, reserve: 0 });
    const { elapsed, starts } = await burst(limiter, 15);
    // 15 requests at 5 per 200 ms: the last five cannot start before two intervals have passed.
    expect(elapsed).toBeGreaterThanOrEqual(400 - SLACK);
    expect(elapsed).toBeLessThan(1000);
    // No sliding 200 ms window holds more than 5 starts.
    for (let i = 5; i < starts.length; i += 1) expect(starts[i]! - starts[i - 5]!).toBeGreaterThanOrEqual(200 - SLACK);
    expect(limiter.stats.requests).toBe(15);
    expect(limiter.stats.throttled).toBe(10);
  });

  it('once the headers give the reset, paced evenly: no burst of the whole budget', async () => {
    const limiter = new RateLimiter({ limit: 5, intervalMs: 200, reserve: 0 });
    limiter.observe(new Headers({ 'ratelimit-limit': '5', 'ratelimit-remaining': '5', 'ratelimit-reset': '1' }));
    const { starts } = await burst(limiter, 6);
    // One every 40 ms: the i-th cannot start before i × 40 ms (timers never fire early; a start held
    // up by a busy machine only comes later, so this holds under any load).
    for (let i = 1; i < starts.length; i += 1) expect(starts[i]!).toBeGreaterThanOrEqual(i * 40 - SLACK);
  });

  it('share < 1 uses only that fraction of the budget', async () => {
    const full = new RateLimiter({ limit: 10, intervalMs: 200, reserve: 0 });
    const half = new RateLimiter({ limit: 10, intervalMs: 200, reserve: 0, share: 0.5 });
    expect(half.effectiveLimit).toBe(5);
    const [a, b] = await Promise.all([burst(full, 15), burst(half, 15)]);
    expect(a.elapsed).toBeGreaterThanOrEqual(200 - SLACK); // 10 + 5
    expect(b.elapsed).toBeGreaterThanOrEqual(400 - SLACK); // 5 + 5 + 5
    expect(a.elapsed).toBeLessThan(b.elapsed);
    // Hard guarantees whatever the machine's load: at most 10 (full) or 5 (half) start in the first interval.
    expect(a.starts.filter((s) => s < 200 - SLACK).length).toBeLessThanOrEqual(10);
    expect(b.starts.filter((s) => s < 200 - SLACK).length).toBeLessThanOrEqual(5);
  });

  it('rejects nonsense options', () => {
    expect(() => new RateLimiter({ limit: 0, intervalMs: 1000, reserve: 0 })).toThrow(/positive/);
    expect(() => new RateLimiter({ limit: 10, intervalMs: 1000, reserve: 0, share: 0 })).toThrow(/share/);
    expect(() => new RateLimiter({ limit: 10, intervalMs: 1000, reserve: 0, share: 1.5 })).toThrow(/share/);
  });
});

describe('pauseFor', () => {
  it('holds every queued and new request, then paces them again', async () => {
    const limiter = new RateLimiter({ limit: 2, intervalMs: 100, reserve: 0 });
    const t0 = Date.now();
    const queued = burst(limiter, 6); // 2 now, the rest queued in the throttle
    await new Promise((r) => setTimeout(r, 20));
    limiter.pauseFor(300);
    const late = limiter.schedule(async () => Date.now() - t0);
    const { starts } = await queued;
    expect(starts.slice(0, 2).every((s) => s < 150)).toBe(true);
    // Everything that had not started yet waited for the pause to end.
    expect(starts.slice(2).every((s) => s >= 320 - SLACK)).toBe(true);
    expect(await late).toBeGreaterThanOrEqual(320 - SLACK);
    expect(limiter.stats.waitedMs).toBeGreaterThan(4 * 300);
  });

  it('only ever extends a pause', async () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 1000, reserve: 0 });
    limiter.pauseFor(200);
    limiter.pauseFor(10);
    const t0 = Date.now();
    await limiter.schedule(async () => undefined);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(200 - SLACK * 2);
  });
});

describe('reading rate-limit headers', () => {
  const now = Date.parse('2025-03-01T12:00:00Z');

  it('Intercom: X-RateLimit-Limit/Remaining and Reset as unix seconds (against the Date header)', () => {
    const headers = new Headers({
      'X-RateLimit-Limit': '1667',
      'X-RateLimit-Remaining': '12',
      'X-RateLimit-Reset': String(now / 1000 + 7),
      // The server's clock is 3 s behind ours: the reset is 7 s after *its* now.
      Date: new Date(now - 3000).toUTCString(),
    });
    expect(readRateLimitHeaders(headers, INTERCOM, now)).toEqual([{ limit: 1667, remaining: 12, resetAt: now + 10_000 }]);
    expect(msUntilReset(readRateLimitHeaders(headers, INTERCOM, now), now)).toBe(10_000);
    // Not a family the default (IETF) reader knows: the HTTP layer knows no vendor.
    expect(readRateLimitHeaders(headers, undefined, now)).toEqual([]);
  });

  it('Zendesk: X-Rate-Limit/-Remaining and ratelimit-* with reset in seconds from now', () => {
    const headers = new Headers({
      'X-Rate-Limit': '700',
      'X-Rate-Limit-Remaining': '699',
      'ratelimit-limit': '100',
      'ratelimit-remaining': '99',
      'ratelimit-reset': '41',
    });
    expect(readRateLimitHeaders(headers, ZENDESK, now)).toEqual([
      { limit: 700, remaining: 699 },
      { limit: 100, remaining: 99, resetAt: now + 41_000 },
    ]);
  });

  it('Freshdesk: X-Ratelimit-Total/Remaining, no reset', () => {
    const headers = new Headers({ 'X-Ratelimit-Total': '700', 'X-Ratelimit-Remaining': '650', 'X-Ratelimit-Used-CurrentRequest': '1' });
    expect(readRateLimitHeaders(headers, FRESHDESK, now)).toEqual([{ limit: 700, remaining: 650 }]);
    expect(msUntilReset(readRateLimitHeaders(headers, FRESHDESK, now), now)).toBeUndefined();
  });

  it('ignores absent or garbled values', () => {
    expect(readRateLimitHeaders(new Headers({ 'content-type': 'application/json' }), INTERCOM, now)).toEqual([]);
    expect(readRateLimitHeaders(new Headers({ 'x-ratelimit-remaining': 'lots' }), INTERCOM, now)).toEqual([]);
    expect(readRateLimitHeaders(new Headers({ 'x-ratelimit-remaining': '' }), INTERCOM, now)).toEqual([]);
  });

  it('Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(new Date(now + 30_000).toUTCString(), now)).toBe(30_000);
    expect(parseRetryAfter(new Date(now - 30_000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('correction from headers', () => {
  it('Intercom: nothing remaining → everyone waits for X-RateLimit-Reset', async () => {
    const limiter = new RateLimiter({ limit: 1000, intervalMs: 10_000, reserve: 0, headers: INTERCOM });
    const now = Date.now();
    // Date is whole seconds; the reset is one second after it on the server's clock.
    const serverNow = Math.floor(now / 1000) * 1000;
    limiter.observe(
      new Headers({
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(serverNow / 1000 + 1),
        date: new Date(serverNow).toUTCString(),
      }),
    );
    const { elapsed } = await burst(limiter, 3);
    expect(elapsed).toBeGreaterThanOrEqual(1000 - SLACK);
    expect(elapsed).toBeLessThan(1900);
    expect(limiter.stats.throttled).toBe(3);
  });

  it('Zendesk: a low ratelimit-remaining spreads the rest evenly until ratelimit-reset', async () => {
    const limiter = new RateLimiter({ limit: 1000, intervalMs: 1000, reserve: 0 }); // would allow all at once
    limiter.observe(new Headers({ 'ratelimit-limit': '1000', 'ratelimit-remaining': '4', 'ratelimit-reset': '1' }));
    const { starts } = await burst(limiter, 4);
    // 4 left for 1 s: one every 250 ms (slots are claimed from the first: a late timer shortens no later gap).
    for (let i = 1; i < 4; i += 1) expect(starts[i]!).toBeGreaterThanOrEqual(i * 250 - SLACK);
  });

  it('Zendesk: a new window with budget to spare lifts the slowdown', async () => {
    const limiter = new RateLimiter({ limit: 1000, intervalMs: 1000, reserve: 0 });
    limiter.observe(new Headers({ 'ratelimit-limit': '1000', 'ratelimit-remaining': '2', 'ratelimit-reset': '1' }));
    limiter.observe(new Headers({ 'ratelimit-limit': '1000', 'ratelimit-remaining': '1000', 'ratelimit-reset': '1' }));
    const { elapsed } = await burst(limiter, 5);
    expect(elapsed).toBeLessThan(400); // still spaced, this would take 4 × 500 ms
  });

  it('Freshdesk: no reset header → remaining 0 pauses for one interval', async () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 300, reserve: 0, headers: FRESHDESK });
    limiter.observe(new Headers({ 'x-ratelimit-total': '100', 'x-ratelimit-remaining': '0' }));
    const { elapsed } = await burst(limiter, 2);
    expect(elapsed).toBeGreaterThanOrEqual(300 - SLACK);
  });

  it('Freshdesk: plenty remaining and no reset → no slowdown', async () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 300, reserve: 0, headers: FRESHDESK });
    limiter.observe(new Headers({ 'x-ratelimit-total': '100', 'x-ratelimit-remaining': '80' }));
    const { elapsed } = await burst(limiter, 10);
    expect(elapsed).toBeLessThan(250);
  });

  it('share < 1: stops at the reserve left to other integrations, not at zero', async () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 300, reserve: 0, share: 0.5, headers: ZENDESK });
    // 50 left of 100 = exactly the half we leave to others.
    limiter.observe(new Headers({ 'x-rate-limit': '100', 'x-rate-limit-remaining': '50' }));
    const { elapsed } = await burst(limiter, 1);
    expect(elapsed).toBeGreaterThanOrEqual(300 - SLACK);
  });
});
