/**
 * An Intercom ticket (with its parts) → a canonical ticket of kind `ticket`. The ticket type becomes
 * `type` (by name), the default title the subject, the default description the opening comment (from
 * the contact, at creation time), and the other ticket attributes `custom`, list items by label.
 */
import type { Comment, CustomValues, Ticket, TicketStatus } from '../../model/records.js';
import { assigneeOf, type IcTicket, type IcTicketState } from './api-types.js';
import { ticketTypeAttributes } from './map-fields.js';
import { commentFromPart } from './map-parts.js';
import { isoFromUnix } from './timestamps.js';

export const TITLE = '_default_title_';
export const DESCRIPTION = '_default_description_';

/** Canonical ids of Intercom tickets carry a prefix: tickets and conversations share the tickets entity. */
export const TICKET_ID_PREFIX = 'ticket-';
export const DESCRIPTION_COMMENT_ID = 'description';

const STATUS: Record<IcTicketState['category'], TicketStatus> = {
  submitted: 'new',
  in_progress: 'open',
  waiting_on_customer: 'pending',
  resolved: 'solved',
};

export function ticketFromIntercom(t: IcTicket): Ticket {
  const requesterId = t.contacts?.contacts[0]?.id ?? '';
  const description = typeof t.ticket_attributes[DESCRIPTION] === 'string' ? (t.ticket_attributes[DESCRIPTION] as string) : '';
  const title = typeof t.ticket_attributes[TITLE] === 'string' ? (t.ticket_attributes[TITLE] as string) : '';
  const parts = t.ticket_parts?.ticket_parts ?? [];
  const comments: Comment[] = [];
  if (description.trim()) {
    comments.push({
      id: DESCRIPTION_COMMENT_ID,
      authorType: 'contact',
      ...(requesterId ? { authorId: requesterId } : {}),
      body: description,
      public: true,
      createdAt: isoFromUnix(t.created_at),
      attachments: [],
    });
  }
  for (const part of parts) {
    const comment = commentFromPart(part);
    if (comment) comments.push(comment);
  }
  const total = t.ticket_parts?.total_count ?? parts.length;
  const assigneeId = assigneeOf(t.admin_assignee_id);
  const teamId = assigneeOf(t.team_assignee_id);
  return {
    id: TICKET_ID_PREFIX + t.id,
    kind: 'ticket',
    ...(title ? { subject: title } : {}),
    status: t.ticket_state ? STATUS[t.ticket_state.category] : 'open',
    ...(t.ticket_type?.name ? { type: t.ticket_type.name } : {}),
    requesterId,
    ...(assigneeId ? { assigneeId } : {}),
    ...(teamId ? { teamId } : {}),
    // 2.16 tickets expose neither their tags nor their company.
    tags: [],
    custom: ticketCustom(t),
    createdAt: isoFromUnix(t.created_at),
    updatedAt: isoFromUnix(t.updated_at),
    comments,
    ...(total > parts.length ? { truncatedFrom: total } : {}),
  };
}

/** Ticket attributes other than title and description; list item ids become their labels. */
function ticketCustom(t: IcTicket): CustomValues {
  const attributes = ticketTypeAttributes(t.ticket_type);
  const out: CustomValues = {};
  for (const [name, value] of Object.entries(t.ticket_attributes)) {
    if (name === TITLE || name === DESCRIPTION) continue;
    const attribute = attributes.find((a) => a.name === name);
    const items = attribute?.input_options?.list_options ?? [];
    const label = (id: unknown) => items.find((i) => i.id === id)?.label ?? String(id);
    if (attribute?.data_type === 'files') continue;
    if (attribute?.data_type === 'list' && typeof value === 'string') out[name] = label(value);
    else if (attribute?.data_type === 'list' && Array.isArray(value)) out[name] = value.map(label);
    else if (attribute?.data_type === 'datetime' && typeof value === 'number') out[name] = isoFromUnix(value);
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) out[name] = value as string | number | boolean | null;
  }
  return out;
}
