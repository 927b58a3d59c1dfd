/**
 * Solutions: categories > folders (> sub-folders, with Flexible Hierarchy) > articles. Translations
 * exist only with the Multilingual feature, one request per record and language (a 404 is "none");
 * without the feature Freshdesk answers 403 `require_feature`, read here as "no translations".
 * Categories and folders are few and read whole; articles stream folder by folder, resumable at the
 * folders already done.
 */
import { HttpError } from '../../http/index.js';
import type { Page, ReadOptions } from '../contracts.js';
import type { Article, KbCategory, KbFolder, Translated, Translation } from '../../model/records.js';
import type { FdArticle, FdCategory, FdFolder, FdHelpdeskSettings } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { decodePosition, encodePosition } from './cursor.js';
import { isMissingFeature } from './failures.js';
import { attachmentFromFreshdesk } from './map-ticket.js';
import { listAll } from './pagination.js';

export class SolutionsReader {
  private languages: Promise<{ primary: string; others: string[] }> | undefined;

  constructor(private readonly client: FreshdeskClient) {}

  /** The account's primary language and the other languages content may be translated into. */
  accountLanguages(): Promise<{ primary: string; others: string[] }> {
    if (!this.languages) {
      this.languages = this.client.get<FdHelpdeskSettings>('/api/v2/settings/helpdesk').then((s) => ({
        primary: s.primary_language,
        others: (s.supported_languages ?? []).filter((l) => l !== s.primary_language),
      }));
      this.languages.catch(() => (this.languages = undefined));
    }
    return this.languages;
  }

  categories(): Promise<FdCategory[]> {
    return listAll<FdCategory>(this.client, '/api/v2/solutions/categories');
  }

  /** Every folder, sub-folders after their parents, with the category each sits in. */
  async folders(): Promise<(FdFolder & { category_id: number })[]> {
    const all: (FdFolder & { category_id: number })[] = [];
    for (const category of await this.categories()) {
      const queue = (await listAll<FdFolder>(this.client, `/api/v2/solutions/categories/${category.id}/folders`)).map((f) => ({ ...f, category_id: category.id }));
      while (queue.length > 0) {
        const folder = queue.shift() as FdFolder & { category_id: number };
        all.push(folder);
        for (const sub of await this.subfolders(folder.id)) queue.push({ ...sub, parent_folder_id: folder.id, category_id: category.id });
      }
    }
    return all;
  }

  private async subfolders(folderId: number): Promise<FdFolder[]> {
    try {
      return await listAll<FdFolder>(this.client, `/api/v2/solutions/folders/${folderId}/subfolders`);
    } catch (error) {
      if (isMissingFeature(error)) return [];
      throw error;
    }
  }

  /** The record in another language; undefined when it has none (or the account has no Multilingual). */
  async translation<T>(kind: 'categories' | 'folders' | 'articles', id: number, language: string): Promise<T | undefined> {
    try {
      return await this.client.get<T>(`/api/v2/solutions/${kind}/${id}/${language}`);
    } catch (error) {
      if (isMissingFeature(error) || (error instanceof HttpError && error.status === 404)) return undefined;
      throw error;
    }
  }

  async translated(kind: 'categories' | 'folders', id: number): Promise<Record<string, Translated>> {
    const translations: Record<string, Translated> = {};
    for (const language of (await this.accountLanguages()).others) {
      const found = await this.translation<{ name: string; description?: string | null }>(kind, id, language);
      if (found) translations[language] = { name: found.name, ...(found.description ? { description: found.description } : {}) };
    }
    return translations;
  }
}

export async function* readCategories(reader: SolutionsReader): AsyncGenerator<Page<KbCategory>> {
  const { primary } = await reader.accountLanguages();
  const records: KbCategory[] = [];
  for (const c of await reader.categories()) {
    records.push({ id: String(c.id), name: c.name, ...(c.description ? { description: c.description } : {}), locale: primary, translations: await reader.translated('categories', c.id) });
  }
  yield { records };
}

export async function* readFolders(reader: SolutionsReader): AsyncGenerator<Page<KbFolder>> {
  const { primary } = await reader.accountLanguages();
  const records: KbFolder[] = [];
  for (const f of await reader.folders()) {
    const folder: KbFolder = { id: String(f.id), categoryId: String(f.category_id), name: f.name, locale: primary, translations: await reader.translated('folders', f.id) };
    if (f.parent_folder_id) folder.parentFolderId = String(f.parent_folder_id);
    if (f.description) folder.description = f.description;
    records.push(folder);
  }
  yield { records };
}

function articleFrom(a: FdArticle, folderId: number, locale: string, translations: Translation[]): Article {
  const article: Article = {
    id: String(a.id),
    folderId: String(folderId),
    title: a.title,
    body: a.description,
    status: a.status === 2 ? 'published' : 'draft',
    locale,
    tags: a.tags ?? [],
    createdAt: a.created_at,
    updatedAt: a.updated_at,
    translations,
    attachments: (a.attachments ?? []).map(attachmentFromFreshdesk),
  };
  if (a.agent_id) article.authorId = String(a.agent_id);
  return article;
}

export async function* readArticles(client: FreshdeskClient, reader: SolutionsReader, options: ReadOptions): AsyncGenerator<Page<Article>> {
  const { primary, others } = await reader.accountLanguages();
  const done = new Set(decodePosition<{ list: 'articles'; done: number[] }>(options.cursor, 'articles')?.done ?? []);
  const since = options.since ? Date.parse(options.since) : undefined;
  for (const folder of await reader.folders()) {
    if (done.has(folder.id)) continue;
    const records: Article[] = [];
    for (const a of await listAll<FdArticle>(client, `/api/v2/solutions/folders/${folder.id}/articles`)) {
      if (since !== undefined && Date.parse(a.updated_at) < since) continue;
      const translations: Translation[] = [];
      for (const language of others) {
        const t = await reader.translation<FdArticle>('articles', a.id, language);
        if (t) translations.push({ locale: language, title: t.title, body: t.description, status: t.status === 2 ? 'published' : 'draft' });
      }
      records.push(articleFrom(a, folder.id, primary, translations));
    }
    done.add(folder.id);
    yield { records, cursor: encodePosition({ list: 'articles', done: [...done] }) };
  }
}
