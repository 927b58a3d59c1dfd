/**
 * Incremental exports (research §1.3, developer.zendesk.com/.../incremental_exports):
 * - `GET /api/v2/incremental/tickets/cursor` and `/incremental/users/cursor`: first call `start_time`,
 *   then `cursor=<after_cursor>`; the answer carries `after_cursor`/`after_url` even at the end, and
 *   `end_of_stream: true` when the client has caught up — persist `after_cursor` for the next delta run.
 *   Tickets change position on every write (`generated_timestamp`), so an updated ticket reappears later.
 * - `GET /api/v2/incremental/organizations` is time-based: `start_time` → `end_time` (the newest time in
 *   the page), `next_page` (start_time=end_time), `count`, `end_of_stream`. Items sharing the boundary
 *   second come again on the next page (clients de-duplicate); a page is extended past `per_page` to
 *   hold every item of its last second, as Zendesk notes.
 * - `start_time` must be more than a minute in the past: otherwise 422 "Too recent start_time" (the
 *   wording Zendesk used with its former five-minute rule). Ticket exports never return the most recent
 *   minute. `per_page` ≤ 1000 (default 1000).
 */
import type { SimResponse } from '../common/sim-server.js';
import type { SimContext } from './context.js';
import { compareKeys, decodeCursor, encodeCursor, type SortKey } from './pagination.js';
import { organizationJson } from './organizations.js';
import type { RouteRequest, Router } from './router.js';
import { ticketJson } from './tickets.js';
import type { ZdOrganization, ZdTicket, ZdUser } from './types.js';
import { userJson } from './users.js';

const MAX_PER_PAGE = 1000;

function invalid(description: string): SimResponse {
  return { status: 422, body: { error: 'InvalidValue', description } };
}

function seconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

/** Validates `start_time`: an integer more than a minute in the past. */
export function startTimeOf(request: RouteRequest, context: SimContext): number | SimResponse {
  const text = request.query.get('start_time');
  if (text === null) return invalid('start_time is required');
  if (!/^\d+$/.test(text)) return invalid('start_time must be a Unix epoch time in seconds');
  const start = Number(text);
  if (start > Math.floor(context.now() / 1000) - 60) return invalid('Too recent start_time. Use a start_time older than 1 minute');
  return start;
}

function perPageOf(request: RouteRequest): number {
  const n = Number(request.query.get('per_page') ?? MAX_PER_PAGE);
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_PER_PAGE) : MAX_PER_PAGE;
}

function cursorExport<T extends { id: number }>(
  request: RouteRequest,
  context: SimContext,
  resource: 'tickets' | 'users',
  all: T[],
  timeOf: (item: T) => number,
  render: (item: T) => unknown,
  holdBackLastMinute: boolean,
): SimResponse {
  const perPage = perPageOf(request);
  const cursorText = request.query.get('cursor');
  let from: SortKey;
  if (cursorText !== null) {
    const key = decodeCursor(cursorText);
    if (!key) return invalid('cursor is invalid');
    from = key;
  } else {
    const start = startTimeOf(request, context);
    if (typeof start !== 'number') return start;
    from = [start, 0];
  }
  const limit = holdBackLastMinute ? Math.floor(context.now() / 1000) - 60 : Number.MAX_SAFE_INTEGER;
  const keyOf = (item: T): SortKey => [timeOf(item), item.id];
  const eligible = all
    .filter((item) => timeOf(item) <= limit && compareKeys(keyOf(item), from) > 0)
    .sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  const page = eligible.slice(0, perPage);
  const last = page[page.length - 1];
  const afterCursor = last ? encodeCursor(keyOf(last)) : encodeCursor(from);
  const base = `${context.baseUrl()}/api/v2/incremental/${resource}/cursor.json`;
  const extra = request.query.get('per_page') ? `&per_page=${perPage}` : '';
  const beforeCursor = cursorText !== null && page[0] ? encodeCursor(keyOf(page[0])) : null;
  return {
    status: 200,
    body: {
      [resource]: page.map(render),
      after_url: `${base}?cursor=${afterCursor}${extra}`,
      after_cursor: afterCursor,
      before_url: beforeCursor ? `${base}?cursor=${beforeCursor}${extra}` : null,
      before_cursor: beforeCursor,
      end_of_stream: eligible.length <= perPage,
    },
  };
}

function organizationExport(request: RouteRequest, context: SimContext): SimResponse {
  const start = startTimeOf(request, context);
  if (typeof start !== 'number') return start;
  const perPage = perPageOf(request);
  const timeOf = (o: ZdOrganization): number => seconds(o.updated_at);
  const eligible = [...context.store.organizations.values()]
    .filter((o) => timeOf(o) >= start)
    .sort((a, b) => timeOf(a) - timeOf(b) || a.id - b.id);
  let end = Math.min(perPage, eligible.length);
  const lastTime = end > 0 ? timeOf(eligible[end - 1] as ZdOrganization) : undefined;
  while (lastTime !== undefined && end < eligible.length && timeOf(eligible[end] as ZdOrganization) === lastTime) end += 1;
  const page = eligible.slice(0, end);
  let endTime = lastTime ?? start;
  // A page that cannot advance (every item in the start second) moves past that second instead of looping.
  if (page.length > 0 && endTime === start && end < eligible.length) endTime = start + 1;
  const extra = request.query.get('per_page') ? `&per_page=${perPage}` : '';
  return {
    status: 200,
    body: {
      organizations: page.map((o) => organizationJson(o, context)),
      next_page: `${context.baseUrl()}/api/v2/incremental/organizations.json?start_time=${endTime}${extra}`,
      count: page.length,
      end_of_stream: end >= eligible.length,
      end_time: endTime,
    },
  };
}

export function registerIncremental(router: Router): void {
  router.add('GET', '/api/v2/incremental/tickets/cursor', (request, context) =>
    cursorExport<ZdTicket>(
      request,
      context,
      'tickets',
      [...context.store.tickets.values()],
      (t) => t.generated_timestamp,
      (t) => ticketJson(t, context),
      true,
    ),
  );
  router.add('GET', '/api/v2/incremental/users/cursor', (request, context) =>
    cursorExport<ZdUser>(request, context, 'users', [...context.store.users.values()], (u) => seconds(u.updated_at), (u) => userJson(u, context), false),
  );
  router.add('GET', '/api/v2/incremental/organizations', organizationExport);
}
