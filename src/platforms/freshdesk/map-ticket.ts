/**
 * Tickets ↔ canonical tickets.
 *
 * Reading: the ticket's description is its first comment (by the requester, public, at the ticket's
 * creation), its conversations the others, oldest first. A conversation is a customer's when it is
 * `incoming` or its author is no agent. A first line written by this connector ("Originally written
 * <instant>") gives the comment its original date back and is taken off; a description that held
 * nothing else was a stand-in and is no comment.
 * Writing: see ticket-writer.ts. Freshdesk's ticket types are the account's `ticket_type` choices;
 * any other type is kept as a `type_<name>` tag.
 */
import type { Attachment, Comment, Ticket } from '../../model/records.js';
import type { FdAttachment, FdConversation, FdField, FdTicket } from './api-types.js';
import { priorityFromFreshdesk, sourceFromFreshdesk, statusFromFreshdesk } from './codes.js';
import { readCustom } from './custom-values.js';
import { takeOriginalDate } from './original-dates.js';

export const DESCRIPTION_ID = 'description';

/** Freshdesk requires a subject: what a ticket without one gets. */
export const NO_SUBJECT = '(no subject)';

export interface TicketReadContext {
  isAgent(userId: number): boolean;
  ticketFields: readonly FdField[];
  /** The connector's own fields (source id, original date): not custom values. */
  helperFields: readonly string[];
}

export function attachmentFromFreshdesk(a: FdAttachment): Attachment {
  return { id: String(a.id), fileName: a.name, contentType: a.content_type || 'application/octet-stream', size: a.size, url: a.attachment_url };
}

export function commentFromConversation(c: FdConversation, isAgent: (id: number) => boolean): Comment {
  const dated = takeOriginalDate(c.body ?? '');
  const byAgent = !c.incoming && isAgent(c.user_id);
  const comment: Comment = {
    id: String(c.id),
    authorType: byAgent ? 'agent' : 'contact',
    body: dated.body,
    public: !c.private,
    createdAt: dated.createdAt ?? c.created_at,
    attachments: (c.attachments ?? []).map(attachmentFromFreshdesk),
  };
  // A customer's words written by an agent (an incoming note by the API user) have lost their author.
  if (byAgent || !isAgent(c.user_id)) comment.authorId = String(c.user_id);
  return comment;
}

function descriptionComment(t: FdTicket): Comment | undefined {
  const dated = takeOriginalDate(t.description ?? '');
  if (dated.body.trim() === '' && !t.attachments?.length) return undefined;
  return {
    id: DESCRIPTION_ID,
    authorType: 'contact',
    authorId: String(t.requester_id),
    body: dated.body,
    public: true,
    createdAt: dated.createdAt ?? t.created_at,
    attachments: (t.attachments ?? []).map(attachmentFromFreshdesk),
  };
}

export function ticketFromFreshdesk(t: FdTicket, conversations: readonly FdConversation[], context: TicketReadContext): Ticket {
  const description = descriptionComment(t);
  const comments = [...(description ? [description] : []), ...conversations.map((c) => commentFromConversation(c, context.isAgent))];
  const opened = takeOriginalDate(t.description ?? '').createdAt;
  const ticket: Ticket = {
    id: String(t.id),
    kind: 'ticket',
    status: statusFromFreshdesk(t.status),
    requesterId: String(t.requester_id),
    tags: t.tags ?? [],
    custom: readCustom(context.ticketFields, t.custom_fields, context.helperFields),
    createdAt: opened ?? t.created_at,
    updatedAt: t.updated_at,
    comments,
  };
  if (t.subject) ticket.subject = t.subject;
  const priority = priorityFromFreshdesk(t.priority);
  if (priority) ticket.priority = priority;
  if (t.type) ticket.type = t.type;
  const channel = sourceFromFreshdesk(t.source);
  if (channel) ticket.channel = channel;
  if (t.responder_id) ticket.assigneeId = String(t.responder_id);
  if (t.group_id) ticket.teamId = String(t.group_id);
  if (t.company_id) ticket.companyId = String(t.company_id);
  return ticket;
}

/** Comments oldest first (ties keep their source order): notes can only be appended. */
export function commentsInOrder(ticket: Ticket): Comment[] {
  return ticket.comments.map((c, i) => ({ c, i })).sort((a, b) => Date.parse(a.c.createdAt) - Date.parse(b.c.createdAt) || a.i - b.i).map(({ c }) => c);
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');

/** The account's type for the ticket's, or a `type_<name>` tag when it has none. */
export function typeAndTags(ticket: Ticket, accountTypes: readonly string[]): { type?: string; tags: string[] } {
  const tags = [...ticket.tags];
  if (!ticket.type) return { tags };
  const type = accountTypes.find((t) => t.toLowerCase() === ticket.type?.toLowerCase());
  if (type) return { type, tags };
  const tag = `type_${slug(ticket.type)}`;
  return { tags: tags.includes(tag) ? tags : [...tags, tag] };
}
