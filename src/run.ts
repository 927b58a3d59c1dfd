/**
 * The one function both entries call: load the mapping, bring the checkpoint in, open both
 * platforms, run the mode, close everything, save the checkpoint, publish the reports, and return the
 * summary. The Runtime (runtime/runtime.ts) decides where state, reports, logs and progress go.
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
import type { PlatformContext } from './platforms/descriptor.js';
import { findPlatform } from './platforms/registry.js';
import type { Logger } from './log/logger.js';
import type { RunOptions } from './run-options.js';
import { FolderRuntime } from './runtime/folder-runtime.js';
import type { Runtime } from './runtime/runtime.js';

export { MODES, type Mode } from './run-options.js';

/** What to run, wherever it runs: the options both entries parse (run-options.ts) and the mapping file. */
export interface RunSpec extends RunOptions {
  configFile: string;
  env?: NodeJS.ProcessEnv;
  /** Tuning overrides by platform name (tests against the simulators); see PlatformContext.tunings. */
  tunings?: PlatformContext['tunings'];
}

/** A run on two plain folders, without a runtime of its own (tests, the chaos tests' child process). */
export interface RunRequest extends RunSpec {
  stateDir: string;
  reportsDir: string;
  log: Logger;
  progress?: ProgressSink;
  signal?: AbortSignal;
  onSecrets?: (secrets: string[]) => void;
  /** How messages name the state and reports folders. */
  folderNames?: { state: string; reports: string };
}

/** `runIn` a FolderRuntime made of the request's folders, log, progress and signal. */
export function run(request: RunRequest): Promise<RunSummary> {
  const { progress, signal, onSecrets, folderNames } = request;
  const runtime = new FolderRuntime({
    stateDir: request.stateDir,
    reportsDir: request.reportsDir,
    log: request.log,
    ...(folderNames ? { names: folderNames } : {}),
    ...(progress ? { progress: () => progress } : {}),
    ...(signal ? { stop: signal } : {}),
    ...(onSecrets ? { onSecrets: (values) => onSecrets([...values]) } : {}),
  });
  return runIn(runtime, request);
}

/**
 * Runs the mode in the runtime. Once the mapping is loaded, every run writes its reports, a failed
 * one too (the outcomes up to the error, and the error), and they are published; the error is then
 * rethrown carrying that summary (summaryOf). The checkpoint is saved whatever happened to the run.
 */
export async function runIn(runtime: Runtime, request: RunSpec): Promise<RunSummary> {
  const stop = runtime.signals();
  const progress = runtime.progress(request.mode);
  let restored = false;
  let summary: RunSummary | undefined;
  let failure: unknown;
  try {
    // The loader hands the environment's values to the runtime before it validates anything, and the
    // mapping is checked before the state is touched, so a wrong one fails fast.
    const loaded = await loadMappingFile(request.configFile, request.env, { onSecrets: (values) => runtime.secrets(values) });
    await runtime.state.restore();
    restored = true;
    runtime.reports.open();
    summary = await runOnFolders(runtime, request, loaded, progress, stop.signal);
  } catch (error) {
    failure = error;
    summary = summaryOf(error);
  } finally {
    progress.close();
    stop.dispose();
    if (restored) await runtime.state.save();
  }
  if (summary) await runtime.reports.publish(summary);
  if (failure !== undefined) throw failure;
  // Without a failure the run returned its summary.
  return summary as RunSummary;
}

interface Folders {
  stateDir: string;
  reportsDir: string;
  log: Logger;
  progress: ProgressSink;
  signal: AbortSignal;
}

async function runOnFolders(runtime: Runtime, request: RunSpec, loaded: LoadedMapping, progress: ProgressSink, signal: AbortSignal): Promise<RunSummary> {
  const folders: Folders = { stateDir: runtime.state.dir, reportsDir: runtime.reports.dir, log: runtime.log, progress, signal };
  prepareFolder(folders.reportsDir, runtime.reports.name);
  const startedAt = new Date().toISOString();
  try {
    // check neither reads nor writes the state.
    if (request.mode !== 'check') prepareFolder(folders.stateDir, runtime.state.name);
    const lock = request.mode === 'check' ? undefined : lockStateFolder(folders.stateDir, folders.log);
    try {
      return await runMode(request, folders, loaded, (value) => runtime.secrets([value]));
    } finally {
      lock?.release();
    }
  } catch (error) {
    if (summaryOf(error)) throw error;
    throw withSummary(error, failedRunReports(request, folders.reportsDir, loaded, startedAt, error));
  }
}

/** The reports of a run stopped before its mode wrote any: no outcomes, the error. */
function failedRunReports(request: RunSpec, reportsDir: string, loaded: LoadedMapping, startedAt: string, error: unknown): RunSummary {
  return writeReports(reportsDir, [], {
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

async function runMode(request: RunSpec, folders: Folders, loaded: LoadedMapping, secret: (value: string) => void): Promise<RunSummary> {
  const { stateDir, reportsDir, log, progress, signal } = folders;
  const context: PlatformContext = {
    log,
    baseDir: loaded.baseDir,
    secret,
    http: { timeoutMs: loaded.mapping.options.request_timeout_seconds * 1000, signal },
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
          stateDir,
          reportsDir,
          log,
          identity,
          progress,
          ...(request.sample !== undefined ? { sample: request.sample } : {}),
        });
      } finally {
        await targetReader.close();
      }
    }
    if (request.mode === 'check') {
      return await check({ mapping: loaded.mapping, source, target, reportsDir, log, progress });
    }
    return await migrate({
      mode: request.mode,
      mapping: loaded.mapping,
      source,
      target,
      stateDir,
      reportsDir,
      log,
      identity,
      progress,
      signal,
      ...(request.timeBudgetMs !== undefined ? { timeBudgetMs: request.timeBudgetMs } : {}),
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
