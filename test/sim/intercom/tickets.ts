/**
 * Tickets and ticket types.
 * - Ticket types (`/ticket_types`) have a category (Customer, Back-office, Tracker), the two default
 *   attributes every type gets (`_default_title_`, `_default_description_`), custom attributes added
 *   through `/ticket_types/{id}/attributes`, and the workspace's ticket states.
 * - `POST /tickets` takes exactly one contact (by id, external_id or email; an unknown email creates a
 *   lead), `ticket_attributes` keyed by attribute name (list attributes take the list item id), and a
 *   historical `created_at`. There is no list endpoint: tickets are read through `POST /tickets/search`
 *   (results carry no parts) and `GET /tickets/{id}` (parts capped like conversations).
 * - `PUT /tickets/{id}` changes state (which must belong to the type), assignment and attributes; those
 *   changes are stamped with the current time.
 * - Replies: no user replies on Back-office tickets; no admin comments on Tracker or non-shared
 *   Back-office tickets (notes only); `attachment_files` take precedence over `attachment_urls`.
 */
import { attachmentsFromFiles, attachmentsFromUrls, renderAttachment } from './attachments.js';
import { newContact } from './contacts.js';
import { IntercomApiError, adminNotFound, invalid, missing, notFound, ticketNotFound, userNotFound } from './errors.js';
import { compareKeys, cursorPage, type SortKey } from './pagination.js';
import { cappedParts, newPart, readCreatedAt, renderAuthor } from './parts.js';
import { bodyObject, isObject, optArray, optBoolean, optInteger, optObject, optString, reqString } from './request-input.js';
import type {
  AuthorRef,
  ContactRecord,
  PartRecord,
  TicketAttributeType,
  TicketAttributeValue,
  TicketCategory,
  TicketRecord,
  TicketStateCategory,
  TicketStateRecord,
  TicketTypeAttributeRecord,
  TicketTypeRecord,
} from './records.js';
import type { RouteContext, Router } from './router.js';
import { compileQuery, searchPaging, type SearchField, type SearchModel } from './search.js';
import type { IntercomStore } from './store.js';
import { applyTag, removeTag, renderAppliedTag, requireTag } from './tags.js';

export const TICKET_ID_BASE = 600;
export const TICKET_TYPE_ID_BASE = 90;
export const TICKET_STATE_ID_BASE = 8_500;
export const TICKET_ATTRIBUTE_ID_BASE = 200;

const DEFAULT_STATES: Array<[TicketStateCategory, string, string]> = [
  ['submitted', 'Submitted', 'Submitted'],
  ['in_progress', 'In progress', 'In progress'],
  ['waiting_on_customer', 'Waiting on customer', 'Waiting on you'],
  ['resolved', 'Resolved', 'Resolved'],
];

export function installTicketStates(store: IntercomStore): void {
  for (const [category, internal, external] of DEFAULT_STATES) {
    const id = store.nextNumericId('ticket_state', TICKET_STATE_ID_BASE);
    store.ticketStates.set(id, { id, category, internal_label: internal, external_label: external, archived: false });
  }
}

const CATEGORIES: TicketCategory[] = ['Customer', 'Back-office', 'Tracker'];
const ATTRIBUTE_TYPES: TicketAttributeType[] = ['string', 'list', 'integer', 'decimal', 'boolean', 'datetime', 'files'];

export function newTicketAttribute(
  store: IntercomStore,
  input: Partial<TicketTypeAttributeRecord> & Pick<TicketTypeAttributeRecord, 'name' | 'data_type'>,
  order: number,
): TicketTypeAttributeRecord {
  const now = store.now();
  return {
    id: store.nextNumericId('ticket_attribute', TICKET_ATTRIBUTE_ID_BASE),
    description: '',
    list_items: [],
    multiline: false,
    allow_multiple_values: false,
    order,
    required_to_create: false,
    required_to_create_for_contacts: false,
    visible_on_create: true,
    visible_to_contacts: true,
    default: false,
    archived: false,
    created_at: now,
    updated_at: now,
    ...input,
  };
}

