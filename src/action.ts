/**
 * The Action's main step: inputs → the run in the Actions runtime (mapping check, checkpoint from the
 * cache, run, checkpoint to the cache, reports published) → the next run dispatched when asked.
 */
import * as core from '@actions/core';
import { relative, isAbsolute } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { MappingError } from './config/mapping-error.js';
import { runIn } from './run.js';
import { ActionInputError, getInputs } from './runtime/action-inputs.js';
import { actionLogger, SecretRegistry } from './runtime/action-log.js';
import { ActionsRuntime } from './runtime/actions-runtime.js';
import type { Logger } from './log/logger.js';
import { continueIfStopped } from './runtime/continue-dispatch.js';

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
    const runtime = new ActionsRuntime(inputs, secrets, env);
    const summary = await runIn(runtime, {
      configFile: inputs.mappingFile,
      mode: inputs.mode,
      env,
      ...(inputs.timeBudgetMs !== undefined ? { timeBudgetMs: inputs.timeBudgetMs } : {}),
      ...(inputs.shard ? { shard: inputs.shard } : {}),
    });
    if (inputs.continueDispatch) await continueIfStopped(summary, inputs, runtime.state.savedKey, env, log);
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
