/**
 * Waiting for a bulk job (research §1.4 "Job statuses"): poll `GET /api/v2/job_statuses/{id}` with a
 * growing pause until it completes. A completed job may still hold per-item failures; the caller reads
 * every result. A job that vanishes (404: jobs expire after an hour, only the last 100 are kept) or
 * never finishes leaves its outcome unknown: the caller must look the records up before writing again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { HttpError } from '../../http/index.js';
import type { ZdJobStatus } from './api-types.js';
import type { ZendeskClient } from './client.js';
import type { Tuning } from './settings.js';

export class JobOutcomeUnknown extends Error {
  constructor(
    readonly jobId: string,
    /** `expired`: the job is gone (done long ago); `stuck`: it may still write. */
    readonly state: 'expired' | 'stuck',
    why: string,
  ) {
    super(`Zendesk job ${jobId} ${why}; what it wrote is unknown until the records are looked up`);
    this.name = 'JobOutcomeUnknown';
  }
}

const FINISHED = new Set(['completed', 'failed', 'killed']);

export async function waitForJob(client: ZendeskClient, jobId: string): Promise<ZdJobStatus> {
  const { pollIntervalMs, maxJobWaitMs } = client.tuning;
  const queuedAt = Date.now();
  const deadline = queuedAt + maxJobWaitMs;
  let pause = pollIntervalMs;
  for (;;) {
    await sleep(pause);
    let job: ZdJobStatus;
    try {
      job = (await client.support.get<{ job_status: ZdJobStatus }>(`/api/v2/job_statuses/${encodeURIComponent(jobId)}`)).job_status;
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) throw new JobOutcomeUnknown(jobId, 'expired', 'expired before it could be read');
      throw error;
    }
    if (FINISHED.has(job.status)) return job;
    if (Date.now() >= deadline) throw new JobOutcomeUnknown(jobId, 'stuck', `was still ${job.status} after ${maxJobWaitMs < 120_000 ? `${Math.round(maxJobWaitMs / 1000)} s` : `${Math.round(maxJobWaitMs / 60_000)} minutes`}`);
    pause = nextPollPause(pause, job, Date.now() - queuedAt, client.tuning);
  }
}

/**
 * The wait before the next poll. A job that reports progress is polled when, at the pace it has kept
 * so far, it should be done (each poll is a request on the Support budget, so polling early wastes
 * one); one that says nothing yet is polled at a growing pause. Both within the tuning's bounds.
 */
export function nextPollPause(previous: number, job: Pick<ZdJobStatus, 'progress' | 'total'>, elapsedMs: number, tuning: Pick<Tuning, 'pollIntervalMs' | 'maxPollIntervalMs'>): number {
  const { pollIntervalMs, maxPollIntervalMs } = tuning;
  const progress = job.progress ?? 0;
  const total = job.total ?? 0;
  const estimate = progress > 0 && total > progress ? Math.ceil((elapsedMs * (total - progress)) / progress) : Math.ceil(previous * 1.5);
  return Math.max(pollIntervalMs, Math.min(maxPollIntervalMs, estimate));
}

/** Import jobs the account has queued or run recently, newest first (the API keeps the last 100). */
export async function recentJobs(client: ZendeskClient): Promise<ZdJobStatus[]> {
  return (await client.support.get<{ job_statuses?: ZdJobStatus[] }>('/api/v2/job_statuses')).job_statuses ?? [];
}
