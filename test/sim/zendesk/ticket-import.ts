/**
 * Ticket Import API (research §1.4, developer.zendesk.com/api-reference/ticketing/tickets/ticket_import):
 * - `POST /api/v2/imports/tickets` `{ticket}` → 201 `{ticket}` (or 422 when the ticket is invalid);
 * - `POST /api/v2/imports/tickets/create_many` `{tickets: [≤ 100]}` → 200 `{job_status}`; each ticket
 *   is validated on its own when the job runs, so one bad ticket (a comment author that does not exist,
 *   an invalid requester, an expired upload token, a comment dated in the future) becomes a failed
 *   result `{index, error, details, success: false}` while the others are created (`{index, id}`).
 * - `archive_immediately=true` sends closed tickets straight to the archive.
 */
import type { SimContext } from './context.js';
import { bulkItems, detailsText, failedItem, isResponse } from './bulk.js';
import { fieldError, member, ok, recordInvalid } from './http.js';
import { queueJob } from './job-status.js';
import type { Router } from './router.js';
import { commitTicket, planTicket } from './ticket-write.js';
import { ticketJson } from './tickets.js';
import type { JobResult } from './types.js';

function archiveFlag(value: string | null): boolean {
  return value === 'true' || value === '1';
}

export function registerTicketImport(router: Router): void {
  router.add('POST', '/api/v2/imports/tickets/create_many', (request, context) => {
    const items = bulkItems(request.body, 'tickets');
    if (isResponse(items)) return items;
    const archive = archiveFlag(request.query.get('archive_immediately'));
    return queueJob(context, 'bulk_import_job', items.length, () =>
      items.map((item, index): JobResult => {
        const planned = planTicket(context, item, 'import', undefined, archive);
        if ('details' in planned) return failedItem(index, 'TicketImportFailed', detailsText(planned.details));
        return { index, id: commitTicket(context, planned.plan).id };
      }),
    );
  });
  router.add('POST', '/api/v2/imports/tickets', (request, context: SimContext) => {
    const input = member(request.body, 'ticket');
    if (!input) return fieldError('ticket', 'ticket is required');
    const planned = planTicket(context, input, 'import', undefined, archiveFlag(request.query.get('archive_immediately')));
    if ('details' in planned) return recordInvalid(planned.details);
    const ticket = commitTicket(context, planned.plan);
    return ok({ ticket: ticketJson(ticket, context) }, 201, { location: `${context.baseUrl()}/api/v2/tickets/${ticket.id}.json` });
  });
}