export function createTicketType(
  store: IntercomStore,
  input: { id?: string; name: string; description?: string; category?: TicketCategory; icon?: string; is_internal?: boolean },
): TicketTypeRecord {
  if ([...store.ticketTypes.values()].some((t) => t.name.toLowerCase() === input.name.toLowerCase())) {
    throw invalid(`A ticket type named '${input.name}' already exists`, 'name');
  }
  const now = store.now();
  const id = input.id ?? store.nextNumericId('ticket_type', TICKET_TYPE_ID_BASE);
  const type: TicketTypeRecord = {
    id,
    name: input.name,
    description: input.description ?? '',
    icon: input.icon ?? '🎟️',
    category: input.category ?? 'Customer',
    is_internal: input.is_internal ?? false,
    archived: false,
    created_at: now,
    updated_at: now,
    attributes: [],
    state_ids: [...store.ticketStates.keys()],
  };
  // "Every ticket type will be created with two default attributes."
  type.attributes.push(newTicketAttribute(store, { name: '_default_title_', data_type: 'string', default: true }, 0));
  type.attributes.push(newTicketAttribute(store, { name: '_default_description_', data_type: 'string', multiline: true, default: true }, 1));
  store.ticketTypes.set(id, type);
  return type;
}

function renderTicketTypeAttribute(store: IntercomStore, type: TicketTypeRecord, attr: TicketTypeAttributeRecord): Record<string, unknown> {
  let inputOptions: Record<string, unknown> | null = null;
  if (attr.data_type === 'string') inputOptions = { multiline: attr.multiline };
  if (attr.data_type === 'list') inputOptions = { list_options: attr.list_items, allow_multiple_values: attr.allow_multiple_values };
  return {
    type: 'ticket_type_attribute',
    id: attr.id,
    workspace_id: store.app.id_code,
    name: attr.name,
    description: attr.description,
    data_type: attr.data_type,
    input_options: inputOptions,
    order: attr.order,
    required_to_create: attr.required_to_create,
    required_to_create_for_contacts: attr.required_to_create_for_contacts,
    visible_on_create: attr.visible_on_create,
    visible_to_contacts: attr.visible_to_contacts,
    default: attr.default,
    ticket_type_id: Number(type.id),
    archived: attr.archived,
    created_at: attr.created_at,
    updated_at: attr.updated_at,
  };
}

function renderTicketState(state: TicketStateRecord): Record<string, unknown> {
  return { type: 'ticket_state', id: state.id, category: state.category, internal_label: state.internal_label, external_label: state.external_label };
}

export function renderTicketType(store: IntercomStore, type: TicketTypeRecord): Record<string, unknown> {
  return {
    type: 'ticket_type',
    id: type.id,
    category: type.category,
    name: type.name,
    description: type.description,
    icon: type.icon,
    workspace_id: store.app.id_code,
    // The spec's schema names this list `ticket_type_attributes`; every response example recorded
    // from the service (and so this simulator) uses `{type: "list", data: [...]}`.
    ticket_type_attributes: { type: 'list', data: type.attributes.map((a) => renderTicketTypeAttribute(store, type, a)) },
    ticket_states: {
      type: 'list',
      data: type.state_ids.map((id) => store.ticketStates.get(id)).filter((s) => s !== undefined).map(renderTicketState),
    },
    archived: type.archived,
    is_internal: type.is_internal,
    created_at: type.created_at,
    updated_at: type.updated_at,
  };
}

function ticketAuthor(author: AuthorRef): AuthorRef {
  // Ticket part authors are admin, bot, team or user: leads show as user.
  return author.type === 'lead' ? { type: 'user', id: author.id } : author;
}

function renderTicketPart(store: IntercomStore, part: PartRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: 'ticket_part',
    id: part.id,
    part_type: part.part_type,
    body: part.body,
    created_at: part.created_at,
    updated_at: part.updated_at,
    assigned_to: part.assigned_to,
    author: renderAuthor(store, ticketAuthor(part.author), false),
    attachments: part.attachments.map(renderAttachment),
    external_id: part.external_id,
    redacted: part.redacted,
  };
  if (part.previous_ticket_state) out['previous_ticket_state'] = part.previous_ticket_state;
  if (part.ticket_state) out['ticket_state'] = part.ticket_state;
  return out;
}

