/**
 * Reading tickets (research §2.3): the list's default window (tickets *created* in the last 30 days
 * unless `updated_since` is given, then tickets *updated* since), its 300-page cap (page 300 carries
 * no Link even when more match; past it `policies.pageBeyondCap`), ordering, filters and embeds.
 * Archived tickets (closed and not updated for 120 days) are in no list and not at `/tickets/{id}`
 * (404, assumption); `/tickets/archived/{id}` serves them.
 */
import { renderAttachment } from './attachments.js';
import { iso, type SimContext } from './context.js';
import { parseSince } from './common-input.js';
import { renderCompany } from './companies.js';
import { renderConversation } from './conversations-render.js';
import { idParam, notFound, ok, ValidationFailure } from './http.js';
import { pageResponse, paginate, readPage } from './pagination.js';
import type { RouteRequest, Router } from './router.js';
import type { FreshdeskStore } from './store.js';
import type { TicketRecord } from './types.js';

const DAY = 86_400_000;
const LIST_INCLUDES = ['description', 'requester', 'stats', 'company'];
const VIEW_INCLUDES = ['conversations', 'requester', 'company', 'stats'];
const ORDER_BY = ['created_at', 'due_by', 'updated_at', 'status'];

export function registerTicketReads(router: Router): void {
  router.add('GET', '/api/v2/tickets', list);
  router.add('GET', '/api/v2/tickets/archived/{id}', viewArchived);
  router.add('GET', '/api/v2/tickets/archived/{id}/conversations', archivedConversations);
  router.add('GET', '/api/v2/tickets/{id}', view);
  router.add('GET', '/api/v2/tickets/{id}/conversations', conversations);
}

export function isArchived(context: SimContext, t: TicketRecord): boolean {
  return t.archived || (t.status === 5 && context.now() - t.updated_at >= context.options.archiveAfterDays * DAY);
}

/** A live (not archived) ticket by id, or undefined. */
export function liveTicket(context: SimContext, rawId: string | undefined): TicketRecord | undefined {
  const ticket = context.store.tickets.get(idParam(rawId) ?? -1);
  return ticket && !isArchived(context, ticket) ? ticket : undefined;
}

export function renderTicket(context: SimContext, t: TicketRecord, includes: string[] = ['description']): Record<string, unknown> {
  const customFields: Record<string, unknown> = {};
  for (const field of context.store.customTicketFields()) customFields[field.name] = t.custom_fields[field.name] ?? null;
  const body: Record<string, unknown> = {
    id: t.id,
    subject: t.subject,
    status: t.status,
    priority: t.priority,
    source: t.source,
    type: t.type,
    requester_id: t.requester_id,
    responder_id: t.responder_id,
    group_id: t.group_id,
    company_id: t.company_id,
    product_id: t.product_id,
    email_config_id: null,
    parent_id: null,
    cc_emails: t.cc_emails,
    fwd_emails: [],
    reply_cc_emails: t.cc_emails,
    ticket_cc_emails: t.cc_emails,
    to_emails: null,
    tags: t.tags,
    custom_fields: customFields,
    attachments: t.attachments.map((a) => renderAttachment(context, a)),
    spam: t.spam,
    deleted: t.deleted,
    is_escalated: false,
    fr_escalated: false,
    nr_escalated: false,
    due_by: iso(t.due_by),
    fr_due_by: iso(t.fr_due_by),
    nr_due_by: null,
    created_at: iso(t.created_at),
    updated_at: iso(t.updated_at),
  };
  if (includes.includes('description')) {
    body['description'] = t.description;
    body['description_text'] = htmlToText(t.description);
  }
  if (includes.includes('stats')) {
    body['stats'] = { resolved_at: iso(t.resolved_at), closed_at: iso(t.closed_at), first_responded_at: iso(t.first_responded_at), agent_responded_at: null, requester_responded_at: null, status_updated_at: iso(t.updated_at), reopened_at: null, pending_since: null };
  }
  if (includes.includes('requester')) {
    const user = context.store.user(t.requester_id);
    if (user) {
      const r = user.record;
      body['requester'] = { id: r.id, name: r.name, email: r.email, mobile: user.kind === 'contact' ? user.record.mobile : null, phone: user.kind === 'contact' ? user.record.phone : null };
    }
  }
  if (includes.includes('company') && t.company_id !== null) {
    const company = context.store.companies.get(t.company_id);
    if (company) body['company'] = { id: company.id, name: renderCompany(company)['name'] };
  }
  if (includes.includes('conversations')) body['conversations'] = t.conversations.slice(0, 10).map((c) => renderConversation(context, c));
  return body;
}

