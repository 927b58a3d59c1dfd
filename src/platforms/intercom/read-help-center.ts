/**
 * Help Center: collections (read whole: they are few, and their depth needs the full tree) become
 * categories and folders; articles page by number, most recently updated first, so a delta stops at
 * the first article older than `since`.
 */
import type { Article, KbCategory, KbFolder } from '../../model/records.js';
import type { Page, ReadOptions } from '../contracts.js';
import type { IcArticle, IcCollection } from './api-types.js';
import type { IntercomClient } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { articleFromIntercom, categoryFromCollection, CollectionTree, folderFromCollection } from './map-help-center.js';
import { unixFromIso } from './timestamps.js';

export const ARTICLE_PAGE_SIZE = 50;

export async function collectionTree(client: IntercomClient): Promise<CollectionTree> {
  return new CollectionTree(await client.allPages<IcCollection>('/help_center/collections'));
}

export function categories(tree: CollectionTree, options: ReadOptions): KbCategory[] {
  return tree.topLevel().filter((c) => changedSince(c, options)).map(categoryFromCollection);
}

export function folders(tree: CollectionTree, options: ReadOptions): KbFolder[] {
  return tree.nested().filter((c) => changedSince(c, options)).map((c) => folderFromCollection(c, tree));
}

function changedSince(c: IcCollection, options: ReadOptions): boolean {
  const since = unixFromIso(options.since);
  return since === undefined || (c.updated_at ?? Infinity) >= since;
}

export async function* readArticles(client: IntercomClient, tree: CollectionTree, options: ReadOptions): AsyncGenerator<Page<Article>> {
  const since = unixFromIso(options.since);
  let page = decodeCursor<{ page: number }>(options.cursor, 'articles').page ?? 1;
  for (;;) {
    const result = await client.numberedPage<IcArticle>('/articles', page, ARTICLE_PAGE_SIZE);
    const fresh = since === undefined ? result.items : result.items.filter((a) => a.updated_at >= since);
    const done = result.last || fresh.length < result.items.length;
    // The list has parent_ids but not every field of the single GET; it has all we map.
    const records = fresh.map((a) => articleFromIntercom(a, tree));
    page++;
    yield done ? { records } : { records, cursor: encodeCursor({ page }) };
    if (done) return;
  }
}
