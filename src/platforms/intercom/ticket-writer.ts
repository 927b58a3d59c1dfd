/**
 * Writes a canonical ticket as an Intercom ticket: its type found by name (or created), the default
 * title and description from the subject and the opening customer message, the other attributes,
 * the contact, the original `created_at` and the assignment in one create; then every other comment
 * as a reply or note with its own time; then the state. What a ticket type refuses (customer replies
 * on back-office tickets, teammate comments on tracker ones, files on customer replies) becomes a
 * teammate's note instead, with a warning.
 */
import { failed, migrated, REASONS, warning, WARNINGS, type Failed, type Outcome } from '../../model/outcomes.js';
import type { Comment, Ticket } from '../../model/records.js';
import type { WriteContext, WriteItem, Written } from '../contracts.js';
import { assigneeOf, type IcTicket, type IcTicketPart, type IcTicketState, type IcTicketType } from './api-types.js';
import { attachmentFiles } from './attachments.js';
import { unlessGone, type IntercomClient } from './client.js';
import { createdBy } from './created-search.js';
import type { ThreadEnv } from './conversation-writer.js';
import { createOnce } from './create-once.js';
import { RecordRefused } from './failures.js';
import { DESCRIPTION, TICKET_ID_PREFIX, TITLE } from './map-ticket.js';
import { postParts } from './post-parts.js';
import { isPartOf, matchExisting, planParts, ThreadNotes, type PlannedPart } from './thread-plan.js';
import type { TicketTypeCatalog } from './ticket-types.js';
import { unixFromIso } from './timestamps.js';

export interface TicketEnv extends ThreadEnv {
  types: TicketTypeCatalog;
}

const STATE: Record<Ticket['status'], IcTicketState['category']> = {
  new: 'submitted',
  open: 'in_progress',
  pending: 'waiting_on_customer',
  hold: 'waiting_on_customer',
  solved: 'resolved',
  closed: 'resolved',
};

interface TicketKey {
  contactId: string;
  createdAt: number;
  title: string;
  typeId: string;
}

const NO_TYPE = 'an Intercom ticket needs a type and this one has none: set defaults.tickets.type (or values.type) in the mapping';

/** What Intercom refuses of a ticket before any call: the engine asks first, and `check` predicts it. */
export function ticketRefusal(record: Ticket): Failed | undefined {
  return record.kind === 'ticket' && !record.type ? failed(REASONS.invalidRecord, NO_TYPE) : undefined;
}

/** `candidates`: tickets of the contact created at the record's time, when it may already be there. */
export async function writeTicket(env: TicketEnv, item: WriteItem<Ticket>, context: WriteContext, candidates?: IcTicket[]): Promise<Outcome> {
  const { client } = env;
  const record = item.record;
  if (!record.type) throw new RecordRefused(REASONS.invalidRecord, NO_TYPE);
  const me = String((await env.directory.me()).id);
  const notes = new ThreadNotes();
  const resolved = await env.types.attributes(await env.types.byName(record.type), record.custom);
  const type = resolved.type;
  if (resolved.dropped.length > 0) notes.extra.push(warning(WARNINGS.customFieldLeftOut, `attributes ${resolved.dropped.join(', ')} could not be written on ticket type "${type.name}" (unknown list value or type)`, resolved.dropped.map((k) => `custom.${k}`)));

  const [first, ...others] = record.comments;
  const description = first && first.authorType === 'contact' && first.public ? first : undefined;
  const rest = description ? others : record.comments;
  const createdAt = unixFromIso(record.createdAt) ?? Math.floor(Date.now() / 1000);
  const parts = adaptToCategory(planParts(rest, { me, requester: record.requesterId }, createdAt, notes), type, me, notes);
  const key: TicketKey = { contactId: record.requesterId, createdAt, title: record.subject ?? '', typeId: String(type.id) };
  env.memo.remember('tickets', record.id, () => findWrittenTicket(client, key, description, parts));

  let ticket: IcTicket | undefined;
  if (item.previous) ticket = await getTicket(client, apiTicketId(item.previous.targetId));
  else if (candidates) {
    const hit = candidates.find((t) => isTicketFor(t, key));
    ticket = hit && (await getTicket(client, String(hit.id)));
  }
  const children: Record<string, string> = { ...(ticket && item.previous?.children ? item.previous.children : {}) };
  const todo = parts.filter((p) => children[p.commentId] === undefined);
  const isNew = !ticket;
  ticket ??= await create(env, record, type, resolved.values, description, createdAt, key, context);
  if (description) children[description.id] ??= String(ticket.id);
  const existing = isNew ? [] : (ticket.ticket_parts?.ticket_parts ?? []);
  const total = isNew ? 0 : (ticket.ticket_parts?.total_count ?? existing.length);
  await postParts(todo, existing, total, children, notes, (part, known) => reply(env, String(ticket.id), part, known, context, notes));

  await updateTicket(env, ticket, record, type, resolved.values, description, isNew, context);
  for (const name of record.tags) {
    // 2.16 does not show a ticket's tags, so they are applied every time; tagging twice leaves one.
    await client.post(`/tickets/${ticket.id}/tags`, { id: await env.directory.tagId(name), admin_id: me }, { idempotent: true });
  }
  const warnings = notes.warnings();
  // Target ids are the ids the Intercom source gives tickets, so `verify` finds them when it reads back.
  return migrated(TICKET_ID_PREFIX + ticket.id, { children, ...(warnings.length > 0 ? { warnings } : {}) });
}

