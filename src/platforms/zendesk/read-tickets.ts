/**
 * Tickets from the incremental ticket export (cursor-based: resumable at its `after_cursor`, and the
 * same stream a delta continues), each with all its comments (cursor pages, oldest first). A page is
 * 100 tickets: with their comments, that is what sits in memory at once.
 */
import type { Page, ReadOptions } from '../contracts.js';
import type { Ticket } from '../../model/records.js';
import type { ZdComment, ZdTicket } from './api-types.js';
import type { AgentDirectory } from './agent-directory.js';
import type { ZendeskClient } from './client.js';
import { mapLimit } from '../map-limit.js';
import { decodePosition, encodePosition } from './cursor.js';
import type { FieldCatalogue } from './custom-fields.js';
import { cursorExport, startTimeFor } from './incremental.js';
import { ticketFromZendesk } from './map-ticket.js';
import { listAll } from './pagination.js';

export function listComments(client: ZendeskClient, ticketId: number | string): Promise<ZdComment[]> {
  return listAll<ZdComment>(client.support, `/api/v2/tickets/${ticketId}/comments`, 'comments');
}

export async function* readTickets(client: ZendeskClient, catalogue: FieldCatalogue, agents: AgentDirectory, options: ReadOptions): AsyncGenerator<Page<Ticket>> {
  const ticketFields = await catalogue.definitions('tickets');
  const agentIds = await agents.ids();
  const context = { ticketFields, isAgent: (id: number) => agentIds.has(id) };
  const start = decodePosition(options.cursor, 'tickets');
  let position: { cursor: string } | { startTime: number } = start && 'cursor' in start ? { cursor: start.cursor } : { startTime: startTimeFor(options.since) };
  for (;;) {
    const page = await cursorExport<ZdTicket>(client, 'tickets', position);
    const tickets = page.items.filter((t) => t.status !== 'deleted');
    const records = await mapLimit(tickets, client.tuning.concurrency, async (t) => ticketFromZendesk(t, await listComments(client, t.id), context));
    yield { records, ...(page.afterCursor ? { cursor: encodePosition({ export: 'tickets', cursor: page.afterCursor }) } : {}) };
    if (page.endOfStream || !page.afterCursor) return;
    position = { cursor: page.afterCursor };
  }
}

/**
 * Tickets by id, 100 per show_many: what `verify` reads. The incremental export leaves out the last
 * minute, so tickets imported a moment ago are only visible this way.
 */
export async function* readTicketsByIds(client: ZendeskClient, catalogue: FieldCatalogue, agents: AgentDirectory, ids: readonly string[]): AsyncGenerator<Ticket[]> {
  const ticketFields = await catalogue.definitions('tickets');
  const agentIds = await agents.ids();
  const context = { ticketFields, isAgent: (id: number) => agentIds.has(id) };
  for (let at = 0; at < ids.length; at += 100) {
    const chunk = ids.slice(at, at + 100);
    const { tickets } = await client.support.get<{ tickets: ZdTicket[] }>('/api/v2/tickets/show_many', { ids: chunk.join(',') });
    yield mapLimit(tickets, client.tuning.concurrency, async (t) => ticketFromZendesk(t, await listComments(client, t.id), context));
  }
}
