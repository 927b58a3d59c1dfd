/**
 * Help Center (Guide): categories → KB categories, sections → KB folders (a nested section's parent
 * is its parentFolderId), articles with their translations (`include=translations`) and attachments
 * (one request per article). Articles read with `since` come from the time-based incremental export.
 * Help Center requests draw on the Help Center budget, not the Support one.
 */
import type { Page, ReadOptions } from '../contracts.js';
import type { Article, KbCategory, KbFolder, Translated } from '../../model/records.js';
import type { HcArticle, HcArticleAttachment, HcCategory, HcSection, HcTranslation } from './api-types.js';
import type { ZendeskClient } from './client.js';
import { mapLimit } from '../map-limit.js';
import { decodePosition, encodePosition } from './cursor.js';
import { startTimeFor } from './incremental.js';
import { eachPage, listAll } from './pagination.js';

const WITH_TRANSLATIONS = { include: 'translations' };

function otherTranslations(item: { source_locale: string; translations?: HcTranslation[] }): HcTranslation[] {
  return (item.translations ?? []).filter((t) => t.locale.toLowerCase() !== item.source_locale.toLowerCase());
}

function translatedNames(item: HcCategory): Record<string, Translated> {
  const out: Record<string, Translated> = {};
  for (const t of otherTranslations(item)) out[t.locale] = t.body ? { name: t.title, description: t.body } : { name: t.title };
  return out;
}

function categoryFromZendesk(c: HcCategory): KbCategory {
  const category: KbCategory = { id: String(c.id), name: c.name, locale: c.source_locale, translations: translatedNames(c) };
  if (c.description) category.description = c.description;
  if (c.position !== undefined) category.position = c.position;
  return category;
}

function folderFromZendesk(s: HcSection): KbFolder {
  const folder: KbFolder = { id: String(s.id), categoryId: String(s.category_id), name: s.name, locale: s.source_locale, translations: translatedNames(s) };
  if (s.parent_section_id) folder.parentFolderId = String(s.parent_section_id);
  if (s.description) folder.description = s.description;
  if (s.position !== undefined) folder.position = s.position;
  return folder;
}

function articleFromZendesk(a: HcArticle, attachments: HcArticleAttachment[]): Article {
  const article: Article = {
    id: String(a.id),
    folderId: String(a.section_id),
    title: a.title,
    body: a.body ?? '',
    status: a.draft ? 'draft' : 'published',
    locale: a.source_locale,
    tags: a.label_names ?? [],
    createdAt: a.created_at,
    updatedAt: a.updated_at,
    translations: otherTranslations(a).map((t) => ({ locale: t.locale, title: t.title, body: t.body ?? '', status: t.draft ? 'draft' : 'published' })),
    attachments: attachments.map((att) => ({
      id: String(att.id),
      fileName: att.file_name,
      contentType: att.content_type,
      url: att.content_url,
      ...(att.size !== undefined ? { size: att.size } : {}),
      ...(att.inline ? { inline: true } : {}),
    })),
  };
  if (a.author_id) article.authorId = String(a.author_id);
  if (a.position !== undefined) article.position = a.position;
  return article;
}

export async function* readCategories(client: ZendeskClient, options: ReadOptions): AsyncGenerator<Page<KbCategory>> {
  const start = decodePosition(options.cursor, 'kb_categories');
  const after = start && 'after' in start ? start.after : undefined;
  for await (const page of eachPage<HcCategory>(client.helpCenter, '/api/v2/help_center/categories', 'categories', WITH_TRANSLATIONS, after)) {
    yield { records: page.items.map(categoryFromZendesk), ...(page.after ? { cursor: encodePosition({ list: 'kb_categories', after: page.after }) } : {}) };
  }
}

export async function* readFolders(client: ZendeskClient, options: ReadOptions): AsyncGenerator<Page<KbFolder>> {
  const start = decodePosition(options.cursor, 'kb_folders');
  const after = start && 'after' in start ? start.after : undefined;
  for await (const page of eachPage<HcSection>(client.helpCenter, '/api/v2/help_center/sections', 'sections', WITH_TRANSLATIONS, after)) {
    yield { records: page.items.map(folderFromZendesk), ...(page.after ? { cursor: encodePosition({ list: 'kb_folders', after: page.after }) } : {}) };
  }
}

async function withAttachments(client: ZendeskClient, articles: HcArticle[]): Promise<Article[]> {
  return mapLimit(articles, client.tuning.concurrency, async (a) =>
    articleFromZendesk(a, await listAll<HcArticleAttachment>(client.helpCenter, `/api/v2/help_center/articles/${a.id}/attachments`, 'article_attachments')),
  );
}

export async function* readArticles(client: ZendeskClient, options: ReadOptions): AsyncGenerator<Page<Article>> {
  const start = decodePosition(options.cursor, 'articles');
  if (options.since || (start && 'startTime' in start)) {
    let startTime = start && 'startTime' in start ? start.startTime : startTimeFor(options.since);
    for (;;) {
      const body = await client.helpCenter.get<{ articles?: HcArticle[]; end_time?: number; next_page?: string | null }>('/api/v2/help_center/incremental/articles', {
        start_time: startTime,
        ...WITH_TRANSLATIONS,
      });
      const endTime = body.end_time ?? startTime;
      yield { records: await withAttachments(client, body.articles ?? []), cursor: encodePosition({ export: 'articles', startTime: endTime }) };
      if (!body.next_page || endTime <= startTime) return;
      startTime = endTime;
    }
  }
  const after = start && 'after' in start ? start.after : undefined;
  for await (const page of eachPage<HcArticle>(client.helpCenter, '/api/v2/help_center/articles', 'articles', WITH_TRANSLATIONS, after)) {
    yield { records: await withAttachments(client, page.items), ...(page.after ? { cursor: encodePosition({ list: 'articles', after: page.after }) } : {}) };
  }
}
