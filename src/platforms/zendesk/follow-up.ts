/**
 * Closed tickets in Zendesk can never be updated again (422 "closed prevents ticket update"); a reply
 * to one becomes a follow-up ticket linked to it (`via_followup_source_id`), which is what Zendesk does
 * itself. `options.closed_tickets: solved` imports closed history as solved instead, so that it stays
 * updatable (Zendesk then closes it by its own automation, 28 days after solved by default).
 */
import { HttpError } from '../../http/index.js';
import type { Warning } from '../../model/outcomes.js';
import type { Comment, Ticket, TicketStatus } from '../../model/records.js';
import type { WriteContext } from '../contracts.js';
import type { ZdTicket } from './api-types.js';
import { listComments } from './read-tickets.js';
import { createOnce } from '../create-once.js';
import type { TicketDeps } from './ticket-deps.js';

/** Ledger child key that keeps the closed ticket a follow-up continues. */
export const FOLLOWUP_OF = 'followup_of:';

export interface ClosedTicket {
  closedId: string;
  /** Source comment id → Zendesk comment id, of the comments the closed ticket has. */
  known: Record<string, string>;
  /** The comments it lacks, oldest first (at least one). */
  fresh: Comment[];
  fields: Record<string, unknown>;
  warnings: Warning[];
  authorOf: (c: Comment) => number;
}

export function isClosedRefusal(error: unknown): boolean {
  return error instanceof HttpError && error.status === 422 && /closed/i.test(error.message);
}

/** The status a ticket is written with: closed history as solved when the mapping says so. */
export function importedStatus(status: TicketStatus, context: WriteContext): TicketStatus {
  return status === 'closed' && context.options.options.closed_tickets === 'solved' ? 'solved' : status;
}

/**
 * Creates the follow-up with the first new comment. A create is not idempotent: after a lost answer,
 * the closed ticket's `followup_ids` are read for one carrying this source id before sending again.
 */
export async function createFollowUp(ticket: Ticket, closed: ClosedTicket, change: Record<string, unknown>, deps: TicketDeps): Promise<{ id: string; commentId: string }> {
  const { client } = deps;
  const payload = {
    ...change,
    via_followup_source_id: Number(closed.closedId),
    requester_id: Number(ticket.requesterId),
    external_id: ticket.id,
    ...(client.settings.brandId !== undefined ? { brand_id: client.settings.brandId } : {}),
  };
  const firstComment = async (id: number) => String((await listComments(client, String(id)))[0]?.id ?? '');
  const create = async () => {
    const body = await client.support.post<{ ticket: ZdTicket; audit?: { events?: { id: number; type: string }[] } }>('/api/v2/tickets', { ticket: payload }, { idempotent: false });
    const event = body.audit?.events?.find((e) => e.type === 'Comment');
    return { id: String(body.ticket.id), commentId: event ? String(event.id) : await firstComment(body.ticket.id) };
  };
  const find = async () => {
    const source = (await client.support.get<{ ticket: ZdTicket & { followup_ids?: number[] } }>(`/api/v2/tickets/${closed.closedId}`)).ticket;
    for (const id of [...(source.followup_ids ?? [])].reverse()) {
      const followUp = (await client.support.get<{ ticket: ZdTicket }>(`/api/v2/tickets/${id}`)).ticket;
      if (followUp.external_id === ticket.id) return { id: String(id), commentId: await firstComment(id) };
    }
    return undefined;
  };
  return createOnce(create, find);
}