function apiTicketId(targetId: string): string {
  return targetId.startsWith(TICKET_ID_PREFIX) ? targetId.slice(TICKET_ID_PREFIX.length) : targetId;
}

/** Parts a ticket of this category accepts: notes where comments are refused, files moved off customer replies. */
function adaptToCategory(parts: PlannedPart[], type: IcTicketType, me: string, notes: ThreadNotes): PlannedPart[] {
  const out: PlannedPart[] = [];
  let converted = 0;
  let moved = 0;
  for (const part of parts) {
    if (part.author.type === 'user' && type.category === 'Back-office') {
      converted++;
      out.push({ ...part, author: { type: 'admin', id: me }, messageType: 'note', body: `<p><b>Customer reply:</b></p>${part.body}` });
    } else if (part.author.type === 'admin' && part.messageType === 'comment' && type.category !== 'Customer') {
      converted++;
      out.push({ ...part, messageType: 'note' });
    } else if (part.author.type === 'user' && part.attachments.length > 0) {
      // Customer replies on tickets take attachment URLs only, not uploaded files.
      moved++;
      if (part.body) out.push({ ...part, attachments: [] });
      out.push({ ...part, author: { type: 'admin', id: me }, messageType: 'note', body: part.body ? '' : '<p>Files sent by the customer</p>' });
    } else out.push(part);
  }
  if (converted) notes.extra.push(warning(WARNINGS.commentsAdapted, `${converted} comments are notes because "${type.name}" is a ${type.category} ticket type`));
  if (moved) notes.extra.push(warning(WARNINGS.commentsAdapted, `${moved} customer replies had files, which Intercom takes on ticket replies from teammates only: they are in a note next to the reply`));
  return out;
}

async function create(
  env: TicketEnv,
  record: Ticket,
  type: IcTicketType,
  values: Record<string, unknown>,
  description: Comment | undefined,
  createdAt: number,
  key: TicketKey,
  context: WriteContext,
): Promise<IcTicket> {
  const assignment = {
    ...(record.assigneeId ? { admin_assignee_id: record.assigneeId } : {}),
    ...(record.teamId ? { team_assignee_id: record.teamId } : {}),
  };
  const body = {
    ticket_type_id: String(type.id),
    contacts: [{ id: record.requesterId }],
    ticket_attributes: {
      ...(record.subject ? { [TITLE]: record.subject } : {}),
      ...(description ? { [DESCRIPTION]: description.body } : {}),
      ...values,
    },
    created_at: createdAt,
    ...(record.companyId ? { company_id: record.companyId } : {}),
    ...(Object.keys(assignment).length > 0 ? { assignment } : {}),
    skip_notifications: context.options.options.skip_notifications,
  };
  return createOnce(`ticket ${record.id}`, () => env.client.post<IcTicket>('/tickets', body), () => findTicket(env.client, key));
}

