import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/http/rate-limiter.js';
import { ZENDESK_RATE_LIMIT_HEADERS as ZENDESK } from '../../src/platforms/zendesk/rate-limit-headers.js';

const headers = (remaining: number, resetSeconds: number) => new Headers({ 'ratelimit-limit': '100', 'ratelimit-remaining': String(remaining), 'ratelimit-reset': String(resetSeconds) });

describe('the budget others leave (issue 14, item 3)', () => {
  it('paces at the limit less the reserve until the headers give the reset, then at the whole limit less a jitter margin; budget_share only lowers that', () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 60_000 });
    expect(limiter.effectiveLimit).toBe(90);
    limiter.observe(new Headers({ 'ratelimit-limit': '100', 'ratelimit-remaining': '100' }));
    expect(limiter.effectiveLimit, 'no reset: the reserve is kept by pacing').toBe(90);
    limiter.observe(headers(100, 60));
    expect(limiter.effectiveLimit).toBe(98);
    expect(new RateLimiter({ limit: 100, intervalMs: 60_000, reserve: 0.2 }).effectiveLimit).toBe(80);
    const half = new RateLimiter({ limit: 100, intervalMs: 60_000, share: 0.5 });
    half.observe(headers(100, 60));
    expect(half.effectiveLimit).toBe(50);
    expect(new RateLimiter({ limit: 100, intervalMs: 60_000, share: 1, reserve: 0 }).effectiveLimit).toBe(100);
    expect(() => new RateLimiter({ limit: 100, intervalMs: 1000, reserve: 1 })).toThrow(/reserve/);
  });

  it('of two header families in one answer, the one with the reset decides (Zendesk Support sends both)', () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 60_000, headers: ZENDESK });
    const now = Date.now();
    // Alone, 5 left of X-Rate-Limit with no reset would mean a whole window ahead: a pause.
    limiter.observe(new Headers({ 'x-rate-limit': '100', 'x-rate-limit-remaining': '5', 'ratelimit-limit': '100', 'ratelimit-remaining': '5', 'ratelimit-reset': '1' }));
    expect(limiter.pausedUntilMs).toBeLessThan(now);
    expect(limiter.effectiveLimit).toBe(98);
  });

  it('stops at the reserve the headers show, not at zero: what others use comes out of our part', () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 60_000 });
    const now = Date.now();
    // A whole window ahead: the reserve is 10 of 100.
    limiter.observe(headers(11, 60));
    expect(limiter.pausedUntilMs).toBeLessThan(now);
    // Another integration drew the window under the 10 % we leave it: we wait until the reserve,
    // shrinking as the window runs, has come down to the 9 left (6 s of the minute).
    limiter.observe(headers(9, 60));
    expect(limiter.pausedUntilMs).toBeGreaterThanOrEqual(now + 5_000);
    expect(limiter.pausedUntilMs).toBeLessThan(now + 7_000);
  });

  it('a lower budget_share keeps its larger reserve', () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 60_000, share: 0.5 });
    const now = Date.now();
    limiter.observe(headers(50, 30));
    expect(limiter.pausedUntilMs).toBeGreaterThanOrEqual(now + 30_000);
  });
});

describe('requests in flight (issue 14, item 2)', () => {
  it('holds requests beyond what rate × latency needs (before any answer: 4)', async () => {
    const limiter = new RateLimiter({ limit: 1_000_000, intervalMs: 1000 });
    let started = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const all = Promise.all(Array.from({ length: 10 }, () => limiter.schedule(async () => { started += 1; await gate; })));
    // Give the pacing every chance to let more through; the in-flight gate must not.
    await sleep(50);
    expect(started).toBe(limiter.concurrency);
    expect(started).toBe(4);
    release();
    await all;
    expect(started).toBe(10);
  });

  it('an overload halves what is let in', () => {
    const limiter = new RateLimiter({ limit: 1000, intervalMs: 10_000 });
    expect(limiter.concurrency).toBe(4);
    limiter.overloaded();
    expect(limiter.concurrency).toBe(2);
  });
});

describe('others on the budget (issue 14, item 3: backs off with no 429)', () => {
  it('keeps for other integrations what they drew so far in the window, at their pace, until the reset', () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 60_000 });
    const now = Date.now();
    // Half the window gone, 60 spent and only one of them ours: others draw 2 a second, so the 40
    // left are theirs until the reset.
    limiter.observe(headers(40, 30));
    expect(limiter.pausedUntilMs).toBeGreaterThanOrEqual(now + 29_000);
  });

  it('assumes nothing of a window too young to tell', () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 60_000 });
    // 3 s into the window, 20 spent: a crowd or our own requests in flight, too soon to say.
    limiter.observe(headers(80, 57));
    expect(limiter.pausedUntilMs).toBe(0);
  });
});
