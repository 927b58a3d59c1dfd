/**
 * The Action's runtime: inputs → mapping check → checkpoint from the cache → run → checkpoint to the
 * cache → reports (outputs, artifact, job summary, PR comment). The checkpoint is saved whatever
 * happened to the run, since a run that failed halfway has still written records.
 */
import * as core from '@actions/core';
import { relative, isAbsolute, join } from 'node:path';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { loadMappingFile } from '../config/load-mapping.js';
import { MappingError } from '../config/mapping-error.js';
import { summaryOf } from '../engine/failure-summary.js';
import type { RunSummary } from '../engine/report.js';
import { run } from '../run.js';
import { ActionInputError, getInputs } from './action-inputs.js';
import { ActionProgress, actionLogger, SecretRegistry } from './action-log.js';
import { checkpointKeys, restoreCheckpoint, saveCheckpoint, type CheckpointLocation } from './checkpoint-cache.js';
import type { Logger } from '../log/logger.js';
import { modeWords } from '../engine/mode-words.js';
import { checkpointHandled, rememberCheckpoint } from './post-save.js';
import { publishResults } from './publish-results.js';
import { continueIfStopped } from './continue-dispatch.js';
import { stopOnSignals } from './stop-signals.js';

/**
 * Inside the workspace: the cache archives paths relative to it, and later steps can read the reports.
 * One state folder per state-key-prefix: two migrations in one workspace (two steps, a self-hosted
 * runner) never share a ledger.
 */
const stateDirOf = (prefix: string) => `.desk-migrate/state-${prefix}`;
const REPORTS_DIR = '.desk-migrate/reports';

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const secrets = new SecretRegistry();
  const log = actionLogger(secrets);
  let workspace = process.cwd();
  try {
    const inputs = getInputs(env);
    secrets.add([inputs.githubToken]);
    workspace = inputs.workspace;
    // A runner starts action steps in the workspace already; the cache client resolves paths from here.
    process.chdir(workspace);

    if (!existsSync(inputs.mappingFile)) throw new ActionInputError([missingMapping(inputs.mappingFile, workspace)]);
    // Checked before the cache is touched, so a wrong mapping fails fast and its secrets are masked first.
    const loaded = await loadMappingFile(inputs.mappingFile, env, { onSecrets: (values) => secrets.add(values) });

    const location: CheckpointLocation = {
      stateDir: join(workspace, stateDirOf(inputs.stateKeyPrefix)),
      workspace,
      keys: checkpointKeys(inputs.stateKeyPrefix, inputs.shard, env.GITHUB_RUN_ID ?? 'local', env.GITHUB_RUN_ATTEMPT ?? '1'),
    };
    const reportsDir = join(workspace, REPORTS_DIR);
    const restored = await core.group('Restore the checkpoint', () => restoreCheckpoint(location, log));
    rememberCheckpoint(location, restored);
    rmSync(reportsDir, { recursive: true, force: true });

    const progress = new ActionProgress(10_000, Date.now, modeWords(inputs.mode));
    const stop = stopOnSignals(log, ' (job cancelled?)');
    let summary: RunSummary | undefined;
    let failure: unknown;
    let saved: string | undefined;
    try {
      summary = await run({
        configFile: inputs.mappingFile,
        loaded,
        mode: inputs.mode,
        stateDir: location.stateDir,
        reportsDir,
        log,
        progress,
        env,
        signal: stop.signal,
        ...(inputs.timeBudgetMs !== undefined ? { timeBudgetMs: inputs.timeBudgetMs } : {}),
        ...(inputs.shard ? { shard: inputs.shard } : {}),
        onSecrets: (values) => secrets.add(values),
      });
    } catch (error) {
      // A failed run wrote its reports too: they are published like any other, then the step fails.
      failure = error;
      summary = summaryOf(error);
    } finally {
      progress.close();
      stop.dispose();
      saved = await core.group('Save the checkpoint', () => saveCheckpoint(location, restored, log));
      core.setOutput('checkpoint-key', saved ?? '');
      checkpointHandled();
    }
    if (summary) await publishResults(summary, inputs, reportsDir, secrets.redactor, log, env);
    if (failure !== undefined) throw failure;
    if (inputs.continueDispatch && summary) await continueIfStopped(summary, inputs, saved, env, log);
  } catch (error) {
    reportFailure(error, workspace, secrets, log);
  }
}

/** The input is resolved from the workspace; an empty workspace means the job has no actions/checkout before this step. */
function missingMapping(file: string, workspace: string): string {
  const empty = readdirSync(workspace).filter((f) => !f.startsWith('.desk-migrate')).length === 0;
  const hint = empty
    ? 'The workspace is empty: add `- uses: actions/checkout@v5` before this step.'
    : 'Commit the file, or set the `mapping` input to its path relative to the repository root.';
  return `mapping: ${file} does not exist (the input is resolved from the workspace, ${workspace}). ${hint}`;
}

function reportFailure(error: unknown, workspace: string, secrets: SecretRegistry, log: Logger): void {
  const clean = (text: string) => secrets.redactor.text(text);
  if (error instanceof MappingError) {
    for (const problem of error.problems) {
      const file = relative(workspace, problem.file);
      const inWorkspace = file !== '' && !file.startsWith('..') && !isAbsolute(file);
      core.error(clean(problem.message), {
        title: 'desk-migrate: mapping file',
        ...(inWorkspace ? { file } : {}),
        ...(problem.line ? { startLine: problem.line } : {}),
        ...(problem.column ? { startColumn: problem.column } : {}),
      });
    }
    fail(`The mapping file has ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} (see the annotations); nothing was migrated.`);
    return;
  }
  if (error instanceof ActionInputError) {
    fail(error.message);
    return;
  }
  if (error instanceof Error && error.stack) log.debug(clean(error.stack));
  fail(clean(error instanceof Error ? error.message : String(error)));
}

/**
 * The step fails by its exit status whatever implements @actions/core: @github/local-action's
 * setFailed() records the failure but leaves the process to exit 0.
 */
function fail(message: string): void {
  core.setFailed(message);
  process.exitCode = 1;
}
