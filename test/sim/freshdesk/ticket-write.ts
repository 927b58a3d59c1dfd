/**
 * Creating and updating tickets (research §2.4). JSON or multipart (attachments only as multipart).
 * Freshdesk takes no `created_at`/`updated_at`: like every unknown attribute they are refused with
 * `invalid_field`. Fields marked `required_for_agents` (subject and description by default) are
 * mandatory on create. Spam or deleted tickets refuse updates (405); archived ones are not found.
 */
import { checkAttachmentCap, refuseJsonAttachments, storeAttachments } from './attachments.js';
import type { SimContext } from './context.js';
import { invalidBody } from './common-input.js';
import { resolveRequester } from './contacts.js';
import { created, notFound, ok, simpleError } from './http.js';
import { readWriteInput } from './request-input.js';
import type { RouteRequest, Router } from './router.js';
import { checkCustomValues } from './ticket-fields.js';
import { isArchived, renderTicket } from './tickets.js';
import type { TicketRecord } from './types.js';
import { Checker } from './validate.js';

const WRITABLE = [
  'name', 'requester_id', 'email', 'facebook_id', 'phone', 'twitter_id', 'unique_external_id', 'subject', 'type', 'status', 'priority',
  'description', 'responder_id', 'group_id', 'company_id', 'product_id', 'email_config_id', 'parent_id', 'internal_agent_id', 'internal_group_id',
  'source', 'tags', 'cc_emails', 'custom_fields', 'due_by', 'fr_due_by', 'attachments',
] as const;
const KINDS = {
  name: 'string', requester_id: 'integer', email: 'string', facebook_id: 'string', phone: 'string', twitter_id: 'string', unique_external_id: 'string',
  subject: 'string', type: 'string', status: 'integer', priority: 'integer', description: 'string', responder_id: 'integer', group_id: 'integer',
  company_id: 'integer', product_id: 'integer', email_config_id: 'integer', parent_id: 'integer', internal_agent_id: 'integer', internal_group_id: 'integer',
  source: 'integer', tags: 'string[]', cc_emails: 'string[]', custom_fields: 'object', due_by: 'string', fr_due_by: 'string',
} as const;
/** Default fields that `required_for_agents` can make mandatory, by the attribute that fills them. */
const DEFAULT_FIELD_ATTRIBUTE: Record<string, string> = { subject: 'subject', description: 'description', ticket_type: 'type', group: 'group_id', agent: 'responder_id', company: 'company_id' };

export function registerTicketWrites(router: Router): void {
  router.add('POST', '/api/v2/tickets', create);
  router.add('PUT', '/api/v2/tickets/{id}', update);
}

async function create(request: RouteRequest, context: SimContext) {
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  refuseJsonAttachments(input);
  const f = input.fields;
  const check = checkCommon(context, f);
  for (const field of context.store.ticketFields.values()) {
    if (!field.required_for_agents) continue;
    const value = field.default ? f[DEFAULT_FIELD_ATTRIBUTE[field.name] ?? '\0'] : (f['custom_fields'] as Record<string, unknown> | undefined)?.[field.name];
    if ((field.default ? field.name in DEFAULT_FIELD_ATTRIBUTE : true) && (value === undefined || value === null || value === '')) {
      check.add(field.default ? (DEFAULT_FIELD_ATTRIBUTE[field.name] ?? field.name) : field.name, 'missing_field', 'It should be a/an String');
    }
  }
  const customValues = checkCustomValues(context, (f['custom_fields'] as Record<string, unknown> | undefined) ?? {}, check);
  check.done();
  checkAttachmentCap(context, undefined, input.files);
  const requesterId = resolveRequester(context, f, check);
  check.done();
  const time = context.now();
  const ticket: TicketRecord = {
    id: context.store.ticketId(),
    subject: '', description: '', status: 2, priority: 1, source: 2, type: null,
    requester_id: requesterId as number, responder_id: null, group_id: null, company_id: null, product_id: null,
    cc_emails: [], tags: [], custom_fields: {}, attachments: [], conversations: [],
    spam: false, deleted: false, archived: false, due_by: null, fr_due_by: null,
    resolved_at: null, closed_at: null, first_responded_at: null, created_at: time, updated_at: time,
  };
  const requester = context.store.contacts.get(ticket.requester_id);
  if (requester && f['company_id'] === undefined) ticket.company_id = requester.company_id;
  apply(context, ticket, f, customValues);
  ticket.attachments = storeAttachments(context, input.files);
  context.store.tickets.set(ticket.id, ticket);
  context.store.ticketVersion++;
  return created(renderTicket(context, ticket), `${context.baseUrl()}/api/v2/tickets/${ticket.id}`);
}

