/**
 * Each mode's own terms for the three outcomes, its report files and the Action outputs that count
 * them: a check migrates nothing (it says what will happen), a verify compares. Every place that
 * reports a run (logs, outputs, summary.md, the job summary, the PR comment) takes its words here.
 */
export interface ModeWords {
  /** How the three outcomes read after a number: "116 migrated", "116 will migrate", "116 match". */
  outcome: { migrated: string; failed: string; skipped: string };
  /** The per-record files, by outcome. */
  files: { migrated: string; failed: string; skipped: string };
  /** Files besides those and summary.json/summary.md. */
  extraFiles: readonly string[];
  /** The Action outputs that carry the three counts. */
  outputs: { migrated: string; failed: string; skipped: string };
  /** Heading of the per-entity list of failed rows. */
  failedList: string;
}

const MIGRATING: ModeWords = {
  outcome: { migrated: 'migrated', failed: 'failed', skipped: 'skipped' },
  files: { migrated: 'migrated.csv', failed: 'failed.csv', skipped: 'skipped.csv' },
  extraFiles: [],
  outputs: { migrated: 'migrated', failed: 'failed', skipped: 'skipped' },
  failedList: 'Failed',
};

const CHECK: ModeWords = {
  outcome: { migrated: 'will migrate', failed: 'will fail', skipped: 'will be skipped' },
  files: { migrated: 'will-migrate.csv', failed: 'will-fail.csv', skipped: 'will-skip.csv' },
  extraFiles: [],
  outputs: { migrated: 'will-migrate', failed: 'will-fail', skipped: 'will-skip' },
  failedList: 'Will fail:',
};

const VERIFY: ModeWords = {
  outcome: { migrated: 'match', failed: 'differ', skipped: 'not compared' },
  files: { migrated: 'matched.csv', failed: 'mismatched.csv', skipped: 'not-compared.csv' },
  extraFiles: ['mismatches.csv', 'lost-values.csv'],
  outputs: { migrated: 'matched', failed: 'mismatched', skipped: 'not-compared' },
  failedList: 'Differ:',
};

export function modeWords(mode: string): ModeWords {
  return mode === 'check' ? CHECK : mode === 'verify' ? VERIFY : MIGRATING;
}

/** Every output name any mode sets (action.yml declares them all). */
export const COUNT_OUTPUTS: readonly string[] = [MIGRATING, CHECK, VERIFY].flatMap((w) => Object.values(w.outputs));

/** "4 migrated, 0 failed, 1 skipped" in the mode's words. */
export function countsText(words: ModeWords, counts: { migrated: number; failed: number; skipped: number }): string {
  return `${counts.migrated} ${words.outcome.migrated}, ${counts.failed} ${words.outcome.failed}, ${counts.skipped} ${words.outcome.skipped}`;
}
