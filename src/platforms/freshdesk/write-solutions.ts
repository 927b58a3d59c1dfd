/**
 * Knowledge base → Solutions. Freshdesk keeps three levels, Category > Folder > Article (the engine
 * puts articles outside such a tree into the mapping's knowledge_base defaults); a folder inside a
 * folder needs Flexible Hierarchy, and without it (403 `require_feature`) becomes a folder of the
 * category with a warning. Names are unique (categories in the account, folders in their parent):
 * an existing one of the same name is taken over, so reruns and lost answers never duplicate.
 * Articles are matched by title within their folder before one is created. Translations need the
 * Multilingual feature and a language the account supports; others are left out with a warning.
 * Freshdesk articles take no author, dates or attachments through the API (research §2.4).
 */
import { HttpError } from '../../http/index.js';
import { migrated, type Outcome, warning, WARNINGS } from '../../model/outcomes.js';
import type { Article, KbCategory, KbFolder, Translated } from '../../model/records.js';
import type { WriteItem } from '../contracts.js';
import type { FdArticle, FdCategory, FdFolder } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { createOnce } from '../create-once.js';
import { failureOf, isDuplicateValue, isMissingFeature, messageOf } from './failures.js';
import { matchLanguage } from './map-people.js';
import { listAll } from './pagination.js';
import type { SolutionsReader } from './read-solutions.js';

