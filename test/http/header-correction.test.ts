import { describe, expect, it } from 'vitest';
import { headerCorrection, type BudgetShape } from '../../src/http/header-correction.js';

// Zendesk-like: 100 a minute, the default reserve, paced at 98 by ourselves (one every 612 ms).
const SHAPE: BudgetShape = { limit: 100, intervalMs: 60_000, share: 1, reserve: 0.1, effectiveLimit: 98 };
const NOW = 1_000_000;
const at = (remaining: number, msLeft: number | undefined) => ({ limit: 100, remaining, ...(msLeft === undefined ? {} : { resetAt: NOW + msLeft }) });

describe('the reserve read from the headers', () => {
  it('alone on the budget, a fresh window never slows our own pacing: the reserve is handed back as the window runs', () => {
    expect(headerCorrection(at(100, 60_000), SHAPE, NOW)).toMatchObject({ spacingMs: 0 });
    expect(headerCorrection(at(50, 30_000), SHAPE, NOW)).toMatchObject({ spacingMs: 0 });
    // Near the end the reserve is almost ours: 3 left with 1 s to go is no reason to stop.
    expect(headerCorrection(at(3, 1_000), SHAPE, NOW).pauseUntil).toBeUndefined();
  });

  it('the reserve shrinks with the window: half a window ahead, 5 of 100 are kept', () => {
    expect(headerCorrection(at(6, 30_000), SHAPE, NOW).pauseUntil).toBeUndefined();
    // 4 left, under the 5 kept: wait until the reserve has come down to 4 (6 s later), not the reset.
    expect(headerCorrection(at(4, 30_000), SHAPE, NOW).pauseUntil).toBe(NOW + 6_000);
  });

  it('others drawing on the window: what is usable and what the reserve hands back are spread until the reset', () => {
    // 20 left, 30 s to go: 15 usable now, and 10 a minute handed back → one every 1.5 s.
    expect(headerCorrection(at(20, 30_000), SHAPE, NOW).spacingMs).toBeCloseTo(1_500, 5);
  });

  it('a budget_share under 1 − reserve keeps its whole complement until the reset', () => {
    const half = { ...SHAPE, share: 0.5, effectiveLimit: 50 };
    expect(headerCorrection(at(50, 30_000), half, NOW).pauseUntil).toBe(NOW + 30_000);
    expect(headerCorrection(at(51, 30_000), half, NOW).pauseUntil).toBeUndefined();
  });

  it('no reset in the headers: a whole window is assumed ahead, and the whole reserve is kept', () => {
    const blind = { ...SHAPE, effectiveLimit: 90 };
    expect(headerCorrection(at(10, undefined), blind, NOW).pauseUntil).toBe(NOW + 60_000);
    expect(headerCorrection(at(50, undefined), blind, NOW)).toMatchObject({ spacingMs: 0 });
  });
});
