/**
 * Background jobs (`job_status`) of the bulk endpoints (research §1.4 "Job statuses").
 *
 * A job is answered `queued` when created and does its work only when it completes: after
 * `jobs.pollsBeforeComplete` polls answered `working` (default 1, so a client has to poll at least
 * twice), or `jobs.completeAfterMs` after it was queued when that option is set. Nothing a bulk request
 * writes is visible before its job completed — a client that never polls never sees its records, which
 * is stricter than Zendesk (whose workers run regardless) but catches connectors that skip job results.
 * Results use the documented item shapes: created `{index, id}`, upserted `{index, id, status}`, failed
 * `{index, error, details, success: false}` — a completed job can hold failures. Failed items come in
 * the shape `jobs.failureShape` names (see JobFailureShape): the docs show `success: false`, field
 * reports show `status: "Failed"` with a numeric id, and `error` alone.
 * Jobs expire after an hour and only the newest 100 are kept; at most 30 may be queued or working at
 * once (the 31st request gets 429).
 */
import { randomBytes } from 'node:crypto';
import type { SimResponse } from '../common/sim-server.js';
import type { SimContext } from './context.js';
import { errorsBody, notFound, ok } from './http.js';
import type { Router } from './router.js';
import type { JobResult, ZdJob } from './types.js';

const timers = new WeakMap<SimContext, Set<NodeJS.Timeout>>();

export function jobJson(job: ZdJob, context: SimContext): Record<string, unknown> {
  return {
    id: job.id,
    url: `${context.baseUrl()}/api/v2/job_statuses/${job.id}.json`,
    job_type: job.job_type,
    total: job.total,
    progress: job.progress,
    status: job.status,
    message: job.message,
    results: job.results,
  };
}

/** Queues a job whose `run` does the work and returns one result per input item. */
export function queueJob(context: SimContext, jobType: string, total: number, run: () => JobResult[]): SimResponse {
  const { store, options } = context;
  const active = [...store.jobs.values()].filter((j) => j.status === 'queued' || j.status === 'working').length;
  if (active >= options.jobs.maxConcurrent) {
    return {
      status: 429,
      headers: { 'retry-after': '1' },
      body: errorsBody('TooManyJobs', 'Too many jobs', `Number of simultaneous jobs exceeded (${options.jobs.maxConcurrent}). Wait for queued jobs to complete.`),
    };
  }
  const job: ZdJob = {
    id: randomBytes(16).toString('hex'),
    job_type: jobType,
    status: 'queued',
    total,
    progress: null,
    message: null,
    results: null,
    created_ms: context.now(),
    polls: 0,
    run,
  };
  store.addJob(job);
  const delay = options.jobs.completeAfterMs;
  if (delay !== undefined) {
    const timer = setTimeout(() => {
      timers.get(context)?.delete(timer);
      completeJob(job, context);
    }, delay);
    timer.unref();
    let set = timers.get(context);
    if (!set) timers.set(context, (set = new Set()));
    set.add(timer);
  }
  return ok({ job_status: jobJson(job, context) });
}

export function completeJob(job: ZdJob, context: SimContext): void {
  if (job.status === 'completed' || job.status === 'failed' || !job.run) return;
  const run = job.run;
  job.run = null;
  try {
    job.results = run().map((result) => reshapeFailure(result, context));
    job.status = 'completed';
    job.progress = job.total;
    job.message = `Completed at ${context.store.iso()}`;
  } catch (error) {
    job.status = 'failed';
    job.message = String(error);
  }
}

/** A failed item (built as `{index, error, details, success: false}`) in the shape the options ask for. */
function reshapeFailure(result: JobResult, context: SimContext): JobResult {
  if (!('success' in result) || result.success !== false) return result;
  const { index, error, details } = result;
  switch (context.options.jobs.failureShape) {
    case 'success-false':
      return result;
    // Field report: `{"id": 2, "error": "UserUpdateError", "details": "…", "status": "Failed"}` — an id
    // that names no record the job wrote.
    case 'status-failed':
      return { index, id: context.store.id(), error, details, status: 'Failed' };
    case 'error-only':
      return { index, error, details };
  }
}

/** Finishes every pending job now (tests that do not care about polling). */
export function completeAllJobs(context: SimContext): void {
  for (const job of context.store.jobs.values()) completeJob(job, context);
}

export function stopJobTimers(context: SimContext): void {
  for (const timer of timers.get(context) ?? []) clearTimeout(timer);
  timers.delete(context);
}

function expired(job: ZdJob, context: SimContext): boolean {
  return context.now() - job.created_ms > context.options.jobs.ttlMs;
}

/** One poll: advances the job's state machine. */
function poll(job: ZdJob, context: SimContext): void {
  if (job.status !== 'queued' && job.status !== 'working') return;
  const { pollsBeforeComplete, completeAfterMs } = context.options.jobs;
  job.polls += 1;
  const dueByTime = completeAfterMs !== undefined && context.now() - job.created_ms >= completeAfterMs;
  if (job.polls > pollsBeforeComplete || dueByTime) {
    completeJob(job, context);
  } else {
    job.status = 'working';
    job.progress = Math.floor((job.total * job.polls) / (pollsBeforeComplete + 1));
  }
}

function findJob(id: string, context: SimContext): ZdJob | undefined {
  const job = context.store.jobs.get(id);
  if (!job) return undefined;
  if (expired(job, context)) {
    context.store.jobs.delete(id);
    return undefined;
  }
  return job;
}

export function registerJobStatuses(router: Router): void {
  router.add('GET', '/api/v2/job_statuses/show_many', (request, context) => {
    const ids = (request.query.get('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const jobs: ZdJob[] = [];
    for (const id of ids) {
      const job = findJob(id, context);
      if (!job) continue;
      poll(job, context);
      jobs.push(job);
    }
    return ok({ job_statuses: jobs.map((j) => jobJson(j, context)) });
  });
  router.add('GET', '/api/v2/job_statuses', (_request, context) => {
    const jobs = [...context.store.jobs.values()].filter((j) => !expired(j, context)).reverse();
    return ok({ job_statuses: jobs.map((j) => jobJson(j, context)) });
  });
  router.add('GET', '/api/v2/job_statuses/{job_status_id}', (request, context) => {
    const job = findJob(request.params['job_status_id'] ?? '', context);
    if (!job) return notFound();
    poll(job, context);
    return ok({ job_status: jobJson(job, context) });
  });
}

