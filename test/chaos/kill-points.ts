/**
 * Seeded kill points for the SIGKILL chaos tests, and the decider that kills a child run at one. A
 * test names its phases (one of them `startup`), which request belongs to which (`phaseOf`) and their
 * order (`rank`); what a phase is stays in the test, the drawing and counting are here.
 */
import { seededRandom } from '../sim/common/seeded-random.js';
import type { SeenRequest, Verdict } from './kill-switch.js';

export interface KillPoint<Phase extends string> {
  phase: Phase;
  /** Start-up: before the n-th request of the attempt, whatever it is. Else: the n-th request of the phase. */
  at: number;
  how: Verdict;
}

/** Per phase: how many points, and the largest n drawn (kept below what an attempt always has left). */
export type KillPlan<Phase extends string> = [Phase, number, number][];

export function killPoints<Phase extends string>(plan: KillPlan<Phase>, seed: number): KillPoint<Phase>[] {
  const random = seededRandom(seed);
  const points: KillPoint<Phase>[] = [];
  for (const [phase, count, maxN] of plan) {
    for (let i = 0; i < count; i++) {
      const dice = random();
      const how: Verdict = dice < 0.4 ? 'kill-after' : dice < 0.7 ? 'kill-before' : { killAfterMs: Math.floor(random() * 15) };
      const at = 1 + Math.floor(random() * maxN);
      // Start-up ends at the first requests: kill before one (a step of the program, not a moment).
      points.push({ phase, at, how: phase === 'startup' ? 'kill-before' : how });
    }
  }
  return points;
}

export interface Phases<Phase extends string> {
  /** The phase a request belongs to; undefined for lookups that belong to none. */
  phaseOf: (r: SeenRequest) => Phase | undefined;
  /** Phases of a higher rank come later in a run. */
  rank: Record<Phase, number>;
  /** Whether a request of its phase counts towards `at` (default: all do). */
  counted?: (r: SeenRequest) => boolean;
}

/** Kills at the point; if its phase is over in this attempt, at the first request of a later phase. */
export function decider<Phase extends string>(point: KillPoint<Phase>, phases: Phases<Phase>): (r: SeenRequest) => Verdict {
  let seen = 0;
  return (r) => {
    if (point.phase === 'startup') return ++seen === point.at ? point.how : 'pass';
    const phase = phases.phaseOf(r);
    if (!phase) return 'pass';
    const counted = phases.counted ? phases.counted(r) : true;
    if (phase === point.phase && counted && ++seen === point.at) return point.how;
    return phases.rank[phase] > phases.rank[point.phase] ? point.how : 'pass';
  };
}