async function reply(env: TicketEnv, ticketId: string, part: PlannedPart, known: Set<string>, context: WriteContext, notes: ThreadNotes): Promise<string> {
  const files = part.attachments.length > 0 ? await attachmentFiles(part.attachments, context, (m) => notes.extra.push(warning(WARNINGS.attachmentUnreachable, m))) : [];
  const common = { ...(part.body ? { body: part.body } : {}), created_at: part.createdAt };
  const body =
    part.author.type === 'admin'
      ? {
          message_type: part.messageType,
          type: 'admin',
          admin_id: part.author.id,
          ...common,
          ...(files.length > 0 ? { attachment_files: files } : {}),
          skip_notifications: context.options.options.skip_notifications,
        }
      : { message_type: 'comment', type: 'user', intercom_user_id: part.author.id, ...common };
  const posted = await createOnce(
    `reply to ticket ${ticketId}`,
    () => env.client.post<IcTicketPart>(`/tickets/${ticketId}/reply`, body),
    async () => {
      const ticket = await getTicket(env.client, ticketId);
      return [...(ticket?.ticket_parts?.ticket_parts ?? [])].reverse().find((p) => !known.has(p.id) && isPartOf(part, p));
    },
  );
  return String(posted.id);
}

/** State, assignment and attributes of a ticket that already existed; the state alone for a new one. */
async function updateTicket(
  env: TicketEnv,
  ticket: IcTicket,
  record: Ticket,
  type: IcTicketType,
  values: Record<string, unknown>,
  description: Comment | undefined,
  isNew: boolean,
  context: WriteContext,
): Promise<void> {
  const skip = { skip_notifications: context.options.options.skip_notifications };
  const path = `/tickets/${ticket.id}`;
  const wanted = STATE[record.status];
  const stateId = (ticket.ticket_state?.category ?? 'submitted') !== wanted ? env.types.stateId(type, wanted) : undefined;
  const attributes: Record<string, unknown> = {};
  if (!isNew) {
    const desired = { ...(record.subject ? { [TITLE]: record.subject } : {}), ...(description ? { [DESCRIPTION]: description.body } : {}), ...values };
    for (const [name, value] of Object.entries(desired)) if (JSON.stringify(ticket.ticket_attributes[name]) !== JSON.stringify(value)) attributes[name] = value;
  }
  if (stateId || Object.keys(attributes).length > 0) {
    await env.client.put(path, { ...(stateId ? { ticket_state_id: stateId } : {}), ...(Object.keys(attributes).length > 0 ? { ticket_attributes: attributes } : {}), ...skip });
  }
  if (isNew) return;
  if (record.teamId && record.teamId !== assigneeOf(ticket.team_assignee_id)) await env.client.put(path, { assignee_id: record.teamId, ...skip });
  if (record.assigneeId !== assigneeOf(ticket.admin_assignee_id)) await env.client.put(path, { assignee_id: record.assigneeId ?? '0', ...skip });
}

export function getTicket(client: IntercomClient, id: string): Promise<IcTicket | undefined> {
  return unlessGone(client.get<IcTicket>(`/tickets/${id}`));
}

/** A ticket this tool created: same contact and creation second (set by the create, searchable), same type and title. */
async function findTicket(client: IntercomClient, key: TicketKey): Promise<IcTicket | undefined> {
  const candidates = await createdBy<IcTicket>(client, 'tickets', key.contactId, key.createdAt);
  const hit = candidates.find((t) => isTicketFor(t, key));
  // Search results carry no parts; the single GET does.
  return hit && getTicket(client, String(hit.id));
}

function isTicketFor(t: IcTicket, key: TicketKey): boolean {
  return (
    t.created_at === key.createdAt &&
    (t.contacts?.contacts ?? []).some((c) => String(c.id) === key.contactId) &&
    String(t.ticket_type?.id) === key.typeId &&
    (t.ticket_attributes[TITLE] ?? '') === key.title
  );
}

async function findWrittenTicket(client: IntercomClient, key: TicketKey, description: Comment | undefined, parts: PlannedPart[]): Promise<Written | undefined> {
  const ticket = await findTicket(client, key);
  if (!ticket) return undefined;
  const children: Record<string, string> = {};
  if (description) children[description.id] = String(ticket.id);
  matchExisting(parts, ticket.ticket_parts?.ticket_parts ?? []).forEach((id, i) => {
    const part = parts[i];
    if (id && part) children[part.commentId] ??= id;
  });
  return { targetId: TICKET_ID_PREFIX + ticket.id, children };
}
