/**
 * The Action's inputs, read and validated in one place (the actions/upload-artifact pattern): nothing
 * else calls `core.getInput`. Every problem is reported at once, each naming the input and what to write.
 */
import * as core from '@actions/core';
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Shard } from '../engine/shard.js';
import type { Mode } from '../run-options.js';
import { parseRunOptions, type RunOptionsText } from '../run-options.js';

/** The Action input each run option is read from. */
const ACTION_INPUT: Record<keyof RunOptionsText, string> = { mode: 'mode', timeBudget: 'time-budget', shard: 'shard', sample: 'sample' };


/** Cache keys may not contain commas, and the prefix also goes into a hidden HTML comment. */
const KEY_PREFIX = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Characters @actions/artifact refuses in a name. */
const BAD_ARTIFACT_NAME = /["':<>|*?\\/\r\n]/;

export interface ActionInputs {
  /** GITHUB_WORKSPACE: relative paths and cache paths are resolved from here. */
  workspace: string;
  /** Absolute path of the mapping file. */
  mappingFile: string;
  mode: Mode;
  stateKeyPrefix: string;
  reportName: string;
  /** Undefined: the repository's default retention. */
  reportRetentionDays: number | undefined;
  prComment: boolean;
  /** Empty when the workflow passed no token. */
  githubToken: string;
  timeBudgetMs: number | undefined;
  shard: Shard | undefined;
  /** `continue: dispatch`: a run stopped on its time budget dispatches the workflow again. */
  continueDispatch: boolean;
}

export class ActionInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? (problems[0] ?? '') : `The step's inputs have ${problems.length} problems:\n- ${problems.join('\n- ')}`);
    this.name = 'ActionInputError';
  }
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  // The caller masks it (with its derived forms) before anything is logged.
  const githubToken = core.getInput('github-token');
  const problems: string[] = [];
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());

  const mappingInput = core.getInput('mapping') || 'migration.yml';
  const mappingFile = resolve(workspace, mappingInput);
  const outside = mappingOutsideWorkspace(mappingInput, mappingFile, workspace);
  if (outside) problems.push(outside);

  const parsed = parseRunOptions(
    { mode: core.getInput('mode') || 'check', timeBudget: core.getInput('time-budget'), shard: core.getInput('shard') },
    (option) => `${ACTION_INPUT[option]}:`,
  );
  if ('problems' in parsed) problems.push(...parsed.problems);

  const stateKeyPrefix = core.getInput('state-key-prefix') || 'desk-migrate';
  if (!KEY_PREFIX.test(stateKeyPrefix)) {
    problems.push(`state-key-prefix: "${stateKeyPrefix}" must be 1-100 letters, digits, dots, dashes or underscores (it becomes part of cache keys)`);
  }

  const reportName = core.getInput('report-name') || 'desk-migrate-report';
  if (BAD_ARTIFACT_NAME.test(reportName) || reportName.length > 200) {
    problems.push(`report-name: "${reportName}" may not contain " : < > | * ? \\ / or line breaks (artifact names cannot)`);
  }

  const reportRetentionDays = parseOptionalNumber('report-retention-days', problems, (n) =>
    Number.isInteger(n) && n >= 1 && n <= 90 ? undefined : 'must be a whole number of days from 1 to 90',
  );

  let prComment = true;
  try {
    prComment = core.getInput('pr-comment') ? core.getBooleanInput('pr-comment') : true;
  } catch {
    problems.push(`pr-comment: must be true or false, not "${core.getInput('pr-comment')}"`);
  }

  const continueInput = core.getInput('continue');
  if (continueInput !== '' && continueInput !== 'dispatch') problems.push(`continue: must be dispatch or empty, not "${continueInput}"`);
  const continueDispatch = continueInput === 'dispatch';

  if ('problems' in parsed || problems.length > 0) throw new ActionInputError(problems);
  const { mode, timeBudgetMs, shard } = parsed.options;
  return { workspace, mappingFile, mode, stateKeyPrefix, reportName, reportRetentionDays, prComment, githubToken, timeBudgetMs, shard, continueDispatch };
}

/**
 * The mapping file is read (and its errors quoted) from the repository only: a path or a link out
 * of the workspace would let a pull request read files of the runner (`../../../../etc/hostname`).
 * A file that does not exist yet is left to the loader, which says so.
 */
function mappingOutsideWorkspace(input: string, file: string, workspace: string): string | undefined {
  const fix = 'give the path of a mapping file in the repository, relative to its root';
  if (!isInside(file, workspace)) return `mapping: "${input}" is outside the workspace (${workspace}); ${fix}`;
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return undefined;
  }
  let realWorkspace = workspace;
  try {
    realWorkspace = realpathSync(workspace);
  } catch {
    // A workspace that cannot be resolved is compared as given.
  }
  if (!isInside(real, realWorkspace)) return `mapping: "${input}" is a symbolic link (or inside one) to ${real}, outside the workspace; ${fix}`;
  return undefined;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function parseOptionalNumber(name: string, problems: string[], check: (n: number) => string | undefined): number | undefined {
  const text = core.getInput(name);
  if (!text) return undefined;
  const value = Number(text);
  const why = Number.isFinite(value) ? check(value) : 'must be a number';
  if (why) {
    problems.push(`${name}: ${why}, not "${text}"`);
    return undefined;
  }
  return value;
}
