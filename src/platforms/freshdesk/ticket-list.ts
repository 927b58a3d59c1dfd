/**
 * One step of the walk over Freshdesk's ticket list (see read-tickets.ts for why it walks this way):
 * a page of tickets updated since the window's start, oldest update first, and where the next step
 * starts. Shared by the reader and by the lookup of written tickets.
 */
import type { FdTicket } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { PER_PAGE } from './pagination.js';

export interface ListWindow {
  /** `updated_since` of the query. */
  window: string;
  page: number;
  /** Ids already read whose `updated_at` is the window's second. */
  seenAtWindow: number[];
}

export interface ListStep {
  /** Everything the page listed (for the archived pass). */
  listed: FdTicket[];
  /** The tickets not read before. */
  fresh: FdTicket[];
  /** Undefined once the list is exhausted. */
  next: ListWindow | undefined;
}

const at = (iso: string) => Date.parse(iso);

/** `withDescription`: the reader needs it (each include costs 2 more credits); a lookup does not. */
export async function listStep(client: FreshdeskClient, position: ListWindow, withDescription = true): Promise<ListStep> {
  const { body, next } = await client.page<FdTicket[]>(
    '/api/v2/tickets',
    { updated_since: position.window, order_by: 'updated_at', order_type: 'asc', include: withDescription ? 'description' : undefined, page: position.page, per_page: PER_PAGE },
    'ticketsList',
  );
  const listed = Array.isArray(body) ? body : [];
  const seen = new Set(position.seenAtWindow);
  const windowAt = at(position.window);
  const fresh = listed.filter((t) => !(at(t.updated_at) <= windowAt && seen.has(t.id)));
  const last = listed[listed.length - 1];
  if (!next || !last) return { listed, fresh, next: undefined };
  const lastAt = at(last.updated_at);
  if (lastAt > windowAt) {
    return { listed, fresh, next: { window: last.updated_at, page: 1, seenAtWindow: listed.filter((t) => at(t.updated_at) === lastAt).map((t) => t.id) } };
  }
  // The whole page shares the window's second: only then does a query go past its first page.
  if (position.page >= client.tuning.maxPagesPerQuery) {
    throw new Error(
      `more than ${client.tuning.maxPagesPerQuery * PER_PAGE} Freshdesk tickets share the update time ${position.window}: the ticket list cannot page past them; ask Freshdesk for an account export`,
    );
  }
  return { listed, fresh, next: { window: position.window, page: position.page + 1, seenAtWindow: [...seen, ...listed.map((t) => t.id)] } };
}
