/**
 * What one response's rate-limit headers ask of our pace: nothing, an even spacing until the window
 * resets, or a pause. Pure, so the arithmetic of the reserve can be tested without waiting windows.
 *
 * The reserve is the part of a window left to the customer's other integrations. With a known reset
 * it shrinks as the window runs (reserve × the share of the window still ahead): at any moment
 * another integration finds its share of the time left free, and a reserve nobody claimed is ours by
 * the window's end instead of lost. When others draw on the budget, `remaining` falls faster than
 * our own requests explain and the spacing leaves them what they use.
 */
import type { RateLimitSnapshot } from './rate-limit-headers.js';

export interface BudgetShape {
  /** Requests per interval the platform allows, when the headers do not say. */
  limit: number;
  intervalMs: number;
  /** Upper bound on the share of the budget we use: its complement is never ours. */
  share: number;
  /** Share of each window left to other integrations. */
  reserve: number;
  /** Requests per interval we pace at by ourselves. */
  effectiveLimit: number;
}

export interface Correction {
  /** Every request waits until then. */
  pauseUntil?: number;
  /** Ms between request starts until `until` (0: our own pacing is slow enough). */
  spacingMs: number;
  until: number;
}

/**
 * When the headers give no reset time we assume a whole window is still ahead, which is pessimistic;
 * so we only slow down once the usable remainder falls under this share of the budget.
 */
const LOW_WATER_SHARE = 0.1;

/**
 * `othersPerMs`: the pace at which other integrations have drawn on this window so far (the limiter
 * measures it): what they will need until the reset is kept for them, on top of the reserve.
 */
export function headerCorrection(snapshot: RateLimitSnapshot, shape: BudgetShape, now: number, othersPerMs = 0): Correction {
  const budget = snapshot.limit ?? shape.limit;
  const resetKnown = snapshot.resetAt !== undefined;
  // Unknown reset: assume a whole window ahead. Known: trust it, within reason (a misread header
  // must not freeze the migration for hours).
  const horizon = Math.max(shape.intervalMs, 60_000) * 2;
  const until = Math.min(snapshot.resetAt ?? now + shape.intervalMs, now + horizon);
  const msLeft = until - now;
  if (msLeft <= 0) return { spacingMs: 0, until };
  // A budget_share below 1 − reserve keeps its whole complement, as an upper bound on our use must.
  const capped = Math.floor(budget * (1 - shape.share));
  const shrinks = resetKnown && msLeft <= shape.intervalMs;
  const shrinking = budget * shape.reserve * (shrinks ? msLeft / shape.intervalMs : 1);
  const reserve = Math.max(shrinking, capped);
  // Requests per ms the shrinking reserve hands back as the window runs (none for a fixed one).
  const freeing = shrinks && shrinking >= capped ? (budget * shape.reserve) / shape.intervalMs : 0;
  const othersNeed = resetKnown ? othersPerMs * msLeft : 0;
  const usable = snapshot.remaining - othersNeed - reserve;
  if (usable <= 0) {
    // Wait until the shrinking reserve has come down to what remains once others had theirs (the
    // reset at the latest).
    const spare = Math.max(0, snapshot.remaining - othersNeed);
    return { pauseUntil: freeing > 0 ? Math.max(now, until - spare / freeing) : until, spacingMs: 0, until };
  }
  if (!resetKnown && usable > Math.ceil(budget * LOW_WATER_SHARE)) return { spacingMs: 0, until };
  // Spread what is usable now, and what the reserve hands back, evenly until the reset; only
  // matters when slower than our own pacing.
  const spacingMs = 1 / (usable / msLeft + freeing);
  return { spacingMs: spacingMs > shape.intervalMs / shape.effectiveLimit ? spacingMs : 0, until };
}
