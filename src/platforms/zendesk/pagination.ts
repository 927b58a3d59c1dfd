/**
 * Zendesk cursor pagination (research §1.3): `page[size]` ≤ 100, `page[after]`, and
 * `meta.has_more` as the only stop signal — `links.next` and `meta.after_cursor` are present on the
 * last page too. Offset pagination is never used: it is refused past 10,000 records.
 */
import type { HttpClient, QueryValue } from '../../http/index.js';

export const PAGE_SIZE = 100;

export interface CursorPage<T> {
  items: T[];
  /** Cursor of this page's end: pass it as `after` to read the next page. */
  after: string | undefined;
  hasMore: boolean;
}

interface Meta {
  has_more?: boolean;
  after_cursor?: string | null;
}

export async function fetchPage<T>(
  http: HttpClient,
  path: string,
  key: string,
  after?: string,
  query: Record<string, QueryValue> = {},
): Promise<CursorPage<T>> {
  const body = await http.get<Record<string, unknown>>(path, { ...query, 'page[size]': PAGE_SIZE, 'page[after]': after });
  const items = Array.isArray(body[key]) ? (body[key] as T[]) : [];
  const meta = (body['meta'] ?? {}) as Meta;
  const next = meta.after_cursor ?? undefined;
  return { items, after: next, hasMore: meta.has_more === true && next !== undefined };
}

/** Every page from `after` (or the start) to the end. */
export async function* eachPage<T>(
  http: HttpClient,
  path: string,
  key: string,
  query: Record<string, QueryValue> = {},
  after?: string,
): AsyncGenerator<CursorPage<T>> {
  let cursor = after;
  for (;;) {
    const page = await fetchPage<T>(http, path, key, cursor, query);
    yield page;
    if (!page.hasMore) return;
    cursor = page.after;
  }
}

/** Every item of a short list (groups, fields, agents): for lists the connector may hold in memory. */
export async function listAll<T>(http: HttpClient, path: string, key: string, query: Record<string, QueryValue> = {}): Promise<T[]> {
  const all: T[] = [];
  for await (const page of eachPage<T>(http, path, key, query)) all.push(...page.items);
  return all;
}
