/**
 * New tickets go in only through the Ticket Import API (`/api/v2/imports/tickets/create_many`, up to
 * 100 per job), which keeps ticket and comment dates and sends no notifications (research §1.4).
 *
 * One batch: map custom values and authors, upload the attachments right before the import (tokens
 * live an hour), send one job, wait for it, and read every result — a completed job can hold per-item
 * failures, which become failed outcomes with Zendesk's text. Items refused for an expired upload token
 * get fresh uploads and another try. When the job's answer is lost (no response, a vanished or stuck
 * job, a failed job, polls that fail), the tickets are looked up by external id before anything is
 * sent again, and nothing is sent again while a job that may still write them exists.
 */
import { isOutcomeUnknown } from '../../http/index.js';
import { failed, migrated, REASONS, type Outcome, type Warning } from '../../model/outcomes.js';
import type { Comment, Ticket } from '../../model/records.js';
import type { WriteContext } from '../contracts.js';
import type { ZdJobStatus } from './api-types.js';
import { classifyJobResult } from './job-result.js';
import { commentAuthors } from './comment-authors.js';
import { mapLimit } from '../map-limit.js';
import { failureOf } from './failures.js';
import { JobOutcomeUnknown, waitForJob } from './job-status.js';
import { importedStatus } from './follow-up.js';
import { importPayload } from './map-ticket.js';
import { CREATE_ATTEMPTS } from '../create-once.js';
import { AttachmentRefused, isUploadTokenProblem, type CommentUploads } from './uploads.js';
import type { TicketDeps } from './ticket-deps.js';

interface Prepared {
  /** Index of the ticket in the batch, which is also the index of its outcome. */
  position: number;
  ticket: Ticket;
  customFields: { id: number; value: unknown }[];
  authorOf: (c: Comment) => number;
  warnings: Warning[];
  uploads: CommentUploads;
}

/** `unknown`: not found after a lost answer; `retry` says whether sending it again is safe. */
type ImportResult = { id: number } | { error: string } | { unknown: string; retry: boolean };

export async function importTickets(tickets: readonly Ticket[], deps: TicketDeps, context: WriteContext): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(tickets.length);
  const prepared: Prepared[] = [];
  await mapLimit(tickets, deps.client.tuning.concurrency, async (ticket, position) => {
    try {
      prepared.push(await prepare(position, ticket, deps, context));
    } catch (error) {
      outcomes[position] =
        error instanceof AttachmentRefused ? failed(REASONS.unsupportedAttachment, error.message) : failureOf(error, `ticket ${ticket.id}`);
    }
  });
  prepared.sort((a, b) => a.position - b.position);

  const created: { item: Prepared; id: number }[] = [];
  let pending = prepared;
  for (let attempt = 1; pending.length > 0; attempt++) {
    // Every resend follows a lookup that found nothing (see ../create-once.ts for the bound).
    const last = attempt >= CREATE_ATTEMPTS;
    for (const item of pending) if (Date.now() - item.uploads.oldest > deps.client.tuning.uploadTokenMaxAgeMs) await reupload(item, deps, context);
    let results: Map<number, ImportResult>;
    try {
      results = await runImport(pending, deps, context);
    } catch (error) {
      for (const item of pending) outcomes[item.position] = failureOf(error, `ticket ${item.ticket.id}`);
      break;
    }
    const retry: Prepared[] = [];
    for (const [i, item] of pending.entries()) {
      const result = results.get(i) ?? { unknown: 'the import job gave no result for it', retry: true };
      if ('id' in result) created.push({ item, id: result.id });
      else if ('error' in result && !last && isUploadTokenProblem(result.error)) {
        await reupload(item, deps, context);
        retry.push(item);
      } else if ('unknown' in result && result.retry && !last) retry.push(item);
      else if ('error' in result) outcomes[item.position] = failed(REASONS.rejectedByTarget, `Zendesk refused ticket ${item.ticket.id}: ${result.error}`);
      else {
        const why = result.retry ? `${result.unknown}, ${attempt} times; no import job created it` : `${result.unknown}; it may still be created by that job, so it was not sent again`;
        outcomes[item.position] = failed(REASONS.ambiguousWrite, `ticket ${item.ticket.id}: ${why}. Look for external id ${item.ticket.id} in Zendesk before the next run writes it`);
      }
    }
    pending = retry;
  }

  // No children: reading each new ticket's comments back just for their ids cost a call per ticket
  // (1.54 calls per ticket instead of 0.54). A delta that appends to a ticket matches its comments by
  // date, author and text then, which costs one read per changed ticket only.
  for (const { item, id } of created) {
    outcomes[item.position] = migrated(String(id), item.warnings.length > 0 ? { warnings: item.warnings } : {});
  }
  return outcomes;
}

