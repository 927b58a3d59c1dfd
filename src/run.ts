/**
 * The one function both entries call: load the mapping, open both platforms, run the mode, close
 * everything, and return the summary. The runtime (CLI or Action) decides where state, reports,
 * logs and progress go.
 */
import { loadMappingFile, type LoadedMapping } from './config/load-mapping.js';
import { MappingError } from './config/mapping-error.js';
import { check } from './engine/check.js';
import type { StateIdentity } from './engine/checkpoint.js';
import { errorMessage, summaryOf, withSummary } from './engine/failure-summary.js';
import { migrate } from './engine/migrate.js';
import { writeReports } from './engine/report.js';
import { prepareFolder } from './engine/run-folders.js';
import { lockStateFolder } from './engine/state-lock.js';
import { verify } from './engine/verify.js';
import type { ProgressSink } from './engine/progress.js';
import type { RunSummary } from './engine/report.js';
import type { Shard } from './engine/shard.js';
import type { PlatformContext } from './platforms/descriptor.js';
import { findPlatform } from './platforms/registry.js';
import type { Logger } from './log/logger.js';

export const MODES = ['check', 'demo', 'full', 'delta', 'verify'] as const;
export type Mode = (typeof MODES)[number];

export interface RunRequest {
  configFile: string;
  mode: Mode;
  stateDir: string;
  reportsDir: string;
  log: Logger;
  progress?: ProgressSink;
  env?: NodeJS.ProcessEnv;
  timeBudgetMs?: number;
  signal?: AbortSignal;
  shard?: Shard;
  /** verify: compare at most this many records per entity (a seeded sample). */
  sample?: number;
  /** Called with the credentials as soon as they are read, before anything is logged. */
  onSecrets?: (secrets: string[]) => void;
  /** How messages name the state and reports folders (the CLI: `--state`, `--reports`). */
  folderNames?: { state: string; reports: string };
  /** The mapping, when the caller loaded it already (the Action checks it before touching the cache). */
  loaded?: LoadedMapping;
  /** Tuning overrides by platform name (tests against the simulators); see PlatformContext.tunings. */
  tunings?: PlatformContext['tunings'];
}

/**
 * Runs the mode. Once the mapping is loaded, every run writes its reports, a failed one too (the
 * outcomes up to the error, and the error); the error is rethrown carrying that summary (summaryOf).
 */
export async function run(request: RunRequest): Promise<RunSummary> {
  // The loader hands the environment's values to onSecrets before it validates anything.
  const loaded = request.loaded ?? (await loadMappingFile(request.configFile, request.env, request.onSecrets ? { onSecrets: request.onSecrets } : {}));
  const names = request.folderNames ?? { state: 'The state folder', reports: 'The reports folder' };
  prepareFolder(request.reportsDir, names.reports);
  const startedAt = new Date().toISOString();
  try {
    // check neither reads nor writes the state.
    if (request.mode !== 'check') prepareFolder(request.stateDir, names.state);
    const lock = request.mode === 'check' ? undefined : lockStateFolder(request.stateDir, request.log);
    try {
      return await runMode(request, loaded);
    } finally {
      lock?.release();
    }
  } catch (error) {
    if (summaryOf(error)) throw error;
    throw withSummary(error, failedRunReports(request, loaded, startedAt, error));
  }
}

/** The reports of a run stopped before its mode wrote any: no outcomes, the error. */
function failedRunReports(request: RunRequest, loaded: LoadedMapping, startedAt: string, error: unknown): RunSummary {
  return writeReports(request.reportsDir, [], {
    runId: `${request.mode}-${startedAt.replace(/[-:.]/g, '')}`,
    mode: request.mode,
    source: String(loaded.mapping.source.platform),
    target: String(loaded.mapping.target.platform),
    startedAt,
    finishedAt: new Date().toISOString(),
    complete: false,
    error: errorMessage(error),
    notes: [],
  });
}

async function runMode(request: RunRequest, loaded: LoadedMapping): Promise<RunSummary> {
  const context: PlatformContext = {
    log: request.log,
    baseDir: loaded.baseDir,
    secret: (value) => request.onSecrets?.([value]),
    http: { timeoutMs: loaded.mapping.options.request_timeout_seconds * 1000, ...(request.signal ? { signal: request.signal } : {}) },
    ...(request.tunings ? { tunings: request.tunings } : {}),
  };
  const identity = identityOf(loaded, context);
  const { source, target } = openPlatforms(loaded, context);
  try {
    if (request.mode === 'verify') {
      const targetReader = openTargetReader(loaded, context);
      try {
        return await verify({
          mapping: loaded.mapping,
          source,
          target,
          targetReader,
          stateDir: request.stateDir,
          reportsDir: request.reportsDir,
          log: request.log,
          identity,
          ...(request.progress ? { progress: request.progress } : {}),
          ...(request.sample !== undefined ? { sample: request.sample } : {}),
        });
      } finally {
        await targetReader.close();
      }
    }
    if (request.mode === 'check') {
      return await check({ mapping: loaded.mapping, source, target, reportsDir: request.reportsDir, log: request.log, ...(request.progress ? { progress: request.progress } : {}) });
    }
    return await migrate({
      mode: request.mode,
      mapping: loaded.mapping,
      source,
      target,
      stateDir: request.stateDir,
      reportsDir: request.reportsDir,
      log: request.log,
      identity,
      ...(request.progress ? { progress: request.progress } : {}),
      ...(request.timeBudgetMs !== undefined ? { timeBudgetMs: request.timeBudgetMs } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.shard ? { shard: request.shard } : {}),
    });
  } finally {
    await Promise.allSettled([source.close(), target.close()]);
  }
}

/** Which source and target this mapping reaches, as the state folder records them. */
function identityOf(loaded: LoadedMapping, context: PlatformContext): StateIdentity {
  const side = (connection: Record<string, unknown>) => {
    const platform = findPlatform(String(connection.platform));
    return `${String(connection.platform)}:${platform ? platform.identity(connection as never, context) : ''}`;
  };
  return { source: side(loaded.mapping.source), target: side(loaded.mapping.target) };
}

/** verify reads the target through its platform's source side. */
function openTargetReader(loaded: LoadedMapping, context: PlatformContext) {
  const platform = findPlatform(String(loaded.mapping.target.platform));
  if (!platform?.createSource) {
    throw new MappingError([{ file: loaded.file, message: `verify reads the target back, and ${platform?.title ?? 'this platform'} cannot be read yet` }]);
  }
  return platform.createSource(loaded.mapping.target as never, context);
}

function openPlatforms(loaded: LoadedMapping, context: PlatformContext) {
  const sourcePlatform = findPlatform(String(loaded.mapping.source.platform));
  const targetPlatform = findPlatform(String(loaded.mapping.target.platform));
  if (!sourcePlatform?.createSource || !targetPlatform?.createTarget) {
    // load-mapping already refuses these; this guards the types.
    throw new MappingError([{ file: loaded.file, message: 'source or target platform cannot be used in that role' }]);
  }
  return {
    source: sourcePlatform.createSource(loaded.mapping.source as never, context),
    target: targetPlatform.createTarget(loaded.mapping.target as never, context),
  };
}