export function htmlToText(html: string): string {
  return html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

function readIncludes(query: URLSearchParams, allowed: string[]): string[] {
  const includes = (query.get('include') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = includes.find((i) => !allowed.includes(i));
  if (bad) throw new ValidationFailure([{ field: 'include', code: 'invalid_value', message: `It should be one of these values: '${allowed.join(',')}'` }]);
  return includes;
}

function list(request: RouteRequest, context: SimContext) {
  const q = request.query;
  const page = readPage(q);
  const includes = readIncludes(q, LIST_INCLUDES);
  const since = parseSince(q.get('updated_since'));
  const filter = q.get('filter');
  const orderBy = q.get('order_by') ?? 'created_at';
  const orderType = q.get('order_type') ?? 'desc';
  const errors = [];
  if (filter !== null && !['new_and_my_open', 'watching', 'spam', 'deleted'].includes(filter)) errors.push({ field: 'filter', code: 'invalid_value', message: "It should be one of these values: 'new_and_my_open,watching,spam,deleted'" });
  if (!ORDER_BY.includes(orderBy)) errors.push({ field: 'order_by', code: 'invalid_value', message: `It should be one of these values: '${ORDER_BY.join(',')}'` });
  if (!['asc', 'desc'].includes(orderType)) errors.push({ field: 'order_type', code: 'invalid_value', message: "It should be one of these values: 'asc,desc'" });
  if (errors.length > 0) throw new ValidationFailure(errors);

  const matches = matchingTickets(context, q, since, filter, orderBy, orderType);
  const maxPages = context.options.ticketList.maxPages;
  if (page.page > maxPages) {
    const policy = context.options.policies.pageBeyondCap;
    if (policy === 'reject') throw new ValidationFailure([{ field: 'page', code: 'invalid_value', message: `You cannot access pages beyond ${maxPages}. Please narrow down your search using updated_since.` }]);
    if (policy === 'drop') return pageResponse([], false, context.baseUrl(), request.path, q, page);
  }
  const start = (page.page - 1) * page.perPage;
  const items = matches.slice(start, start + page.perPage).map((t) => renderTicket(context, t, includes));
  const hasNext = start + page.perPage < matches.length && page.page < maxPages;
  return pageResponse(items, hasNext, context.baseUrl(), request.path, q, page);
}

/**
 * The query's tickets in order. Paging through a query re-reads the same list, so the last one is
 * kept until a ticket changes or the clock moves a second (the window and archiving depend on it);
 * queries by requester email or external id read contacts too and are never kept.
 */
let kept: { key: string; store: FreshdeskStore; tickets: TicketRecord[] } | undefined;

function matchingTickets(context: SimContext, q: URLSearchParams, since: number | undefined, filter: string | null, orderBy: string, orderType: string): TicketRecord[] {
  const store = context.store;
  const params = [...q].filter(([k]) => !['page', 'per_page', 'include'].includes(k)).sort(([a], [b]) => a.localeCompare(b));
  const key = JSON.stringify([store.ticketVersion, Math.floor(context.now() / 1000), params]);
  const cacheable = !q.has('email') && !q.has('unique_external_id');
  if (cacheable && kept?.store === store && kept.key === key) return kept.tickets;
  const windowStart = context.now() - context.options.ticketList.defaultWindowDays * DAY;
  const email = q.get('email')?.toLowerCase();
  const external = q.get('unique_external_id');
  const me = store.currentAgentId;
  const matches = [...store.tickets.values()].filter((t) => {
    if (isArchived(context, t)) return false;
    if (filter === 'spam' ? !t.spam || t.deleted : filter === 'deleted' ? !t.deleted : t.spam || t.deleted) return false;
    if (filter === 'new_and_my_open' && !(t.status === 2 && (t.responder_id === null || t.responder_id === me))) return false;
    if (filter === 'watching') return false;
    if (since !== undefined ? t.updated_at < since : t.created_at < windowStart) return false;
    if (q.has('requester_id') && String(t.requester_id) !== q.get('requester_id')) return false;
    if (q.has('company_id') && String(t.company_id) !== q.get('company_id')) return false;
    if (email !== undefined || external !== null) {
      const requester = store.user(t.requester_id)?.record;
      if (email !== undefined && requester?.email?.toLowerCase() !== email) return false;
      if (external !== null && (requester as { unique_external_id?: string | null } | undefined)?.unique_external_id !== external) return false;
    }
    return true;
  });
  const sortKey = (t: TicketRecord): number => (orderBy === 'updated_at' ? t.updated_at : orderBy === 'status' ? t.status : orderBy === 'due_by' ? (t.due_by ?? 0) : t.created_at);
  const sign = orderType === 'asc' ? 1 : -1;
  matches.sort((a, b) => sign * (sortKey(a) - sortKey(b) || a.id - b.id));
  if (cacheable) kept = { key, store, tickets: matches };
  return matches;
}

function view(request: RouteRequest, context: SimContext) {
  const includes = readIncludes(request.query, VIEW_INCLUDES);
  const ticket = liveTicket(context, request.params['id']);
  return ticket ? ok(renderTicket(context, ticket, ['description', ...includes])) : notFound();
}

function archivedTicket(context: SimContext, rawId: string | undefined): TicketRecord | undefined {
  const ticket = context.store.tickets.get(idParam(rawId) ?? -1);
  return ticket && isArchived(context, ticket) ? ticket : undefined;
}

function viewArchived(request: RouteRequest, context: SimContext) {
  const ticket = archivedTicket(context, request.params['id']);
  return ticket ? ok({ ...renderTicket(context, ticket, ['description', 'stats']), archived: true }) : notFound();
}

function conversations(request: RouteRequest, context: SimContext) {
  const page = readPage(request.query);
  const ticket = liveTicket(context, request.params['id']);
  if (!ticket) return notFound();
  return paginate(ticket.conversations.map((c) => renderConversation(context, c)), context.baseUrl(), request.path, request.query, page);
}

function archivedConversations(request: RouteRequest, context: SimContext) {
  const page = readPage(request.query);
  const ticket = archivedTicket(context, request.params['id']);
  if (!ticket) return notFound();
  return paginate(ticket.conversations.map((c) => renderConversation(context, c)), context.baseUrl(), request.path, request.query, page);
}
