/**
 * Tags: the account list with usage counts (`GET /api/v2/tags`, cursor pagination) and a ticket's tags.
 * On a ticket, POST **sets** (replaces) the tags, PUT **adds**, DELETE removes — Zendesk's verbs (OAS
 * SetTagsTicket / PutTagsTicket / DeleteTagsTicket). Closed tickets refuse changes.
 */
import type { SimContext } from './context.js';
import { fieldError, isObject, noContent, normaliseTags, notFound, ok } from './http.js';
import { paginate } from './pagination.js';
import type { RouteRequest, Router } from './router.js';
import type { ZdTicket } from './types.js';

function tagCounts(context: SimContext): Array<{ id: number; name: string; count: number }> {
  const counts = new Map<string, number>();
  for (const ticket of context.store.tickets.values()) for (const tag of ticket.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, count], i) => ({ id: i + 1, name, count }));
}

export function registerTags(router: Router): void {
  router.add('GET', '/api/v2/tags', (request, context) =>
    paginate(request, context, tagCounts(context), { key: 'tags', render: (t) => ({ name: t.name, count: t.count }), sortKey: (t) => [t.name] }),
  );

  const change = (apply: (ticket: ZdTicket, tags: string[]) => string[], status: number) => (request: RouteRequest, context: SimContext) => {
    const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
    if (!ticket) return notFound();
    if (ticket.status === 'closed') return fieldError('status', 'Status: closed prevents ticket update', 'ClosedPreventsUpdate');
    const raw = isObject(request.body) ? request.body['tags'] : undefined;
    if (!Array.isArray(raw)) return fieldError('tags', 'tags: a list is required');
    ticket.tags = apply(ticket, normaliseTags(raw));
    ticket.updated_at = context.store.iso();
    ticket.generated_timestamp = Math.floor(context.now() / 1000);
    return status === 204 ? noContent() : ok({ tags: ticket.tags }, status);
  };
  router.add('GET', '/api/v2/tickets/{ticket_id}/tags', (request, context) => {
    const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
    return ticket ? ok({ tags: ticket.tags }) : notFound();
  });
  router.add('POST', '/api/v2/tickets/{ticket_id}/tags', change((_t, tags) => tags, 201));
  router.add('PUT', '/api/v2/tickets/{ticket_id}/tags', change((t, tags) => normaliseTags([...t.tags, ...tags]), 200));
  router.add('DELETE', '/api/v2/tickets/{ticket_id}/tags', change((t, tags) => t.tags.filter((x) => !tags.includes(x)), 204));
}
