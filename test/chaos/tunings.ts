/**
 * Quick retries and job polls for chaos runs against the simulators, handed to `run()` as its
 * per-platform tunings (RunRequest.tunings): the registry builds every platform as in production,
 * with only these knobs changed. No vitest import here: the child-process entry loads this module too.
 */
import type { IntercomTuning } from '../../src/platforms/intercom/connection.js';
import { DEFAULT_TUNING, type Tuning } from '../../src/platforms/zendesk/settings.js';

/** The simulators answer at once: back off for milliseconds, not seconds. */
const HTTP = { baseDelayMs: 2, maxDelayMs: 20, timeoutMs: 5_000 };

export const ZENDESK_TUNING: Tuning = {
  ...DEFAULT_TUNING,
  intervalMs: 1_000,
  incrementalPerWindow: 1_000,
  pollIntervalMs: 2,
  maxPollIntervalMs: 10,
  maxJobWaitMs: 5_000,
  http: HTTP,
};

/** A killed run leaves its company scroll open: the simulator expires it fast, the source polls fast. */
export const INTERCOM_TUNING: IntercomTuning = { http: HTTP, scrollPollMs: 20, scrollWaitMs: 5_000 };

/** What a chaos `run()` passes as `tunings`; the mapping's request timeout and the stop signal still apply. */
export const CHAOS_TUNINGS = { intercom: INTERCOM_TUNING, zendesk: ZENDESK_TUNING };