/** 400 on the parent's id: "The folder should be translated to 'fr' first". */
function needsParent(error: unknown): boolean {
  const errors = error instanceof HttpError && error.status === 400 ? (error.body as { errors?: { field?: string }[] } | undefined)?.errors : undefined;
  return Array.isArray(errors) && errors.some((e) => e.field === 'folder_id' || e.field === 'category_id');
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

async function findOrCreate<T extends { id: number }>(create: () => Promise<T>, find: () => Promise<T | undefined>): Promise<T> {
  const existing = await find();
  if (existing) return existing;
  try {
    return await createOnce(create, find);
  } catch (error) {
    if (!isDuplicateValue(error)) throw error;
    const found = await find();
    if (!found) throw error;
    return found;
  }
}

export class SolutionsWriter {
  constructor(
    private readonly client: FreshdeskClient,
    private readonly reader: SolutionsReader,
  ) {}

  async writeCategory({ record, previous }: WriteItem<KbCategory>, translationsWanted: boolean): Promise<Outcome> {
    try {
      const body = { name: record.name, ...(record.description ? { description: record.description } : {}) };
      const category = previous
        ? await this.client.request<FdCategory>('PUT', `/api/v2/solutions/categories/${previous.targetId}`, { body })
        : await findOrCreate(
            () => this.client.request<FdCategory>('POST', '/api/v2/solutions/categories', { body, idempotent: false }),
            async () => (await this.reader.categories()).find((c) => sameName(c.name, record.name)),
          );
      const warnings = translationsWanted ? await this.translateContainer('categories', category.id, record.translations) : [];
      return migrated(String(category.id), warnings.length ? { warnings: warnings.map((m) => warning(WARNINGS.translationLeftOut, m)) } : {});
    } catch (error) {
      return failureOf(error, `kb category ${record.name}`);
    }
  }

  async writeFolder({ record, previous }: WriteItem<KbFolder>, translationsWanted: boolean): Promise<Outcome> {
    try {
      const warnings: string[] = [];
      const body = { name: record.name, visibility: 1, ...(record.description ? { description: record.description } : {}) };
      let folder: FdFolder;
      if (previous) folder = await this.client.request<FdFolder>('PUT', `/api/v2/solutions/folders/${previous.targetId}`, { body: { name: body.name, ...(record.description ? { description: record.description } : {}) } });
      else if (record.parentFolderId) {
        try {
          folder = await this.inParent(`/api/v2/solutions/folders/${record.parentFolderId}/subfolders`, body, record.name);
        } catch (error) {
          if (!isMissingFeature(error)) throw error;
          warnings.push(`placed directly in its category: folders inside folders need Freshdesk's Flexible Hierarchy`);
          folder = await this.inParent(`/api/v2/solutions/categories/${record.categoryId}/folders`, body, record.name);
        }
      } else folder = await this.inParent(`/api/v2/solutions/categories/${record.categoryId}/folders`, body, record.name);
      if (translationsWanted) warnings.push(...(await this.translateContainer('folders', folder.id, record.translations)));
      return migrated(String(folder.id), warnings.length ? { warnings: warnings.map((m) => warning(WARNINGS.leftOutByTarget, m)) } : {});
    } catch (error) {
      return failureOf(error, `kb folder ${record.name}`);
    }
  }

  async writeArticle({ record, previous }: WriteItem<Article>, translationsWanted: boolean): Promise<Outcome> {
    try {
      if (!record.folderId) throw new Error(`article ${record.id} has no folder`);
      const body = { title: record.title, description: record.body || '<p></p>', status: record.status === 'published' ? 2 : 1, tags: record.tags };
      const path = `/api/v2/solutions/folders/${record.folderId}/articles`;
      const article = previous
        ? await this.client.request<FdArticle>('PUT', `/api/v2/solutions/articles/${previous.targetId}`, { body })
        : await findOrCreate(
            () => this.client.request<FdArticle>('POST', path, { body, idempotent: false }),
            async () => (await listAll<FdArticle>(this.client, path)).find((a) => sameName(a.title, record.title)),
          );
      const warnings: string[] = [];
      if (record.attachments.length > 0) warnings.push(`${record.attachments.length} attachment(s) left out (${record.attachments.map((a) => a.fileName).join(', ')}): Freshdesk's API takes no attachments on articles`);
      const children: Record<string, string> = {};
      if (translationsWanted) {
        for (const t of record.translations) {
          const result = await this.translate('articles', article.id, t.locale, { title: t.title, description: t.body || '<p></p>', status: t.status === 'published' ? 2 : 1 });
          if ('warning' in result) warnings.push(result.warning);
          else children[t.locale] = result.language;
        }
      }
      return migrated(String(article.id), { ...(Object.keys(children).length ? { children } : {}), ...(warnings.length ? { warnings: warnings.map((m) => warning(WARNINGS.leftOutByTarget, m)) } : {}) });
    } catch (error) {
      return failureOf(error, `article ${record.title}`);
    }
  }

  private inParent(path: string, body: Record<string, unknown>, name: string): Promise<FdFolder> {
    return findOrCreate(
      () => this.client.request<FdFolder>('POST', path, { body, idempotent: false }),
      async () => (await listAll<FdFolder>(this.client, path)).find((f) => sameName(f.name, name)),
    );
  }

  private async translateContainer(kind: 'categories' | 'folders', id: number, translations: Record<string, Translated>): Promise<string[]> {
    const warnings: string[] = [];
    for (const [locale, t] of Object.entries(translations)) {
      const result = await this.translate(kind, id, locale, { name: t.name, ...(t.description ? { description: t.description } : {}) });
      if ('warning' in result) warnings.push(result.warning);
    }
    return warnings;
  }

  /** Creates (or, when it exists, updates) one translation. */
  private async translate(kind: 'categories' | 'folders' | 'articles', id: number, locale: string, body: Record<string, unknown>): Promise<{ language: string } | { warning: string }> {
    const { others } = await this.reader.accountLanguages();
    const language = matchLanguage(locale, new Set(others));
    if (!language) return { warning: `translation ${locale} left out: the Freshdesk account does not support that language (Admin > Languages)` };
    try {
      await this.post(kind, id, language, body);
    } catch (error) {
      if (isMissingFeature(error)) return { warning: `translation ${locale} left out: translations need Freshdesk's Multilingual feature` };
      return { warning: `translation ${locale} left out: ${messageOf(error)}` };
    }
    return { language };
  }

  /**
   * POST of a translation (PUT when it exists). Freshdesk refuses a folder or article translation
   * whose parent has none in that language: the parent then gets one under its own name first.
   */
  private async post(kind: 'categories' | 'folders' | 'articles', id: number, language: string, body: Record<string, unknown>, parentDone = false): Promise<void> {
    const path = `/api/v2/solutions/${kind}/${id}/${language}`;
    try {
      await this.client.request('POST', path, { body, idempotent: true });
    } catch (error) {
      if (error instanceof HttpError && error.status === 409) return void (await this.client.request('PUT', path, { body }));
      if (parentDone || kind === 'categories' || !needsParent(error)) throw error;
      if (kind === 'articles') await this.translateContainerOf('folders', (await this.client.get<FdArticle>(`/api/v2/solutions/articles/${id}`)).folder_id, language);
      else await this.translateContainerOf('categories', (await this.client.get<FdFolder>(`/api/v2/solutions/folders/${id}`)).category_id as number, language);
      await this.post(kind, id, language, body, true);
    }
  }

  /** A category or folder translated under its own name, so that what it holds can be translated. */
  private async translateContainerOf(kind: 'categories' | 'folders', id: number, language: string): Promise<void> {
    if (await this.reader.translation(kind, id, language)) return;
    const record = await this.client.get<FdCategory | FdFolder>(`/api/v2/solutions/${kind}/${id}`);
    await this.post(kind, id, language, { name: record.name, ...(record.description ? { description: record.description } : {}) });
  }
}
