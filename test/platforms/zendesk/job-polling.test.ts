import { describe, expect, it } from 'vitest';
import { nextPollPause } from '../../../src/platforms/zendesk/job-status.js';
import { DEFAULT_TUNING } from '../../../src/platforms/zendesk/settings.js';

describe('job status polls', () => {
  const tuning = { pollIntervalMs: 250, maxPollIntervalMs: 10_000 };

  it('the first comes soon: a small job is done in a moment', () => {
    expect(DEFAULT_TUNING.pollIntervalMs).toBeLessThanOrEqual(250);
  });

  it('a job that reports progress is polled when, at its pace so far, it should be done', () => {
    // 25 of 100 in 2 s: 75 more take 6 s.
    expect(nextPollPause(250, { total: 100, progress: 25 }, 2_000, tuning)).toBe(6_000);
    // Nearly done: soon, but not sooner than the floor.
    expect(nextPollPause(250, { total: 100, progress: 99 }, 2_000, tuning)).toBe(250);
    // Slow: never longer than the ceiling.
    expect(nextPollPause(250, { total: 100, progress: 1 }, 2_000, tuning)).toBe(10_000);
  });

  it('one that says nothing yet is polled at a growing pause', () => {
    expect(nextPollPause(250, { total: 100, progress: null }, 250, tuning)).toBe(375);
    expect(nextPollPause(8_000, { total: 100 }, 20_000, tuning)).toBe(10_000);
  });
});
