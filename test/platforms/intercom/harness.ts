/** Runs the engine in-process between the Intercom simulator and an archive folder. */
import { join } from 'node:path';
import { parseMapping } from '../../../src/config/load-mapping.js';
import type { Mapping } from '../../../src/config/types.js';
import { migrate } from '../../../src/engine/migrate.js';
import type { RunSummary } from '../../../src/engine/report.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../../src/platforms/archive/target.js';
import type { Source, Target } from '../../../src/platforms/contracts.js';
import type { ProgressSink } from '../../../src/engine/progress.js';
import type { EntityName } from '../../../src/model/entities.js';
import type { IntercomConnection, IntercomTuning } from '../../../src/platforms/intercom/connection.js';
import { IntercomSource } from '../../../src/platforms/intercom/source.js';
import { IntercomTarget } from '../../../src/platforms/intercom/target.js';
import { silentLogger } from '../../../src/log/logger.js';
import { readCsv } from '../../support/workspace.js';
import type { IntercomSim } from '../../sim/intercom/index.js';

export const TOKEN = 'test-token';

/** Quick retries: the simulator answers at once. */
export const TUNING: IntercomTuning = { http: { baseDelayMs: 5, maxDelayMs: 40 }, scrollPollMs: 20, scrollWaitMs: 3_000 };

/** An intercom connection block pointing at a simulator; no artificial pacing beyond the sim's own limit. */
export function intercomBlock(sim: IntercomSim, extra = ''): string {
  return `  platform: intercom\n  token: \${INTERCOM_TOKEN}\n  base_url: ${sim.url}\n  requests_per_minute: 600000\n${extra}`;
}

export function mappingFor(source: string, target: string, extra = ''): Mapping {
  return parseMapping(`source:\n${source}target:\n${target}${extra}`, 'migration.yml', { INTERCOM_TOKEN: TOKEN }).mapping;
}

export const archiveBlock = (dir: string) => `  platform: archive\n  path: ${dir}\n`;

export function intercomSource(mapping: Mapping, tuning = TUNING): IntercomSource {
  return new IntercomSource(mapping.source as IntercomConnection, silentLogger, tuning);
}

export function intercomTarget(mapping: Mapping, tuning = TUNING): IntercomTarget {
  return new IntercomTarget(mapping.target as IntercomConnection, silentLogger, tuning);
}

export async function run(work: string, mapping: Mapping, source: Source, target: Target, progress?: ProgressSink): Promise<RunSummary> {
  try {
    return await migrate({ mode: 'full', mapping, source, target, stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger, ...(progress ? { progress } : {}) });
  } finally {
    await source.close();
    await target.close();
  }
}

export async function intercomToArchive(work: string, sim: IntercomSim, archiveDir: string, extra = '', progress?: ProgressSink): Promise<RunSummary> {
  const mapping = mappingFor(intercomBlock(sim), archiveBlock(archiveDir), extra);
  return run(work, mapping, intercomSource(mapping), new ArchiveTarget(archiveDir), progress);
}

export async function archiveToIntercom(work: string, archiveDir: string, sim: IntercomSim, extra = '', tuning = TUNING, progress?: ProgressSink): Promise<RunSummary> {
  const mapping = mappingFor(archiveBlock(archiveDir), intercomBlock(sim), extra);
  return run(work, mapping, new ArchiveSource(archiveDir, 50), intercomTarget(mapping, tuning), progress);
}

/** Counts the simulator's requests while each entity is migrated. */
export function requestsPerEntity(sim: IntercomSim): { progress: ProgressSink; requests: Map<EntityName, { route: string | undefined; path: string }[]> } {
  const requests = new Map<EntityName, { route: string | undefined; path: string }[]>();
  const started = new Map<EntityName, number>();
  return {
    requests,
    progress: {
      entityStarted: (entity) => void started.set(entity, sim.requests.length),
      recordsSettled: () => {},
      entityFinished: (entity) => void requests.set(entity, sim.requests.slice(started.get(entity) ?? 0).map((r) => ({ route: r.route, path: r.path }))),
    },
  };
}

/** Report rows of one run: entity → source id → target id (migrated) or [reason, message]. */
export function reportRows(work: string): { migrated: Map<string, string>; failed: string[][]; skipped: string[][] } {
  const migrated = new Map(readCsv(join(work, 'reports', 'migrated.csv')).map((r) => [`${r[0]}:${r[1]}`, r[2] ?? '']));
  return { migrated, failed: readCsv(join(work, 'reports', 'failed.csv')), skipped: readCsv(join(work, 'reports', 'skipped.csv')) };
}

/** Requests that change something (everything but reads and searches). */
export function writeRequests(sim: IntercomSim, from = 0): string[] {
  return sim.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !/\/search$/.test(r.path))
    .map((r) => `${r.method} ${r.path}`);
}