export function renderTicket(store: IntercomStore, ticket: TicketRecord, options: { withParts: boolean; maxParts: number }): Record<string, unknown> {
  const type = store.ticketTypes.get(ticket.ticket_type_id);
  const state = store.ticketStates.get(ticket.state_id);
  const out: Record<string, unknown> = {
    type: 'ticket',
    id: ticket.id,
    ticket_id: ticket.ticket_id,
    category: type?.category ?? 'Customer',
    ticket_attributes: ticket.ticket_attributes,
    ticket_state: state ? renderTicketState(state) : null,
    ticket_type: type ? renderTicketType(store, type) : null,
    contacts: {
      type: 'contact.list',
      contacts: ticket.contact_ids.map((id) => ({ type: 'contact', id, external_id: store.contacts.get(id)?.external_id ?? null })),
    },
    admin_assignee_id: Number(ticket.admin_assignee_id) || 0,
    team_assignee_id: Number(ticket.team_assignee_id) || 0,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    open: ticket.open,
    linked_objects: {
      type: 'list',
      total_count: ticket.linked_conversation_ids.length,
      has_more: false,
      data: ticket.linked_conversation_ids.map((id) => ({ type: 'conversation', id, category: null })),
    },
    is_shared: ticket.is_shared,
    previous_ticket_state_id: ticket.previous_state_id,
  };
  if (ticket.snoozed_until !== null) out['snoozed_until'] = ticket.snoozed_until;
  if (options.withParts) {
    out['ticket_parts'] = {
      type: 'ticket_part.list',
      ticket_parts: cappedParts(ticket.parts, options.maxParts).map((p) => renderTicketPart(store, p)),
      total_count: ticket.parts.length,
    };
  }
  return out;
}

export function requireTicketType(store: IntercomStore, id: string | undefined): TicketTypeRecord {
  const type = id === undefined ? undefined : store.ticketTypes.get(id);
  if (!type) throw notFound('Ticket type not found');
  return type;
}

function requireTicket(store: IntercomStore, id: string | undefined): TicketRecord {
  const ticket = id === undefined ? undefined : store.tickets.get(id);
  if (!ticket) throw ticketNotFound();
  return ticket;
}

/** Validates attribute values against the type; returns them keyed by attribute name. */
export function checkTicketAttributes(type: TicketTypeRecord, values: Record<string, unknown>, creating: boolean): Record<string, TicketAttributeValue> {
  const out: Record<string, TicketAttributeValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const attr = type.attributes.find((a) => a.name === name && !a.archived);
    if (!attr) throw invalid(`Ticket attribute '${name}' does not exist on ticket type ${type.id}`, 'ticket_attributes');
    if (value === null) {
      out[name] = null;
      continue;
    }
    const ok = (() => {
      switch (attr.data_type) {
        case 'string':
          return typeof value === 'string';
        case 'integer':
        case 'datetime':
          return typeof value === 'number' && Number.isInteger(value);
        case 'decimal':
          return typeof value === 'number';
        case 'boolean':
          return typeof value === 'boolean';
        case 'list': {
          const ids = attr.list_items.map((i) => i.id);
          const chosen = Array.isArray(value) && attr.allow_multiple_values ? value : [value];
          return chosen.every((v) => typeof v === 'string' && ids.includes(v));
        }
        case 'files':
          return Array.isArray(value) && value.every((v) => typeof v === 'string');
      }
    })();
    if (!ok) {
      const hint = attr.data_type === 'list' ? ' (list attributes take the id of a list item)' : '';
      throw invalid(`Ticket attribute '${name}' expects a ${attr.data_type} value${hint}`, 'ticket_attributes');
    }
    out[name] = value as TicketAttributeValue;
  }
  if (creating) {
    for (const attr of type.attributes) {
      if (attr.required_to_create && !attr.archived && (out[attr.name] === undefined || out[attr.name] === null)) {
        throw missing(`Ticket attribute '${attr.name}' is required to create a ticket of this type`, 'ticket_attributes');
      }
    }
  }
  return out;
}

