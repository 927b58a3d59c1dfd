/**
 * `continue: dispatch`: when a full run stops on its time budget with a newer checkpoint saved, the
 * same workflow is dispatched again on the same ref with the same inputs, so a migration longer than
 * a job's six hours finishes without a person. A run that saved nothing new does not dispatch (it
 * would loop without progress). Octokit from the `octokit` package brings the throttling and retry
 * plugins: a secondary rate limit or a 5xx is waited out instead of losing the continuation.
 */
import { readFileSync } from 'node:fs';
import { Octokit } from 'octokit';
import type { RunSummary } from '../engine/report.js';
import type { ActionInputs } from './action-inputs.js';
import type { Logger } from '../log/logger.js';
import { errorText } from './error-text.js';

/**
 * Dispatches the next run when this one stopped early (time budget, cancellation) without an error and
 * saved its checkpoint; a complete run, a failed one or a mode that does not resume dispatches nothing.
 */
export async function continueIfStopped(
  summary: RunSummary,
  inputs: Pick<ActionInputs, 'mode' | 'githubToken'>,
  savedKey: string | undefined,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<boolean> {
  if (summary.complete || summary.error || (inputs.mode !== 'full' && inputs.mode !== 'delta')) return false;
  if (!savedKey) {
    log.warn('continue: dispatch: the checkpoint was not saved to the cache, so the next run is not dispatched (it would redo this one). Start the workflow again by hand once the cache accepts the save.');
    return false;
  }
  return dispatchContinuation(
    {
      token: inputs.githubToken,
      apiUrl: env.GITHUB_API_URL,
      repository: env.GITHUB_REPOSITORY ?? '',
      workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
      ref: env.GITHUB_REF ?? '',
      inputs: dispatchInputs(env),
    },
    log,
  );
}

/** A workflow_dispatch run passes its own inputs on; a run from another event (schedule, push) had none. */
function dispatchInputs(env: NodeJS.ProcessEnv): Record<string, unknown> {
  if (env.GITHUB_EVENT_NAME !== 'workflow_dispatch' || !env.GITHUB_EVENT_PATH) return {};
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { inputs?: unknown };
    return event.inputs && typeof event.inputs === 'object' ? (event.inputs as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export interface Continuation {
  token: string;
  /** GITHUB_API_URL. */
  apiUrl: string | undefined;
  /** GITHUB_REPOSITORY, owner/name. */
  repository: string;
  /** GITHUB_WORKFLOW_REF: owner/name/.github/workflows/<file>@<ref>. */
  workflowRef: string;
  /** GITHUB_REF the run was started on. */
  ref: string;
  /** The workflow_dispatch inputs of this run, passed on unchanged. */
  inputs: Record<string, unknown>;
}

/** Returns true when the next run was dispatched. Never throws: a failure is a warning saying what to do. */
export async function dispatchContinuation(next: Continuation, log: Logger): Promise<boolean> {
  const workflow = /\/\.github\/workflows\/([^@/]+)@/.exec(next.workflowRef)?.[1];
  const [owner = '', repo = ''] = next.repository.split('/');
  const byHand = 'Start the workflow again by hand to continue from the checkpoint.';
  if (!workflow || !owner || !repo || !next.ref) {
    log.warn(`continue: dispatch needs GITHUB_WORKFLOW_REF, GITHUB_REPOSITORY and GITHUB_REF, which this runtime did not set. ${byHand}`);
    return false;
  }
  if (!next.token) {
    log.warn(`continue: dispatch needs github-token (the job's GITHUB_TOKEN with permissions: actions: write). ${byHand}`);
    return false;
  }
  const octokit = new Octokit({
    auth: next.token,
    ...(next.apiUrl ? { baseUrl: next.apiUrl } : {}),
    throttle: {
      onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
        log.info(`GitHub's rate limit: dispatching again in ${retryAfter}s.`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
        log.info(`GitHub's secondary rate limit: dispatching again in ${retryAfter}s.`);
        return retryCount < 2;
      },
    },
    retry: { retries: 3 },
  });
  const inputs = Object.fromEntries(Object.entries(next.inputs).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v)));
  try {
    await octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: workflow, ref: next.ref, inputs: inputs as Record<string, string> });
    log.info(`Stopped on the time budget with the checkpoint saved: dispatched ${workflow} again on ${next.ref} to continue.`);
    return true;
  } catch (error) {
    const status = (error as { status?: number }).status;
    const why = status === 403 ? 'the token may not dispatch workflows: give the job `permissions: actions: write`' : errorText(error);
    log.warn(`The next run of ${workflow} could not be dispatched (${why}). ${byHand}`);
    return false;
  }
}
