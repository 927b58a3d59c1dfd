import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/http/rate-limiter.js';

const headers = (remaining: number, resetSeconds: number) => new Headers({ 'ratelimit-limit': '100', 'ratelimit-remaining': String(remaining), 'ratelimit-reset': String(resetSeconds) });

describe('the budget others leave (issue 14, item 3)', () => {
  it('paces at the limit less the reserve, and budget_share only lowers that', () => {
    expect(new RateLimiter({ limit: 100, intervalMs: 60_000 }).effectiveLimit).toBe(90);
    expect(new RateLimiter({ limit: 100, intervalMs: 60_000, reserve: 0.2 }).effectiveLimit).toBe(80);
    expect(new RateLimiter({ limit: 100, intervalMs: 60_000, share: 0.5 }).effectiveLimit).toBe(50);
    expect(new RateLimiter({ limit: 100, intervalMs: 60_000, share: 1, reserve: 0 }).effectiveLimit).toBe(100);
    expect(() => new RateLimiter({ limit: 100, intervalMs: 1000, reserve: 1 })).toThrow(/reserve/);
  });

  it('stops at the reserve the headers show, not at zero: what others use comes out of our part', () => {
    const limiter = new RateLimiter({ limit: 100, intervalMs: 60_000 });
    const now = Date.now();
    limiter.observe(headers(11, 30));
    expect(limiter.pausedUntilMs).toBeLessThan(now);
    // Another integration drew the window down to the 10 % we leave it: we wait for the reset.
    limiter.observe(headers(10, 30));
    expect(limiter.pausedUntilMs).toBeGreaterThanOrEqual(now + 30_000);
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
