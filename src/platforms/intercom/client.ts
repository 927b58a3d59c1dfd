/**
 * A thin Intercom client on the shared HttpClient: regional base URL, bearer token (redacted from
 * every message), a pinned and configurable `Intercom-Version`, Intercom's `error.list` envelope,
 * pacing from `X-RateLimit-*` headers with a configurable share of the workspace budget, and the
 * three pagination styles (cursor `starting_after`, page numbers, search with paging in the body).
 * Attachment downloads go through a separate client that never sends the token.
 */
import { describeTextBody, HttpClient, HttpError, RateLimiter, type ErrorDescription } from '../../http/index.js';
import type { IcPages } from './api-types.js';
import { accessErrorOf } from './access-errors.js';
import { INTERCOM_RATE_LIMIT_HEADERS } from './rate-limit-headers.js';
import { baseUrlOf, type IntercomConnection, type IntercomTuning } from './connection.js';

/** Intercom enforces its per-minute limit in 10-second windows. */
const WINDOW_MS = 10_000;

/** The largest `pagination.per_page` Intercom's search endpoints take: fewest calls per result. */
export const SEARCH_PAGE_SIZE = 150;

export interface CallOptions {
  query?: Record<string, string | number | boolean | undefined>;
  /** Reads and upserts sent as POST (search, find-or-create tag, company upsert) may be retried. */
  idempotent?: boolean;
}

export interface SearchQuery {
  field?: string;
  operator: string;
  value: unknown;
}

export class IntercomClient {
  readonly http: HttpClient;
  readonly limiter: RateLimiter;
  private readonly downloads: HttpClient;
  /** Attachment hosts that failed for good: not tried again in this run. */

  constructor(
    readonly connection: IntercomConnection,
    tuning: IntercomTuning = {},
  ) {
    const baseUrl = baseUrlOf(connection);
    this.limiter = new RateLimiter({
      limit: Math.max(1, Math.floor(connection.requests_per_minute / 6)),
      intervalMs: WINDOW_MS,
      share: connection.budget_share,
      name: 'intercom',
      headers: INTERCOM_RATE_LIMIT_HEADERS,
    });
    this.http = new HttpClient({
      baseUrl,
      headers: { authorization: `Bearer ${connection.token}`, 'intercom-version': connection.version },
      limiter: this.limiter,
      secrets: [connection.token],
      parseError: parseIntercomError,
      accessError: (error, request) => accessErrorOf(error, request.method, request.path),
      ...tuning.http,
    });
    // Attachment URLs are pre-signed and often on another host: no token, and not Intercom's budget.
    this.downloads = new HttpClient({
      baseUrl,
      limiter: new RateLimiter({ limit: 50, intervalMs: 1_000, name: 'intercom-attachments', reserve: 0 }),
      secrets: [connection.token],
      parseError: parseIntercomError,
      ...tuning.http,
    });
  }

  /** API requests sent so far, retries included. */
  get calls(): number {
    return this.http.calls;
  }

  async call<T>(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
    const response = await this.http.request<T>(method, path, {
      ...(options.query ? { query: options.query } : {}),
      ...(body !== undefined ? { body } : {}),
      ...(options.idempotent !== undefined ? { idempotent: options.idempotent } : {}),
    });
    return response.body;
  }

  get<T>(path: string, query?: CallOptions['query']): Promise<T> {
    return this.call<T>('GET', path, undefined, query ? { query } : {});
  }

  post<T>(path: string, body: unknown, options: CallOptions = {}): Promise<T> {
    return this.call<T>('POST', path, body, options);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('PUT', path, body);
  }

  /** Cursor pagination: one page from `startingAfter`, and the cursor of the next page if any. */
  async cursorPage<T>(path: string, key: string, perPage: number, startingAfter?: string): Promise<{ items: T[]; next?: string; total?: number }> {
    const body = await this.get<Record<string, unknown>>(path, { per_page: perPage, starting_after: startingAfter });
    return readCursorPage<T>(body, key);
  }

