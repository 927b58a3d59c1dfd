/**
 * The tickets entity: Intercom conversations first, then Intercom tickets. Both are listed through
 * their search (ordered by creation, so a resumed read neither skips nor repeats), then fetched one by
 * one, because only the single-object GET returns the parts.
 */
import type { Ticket } from '../../model/records.js';
import type { Page, ReadOptions } from '../contracts.js';
import type { IcConversation, IcTicket } from './api-types.js';
import { SEARCH_PAGE_SIZE, type IntercomClient, type SearchQuery } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { mapLimit } from '../map-limit.js';
import { ticketFromConversation } from './map-conversation.js';
import { ticketFromIntercom } from './map-ticket.js';
import { unixFromIso } from './timestamps.js';

/** Threads listed per search page, and so per page of records: the largest page search takes. */
export const THREAD_PAGE_SIZE = SEARCH_PAGE_SIZE;

type Phase = 'conversations' | 'tickets';

export async function* readThreads(client: IntercomClient, options: ReadOptions): AsyncGenerator<Page<Ticket>> {
  const cursor = decodeCursor<{ phase: Phase; after: string }>(options.cursor, 'tickets');
  const query = threadQuery(options);
  const phases: Phase[] = cursor.phase === 'tickets' ? ['tickets'] : ['conversations', 'tickets'];
  let after = cursor.after;
  for (const phase of phases) {
    do {
      const page = await client.searchPage<{ id: string }>(`/${phase}/search`, phase, query, THREAD_PAGE_SIZE, after);
      // As many at once as the budget can serve (the limiter holds what rate × latency does not need).
      const records = await mapLimit(page.items, client.http.workers, (item) => readThread(client, phase, String(item.id)));
      after = page.next;
      const next = after ? { phase, after } : phase === 'conversations' ? { phase: 'tickets' } : undefined;
      yield next ? { records, cursor: encodeCursor(next) } : { records };
    } while (after);
  }
}

function threadQuery(options: ReadOptions): SearchQuery {
  const since = unixFromIso(options.since);
  // Both searches document `>` as "greater or equal" on timestamps.
  return since === undefined ? { field: 'created_at', operator: '>', value: 0 } : { field: 'updated_at', operator: '>', value: since };
}

async function readThread(client: IntercomClient, phase: Phase, id: string): Promise<Ticket> {
  if (phase === 'conversations') return ticketFromConversation(await client.get<IcConversation>(`/conversations/${id}`));
  return ticketFromIntercom(await client.get<IcTicket>(`/tickets/${id}`));
}

export async function countThreads(client: IntercomClient): Promise<number> {
  const query = threadQuery({});
  let total = 0;
  for (const phase of ['conversations', 'tickets'] as const) total += (await client.searchPage(`/${phase}/search`, phase, query, 1)).total ?? 0;
  return total;
}