function resolveTicketContact(store: IntercomStore, entry: unknown): ContactRecord {
  if (!isObject(entry)) throw invalid('contacts entries must be objects', 'contacts');
  const id = optString(entry, 'id');
  const externalId = optString(entry, 'external_id');
  const email = optString(entry, 'email');
  let contact: ContactRecord | undefined;
  if (id) contact = store.contacts.get(id);
  else if (externalId) contact = store.findContactByExternalId(externalId);
  else if (email) {
    contact = store.findContactByEmail(email);
    if (!contact) {
      // An unknown email creates the contact.
      contact = newContact(store, 'lead');
      contact.email = email;
      store.contacts.set(contact.id, contact);
    }
  } else throw invalid('contacts entries need an id, external_id or email', 'contacts');
  if (!contact || contact.merged_into !== null) throw userNotFound();
  return contact;
}

function firstStateOf(store: IntercomStore, type: TicketTypeRecord, category: TicketStateCategory): TicketStateRecord {
  for (const id of type.state_ids) {
    const state = store.ticketStates.get(id);
    if (state && state.category === category && !state.archived) return state;
  }
  throw new IntercomApiError(400, 'ticket_state_id_invalid', `Ticket type ${type.id} has no ${category} state`);
}

/** Applies an assignee id to a ticket: '0' unassigns, an admin id or a team id assigns. */
function assignTicket(store: IntercomStore, ticket: TicketRecord, assigneeId: string): PartRecord['assigned_to'] {
  if (assigneeId === '0') {
    ticket.admin_assignee_id = '0';
    return { type: 'nobody_admin', id: '0' };
  }
  if (store.admins.has(assigneeId)) {
    ticket.admin_assignee_id = assigneeId;
    return { type: 'admin', id: assigneeId };
  }
  if (store.teams.has(assigneeId)) {
    ticket.team_assignee_id = assigneeId;
    return { type: 'team', id: assigneeId };
  }
  throw new IntercomApiError(404, 'assignee_not_found', 'Assignee not found');
}

function createTicket(ctx: RouteContext): Record<string, unknown> {
  const { store, request, config } = ctx;
  const body = bodyObject(request.body);
  const type = requireTicketType(store, reqString(body, 'ticket_type_id', 'ticket_type_id is a required parameter.'));
  const contacts = optArray(body, 'contacts');
  if (!contacts || contacts.length === 0) throw missing('contacts is a required parameter.', 'contacts');
  if (contacts.length > 1) throw invalid('Currently only one contact is allowed per ticket', 'contacts');
  const attributes = checkTicketAttributes(type, optObject(body, 'ticket_attributes') ?? {}, true);
  const createdAt = readCreatedAt(body['created_at']) ?? store.now();
  const companyId = optString(body, 'company_id');
  if (companyId !== undefined && !store.companies.has(companyId)) throw new IntercomApiError(404, 'company_not_found', 'Company Not Found');
  const linkId = optString(body, 'conversation_to_link_id');
  if (linkId !== undefined && !store.conversations.has(linkId)) throw notFound('Conversation not found');
  const contact = resolveTicketContact(store, contacts[0]);
  const skip = optBoolean(body, 'skip_notifications') ?? false;

  const ticket: TicketRecord = {
    id: store.nextNumericId('ticket', TICKET_ID_BASE),
    ticket_id: String(store.tickets.size + 1),
    ticket_type_id: type.id,
    contact_ids: [contact.id],
    admin_assignee_id: '0',
    team_assignee_id: '0',
    created_at: createdAt,
    updated_at: store.now(),
    open: true,
    snoozed_until: null,
    is_shared: type.category === 'Customer',
    state_id: firstStateOf(store, type, 'submitted').id,
    previous_state_id: null,
    company_id: companyId ?? null,
    ticket_attributes: attributes,
    parts: [],
    tags: [],
    linked_conversation_ids: linkId ? [linkId] : [],
    skip_notifications: skip,
  };
  const assignment = optObject(body, 'assignment');
  if (assignment) {
    const adminAssignee = optString(assignment, 'admin_assignee_id');
    const teamAssignee = optString(assignment, 'team_assignee_id');
    if (adminAssignee !== undefined) {
      if (adminAssignee !== '0' && !store.admins.has(adminAssignee)) throw new IntercomApiError(404, 'assignee_not_found', 'Assignee not found');
      ticket.admin_assignee_id = adminAssignee;
    }
    if (teamAssignee !== undefined) {
      if (teamAssignee !== '0' && !store.teams.has(teamAssignee)) throw new IntercomApiError(404, 'assignee_not_found', 'Assignee not found');
      ticket.team_assignee_id = teamAssignee;
    }
  }
  store.tickets.set(ticket.id, ticket);
  if (!skip && type.category === 'Customer') store.notifications.push({ kind: 'ticket_created', target_id: ticket.id, at: store.now() });
  return renderTicket(store, ticket, { withParts: true, maxParts: config.maxParts });
}

