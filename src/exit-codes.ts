/** Exit codes of the CLI, documented in the README. */
export const EXIT = {
  /** The run is complete and no record failed. */
  ok: 0,
  /** Something unexpected stopped the run (see the message); the checkpoint is kept. */
  error: 1,
  /** The command line or the mapping file is wrong; nothing was written. */
  usage: 2,
  /** The run is complete but some records failed: see failed.csv. */
  failedRecords: 3,
  /** The run stopped early (time budget, signal) with its checkpoint saved: run it again to continue. */
  partial: 4,
  /** Another run holds the state folder (its lock): nothing was done. Wait for it, or use another --state. */
  locked: 5,
} as const;
