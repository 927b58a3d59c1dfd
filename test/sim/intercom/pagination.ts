/**
 * The two paging styles of the list endpoints.
 * - Cursor (contacts, conversations, searches): `pages.next.starting_after` is an opaque cursor; the
 *   next page starts after it; `pages.next` is absent on the last page. The cursor is the sort key of the
 *   last item returned, so deletions between pages do not shift results (a record whose sort key moves
 *   behind the cursor is missed, as with the real API).
 * - Page (companies, articles, collections): `page`/`per_page` numbers and `total_pages`.
 */
import { compareKeys, decodeCursor, encodeCursor, type SortKey } from '../common/opaque-cursor.js';
import { offsetSlice, pageCount } from '../common/offset-page.js';
import { clampPageSize } from '../common/page-size.js';
import { invalid } from './errors.js';

export { compareKeys, type SortKey } from '../common/opaque-cursor.js';

function decodeStartingAfter(cursor: string): SortKey {
  const key = decodeCursor(cursor);
  if (key === undefined) throw invalid('starting_after is not a valid cursor', 'starting_after');
  return key;
}

export interface CursorPages {
  type: 'pages';
  page: number;
  per_page: number;
  total_pages: number;
  next?: { per_page: number; starting_after: string };
}

export interface PageResult<T> {
  items: T[];
  pages: CursorPages;
  total_count: number;
}

/**
 * One cursor page of `items`, which must already be sorted by `compare` over `keyOf`. `keyOf` must be
 * unique per item (end it with the id).
 */
export function cursorPage<T>(
  items: readonly T[],
  keyOf: (item: T) => SortKey,
  startingAfter: string | undefined,
  perPage: number,
  compare: (a: SortKey, b: SortKey) => number = compareKeys,
): PageResult<T> {
  let start = 0;
  if (startingAfter) {
    const after = decodeStartingAfter(startingAfter);
    start = items.findIndex((item) => compare(keyOf(item), after) > 0);
    if (start < 0) start = items.length;
  }
  const slice = items.slice(start, start + perPage);
  const pages: CursorPages = {
    type: 'pages',
    page: Math.floor(start / perPage) + 1,
    per_page: perPage,
    total_pages: pageCount(items.length, perPage),
  };
  const last = slice[slice.length - 1];
  if (last !== undefined && start + perPage < items.length) {
    pages.next = { per_page: perPage, starting_after: encodeCursor(keyOf(last)) };
  }
  return { items: slice, pages, total_count: items.length };
}

export interface NumberedPages {
  type: 'pages';
  page: number;
  per_page: number;
  total_pages: number;
  /** null on the last page, as in the spec's example; page-style endpoints are followed by page number. */
  next?: null;
}

export function numberedPage<T>(items: readonly T[], page: number, perPage: number): { items: T[]; pages: NumberedPages; total_count: number } {
  const p = Math.max(1, page);
  const totalPages = pageCount(items.length, perPage);
  const pages: NumberedPages = { type: 'pages', page: p, per_page: perPage, total_pages: totalPages };
  if (p >= totalPages) pages.next = null;
  return { items: offsetSlice(items, p, perPage).items, pages, total_count: items.length };
}

/** `per_page` with Intercom's default and cap (values above the cap are reduced to it). */
export function perPage(requested: number | undefined, defaultSize: number, max: number): number {
  if (requested === undefined) return defaultSize;
  if (requested < 1) throw invalid('per_page must be at least 1', 'per_page');
  return clampPageSize(requested, max);
}
