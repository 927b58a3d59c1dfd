/**
 * Tickets API: show, list (archived tickets excluded, as Zendesk does), show_many, lookup by
 * `external_id`, plain create (ignores `created_at`), update (status, assignee, tags, custom fields, one
 * new comment — how a delta run appends), and the comment list (cursor, ascending by creation).
 * `safe_update: true` with a stale `updated_stamp` answers 409, as the OAS describes.
 */
import type { SimContext } from './context.js';
import { attachmentJson } from './uploads.js';
import { countBody, fieldError, idList, member, notFound, ok, recordInvalid } from './http.js';
import { paginate } from './pagination.js';
import type { Router } from './router.js';
import { renderTicketCustomFields } from './ticket-fields.js';
import { commitTicket, planTicket } from './ticket-write.js';
import type { ZdComment, ZdTicket } from './types.js';

export function ticketJson(ticket: ZdTicket, context: SimContext): Record<string, unknown> {
  const customFields = renderTicketCustomFields(context, ticket.custom_field_values);
  return {
    url: `${context.baseUrl()}/api/v2/tickets/${ticket.id}.json`,
    id: ticket.id,
    external_id: ticket.external_id,
    via: ticket.via,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    generated_timestamp: ticket.generated_timestamp,
    type: ticket.type,
    subject: ticket.subject,
    raw_subject: ticket.raw_subject,
    description: ticket.comments[0]?.body ?? '',
    priority: ticket.priority,
    status: ticket.status,
    recipient: ticket.recipient,
    requester_id: ticket.requester_id,
    submitter_id: ticket.submitter_id,
    assignee_id: ticket.assignee_id,
    organization_id: ticket.organization_id,
    group_id: ticket.group_id,
    collaborator_ids: ticket.collaborator_ids,
    follower_ids: ticket.follower_ids,
    email_cc_ids: ticket.email_cc_ids,
    forum_topic_id: null,
    problem_id: ticket.problem_id,
    has_incidents: false,
    is_public: ticket.comments.some((c) => c.public),
    due_at: ticket.due_at,
    tags: ticket.tags,
    custom_fields: customFields,
    satisfaction_rating: null,
    sharing_agreement_ids: [],
    fields: customFields,
    followup_ids: ticket.followup_ids ?? [],
    ticket_form_id: ticket.ticket_form_id,
    brand_id: ticket.brand_id,
    allow_channelback: false,
    allow_attachments: true,
    from_messaging_channel: false,
  };
}

export function commentJson(comment: ZdComment, context: SimContext): Record<string, unknown> {
  return {
    id: comment.id,
    type: comment.type,
    author_id: comment.author_id,
    body: comment.body,
    html_body: comment.html_body,
    plain_body: comment.plain_body,
    public: comment.public,
    attachments: comment.attachments.map((a) => attachmentJson(a, context)),
    audit_id: comment.audit_id,
    via: comment.via,
    created_at: comment.created_at,
    metadata: comment.metadata,
  };
}

function auditJson(ticket: ZdTicket, context: SimContext, comments: ZdComment[]): Record<string, unknown> {
  return {
    id: comments[0]?.audit_id ?? context.store.id(),
    ticket_id: ticket.id,
    created_at: ticket.updated_at,
    author_id: context.store.currentUserId,
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    metadata: { system: {}, custom: {} },
    events: comments.map((c) => ({ id: c.id, type: 'Comment', body: c.body, html_body: c.html_body, public: c.public, author_id: c.author_id, attachments: [] })),
  };
}

function commentSortKey(comment: ZdComment): [string, number] {
  return [comment.created_at, comment.id];
}

export function registerTickets(router: Router): void {
  // Assumed: the count includes archived tickets (the docs say only "an approximate count of tickets").
  router.add('GET', '/api/v2/tickets/count', (_request, context) => countBody(context.store.tickets.size, context));
  router.add('GET', '/api/v2/tickets/show_many', (request, context) => {
    const ids = idList(request.query.get('ids'));
    if (ids.length > 100) return fieldError('ids', 'ids: too many values, the maximum is 100');
    const found = ids.map((id) => context.store.tickets.get(id)).filter((t): t is ZdTicket => t !== undefined);
    return ok({ tickets: found.map((t) => ticketJson(t, context)) });
  });
  router.add('GET', '/api/v2/tickets', (request, context) => {
    const externalId = request.query.get('external_id');
    const tickets = [...context.store.tickets.values()].filter((t) => !t.archived && (externalId === null || t.external_id === externalId));
    return paginate(request, context, tickets, { key: 'tickets', render: (t) => ticketJson(t, context) });
  });
  router.add('POST', '/api/v2/tickets', (request, context) => {
    const input = member(request.body, 'ticket');
    if (!input) return fieldError('ticket', 'ticket is required');
    const planned = planTicket(context, input, 'create');
    if ('details' in planned) return recordInvalid(planned.details);
    const ticket = commitTicket(context, planned.plan);
    return ok({ ticket: ticketJson(ticket, context), audit: auditJson(ticket, context, ticket.comments) }, 201, {
      location: `${context.baseUrl()}/api/v2/tickets/${ticket.id}.json`,
    });
  });
  router.add('GET', '/api/v2/tickets/{ticket_id}', (request, context) => {
    const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
    return ticket ? ok({ ticket: ticketJson(ticket, context) }) : notFound();
  });
  router.add('PUT', '/api/v2/tickets/{ticket_id}', (request, context) => {
    const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
    if (!ticket) return notFound();
    const input = member(request.body, 'ticket') ?? {};
    if (input['safe_update'] === true && input['updated_stamp'] !== ticket.updated_at) {
      return {
        status: 409,
        body: { error: 'UpdateConflict', description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.' },
      };
    }
    const planned = planTicket(context, input, 'update', ticket);
    if ('details' in planned) return recordInvalid(planned.details);
    const before = new Set(ticket.comments.map((c) => c.id));
    commitTicket(context, planned.plan, ticket);
    const added = ticket.comments.filter((c) => !before.has(c.id));
    return ok({ ticket: ticketJson(ticket, context), audit: auditJson(ticket, context, added) });
  });
  router.add('GET', '/api/v2/tickets/{ticket_id}/comments/count', (request, context) => {
    const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
    return ticket ? ok({ count: { value: ticket.comments.length, refreshed_at: context.store.iso() } }) : notFound();
  });
  router.add('GET', '/api/v2/tickets/{ticket_id}/comments', (request, context) => {
    const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
    if (!ticket) return notFound();
    const descending = request.query.get('sort_order') === 'desc';
    const comments = [...ticket.comments];
    if (descending) comments.reverse();
    return paginate(request, context, comments, {
      key: 'comments',
      render: (c) => commentJson(c, context),
      // Keyset on (created_at, id); descending lists invert it so the cursor still moves forward.
      sortKey: descending ? (c) => [-Date.parse(c.created_at), -c.id] : commentSortKey,
    });
  });
}
