/**
 * Shared set-up of the Freshdesk connector tests: simulator, connections, mappings and in-process
 * engine runs, with the rate-limit window and retries shrunk so the suite stays fast.
 */
import { join } from 'node:path';
import { parseMapping } from '../../../src/config/load-mapping.js';
import type { Mapping } from '../../../src/config/types.js';
import { migrate } from '../../../src/engine/migrate.js';
import type { RunSummary } from '../../../src/engine/report.js';
import type { Source, Target } from '../../../src/platforms/contracts.js';
import { freshdeskSettings, type FreshdeskConnection } from '../../../src/platforms/freshdesk/index.js';
import { DEFAULT_TUNING, type Tuning } from '../../../src/platforms/freshdesk/settings.js';
import { FreshdeskSource } from '../../../src/platforms/freshdesk/source.js';
import { FreshdeskTarget } from '../../../src/platforms/freshdesk/target.js';
import { silentLogger } from '../../../src/log/logger.js';
import { startFreshdeskSim, type FreshdeskSim, type FreshdeskSimOptions } from '../../sim/freshdesk/index.js';
import { tempDir } from '../../support/workspace.js';

export const TEST_TUNING: Tuning = { ...DEFAULT_TUNING, intervalMs: 1_000, lookupSlackMs: 60_000, http: { baseDelayMs: 2, maxDelayMs: 10, timeoutMs: 5_000 } };

export const FD_ENV = { FD_KEY: 'sim-api-key' };

/** YAML of a Freshdesk connection to a simulator (the key comes from FD_KEY). */
export function freshdeskYaml(sim: FreshdeskSim, extra = ''): string {
  return `  platform: freshdesk\n  base_url: ${sim.url}\n  api_key: \${FD_KEY}\n  plan: '2000'\n  requests_per_minute: 100000\n${extra}`;
}

export const archiveYaml = (dir: string) => `  platform: archive\n  path: ${dir}\n`;
export const UNUSED = '  platform: archive\n  path: /tmp/desk-migrate-unused\n';

export function mapping(source: string, target: string, extra = '', env: NodeJS.ProcessEnv = {}): Mapping {
  return parseMapping(`source:\n${source}target:\n${target}${extra}`, 'migration.yml', { ...FD_ENV, ...env }).mapping;
}

export function freshdeskSource(m: Mapping, side: 'source' | 'target' = 'source', tuning: Tuning = TEST_TUNING): FreshdeskSource {
  return new FreshdeskSource(freshdeskSettings(m[side] as unknown as FreshdeskConnection), tuning);
}

export function freshdeskTarget(m: Mapping, tuning: Tuning = TEST_TUNING): FreshdeskTarget {
  return new FreshdeskTarget(freshdeskSettings(m.target as unknown as FreshdeskConnection), tuning);
}

/** A simulator with budgets far above what a test uses: tests about limits set their own. */
export async function withSim<T>(options: FreshdeskSimOptions, use: (sim: FreshdeskSim) => Promise<T>): Promise<T> {
  const sim = await startFreshdeskSim({ plan: '2000', ...options, rateLimit: { perMinute: 100_000, ticketsList: 100_000, contactsList: 100_000, ticketCreate: 100_000, ticketUpdate: 100_000, ...options.rateLimit } });
  try {
    return await use(sim);
  } finally {
    await sim.close();
  }
}

export interface Run {
  work: string;
  summary: RunSummary;
}

export async function run(m: Mapping, source: Source, target: Target, work = tempDir(), mode: 'full' | 'delta' = 'full'): Promise<Run> {
  try {
    const summary = await migrate({ mode, mapping: m, source, target, stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger });
    return { work, summary };
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

/** Text of an HTML body, for comparing what Freshdesk stored with what was sent. */
export function text(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
