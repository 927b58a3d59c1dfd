/**
 * Tickets ↔ canonical tickets.
 *
 * Reading: `via.channel` is the channel; tags Zendesk derived from dropdown/checkbox values are left
 * out (they come back by themselves when the values are written); comment HTML loses Zendesk's
 * `zd-comment` wrapper; a comment author is an agent when the user is an agent or admin.
 * Writing (Ticket Import API payload): every comment keeps its author, visibility and `created_at`;
 * the ticket keeps `created_at`/`updated_at`/`solved_at` and carries the source id as `external_id`.
 * Zendesk knows four ticket types; any other type is kept as a `type_<name>` tag.
 */
import type { Attachment, Comment, Ticket, TicketPriority, TicketStatus } from '../../model/records.js';
import type { ZdAttachment, ZdComment, ZdFieldDefinition, ZdTicket } from './api-types.js';
import { readTicketCustom, tagsImpliedByFields } from './custom-values.js';
import { escapeHtml, unwrapCommentHtml } from './html.js';
import { slug, zendeskTags } from './tags.js';

const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITIES: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent'];
export const ZENDESK_TICKET_TYPES = ['question', 'incident', 'problem', 'task'] as const;

export interface TicketReadContext {
  isAgent(userId: number): boolean;
  ticketFields: readonly ZdFieldDefinition[];
}

export function attachmentFromZendesk(att: ZdAttachment): Attachment {
  const attachment: Attachment = { id: String(att.id), fileName: att.file_name, contentType: att.content_type, url: att.content_url };
  if (att.size !== undefined) attachment.size = att.size;
  if (att.inline) attachment.inline = true;
  return attachment;
}

export function commentFromZendesk(c: ZdComment, isAgent: (id: number) => boolean): Comment {
  return {
    id: String(c.id),
    authorType: isAgent(c.author_id) ? 'agent' : 'contact',
    authorId: String(c.author_id),
    body: c.html_body !== undefined ? unwrapCommentHtml(c.html_body) : `<p>${escapeHtml(c.body ?? '')}</p>`,
    public: c.public,
    createdAt: c.created_at,
    attachments: (c.attachments ?? []).map(attachmentFromZendesk),
  };
}

export function ticketFromZendesk(t: ZdTicket, comments: readonly ZdComment[], context: TicketReadContext): Ticket {
  const implied = tagsImpliedByFields(context.ticketFields, t.custom_fields);
  const ticket: Ticket = {
    id: String(t.id),
    kind: 'ticket',
    status: STATUSES.includes(t.status as TicketStatus) ? (t.status as TicketStatus) : 'open',
    requesterId: String(t.requester_id),
    tags: (t.tags ?? []).filter((tag) => !implied.has(tag)),
    custom: readTicketCustom(context.ticketFields, t.custom_fields),
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    comments: comments.map((c) => commentFromZendesk(c, context.isAgent)),
  };
  if (t.subject) ticket.subject = t.subject;
  if (t.priority && PRIORITIES.includes(t.priority as TicketPriority)) ticket.priority = t.priority as TicketPriority;
  if (t.type) ticket.type = t.type;
  if (t.via?.channel) ticket.channel = t.via.channel;
  if (t.assignee_id) ticket.assigneeId = String(t.assignee_id);
  if (t.group_id) ticket.teamId = String(t.group_id);
  if (t.organization_id) ticket.companyId = String(t.organization_id);
  return ticket;
}

function isZendeskType(type: string | undefined): boolean {
  return (ZENDESK_TICKET_TYPES as readonly string[]).includes(type?.toLowerCase() ?? '');
}

/** Tags as Zendesk will store them, with the mapping's tag and a tag for a type Zendesk lacks. */
export function ticketTags(ticket: Ticket, extraTag: string | undefined): string[] {
  const tags = [...ticket.tags];
  if (extraTag) tags.push(extraTag);
  if (ticket.type && !isZendeskType(ticket.type)) tags.push(`type_${slug(ticket.type)}`);
  return zendeskTags(tags);
}

/** Comment times must lie between 1970 and now (Ticket Import API). */
export function importTime(iso: string, now = Date.now()): string {
  const ms = Math.min(Math.max(Date.parse(iso), 0), now);
  return new Date(Number.isFinite(ms) ? ms : now).toISOString();
}

/** Comments oldest first (Zendesk orders by created_at; ties keep their source order). */
export function commentsInOrder(ticket: Ticket): Comment[] {
  return ticket.comments.map((c, i) => ({ c, i })).sort((a, b) => Date.parse(a.c.createdAt) - Date.parse(b.c.createdAt) || a.i - b.i).map(({ c }) => c);
}

export interface ImportParts {
  customFields: { id: number; value: unknown }[];
  /** Upload tokens per source comment id. */
  uploadTokens: ReadonlyMap<string, string[]>;
  /** Zendesk author of a comment (the source author when migrated, else a stand-in). */
  authorOf(comment: Comment): number;
  extraTag: string | undefined;
  brandId: number | undefined;
}

export function commentPayload(comment: Comment, author: number, tokens: string[] | undefined, withTime: boolean): Record<string, unknown> {
  const body = comment.body.trim() === '' ? '<p>(no text)</p>' : comment.body;
  return {
    author_id: author,
    html_body: body,
    public: comment.public,
    ...(withTime ? { created_at: importTime(comment.createdAt) } : {}),
    ...(tokens?.length ? { uploads: tokens } : {}),
  };
}

export function importPayload(ticket: Ticket, parts: ImportParts): Record<string, unknown> {
  const requester = Number(ticket.requesterId);
  const comments = commentsInOrder(ticket).map((c) => commentPayload(c, parts.authorOf(c), parts.uploadTokens.get(c.id), true));
  if (comments.length === 0) {
    // Zendesk refuses a ticket without a first comment (its description).
    comments.push({ author_id: requester, html_body: `<p>${escapeHtml(ticket.subject ?? '(no description)')}</p>`, public: true, created_at: importTime(ticket.createdAt) });
  }
  const payload: Record<string, unknown> = {
    external_id: ticket.id,
    requester_id: requester,
    submitter_id: requester,
    status: ticket.status,
    tags: ticketTags(ticket, parts.extraTag),
    custom_fields: parts.customFields,
    created_at: importTime(ticket.createdAt),
    updated_at: importTime(ticket.updatedAt),
    comments,
  };
  if (ticket.subject) payload['subject'] = ticket.subject;
  if (ticket.priority) payload['priority'] = ticket.priority;
  if (isZendeskType(ticket.type)) payload['type'] = ticket.type?.toLowerCase();
  if (ticket.assigneeId) payload['assignee_id'] = Number(ticket.assigneeId);
  if (ticket.teamId) payload['group_id'] = Number(ticket.teamId);
  if (ticket.companyId) payload['organization_id'] = Number(ticket.companyId);
  if (ticket.status === 'solved' || ticket.status === 'closed') payload['solved_at'] = importTime(ticket.updatedAt);
  if (parts.brandId !== undefined) payload['brand_id'] = parts.brandId;
  return payload;
}
