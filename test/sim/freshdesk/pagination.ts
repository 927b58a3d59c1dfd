/**
 * `page` (from 1) and `per_page` (default 30, at most 100) on every list, and the `Link` header with
 * `rel="next"` while another page exists (research §2.3). The next URL repeats the request's query.
 */
import { offsetSlice } from '../common/offset-page.js';
import { parsePositiveInteger } from '../common/page-size.js';
import { urlWithQuery } from '../common/query-url.js';
import type { SimResponse } from '../common/sim-server.js';
import { ValidationFailure } from './http.js';

export interface PageRequest {
  page: number;
  perPage: number;
}

export function readPage(query: URLSearchParams, maxPage = Number.MAX_SAFE_INTEGER): PageRequest {
  const errors = [];
  const page = parsePositiveInteger(query.get('page') ?? '1');
  const perPage = parsePositiveInteger(query.get('per_page') ?? '30');
  if (page === undefined) errors.push({ field: 'page', code: 'datatype_mismatch', message: 'It should be a/an Positive Integer' });
  if (perPage === undefined) errors.push({ field: 'per_page', code: 'datatype_mismatch', message: 'It should be a/an Positive Integer' });
  else if (perPage > 100) errors.push({ field: 'per_page', code: 'invalid_value', message: 'It should be a Number less than or equal to 100' });
  if (page !== undefined && page > maxPage) errors.push({ field: 'page', code: 'invalid_value', message: `It should be a Number less than or equal to ${maxPage}` });
  if (errors.length > 0) throw new ValidationFailure(errors);
  return { page: page ?? 1, perPage: perPage ?? 30 };
}

/** One page of `items` with a Link header when `hasNext`. */
export function pageResponse(items: unknown[], hasNext: boolean, baseUrl: string, path: string, query: URLSearchParams, page: PageRequest): SimResponse {
  const headers: Record<string, string> = {};
  if (hasNext) {
    const next = urlWithQuery(`${baseUrl}${path}`, query, { set: { page: String(page.page + 1), per_page: String(page.perPage) } });
    headers['link'] = `<${next}>; rel="next"`;
  }
  return { status: 200, body: items, headers };
}

/** Slices a full list; Link while more remain. */
export function paginate(all: unknown[], baseUrl: string, path: string, query: URLSearchParams, page: PageRequest): SimResponse {
  const { items, hasMore } = offsetSlice(all, page.page, page.perPage);
  return pageResponse(items, hasMore, baseUrl, path, query, page);
}