async function prepare(position: number, ticket: Ticket, deps: TicketDeps, context: WriteContext): Promise<Prepared> {
  const custom = await deps.customValues.ticketFields(ticket.custom);
  const authors = await commentAuthors(ticket, deps.agents, context);
  const uploads = await deps.uploader.uploadComments(ticket.comments, context);
  return {
    position,
    ticket,
    customFields: custom.values,
    authorOf: authors.authorOf,
    warnings: [...custom.warnings, ...authors.notes, ...uploads.skipped],
    uploads,
  };
}

async function reupload(item: Prepared, deps: TicketDeps, context: WriteContext): Promise<void> {
  item.uploads = await deps.uploader.uploadComments(item.ticket.comments, context, true);
}

/** One create_many job; results by index in `items`. Throws only when nothing can have been written. */
async function runImport(items: readonly Prepared[], deps: TicketDeps, context: WriteContext): Promise<Map<number, ImportResult>> {
  const { client } = deps;
  const tickets = items.map((item) =>
    importPayload({ ...item.ticket, status: importedStatus(item.ticket.status, context) }, {
      customFields: item.customFields,
      uploadTokens: item.uploads.tokens,
      authorOf: item.authorOf,
      extraTag: context.options.options.tag,
      brandId: client.settings.brandId,
    }),
  );
  let jobId: string;
  try {
    const body = await client.support.post<{ job_status: ZdJobStatus }>(
      '/api/v2/imports/tickets/create_many',
      { tickets },
      { query: { archive_immediately: client.settings.archiveImmediately || undefined }, idempotent: false },
    );
    jobId = body.job_status.id;
  } catch (error) {
    if (!isOutcomeUnknown(error)) throw error;
    // A lost answer: a job it created is among the recent ones.
    return lookUp(items, deps, messageOf(error), 'recent');
  }
  let job: ZdJobStatus;
  try {
    job = await waitForJob(client, jobId);
  } catch (error) {
    // A vanished job ended long ago: the export shows what it wrote. A stuck job may still write:
    // nothing of it is sent again.
    if (error instanceof JobOutcomeUnknown) return lookUp(items, deps, error.message, error.state === 'expired' ? 'everywhere' : 'stuck');
    // Its polls failed, but the job exists and Zendesk runs it anyway: what the recent jobs show is
    // adopted, and the rest is not sent again (it may still be written by that job).
    return lookUp(items, deps, `import job ${jobId} could not be read (${messageOf(error)})`, 'recent', false);
  }
  if (job.status !== 'completed') return lookUp(items, deps, `the import job ended ${job.status}${job.message ? ` (${job.message})` : ''}`, 'recent');
  const results = new Map<number, ImportResult>();
  const created = new Map<string, number>();
  for (const r of job.results ?? []) {
    if (r.index === undefined) continue;
    const outcome = classifyJobResult(r);
    if (outcome.written) {
      results.set(r.index, { id: outcome.id });
      const item = items[r.index];
      if (item) created.set(item.ticket.id, outcome.id);
    } else results.set(r.index, { error: outcome.reason });
  }
  deps.lookup.remember(job.id, created);
  if (results.size < items.length) {
    const missing = items.filter((_, i) => !results.has(i));
    const found = await lookUp(missing, deps, 'the import job gave no result for it', 'recent');
    for (const [j, result] of found) results.set(items.indexOf(missing[j] as Prepared), result);
  }
  return results;
}

/**
 * After a lost answer: the tickets that exist are adopted (from the recent import jobs, unfinished ones
 * waited for, or from everything Zendesk has), the others are reported unknown — to be sent once more,
 * unless a job that may still write them is stuck (or `resend` is false: a job is known to exist). A
 * lookup that fails too leaves them all unknown and unsent: a failure here must not turn into a resend.
 */
async function lookUp(items: readonly Prepared[], deps: TicketDeps, why: string, where: 'recent' | 'everywhere' | 'stuck', resend = where !== 'stuck'): Promise<Map<number, ImportResult>> {
  const ids = items.map((item) => item.ticket.id);
  let found = new Map<string, number>();
  try {
    // Looking for a stuck job's tickets would only wait for it again.
    if (where === 'recent') found = await deps.lookup.fromRecentImports(ids);
    else if (where === 'everywhere') found = await deps.lookup.find(ids);
  } catch (error) {
    return new Map(items.map((_, i): [number, ImportResult] => [i, { unknown: `${why}; looking for it failed too (${messageOf(error)})`, retry: false }]));
  }
  return new Map(
    items.map((item, i): [number, ImportResult] => {
      const id = found.get(item.ticket.id);
      return [i, id !== undefined ? { id } : { unknown: why, retry: resend }];
    }),
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