  /** Search: the query and the paging go in the body; the next cursor comes back in `pages.next`. */
  async searchPage<T>(path: string, key: string, query: SearchQuery, perPage: number, startingAfter?: string): Promise<{ items: T[]; next?: string; total?: number }> {
    const pagination = startingAfter ? { per_page: perPage, starting_after: startingAfter } : { per_page: perPage };
    const body = await this.post<Record<string, unknown>>(path, { query, pagination }, { idempotent: true });
    return readCursorPage<T>(body, key);
  }

  /** Every result of a search, for lookups that expect few. */
  async searchAll<T>(path: string, key: string, query: SearchQuery, perPage = SEARCH_PAGE_SIZE): Promise<T[]> {
    const all: T[] = [];
    let after: string | undefined;
    do {
      const page = await this.searchPage<T>(path, key, query, perPage, after);
      all.push(...page.items);
      after = page.next;
    } while (after);
    return all;
  }

  /** Page-number pagination (`page`, `per_page`, `pages.total_pages`). */
  async numberedPage<T>(path: string, page: number, perPage: number): Promise<{ items: T[]; last: boolean; total?: number }> {
    const body = await this.get<{ data?: T[]; pages?: IcPages; total_count?: number }>(path, { page, per_page: perPage });
    const items = body.data ?? [];
    const totalPages = body.pages?.total_pages ?? page;
    return { items, last: items.length === 0 || page >= totalPages, ...(body.total_count !== undefined ? { total: body.total_count } : {}) };
  }

  /** Every item of a page-numbered list. */
  async allPages<T>(path: string, perPage = 150): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; ; page++) {
      const result = await this.numberedPage<T>(path, page, perPage);
      all.push(...result.items);
      if (result.last) return all;
    }
  }

  /** Bytes behind an attachment URL, fetched without our credentials. */
  async download(url: string): Promise<Uint8Array> {
    return (await this.downloads.request<Uint8Array>('GET', url, { expect: 'bytes' })).body;
  }
}

function readCursorPage<T>(body: Record<string, unknown>, key: string): { items: T[]; next?: string; total?: number } {
  const items = (Array.isArray(body[key]) ? body[key] : []) as T[];
  const pages = body['pages'] as IcPages | undefined;
  const next = pages?.next?.starting_after ?? undefined;
  const total = typeof body['total_count'] === 'number' ? body['total_count'] : undefined;
  return { items, ...(next ? { next } : {}), ...(total !== undefined ? { total } : {}) };
}

/** `{"type":"error.list","errors":[{code, message, field}]}` → the first code and every message. */
export function parseIntercomError(status: number, body: unknown): ErrorDescription | undefined {
  if (!isObject(body) || !Array.isArray(body['errors'])) return describeTextBody(status, body);
  const items = body['errors'].filter(isObject);
  if (items.length === 0) return undefined;
  const code = typeof items[0]?.['code'] === 'string' ? items[0]['code'] : undefined;
  const message = items
    .map((item) => {
      const text = typeof item['message'] === 'string' && item['message'] ? item['message'] : String(item['code'] ?? 'error');
      return typeof item['field'] === 'string' && item['field'] ? `${item['field']}: ${text}` : text;
    })
    .join('; ');
  return code === undefined ? { message } : { code, message };
}

/** The first error of an Intercom error answer: status, code, field and message. */
export function intercomErrorOf(error: unknown): { status: number; code?: string; field?: string; message: string } | undefined {
  if (!(error instanceof HttpError)) return undefined;
  const first = isObject(error.body) && Array.isArray(error.body['errors']) ? error.body['errors'].find(isObject) : undefined;
  const field = typeof first?.['field'] === 'string' ? first['field'] : undefined;
  const message = typeof first?.['message'] === 'string' ? first['message'] : error.message;
  return { status: error.status, ...(error.code ? { code: error.code } : {}), ...(field ? { field } : {}), message };
}

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}

/** The answer, or undefined when Intercom answers 404: the record was deleted, merged or never made. */
export async function unlessGone<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
