/**
 * Intercom → Freshdesk for the chaos tests: the mapping (budgets the simulators never exhaust) and the
 * Freshdesk tuning (quick retries, a one-second rate-limit window). No vitest import here: the
 * child-process entry (run-migration.ts, CHAOS_TARGET=freshdesk) loads this module too.
 */
import { DEFAULT_TUNING, type Tuning } from '../../src/platforms/freshdesk/settings.js';

export const FD_KEY = 'sim-api-key';

export function freshdeskChaosMappingYaml(intercomUrl: string, freshdeskUrl: string, batchSize: number): string {
  return [
    'source:',
    '  platform: intercom',
    '  token: ${INTERCOM_TOKEN}',
    `  base_url: ${intercomUrl}`,
    '  requests_per_minute: 600000',
    'target:',
    '  platform: freshdesk',
    `  base_url: ${freshdeskUrl}`,
    '  api_key: ${FD_KEY}',
    "  plan: '2000'",
    '  requests_per_minute: 100000',
    'options:',
    '  tag: from_intercom',
    `  batch_size: ${batchSize}`,
    '',
  ].join('\n');
}

/**
 * The simulators answer at once: back off for milliseconds. A lost answer is looked up in the tickets
 * updated since a minute before the write (the simulator's clock is this machine's).
 */
export const FRESHDESK_TUNING: Tuning = { ...DEFAULT_TUNING, intervalMs: 1_000, lookupSlackMs: 60_000, http: { baseDelayMs: 2, maxDelayMs: 20, timeoutMs: 5_000 } };
