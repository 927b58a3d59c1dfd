/**
 * Tickets with their conversations. The ticket list shows only the last 30 days unless asked with
 * `updated_since`, and stops at 300 pages (30,000 tickets) per query (research §2.3). So every query
 * asks for one page of tickets updated since a watermark, oldest update first, and the next query
 * starts at the last ticket's `updated_at`: no query goes past its first pages, however many tickets
 * the account has, and a ticket updated while the walk runs moves to its end instead of shifting the
 * pages under it. Tickets at the watermark's own second that were already read are skipped; only
 * when a whole page shares one second does the walk turn to that window's next page.
 *
 * Archived tickets (closed and inactive for 120 days) are in no list. A full read notes the ids it
 * listed and then asks `/api/v2/tickets/archived/{id}` for each id in the gaps (ids are sequential);
 * a gap that is no archived ticket (deleted, spam, merged away) answers 404 and is passed over. A delta
 * needs no such pass: an archived ticket does not change.
 */
import { HttpError } from '../../http/index.js';
import type { Page, ReadOptions } from '../contracts.js';
import type { Ticket } from '../../model/records.js';
import type { AgentDirectory } from './agent-directory.js';
import type { FdConversation, FdTicket } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { decodePosition, encodePosition, type ArchivedScan } from './cursor.js';
import type { FieldCatalogue } from './field-catalogue.js';
import type { HelperFields } from './helper-fields.js';
import { addId, missingIds } from './id-ranges.js';
import { mapLimit } from '../map-limit.js';
import { ticketFromFreshdesk, type TicketReadContext } from './map-ticket.js';
import { eachPage, PER_PAGE } from './pagination.js';
import { listStep, type ListWindow } from './ticket-list.js';

const EPOCH = '1970-01-01T00:00:00Z';

interface TicketsPosition extends ListWindow {
  list: 'tickets';
  /** Full reads only: what the listing saw, for the archived pass. */
  archived?: ArchivedScan;
  phase?: 'archived';
}

export interface TicketReader {
  client: FreshdeskClient;
  catalogue: FieldCatalogue;
  agents: AgentDirectory;
  helpers: HelperFields;
}

export async function readContext(reader: TicketReader): Promise<TicketReadContext> {
  const [ticketFields, agentIds, helperFields] = await Promise.all([reader.catalogue.custom('tickets'), reader.agents.ids(), reader.helpers.skipped()]);
  return { ticketFields, helperFields, isAgent: (id) => agentIds.has(id) };
}

export async function listConversations(client: FreshdeskClient, ticketId: number | string, archived = false): Promise<FdConversation[]> {
  const all: FdConversation[] = [];
  const path = archived ? `/api/v2/tickets/archived/${ticketId}/conversations` : `/api/v2/tickets/${ticketId}/conversations`;
  for await (const page of eachPage<FdConversation>(client, path)) all.push(...page.items);
  return all;
}

export async function* readTickets(reader: TicketReader, options: ReadOptions): AsyncGenerator<Page<Ticket>> {
  const { client } = reader;
  const context = await readContext(reader);
  let position: TicketsPosition = decodePosition<TicketsPosition>(options.cursor, 'tickets') ?? {
    list: 'tickets',
    window: options.since ?? EPOCH,
    page: 1,
    seenAtWindow: [],
    ...(options.since ? {} : { archived: { listed: [], probedTo: 0, maxId: 0 } }),
  };
  const withConversations = (tickets: FdTicket[], archived = false) =>
    mapLimit(tickets, client.tuning.concurrency, async (t) => ticketFromFreshdesk(t, await listConversations(client, t.id, archived), context));

  while (position.phase !== 'archived') {
    const step = await listStep(client, position);
    const records = await withConversations(step.fresh);
    let archived = position.archived;
    if (archived) {
      let ranges = archived.listed;
      for (const t of step.listed) ranges = addId(ranges, t.id);
      archived = { ...archived, listed: ranges, maxId: Math.max(archived.maxId, ...step.listed.map((t) => t.id)) };
    }
    if (!step.next && !archived) return yield { records };
    position = step.next
      ? { list: 'tickets', ...step.next, ...(archived ? { archived } : {}) }
      : { list: 'tickets', window: position.window, page: position.page, seenAtWindow: [], ...(archived ? { archived } : {}), phase: 'archived' };
    yield { records, cursor: encodePosition(position) };
  }

  for (;;) {
    const scan = position.archived as ArchivedScan;
    const ids = missingIds(scan.listed, Math.max(scan.probedTo, client.tuning.firstTicketId - 1), scan.maxId, PER_PAGE);
    if (ids.length === 0) return;
    const found = (await mapLimit(ids, client.tuning.concurrency, (id) => archivedTicket(client, id))).filter((t): t is FdTicket => t !== undefined);
    const records = await withConversations(found, true);
    position = { ...position, archived: { ...scan, probedTo: ids[ids.length - 1] as number } };
    yield { records, cursor: encodePosition(position) };
  }
}

/** An archived ticket by id; undefined when the id is no archived ticket. */
async function archivedTicket(client: FreshdeskClient, id: number): Promise<FdTicket | undefined> {
  try {
    return await client.get<FdTicket>(`/api/v2/tickets/archived/${id}`);
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 400)) return undefined;
    throw error;
  }
}

/** A ticket by id, archived or not; undefined when there is none. */
export async function ticketById(client: FreshdeskClient, id: string): Promise<{ ticket: FdTicket; archived: boolean } | undefined> {
  try {
    return { ticket: await client.get<FdTicket>(`/api/v2/tickets/${id}`), archived: false };
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 404)) throw error;
  }
  const archived = await archivedTicket(client, Number(id));
  return archived ? { ticket: archived, archived: true } : undefined;
}

/** Tickets by id: what `verify` reads, archived ones included. */
export async function* readTicketsByIds(reader: TicketReader, ids: readonly string[]): AsyncGenerator<Ticket[]> {
  const context = await readContext(reader);
  for (let i = 0; i < ids.length; i += PER_PAGE) {
    const chunk = ids.slice(i, i + PER_PAGE);
    const tickets = await mapLimit(chunk, reader.client.tuning.concurrency, async (id) => {
      const found = await ticketById(reader.client, id);
      return found ? ticketFromFreshdesk(found.ticket, await listConversations(reader.client, id, found.archived), context) : undefined;
    });
    yield tickets.filter((t): t is Ticket => t !== undefined);
  }
}