function updateTicket(ctx: RouteContext): Record<string, unknown> {
  const { store, request, params, config } = ctx;
  const ticket = requireTicket(store, params['ticket_id']);
  const type = requireTicketType(store, ticket.ticket_type_id);
  const body = bodyObject(request.body);
  const adminIdValue = optInteger(body, 'admin_id');
  const actorId = adminIdValue !== undefined ? String(adminIdValue) : store.meId ?? '';
  if (adminIdValue !== undefined && !store.admins.has(actorId)) throw new IntercomApiError(404, 'assignee_not_found', 'Assignee not found');
  const author: AuthorRef = { type: 'admin', id: actorId };

  const attributes = optObject(body, 'ticket_attributes');
  const checked = attributes ? checkTicketAttributes(type, attributes, false) : undefined;
  const stateId = optString(body, 'ticket_state_id');
  if (stateId !== undefined && !type.state_ids.includes(stateId)) {
    throw new IntercomApiError(400, 'ticket_state_id_invalid', 'Ticket state id is not valid or is not associated with the ticket type');
  }
  const newParts: PartRecord[] = [];
  if (checked) ticket.ticket_attributes = { ...ticket.ticket_attributes, ...checked };
  if (stateId !== undefined && stateId !== ticket.state_id) {
    const before = store.ticketStates.get(ticket.state_id);
    const after = store.ticketStates.get(stateId);
    ticket.previous_state_id = ticket.state_id;
    ticket.state_id = stateId;
    if (after?.category === 'resolved' && body['open'] === undefined) ticket.open = false;
    newParts.push(
      newPart(store, {
        part_type: 'ticket_state_updated_by_admin',
        author,
        state: ticket.open ? 'open' : 'closed',
        previous_ticket_state: before?.category ?? null,
        ticket_state: after?.category ?? null,
      }),
    );
  }
  const open = optBoolean(body, 'open');
  if (open !== undefined) ticket.open = open;
  const shared = optBoolean(body, 'is_shared');
  if (shared !== undefined) ticket.is_shared = shared;
  const snoozed = optInteger(body, 'snoozed_until');
  if (snoozed !== undefined) ticket.snoozed_until = snoozed;
  const companyId = optString(body, 'company_id');
  if (companyId !== undefined) {
    if (!store.companies.has(companyId)) throw new IntercomApiError(404, 'company_not_found', 'Company Not Found');
    ticket.company_id = companyId;
  }
  const assigneeId = optString(body, 'assignee_id');
  if (assigneeId !== undefined) {
    const assignedTo = assignTicket(store, ticket, assigneeId);
    newParts.push(newPart(store, { part_type: 'assignment', author, assigned_to: assignedTo, state: ticket.open ? 'open' : 'closed' }));
  }
  ticket.parts.push(...newParts);
  ticket.updated_at = store.now();
  if (!(optBoolean(body, 'skip_notifications') ?? false) && newParts.length > 0 && type.category === 'Customer') {
    store.notifications.push({ kind: 'ticket_updated', target_id: ticket.id, at: store.now() });
  }
  return renderTicket(store, ticket, { withParts: true, maxParts: config.maxParts });
}

