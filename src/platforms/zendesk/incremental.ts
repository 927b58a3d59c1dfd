/**
 * Incremental exports (research §1.3), the only Zendesk reads that scale past 10,000 records and
 * can resume a delta where the last run stopped:
 * - tickets and users: cursor-based — `start_time` on the first call, `cursor` afterwards, until
 *   `end_of_stream`;
 * - organizations and Help Center articles: time-based — `start_time`, then the page's `end_time`.
 * `start_time` must be more than a minute in the past, so a watermark closer than that is moved back.
 */
import type { ZendeskClient } from './client.js';

/** 100 rather than the allowed 1000: a page of tickets is fetched with its comments and held in memory. */
export const EXPORT_PAGE_SIZE = 100;

export interface CursorExportPage<T> {
  items: T[];
  afterCursor: string | undefined;
  endOfStream: boolean;
}

/** Unix seconds for a `since` watermark, never later than a minute and a bit ago. */
export function startTimeFor(since: string | undefined, now = Date.now()): number {
  const latest = Math.floor(now / 1000) - 61;
  if (!since) return 0;
  const at = Math.floor(Date.parse(since) / 1000);
  return Number.isFinite(at) ? Math.max(0, Math.min(at, latest)) : 0;
}

export async function cursorExport<T>(
  client: ZendeskClient,
  resource: 'tickets' | 'users',
  position: { cursor: string } | { startTime: number },
  perPage = EXPORT_PAGE_SIZE,
): Promise<CursorExportPage<T>> {
  const query = 'cursor' in position ? { cursor: position.cursor } : { start_time: position.startTime };
  const body = await client.incremental<Record<string, unknown>>(`/api/v2/incremental/${resource}/cursor`, {
    ...query,
    per_page: perPage,
    ...(resource === 'tickets' ? { exclude_deleted: true } : {}),
  });
  const items = Array.isArray(body[resource]) ? (body[resource] as T[]) : [];
  const after = typeof body['after_cursor'] === 'string' ? body['after_cursor'] : undefined;
  return { items, afterCursor: after, endOfStream: body['end_of_stream'] === true || after === undefined };
}

export interface TimeExportPage<T> {
  items: T[];
  endTime: number;
  endOfStream: boolean;
}

export async function timeExport<T>(client: ZendeskClient, resource: 'organizations', startTime: number): Promise<TimeExportPage<T>> {
  const body = await client.incremental<Record<string, unknown>>(`/api/v2/incremental/${resource}`, { start_time: startTime, per_page: EXPORT_PAGE_SIZE });
  const items = Array.isArray(body[resource]) ? (body[resource] as T[]) : [];
  const endTime = typeof body['end_time'] === 'number' ? body['end_time'] : startTime;
  // A page that does not move the clock forward would be asked for again forever.
  return { items, endTime, endOfStream: body['end_of_stream'] === true || endTime <= startTime };
}
