/**
 * Help Center → canonical knowledge base. Intercom nests collections up to three levels by
 * `parent_id` (sections no longer exist): a top-level collection is a KB category, a second-level one
 * a folder in it, a third-level one a folder in that folder. An article sits in the collection named
 * by `parent_ids[0]`: directly in a category, in a folder, or in no collection at all.
 */
import type { Article, KbCategory, KbFolder, Translated, Translation } from '../../model/records.js';
import type { IcArticle, IcArticleContent, IcCollection } from './api-types.js';
import { isoFromUnix } from './timestamps.js';

export class CollectionTree {
  private readonly byId: Map<string, IcCollection>;

  constructor(collections: IcCollection[]) {
    this.byId = new Map(collections.map((c) => [String(c.id), c]));
  }

  get(id: string): IcCollection | undefined {
    return this.byId.get(id);
  }

  /** Parent chain from the collection up to its top-level ancestor. */
  chain(id: string): IcCollection[] {
    const chain: IcCollection[] = [];
    for (let c = this.byId.get(id); c && chain.length <= 10; c = c.parent_id ? this.byId.get(String(c.parent_id)) : undefined) chain.push(c);
    return chain;
  }

  isTopLevel(id: string): boolean {
    return this.chain(id).length === 1;
  }

  /** Nested collections, parents before children. */
  nested(): IcCollection[] {
    return [...this.byId.values()].filter((c) => c.parent_id).sort((a, b) => this.chain(a.id).length - this.chain(b.id).length || Number(a.id) - Number(b.id));
  }

  topLevel(): IcCollection[] {
    return [...this.byId.values()].filter((c) => !c.parent_id).sort((a, b) => Number(a.id) - Number(b.id));
  }
}

export function categoryFromCollection(c: IcCollection): KbCategory {
  return {
    id: String(c.id),
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    locale: c.default_locale,
    ...(c.order !== undefined ? { position: c.order } : {}),
    translations: groupTranslations(c),
  };
}

export function folderFromCollection(c: IcCollection, tree: CollectionTree): KbFolder {
  const chain = tree.chain(String(c.id));
  const root = chain[chain.length - 1] ?? c;
  const parent = chain[1];
  return {
    id: String(c.id),
    categoryId: String(root.id),
    ...(parent && parent !== root ? { parentFolderId: String(parent.id) } : {}),
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    locale: c.default_locale,
    ...(c.order !== undefined ? { position: c.order } : {}),
    translations: groupTranslations(c),
  };
}

function groupTranslations(c: IcCollection): Record<string, Translated> {
  const out: Record<string, Translated> = {};
  for (const [locale, raw] of Object.entries(c.translated_content ?? {})) {
    if (locale === 'type' || locale === c.default_locale || !raw || typeof raw !== 'object') continue;
    const content = raw as { name?: string; description?: string };
    if (!content.name) continue;
    out[locale] = { name: content.name, ...(content.description ? { description: content.description } : {}) };
  }
  return out;
}

export function articleFromIntercom(a: IcArticle, tree: CollectionTree): Article {
  const parentId = a.parent_ids?.[0] !== undefined ? String(a.parent_ids[0]) : undefined;
  const placement = parentId === undefined ? {} : tree.isTopLevel(parentId) ? { categoryId: parentId } : { folderId: parentId };
  return {
    id: String(a.id),
    ...placement,
    title: a.title,
    body: a.body,
    status: a.state === 'published' ? 'published' : 'draft',
    locale: a.default_locale,
    authorId: String(a.author_id),
    tags: (a.tags?.tags ?? []).map((t) => t.name),
    createdAt: isoFromUnix(a.created_at),
    updatedAt: isoFromUnix(a.updated_at),
    translations: articleTranslations(a),
    // Intercom articles have no attachments of their own: files are links and images in the body.
    attachments: [],
  };
}

function articleTranslations(a: IcArticle): Translation[] {
  const out: Translation[] = [];
  for (const [locale, raw] of Object.entries(a.translated_content ?? {})) {
    if (locale === 'type' || locale === a.default_locale || !raw || typeof raw !== 'object') continue;
    const content = raw as IcArticleContent;
    if (!content.title) continue;
    out.push({ locale, title: content.title, body: content.body ?? '', status: content.state === 'published' ? 'published' : 'draft' });
  }
  return out;
}
