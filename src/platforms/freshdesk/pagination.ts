/**
 * Freshdesk's page-numbered lists (research §2.3): `page` from 1, `per_page` ≤ 100, and a
 * `Link: <…>; rel="next"` header on every page but the last, which is the only stop signal (a full
 * last page has none). Lists answer a bare JSON array.
 */
import type { QueryValue } from '../../http/index.js';
import type { FreshdeskClient, SubLimit } from './client.js';

export const PER_PAGE = 100;

export interface NumberedPage<T> {
  items: T[];
  page: number;
  hasMore: boolean;
}

/** Pages from `first` (default 1) to the end, or to `lastPage`. */
export async function* eachPage<T>(
  client: FreshdeskClient,
  path: string,
  query: Record<string, QueryValue> = {},
  options: { first?: number; lastPage?: number; subLimit?: SubLimit } = {},
): AsyncGenerator<NumberedPage<T>> {
  for (let page = options.first ?? 1; ; page++) {
    const { body, next } = await client.page<T[]>(path, { ...query, page, per_page: PER_PAGE }, options.subLimit);
    const items = Array.isArray(body) ? body : [];
    const hasMore = next && items.length > 0 && (options.lastPage === undefined || page < options.lastPage);
    yield { items, page, hasMore };
    if (!hasMore) return;
  }
}

/** Every item of a short list (agents, groups, fields, folders): for lists the connector may hold in memory. */
export async function listAll<T>(client: FreshdeskClient, path: string, query: Record<string, QueryValue> = {}, subLimit?: SubLimit): Promise<T[]> {
  const all: T[] = [];
  for await (const page of eachPage<T>(client, path, query, subLimit ? { subLimit } : {})) all.push(...page.items);
  return all;
}
