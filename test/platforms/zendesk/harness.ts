/**
 * Shared set-up of the Zendesk connector tests: simulators, connections, mappings and in-process runs
 * of the engine, with job polls shrunk and time compressed so the suite stays fast: a rate-limit
 * "minute" lasts one second on both sides (the simulator's windows, TEST_TUNING.intervalMs), and both
 * keep the real budgets of that minute (Suite Professional: 400 requests, 10 incremental exports; 30
 * updates per ticket per ten such minutes). The connector paces itself to them and meets the 429s a
 * window misaligned with the simulator's brings, as on the real service, sixty times faster.
 */
import { join } from 'node:path';
import { parseMapping } from '../../../src/config/load-mapping.js';
import type { Mapping } from '../../../src/config/types.js';
import { migrate } from '../../../src/engine/migrate.js';
import { verify } from '../../../src/engine/verify.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { silentLogger } from '../../../src/log/logger.js';
import type { RunSummary } from '../../../src/engine/report.js';
import type { Source, Target } from '../../../src/platforms/contracts.js';
import { zendeskSettings, type ZendeskConnection } from '../../../src/platforms/zendesk/index.js';
import { DEFAULT_TUNING, type Tuning, type ZendeskSettings } from '../../../src/platforms/zendesk/settings.js';
import { ZendeskSource } from '../../../src/platforms/zendesk/source.js';
import { ZendeskTarget } from '../../../src/platforms/zendesk/target.js';
import type { Logger } from '../../../src/log/logger.js';
import { startZendeskSim, type ZendeskSim, type ZendeskSimOptions } from '../../sim/zendesk/index.js';
import { tempDir } from '../../support/workspace.js';

/** The archive's agents exist in Zendesk: agents are matched by email, never created. */
export function seedAgents(sim: ZendeskSim, count: number): Map<string, number> {
  const emails = Array.from({ length: count }, (_, i) => `agent${i + 1}@helpdesk.test`);
  const { users } = sim.seed({ users: emails.map((email, i) => ({ name: `Agent ${i + 1}`, email, role: 'agent' as const })) });
  return new Map(emails.map((e, i) => [e, users[i] as number]));
}

export const TEST_TUNING: Tuning = {
  ...DEFAULT_TUNING,
  intervalMs: 1_000,
  incrementalPerWindow: 10,
  pollIntervalMs: 2,
  maxPollIntervalMs: 10,
  maxJobWaitMs: 5_000,
  http: { baseDelayMs: 2, maxDelayMs: 10, timeoutMs: 5_000 },
};

export const TOKEN_ENV = { ZD_TOKEN: 'sim-api-token' };

export interface Recorder extends Logger {
  lines: string[];
}

export function recorder(): Recorder {
  const lines: string[] = [];
  const push = (level: string) => (m: string) => void lines.push(`${level}: ${m}`);
  return { lines, debug: () => {}, info: push('info'), warn: push('warn'), error: push('error') };
}

/** The plan's limit (Suite Professional), as a user would configure it. */
export const REQUESTS_PER_MINUTE = 'requests_per_minute: 400';

/** YAML of a Zendesk connection to a simulator (the token comes from ZD_TOKEN). */
export function zendeskYaml(sim: ZendeskSim, extra = ''): string {
  return `  platform: zendesk\n  base_url: ${sim.url}\n  email: ${sim.options.email}\n  token: \${ZD_TOKEN}\n  ${REQUESTS_PER_MINUTE}\n${extra}`;
}

export function archiveYaml(dir: string): string {
  return `  platform: archive\n  path: ${dir}\n`;
}

export function mapping(source: string, target: string, extra = '', env: NodeJS.ProcessEnv = TOKEN_ENV): Mapping {
  return parseMapping(`source:\n${source}target:\n${target}${extra}`, 'migration.yml', { ...TOKEN_ENV, ...env }).mapping;
}

export function settingsOf(m: Mapping, side: 'source' | 'target'): ZendeskSettings {
  return zendeskSettings(m[side] as unknown as ZendeskConnection);
}

export function zendeskSource(m: Mapping, tuning: Tuning = TEST_TUNING): ZendeskSource {
  return new ZendeskSource(settingsOf(m, 'source'), tuning);
}

export function zendeskTarget(m: Mapping, tuning: Tuning = TEST_TUNING): ZendeskTarget {
  return new ZendeskTarget(settingsOf(m, 'target'), tuning);
}

/** The simulator's windows at the connector's compressed pace (see the header); budgets stay real. */
const COMPRESSED_TIME = { windowMs: TEST_TUNING.intervalMs, ticketUpdateWindowMs: 10 * TEST_TUNING.intervalMs };

export async function withSim<T>(options: ZendeskSimOptions, use: (sim: ZendeskSim) => Promise<T>): Promise<T> {
  const sim = await startZendeskSim({ ...options, rateLimit: { ...COMPRESSED_TIME, ...options.rateLimit } });
  try {
    return await use(sim);
  } finally {
    await sim.close();
  }
}

export interface Run {
  work: string;
  summary: RunSummary;
  log: Recorder;
}

/** One engine run in `work` (state and reports there), closing both sides afterwards. */
export async function run(m: Mapping, source: Source, target: Target, work = tempDir(), log = recorder()): Promise<Run> {
  try {
    const summary = await migrate({ mode: 'full', mapping: m, source, target, stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log });
    return { work, summary, log };
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Text of an HTML body, for comparing what Zendesk rendered with what was sent. */
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

/** `verify` of an archive → Zendesk migration made in `work` (its state folder), reports in `work/<reports>`. */
export function verifyArchiveInZendesk(m: Mapping, sim: ZendeskSim, source: string, work: string, reports: string): Promise<RunSummary> {
  return verify({
    mapping: m,
    source: new ArchiveSource(source),
    target: zendeskTarget(m),
    targetReader: zendeskSource(mapping(zendeskYaml(sim), archiveYaml(join(work, 'unused')))),
    stateDir: join(work, 'state'),
    reportsDir: join(work, reports),
    log: silentLogger,
  });
}