function replyToTicket(ctx: RouteContext): Record<string, unknown> {
  const { store, request, params, config } = ctx;
  const ticket = requireTicket(store, params['ticket_id']);
  const type = requireTicketType(store, ticket.ticket_type_id);
  const body = bodyObject(request.body);
  const messageType = reqString(body, 'message_type', 'message_type is a required parameter.');
  const createdAt = readCreatedAt(body['created_at']);
  let author: AuthorRef;
  let attachments;
  if (body['type'] === 'admin') {
    if (!['comment', 'note', 'quick_reply'].includes(messageType)) throw invalid('message_type must be comment, note or quick_reply', 'message_type');
    const adminId = reqString(body, 'admin_id', 'admin_id is a required parameter.');
    if (!store.admins.has(adminId)) throw adminNotFound();
    if (messageType !== 'note' && type.category === 'Tracker') {
      throw new IntercomApiError(400, 'parameter_mismatch', 'Admin comments are not allowed on Tracker tickets, use a note');
    }
    if (messageType !== 'note' && type.category === 'Back-office' && !ticket.is_shared) {
      throw new IntercomApiError(400, 'parameter_mismatch', 'Admin comments are not allowed on Back-office tickets that are not shared, use a note');
    }
    author = { type: 'admin', id: adminId };
    const files = attachmentsFromFiles(store, body['attachment_files'], config.maxAttachmentsPerPart);
    const urls = attachmentsFromUrls(body['attachment_urls'], config.maxAttachmentsPerPart);
    // attachment_files take precedence over attachment_urls.
    attachments = files.length > 0 ? files : urls;
  } else if (body['type'] === 'user') {
    if (type.category === 'Back-office') throw new IntercomApiError(400, 'parameter_mismatch', 'User replies are not allowed on Backoffice tickets');
    if (messageType !== 'comment') throw invalid('message_type must be comment for a contact reply', 'message_type');
    const id = optString(body, 'intercom_user_id');
    const userId = optString(body, 'user_id');
    const email = optString(body, 'email');
    const contact = id ? store.contacts.get(id) : userId ? store.findContactByExternalId(userId) : email ? store.findContactByEmail(email) : undefined;
    if (!contact) throw userNotFound();
    author = { type: contact.role, id: contact.id };
    attachments = attachmentsFromUrls(body['attachment_urls'], config.maxAttachmentsPerPart);
  } else {
    throw invalid('type must be admin or user', 'type');
  }
  const text = optString(body, 'body');
  if ((text === undefined || text === '') && attachments.length === 0) throw missing('body is a required parameter.', 'body');
  const skip = optBoolean(body, 'skip_notifications') ?? false;
  const part = newPart(store, { part_type: messageType, author, body: text ?? null, attachments, state: ticket.open ? 'open' : 'closed', skip_notifications: skip }, createdAt);
  ticket.parts.push(part);
  ticket.updated_at = store.now();
  if (!skip && author.type === 'admin' && messageType === 'comment') {
    store.notifications.push({ kind: 'ticket_reply', target_id: ticket.id, at: store.now() });
  }
  return {
    type: 'ticket_part',
    id: part.id,
    part_type: part.part_type,
    body: part.body,
    created_at: part.created_at,
    updated_at: part.updated_at,
    author: renderAuthor(store, ticketAuthor(part.author), false),
    attachments: part.attachments.map(renderAttachment),
    redacted: false,
  };
}

const CATEGORY_SEARCH_TERMS: Record<TicketCategory, string> = { Customer: 'request', 'Back-office': 'task', Tracker: 'tracker' };

