/**
 * Zendesk list pagination (research §1.3, developer.zendesk.com/api-reference/introduction/pagination):
 *
 * - Cursor: `page[size]` (≤ 100, else 400), `page[after]` / `page[before]`; the response carries
 *   `meta: {has_more, after_cursor, before_cursor}` and `links: {next, prev}`. Like Zendesk, the cursors
 *   and links are present on the last page too — `meta.has_more: false` is the only stop signal; they are
 *   null only on an empty page. Cursors are keyset positions, so records added while a client pages do
 *   not shift pages.
 * - Offset: `page`, `per_page` (used when `page[size]` is absent); `next_page`/`previous_page`/`count`.
 *   Requests beyond the first 10,000 records get 400 (support.zendesk.com/hc/en-us/articles/5591904358938).
 * Help Center lists also send the next link in a `Link` header and offset fields `page`, `per_page`, `page_count`.
 */
import { compareKeys, decodeCursor, encodeCursor, type SortKey } from '../common/opaque-cursor.js';
import { offsetSlice, pageCount } from '../common/offset-page.js';
import { clampPageSize, parsePositiveInteger } from '../common/page-size.js';
import { urlWithQuery } from '../common/query-url.js';
import type { SimResponse } from '../common/sim-server.js';
import { errorsBody } from './http.js';
import type { RouteRequest } from './router.js';
import type { SimContext } from './context.js';

export { compareKeys, decodeCursor, encodeCursor, type SortKey } from '../common/opaque-cursor.js';

export interface PaginateOptions<T> {
  /** Name of the array in the response (`users`, `tickets`, ...). */
  key: string;
  /** Serialises one record. */
  render: (item: T) => unknown;
  /** Sort key of a record; `items` must already be sorted ascending by it. Default: `[id]`. */
  sortKey?: (item: T) => SortKey;
  /** Offset default page size (Support 100, Help Center 30). */
  defaultPerPage?: number;
  /** Help Center adds a Link header and extra offset fields. */
  helpCenter?: boolean;
  /** Extra top-level members (sideloads). */
  extra?: (page: T[]) => Record<string, unknown>;
}

const MAX_PAGE_SIZE = 100;
const OFFSET_RECORD_LIMIT = 10_000;

/** Shape from the OAS example `{errors: [{code: InvalidPaginationParameter, title: "page[after] is not valid"}]}`. */
export function paginationError(title: string): SimResponse {
  return { status: 400, body: errorsBody('InvalidPaginationParameter', title) };
}

export function pageUrl(context: SimContext, request: RouteRequest, set: Record<string, string>, drop: string[] = []): string {
  return urlWithQuery(`${context.baseUrl()}${request.path}`, request.query, { set, drop, literalBrackets: true });
}

export function paginate<T extends { id: number }>(
  request: RouteRequest,
  context: SimContext,
  items: readonly T[],
  options: PaginateOptions<T>,
): SimResponse {
  const q = request.query;
  const useCursor = q.has('page[size]') || q.has('page[after]') || q.has('page[before]');
  return useCursor ? cursorPage(request, context, items, options) : offsetPage(request, context, items, options);
}

function cursorPage<T extends { id: number }>(
  request: RouteRequest,
  context: SimContext,
  items: readonly T[],
  options: PaginateOptions<T>,
): SimResponse {
  const q = request.query;
  const sizeText = q.get('page[size]') ?? String(MAX_PAGE_SIZE);
  const size = parsePositiveInteger(sizeText);
  if (size === undefined) return paginationError('page[size] must be a positive integer');
  if (size > MAX_PAGE_SIZE) return paginationError(`page[size] must be less than or equal to ${MAX_PAGE_SIZE}`);
  const sortKey = options.sortKey ?? ((item: T) => [item.id]);
  // Zendesk pages in the order of the sort key its cursors encode (id by default), whatever order the
  // records were created in: a cursor then stands for one place in one order, and resuming skips nothing.
  items = [...items].sort((a, b) => compareKeys(sortKey(a), sortKey(b)));

  let page: T[];
  let hasMore: boolean;
  const after = q.get('page[after]');
  const before = q.get('page[before]');
  if (before !== null) {
    const key = decodeCursor(before);
    if (!key) return paginationError('page[before] is not valid');
    const earlier = items.filter((item) => compareKeys(sortKey(item), key) < 0);
    page = earlier.slice(Math.max(0, earlier.length - size));
    hasMore = earlier.length > size;
  } else {
    let rest = items;
    if (after !== null) {
      const key = decodeCursor(after);
      if (!key) return paginationError('page[after] is not valid');
      rest = items.filter((item) => compareKeys(sortKey(item), key) > 0);
    }
    page = rest.slice(0, size);
    hasMore = rest.length > size;
  }
  const first = page[0];
  const last = page[page.length - 1];
  const afterCursor = last ? encodeCursor(sortKey(last)) : null;
  const beforeCursor = first ? encodeCursor(sortKey(first)) : null;
  const drop = ['page[after]', 'page[before]'];
  const next = afterCursor ? pageUrl(context, request, { 'page[size]': String(size), 'page[after]': afterCursor }, drop) : null;
  const prev = beforeCursor ? pageUrl(context, request, { 'page[size]': String(size), 'page[before]': beforeCursor }, drop) : null;
  const body: Record<string, unknown> = {
    [options.key]: page.map(options.render),
    ...(options.extra ? options.extra(page) : {}),
    meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
    links: { next, prev },
  };
  const headers: Record<string, string> = {};
  if (options.helpCenter && hasMore && next) headers['link'] = `<${next}>; rel="next"`;
  return { status: 200, body, headers };
}

function offsetPage<T extends { id: number }>(
  request: RouteRequest,
  context: SimContext,
  items: readonly T[],
  options: PaginateOptions<T>,
): SimResponse {
  const q = request.query;
  const pageText = q.get('page') ?? '1';
  const perPageText = q.get('per_page') ?? String(options.defaultPerPage ?? MAX_PAGE_SIZE);
  if (!/^\d+$/.test(pageText) || !/^\d+$/.test(perPageText)) return paginationError('page and per_page must be positive integers');
  const page = Math.max(1, Number(pageText));
  const perPage = clampPageSize(Number(perPageText), MAX_PAGE_SIZE);
  const offset = (page - 1) * perPage;
  if (offset >= OFFSET_RECORD_LIMIT) {
    return paginationError('Offset pagination is limited to the first 10,000 records. Use cursor pagination instead.');
  }
  const { items: slice, hasMore: more } = offsetSlice(items, page, perPage);
  const body: Record<string, unknown> = {
    [options.key]: slice.map(options.render),
    ...(options.extra ? options.extra(slice) : {}),
    next_page: more ? pageUrl(context, request, { page: String(page + 1), per_page: String(perPage) }) : null,
    previous_page: page > 1 ? pageUrl(context, request, { page: String(page - 1), per_page: String(perPage) }) : null,
    count: items.length,
  };
  if (options.helpCenter) {
    body['page'] = page;
    body['per_page'] = perPage;
    body['page_count'] = pageCount(items.length, perPage);
    body['sort_by'] = q.get('sort_by') ?? 'position';
    body['sort_order'] = q.get('sort_order') ?? 'asc';
  }
  return { status: 200, body };
}
