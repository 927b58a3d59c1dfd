/**
 * Quick retries and job polls for chaos runs against the simulators, and a way to make the registry's
 * platforms use them. No vitest import here: the child-process entry loads this module too.
 */
import type { PlatformContext } from '../../src/platforms/descriptor.js';
import { intercomPlatform } from '../../src/platforms/intercom/index.js';
import type { IntercomConnection, IntercomTuning } from '../../src/platforms/intercom/connection.js';
import { IntercomSource } from '../../src/platforms/intercom/source.js';
import { IntercomTarget } from '../../src/platforms/intercom/target.js';
import { zendeskPlatform, zendeskSettings } from '../../src/platforms/zendesk/index.js';
import { DEFAULT_TUNING, type Tuning } from '../../src/platforms/zendesk/settings.js';
import { ZendeskSource } from '../../src/platforms/zendesk/source.js';
import { ZendeskTarget } from '../../src/platforms/zendesk/target.js';

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

/**
 * The registry builds platforms with production tunings (1 s job polls, 10 s scroll polls, 500 ms
 * backoff). A chaos run goes through the same registry and `run()`, with only these knobs changed.
 */
export function useChaosTunings(): void {
  // What the mapping and the run set (request timeout, stop signal) still applies.
  const intercom = (context: PlatformContext): IntercomTuning => ({ ...INTERCOM_TUNING, http: { ...HTTP, ...context.http } });
  const zendesk = (context: PlatformContext): Tuning => ({ ...ZENDESK_TUNING, http: { ...HTTP, ...context.http } });
  intercomPlatform.createSource = (c: IntercomConnection, context) => new IntercomSource(c, context.log, intercom(context));
  intercomPlatform.createTarget = (c: IntercomConnection, context) => new IntercomTarget(c, context.log, intercom(context));
  zendeskPlatform.createSource = (c, context) => new ZendeskSource(withSecrets(zendeskSettings(c), context.secret), zendesk(context));
  zendeskPlatform.createTarget = (c, context) => new ZendeskTarget(withSecrets(zendeskSettings(c), context.secret), zendesk(context));
}

function withSecrets<S extends { authorization: string }>(settings: S, secret: ((value: string) => void) | undefined): S {
  secret?.(settings.authorization);
  return settings;
}