export function ticketSearchModel(store: IntercomStore): SearchModel<TicketRecord> {
  const s = (get: (t: TicketRecord) => unknown): SearchField<TicketRecord> => ({ kind: 'string', get });
  const d = (get: (t: TicketRecord) => number | null): SearchField<TicketRecord> => ({ kind: 'date', get });
  const teammates = (t: TicketRecord): string[] => [...new Set(t.parts.filter((p) => p.author.type === 'admin').map((p) => p.author.id))];
  const fields: Record<string, SearchField<TicketRecord>> = {
    id: s((t) => t.id),
    created_at: d((t) => t.created_at),
    updated_at: d((t) => t.updated_at),
    title: s((t) => t.ticket_attributes['_default_title_'] ?? null),
    description: s((t) => t.ticket_attributes['_default_description_'] ?? null),
    category: s((t) => {
      const type = store.ticketTypes.get(t.ticket_type_id);
      return type ? CATEGORY_SEARCH_TERMS[type.category] : null;
    }),
    ticket_type_id: s((t) => t.ticket_type_id),
    contact_ids: s((t) => t.contact_ids),
    teammate_ids: s(teammates),
    admin_assignee_id: s((t) => t.admin_assignee_id),
    team_assignee_id: s((t) => t.team_assignee_id),
    open: { kind: 'boolean', get: (t) => t.open },
    state: s((t) => store.ticketStates.get(t.state_id)?.category ?? null),
    snoozed_until: d((t) => t.snoozed_until),
  };
  return {
    timestamps: 'inclusive',
    timezone: store.app.timezone,
    // "You may use the <= or >= operators to search by created_at."
    dateOperatorsAllowed: (field, operator) => field === 'created_at' && (operator === '>=' || operator === '<='),
    field(name) {
      const direct = fields[name];
      if (direct) return direct;
      const m = /^ticket_attribute\.(.+)$/.exec(name);
      if (!m?.[1]) return undefined;
      const attrId = m[1];
      let attr: TicketTypeAttributeRecord | undefined;
      for (const type of store.ticketTypes.values()) attr ??= type.attributes.find((a) => a.id === attrId);
      if (!attr) return undefined;
      const found = attr;
      const kind = found.data_type === 'datetime' ? 'date' : found.data_type === 'boolean' ? 'boolean' : ['integer', 'decimal'].includes(found.data_type) ? 'integer' : 'string';
      return { kind, get: (t) => t.ticket_attributes[found.name] ?? null };
    },
  };
}

const searchKey = (t: TicketRecord): SortKey => [t.created_at, Number(t.id)];

