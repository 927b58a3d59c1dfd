/**
 * Finding tickets this connector imported, by the source id it stored as `external_id`. Zendesk has
 * no bulk lookup by external id (and `GET /api/v2/tickets?external_id=` leaves out archived tickets),
 * so two sources are combined:
 * - recent import jobs (`GET /api/v2/job_statuses`: the last 100, for an hour): unfinished ones are
 *   waited for, and the tickets each created are read by id (`show_many`, archived ones included).
 *   This is what finds a ticket whose import answer was just lost;
 * - one pass over the incremental ticket export (1,000 tickets a request), indexing the tickets that
 *   have an external id. It sees everything older than a minute, archived tickets included, and is
 *   made once per connection — when a lost checkpoint is rebuilt or a restart recovers its writes.
 * Together they cover every ticket ever imported, at a cost of one request per 1,000 tickets in the
 * account instead of one per ticket looked up.
 */
import type { ZdJobStatus, ZdTicket } from './api-types.js';
import { classifyJobResult } from './job-result.js';
import type { ZendeskClient } from './client.js';
import { cursorExport, type CursorExportPage } from './incremental.js';
import { recentJobs, waitForJob } from './job-status.js';

const SHOW_MANY = 100;
const SCAN_PAGE = 1000;

export class TicketLookup {
  private readonly indexedJobs = new Set<string>();
  private readonly byExternalId = new Map<string, number>();
  /** The scan of the export (and the list of jobs) for engine-level lookups: made once, shared by the batches in flight. */
  private scanned: Promise<void> | undefined;

  constructor(private readonly client: ZendeskClient) {}

  /** After a lost answer: what the recent import jobs created. */
  async fromRecentImports(externalIds: readonly string[]): Promise<Map<string, number>> {
    await this.indexRecentImports();
    return this.known(externalIds);
  }

  /**
   * Every ticket of the account with one of these external ids. The jobs and the export are read on the
   * first call; later tickets of this connection are known from its own imports (see `remember`).
   */
  async find(externalIds: readonly string[]): Promise<Map<string, number>> {
    this.scanned ??= (async () => {
      await this.indexRecentImports();
      await this.scanExport();
    })();
    try {
      await this.scanned;
    } catch (error) {
      this.scanned = undefined; // a failed scan is tried again by the next lookup
      throw error;
    }
    return this.known(externalIds);
  }

  /** Tickets this connection's own import job created: no need to read them back. */
  remember(jobId: string, created: ReadonlyMap<string, number>): void {
    this.indexedJobs.add(jobId);
    for (const [externalId, id] of created) this.byExternalId.set(externalId, id);
  }

  private known(externalIds: readonly string[]): Map<string, number> {
    const found = new Map<string, number>();
    for (const id of externalIds) {
      const ticket = this.byExternalId.get(id);
      if (ticket !== undefined) found.set(id, ticket);
    }
    return found;
  }

  private async indexRecentImports(): Promise<void> {
    const jobs = (await recentJobs(this.client)).filter((j) => !this.indexedJobs.has(j.id) && (j.job_type === undefined || /import/i.test(j.job_type)));
    const ids: number[] = [];
    for (const listed of jobs) {
      let job: ZdJobStatus = listed;
      if (job.status === 'queued' || job.status === 'working') {
        try {
          job = await waitForJob(this.client, job.id);
        } catch {
          continue; // vanished or stuck: what it did shows in the export once it is done
        }
      }
      this.indexedJobs.add(job.id);
      for (const result of job.results ?? []) {
        const outcome = classifyJobResult(result);
        if (outcome.written) ids.push(outcome.id);
      }
    }
    for (let i = 0; i < ids.length; i += SHOW_MANY) {
      const body = await this.client.support.get<{ tickets?: ZdTicket[] }>('/api/v2/tickets/show_many', { ids: ids.slice(i, i + SHOW_MANY) });
      for (const t of body.tickets ?? []) if (t.external_id) this.byExternalId.set(t.external_id, t.id);
    }
  }

  private async scanExport(): Promise<void> {
    let position: { cursor: string } | { startTime: number } = { startTime: 0 };
    for (;;) {
      const page: CursorExportPage<ZdTicket> = await cursorExport<ZdTicket>(this.client, 'tickets', position, SCAN_PAGE);
      for (const t of page.items) if (t.external_id && t.status !== 'deleted') this.byExternalId.set(t.external_id, t.id);
      if (page.endOfStream || !page.afterCursor) break;
      position = { cursor: page.afterCursor };
    }
  }
}