async function update(request: RouteRequest, context: SimContext) {
  const ticket = context.store.tickets.get(Number(request.params['id']));
  if (!ticket || isArchived(context, ticket)) return notFound();
  if (ticket.spam || ticket.deleted) return simpleError(405, 'method_not_allowed', 'PUT method is not allowed on a spam or deleted ticket');
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  refuseJsonAttachments(input);
  const f = input.fields;
  const check = checkCommon(context, f);
  const customValues = checkCustomValues(context, (f['custom_fields'] as Record<string, unknown> | undefined) ?? {}, check);
  if (f['requester_id'] !== undefined || ['email', 'phone', 'twitter_id', 'unique_external_id'].some((k) => f[k] !== undefined)) {
    const requesterId = resolveRequester(context, f, check);
    check.done();
    ticket.requester_id = requesterId as number;
  }
  check.done();
  checkAttachmentCap(context, ticket, input.files);
  apply(context, ticket, f, customValues);
  ticket.attachments.push(...storeAttachments(context, input.files));
  ticket.updated_at = context.now();
  context.store.ticketVersion++;
  return ok(renderTicket(context, ticket));
}

function checkCommon(context: SimContext, f: Record<string, unknown>): Checker {
  const store = context.store;
  const check = new Checker(f).only(WRITABLE).kinds(KINDS).email('email').oneOf('priority', [1, 2, 3, 4]).oneOf('source', [1, 2, 3, 7, 9, 10]);
  if (f['status'] !== undefined && Number.isInteger(f['status']) && !store.statuses.has(f['status'] as number)) check.oneOf('status', [...store.statuses.keys()]);
  if (typeof f['type'] === 'string') {
    const types = store.ticketField('ticket_type')?.choices.map((c) => c.value) ?? [];
    check.oneOf('type', types);
  }
  if (Number.isInteger(f['responder_id']) && !store.agents.has(f['responder_id'] as number)) check.add('responder_id', 'invalid_value', 'There is no agent matching the given responder_id');
  if (Number.isInteger(f['group_id']) && !store.groups.has(f['group_id'] as number)) check.add('group_id', 'invalid_value', 'There is no group matching the given group_id');
  if (Number.isInteger(f['company_id']) && !store.companies.has(f['company_id'] as number)) check.add('company_id', 'invalid_value', 'There is no company matching the given company_id');
  for (const key of ['due_by', 'fr_due_by']) {
    if (typeof f[key] === 'string' && Number.isNaN(Date.parse(f[key] as string))) check.add(key, 'invalid_value', "It should be in the 'combined date and time ISO8601' format");
  }
  if (Array.isArray(f['cc_emails']) && f['cc_emails'].some((e) => typeof e === 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e))) check.add('cc_emails', 'invalid_value', "It should contain elements that are in the 'valid email address' format");
  return check;
}

function apply(context: SimContext, ticket: TicketRecord, f: Record<string, unknown>, customValues: Record<string, unknown>): void {
  const time = context.now();
  if (typeof f['subject'] === 'string') ticket.subject = f['subject'];
  if (typeof f['description'] === 'string') ticket.description = f['description'];
  if (f['type'] !== undefined) ticket.type = (f['type'] as string | null) ?? null;
  if (typeof f['priority'] === 'number') ticket.priority = f['priority'];
  if (typeof f['source'] === 'number') ticket.source = f['source'];
  if (f['responder_id'] !== undefined) ticket.responder_id = f['responder_id'] as number | null;
  if (f['group_id'] !== undefined) ticket.group_id = f['group_id'] as number | null;
  if (f['company_id'] !== undefined) ticket.company_id = f['company_id'] as number | null;
  if (f['product_id'] !== undefined) ticket.product_id = f['product_id'] as number | null;
  if (Array.isArray(f['tags'])) ticket.tags = [...new Set(f['tags'] as string[])];
  if (Array.isArray(f['cc_emails'])) ticket.cc_emails = f['cc_emails'] as string[];
  if (typeof f['due_by'] === 'string') ticket.due_by = Date.parse(f['due_by']);
  if (typeof f['fr_due_by'] === 'string') ticket.fr_due_by = Date.parse(f['fr_due_by']);
  if (typeof f['status'] === 'number' && f['status'] !== ticket.status) {
    ticket.status = f['status'];
    if (ticket.status === 4) ticket.resolved_at = time;
    if (ticket.status === 5) {
      ticket.closed_at = time;
      ticket.resolved_at ??= time;
    }
  }
  Object.assign(ticket.custom_fields, customValues);
}