function parseListItems(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

export function registerTicketRoutes(router: Router): void {
  router.on('GET', '/ticket_states', ({ store }) => ({
    type: 'list',
    data: [...store.ticketStates.values()].map((state) => ({
      ...renderTicketState(state),
      archived: state.archived,
      ticket_types: {
        type: 'list',
        data: [...store.ticketTypes.values()].filter((t) => t.state_ids.includes(state.id)).map((t) => renderTicketType(store, t)),
      },
    })),
  }));
  router.on('GET', '/ticket_types', ({ store }) => ({ type: 'list', data: [...store.ticketTypes.values()].map((t) => renderTicketType(store, t)) }));
  router.on('POST', '/ticket_types', ({ store, request }) => {
    const body = bodyObject(request.body);
    const category = optString(body, 'category');
    if (category !== undefined && !CATEGORIES.includes(category as TicketCategory)) throw invalid('category must be Customer, Back-office or Tracker', 'category');
    const type = createTicketType(store, {
      name: reqString(body, 'name', 'name is a required parameter.'),
      description: optString(body, 'description'),
      category: category as TicketCategory | undefined,
      icon: optString(body, 'icon'),
      is_internal: optBoolean(body, 'is_internal'),
    });
    return renderTicketType(store, type);
  });
  router.on('GET', '/ticket_types/{ticket_type_id}', ({ store, params }) => renderTicketType(store, requireTicketType(store, params['ticket_type_id'])));
  router.on('PUT', '/ticket_types/{ticket_type_id}', ({ store, params, request }) => {
    const type = requireTicketType(store, params['ticket_type_id']);
    const body = bodyObject(request.body);
    const name = optString(body, 'name');
    if (name !== undefined) type.name = name;
    const description = optString(body, 'description');
    if (description !== undefined) type.description = description;
    const icon = optString(body, 'icon');
    if (icon !== undefined) type.icon = icon;
    const archived = optBoolean(body, 'archived');
    if (archived !== undefined) type.archived = archived;
    const isInternal = optBoolean(body, 'is_internal');
    if (isInternal !== undefined) type.is_internal = isInternal;
    type.updated_at = store.now();
    return renderTicketType(store, type);
  });
  router.on('POST', '/ticket_types/{ticket_type_id}/attributes', ({ store, params, request }) => {
    const type = requireTicketType(store, params['ticket_type_id']);
    const body = bodyObject(request.body);
    const name = reqString(body, 'name', 'name is a required parameter.');
    const description = reqString(body, 'description', 'description is a required parameter.');
    const dataType = reqString(body, 'data_type', 'data_type is a required parameter.') as TicketAttributeType;
    if (!ATTRIBUTE_TYPES.includes(dataType)) throw invalid(`data_type must be one of ${ATTRIBUTE_TYPES.join(', ')}`, 'data_type');
    if (type.attributes.some((a) => a.name.toLowerCase() === name.toLowerCase())) throw invalid(`An attribute named '${name}' already exists on this ticket type`, 'name');
    const items = parseListItems(optString(body, 'list_items'));
    if (dataType === 'list' && items.length === 0) throw missing('list_items is required for a list attribute', 'list_items');
    const attr = newTicketAttribute(
      store,
      {
        name,
        description,
        data_type: dataType,
        list_items: items.map((label) => ({ id: `${type.id}-${name}-${label}`.replace(/\s+/g, '_'), label, archived: false })),
        multiline: optBoolean(body, 'multiline') ?? false,
        allow_multiple_values: optBoolean(body, 'allow_multiple_values') ?? false,
        required_to_create: optBoolean(body, 'required_to_create') ?? false,
        required_to_create_for_contacts: optBoolean(body, 'required_to_create_for_contacts') ?? false,
        visible_on_create: optBoolean(body, 'visible_on_create') ?? true,
        visible_to_contacts: optBoolean(body, 'visible_to_contacts') ?? true,
      },
      type.attributes.length,
    );
    type.attributes.push(attr);
    type.updated_at = store.now();
    return renderTicketTypeAttribute(store, type, attr);
  });

  router.on('POST', '/tickets', createTicket);
  router.on('POST', '/tickets/search', ({ store, request }) => {
    const body = bodyObject(request.body);
    const predicate = compileQuery(body['query'], ticketSearchModel(store));
    const { perPage, startingAfter } = searchPaging(body, 20, 150);
    const matches = [...store.tickets.values()].filter(predicate).sort((a, b) => compareKeys(searchKey(a), searchKey(b)));
    const page = cursorPage(matches, searchKey, startingAfter, perPage);
    return {
      type: 'ticket.list',
      tickets: page.items.map((t) => renderTicket(store, t, { withParts: false, maxParts: 0 })),
      total_count: page.total_count,
      pages: page.pages,
    };
  });
  router.on('GET', '/tickets/{ticket_id}', ({ store, params, config }) => renderTicket(store, requireTicket(store, params['ticket_id']), { withParts: true, maxParts: config.maxParts }));
  router.on('PUT', '/tickets/{ticket_id}', updateTicket);
  router.on('POST', '/tickets/{ticket_id}/reply', replyToTicket);
  router.on('POST', '/tickets/{ticket_id}/tags', ({ store, params, request }) => {
    const ticket = requireTicket(store, params['ticket_id']);
    const body = bodyObject(request.body);
    const adminId = reqString(body, 'admin_id', 'admin_id is a required parameter.');
    if (!store.admins.has(adminId)) throw adminNotFound();
    const tag = requireTag(store, body['id']);
    const applied = applyTag(ticket.tags, tag, store.now(), { type: 'admin', id: adminId });
    ticket.updated_at = store.now();
    return renderAppliedTag(store, applied);
  });
  router.on('DELETE', '/tickets/{ticket_id}/tags/{tag_id}', ({ store, params, request }) => {
    const ticket = requireTicket(store, params['ticket_id']);
    const adminId = reqString(bodyObject(request.body), 'admin_id', 'admin_id is a required parameter.');
    if (!store.admins.has(adminId)) throw adminNotFound();
    const tag = requireTag(store, params['tag_id']);
    removeTag(ticket.tags, tag.id);
    ticket.updated_at = store.now();
    return { type: 'tag', id: tag.id, name: tag.name };
  });
}
