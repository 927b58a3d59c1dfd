/**
 * KB categories and folders become Help Center collections nested by `parent_id` (three levels at
 * most), articles go into their folder's or category's collection (or none), each with the
 * translations the help center has locales for. Everything goes to the workspace's default help
 * center. Creates are looked up by name (title) and parent after a lost answer, never sent twice.
 */
import { migrated, type Outcome, warning, type Warning, WARNINGS } from '../../model/outcomes.js';
import type { Article, KbCategory, KbFolder, Translated } from '../../model/records.js';
import type { WriteItem, Written } from '../contracts.js';
import type { IcArticle, IcCollection } from './api-types.js';
import { unlessGone, type IntercomClient } from './client.js';
import { createOnce } from './create-once.js';
import type { WriteMemo } from './write-memo.js';
import type { WorkspaceDirectory } from './workspace-directory.js';

export interface HelpCenterEnv {
  client: IntercomClient;
  directory: WorkspaceDirectory;
  memo: WriteMemo;
  existing: ExistingHelpCenter;
}

/**
 * What the help center held before this run wrote to it, listed once: records looked up because a
 * lost checkpoint or a restart left them unsure are found here without listing everything each time.
 */
export class ExistingHelpCenter {
  private collectionList: Promise<IcCollection[]> | undefined;
  private articleList: Promise<IcArticle[]> | undefined;

  constructor(private readonly client: IntercomClient) {}

  collections(): Promise<IcCollection[]> {
    this.collectionList ??= this.client.allPages<IcCollection>('/help_center/collections');
    return this.collectionList;
  }

  articles(): Promise<IcArticle[]> {
    this.articleList ??= this.client.allPages<IcArticle>('/articles');
    return this.articleList;
  }
}

interface Locales {
  defaultLocale: string;
  others: Set<string>;
}

async function locales(directory: WorkspaceDirectory): Promise<Locales> {
  const list = (await directory.defaultHelpCenter())?.locales ?? ['en'];
  return { defaultLocale: list[0] ?? 'en', others: new Set(list.slice(1)) };
}

/**
 * Translations for locales the help center has, spelled as it spells them (`pt-br` → `pt-BR`); the
 * others are named in a warning.
 */
function keepLocales<T>(entries: Array<[string, T]>, available: Locales, warnings: Warning[]): Array<[string, T, string]> {
  const spelled = new Map([...available.others].map((l) => [l.toLowerCase(), l]));
  const kept: Array<[string, T, string]> = [];
  const left: string[] = [];
  for (const [locale, value] of entries) {
    const own = spelled.get(locale.toLowerCase());
    if (own) kept.push([own, value, locale]);
    else if (locale.toLowerCase() !== available.defaultLocale.toLowerCase()) left.push(locale);
  }
  if (left.length > 0) {
    warnings.push(warning(WARNINGS.translationLeftOut, `translations ${left.join(', ')} were left out: the help center has no such locale (add the languages in Intercom's Help Center settings and migrate again)`));
  }
  return kept;
}

export async function writeCollection(env: HelpCenterEnv, entity: 'kb_categories' | 'kb_folders', item: WriteItem<KbCategory | KbFolder>): Promise<Outcome> {
  const record = item.record;
  const parentId = 'categoryId' in record ? (record.parentFolderId ?? record.categoryId) : null;
  const warnings: Warning[] = [];
  const available = await locales(env.directory);
  if (record.locale.toLowerCase() !== available.defaultLocale.toLowerCase()) warnings.push(warning(WARNINGS.localeChanged, `written in the help center's default locale ${available.defaultLocale}, not ${record.locale}`));
  const translated = keepLocales(Object.entries(record.translations), available, warnings);
  const body = {
    name: record.name,
    ...(record.description ? { description: record.description } : {}),
    parent_id: parentId,
    ...(translated.length > 0
      ? { translated_content: Object.fromEntries(translated.map(([l, t]: [string, Translated, string]) => [l, { type: 'group_content', name: t.name, description: t.description ?? '' }])) }
      : {}),
  };
  const match = (c: IcCollection) => c.name === record.name && String(c.parent_id ?? '') === String(parentId ?? '');
  const find = async () => (await env.client.allPages<IcCollection>('/help_center/collections')).find(match);
  env.memo.remember(entity, record.id, async () => written(await find()));

  let collection: IcCollection | undefined;
  if (item.previous) collection = await putIfPresent(env.client, `/help_center/collections/${item.previous.targetId}`, body);
  else if (env.memo.takeSuspect(entity, record.id)) {
    const hit = (await env.existing.collections()).find(match);
    collection = hit && (await env.client.put<IcCollection>(`/help_center/collections/${hit.id}`, body));
  }
  collection ??= await createOnce(`collection ${record.name}`, () => env.client.post<IcCollection>('/help_center/collections', body), find);
  return migrated(String(collection.id), warnings.length > 0 ? { warnings } : {});
}

export async function writeArticle(env: HelpCenterEnv, item: WriteItem<Article>): Promise<Outcome> {
  const record = item.record;
  const me = String((await env.directory.me()).id);
  const warnings: Warning[] = [];
  const available = await locales(env.directory);
  const author = Number(record.authorId ?? me);
  const parentId = record.folderId ?? record.categoryId;
  const translated = keepLocales(
    record.translations.map((t) => [t.locale, t] as [string, (typeof record.translations)[number]]),
    available,
    warnings,
  );
  if (record.attachments.length > 0) warnings.push(warning(WARNINGS.attachmentsLeftOut, `${record.attachments.length} attachments were not migrated: Intercom articles have none of their own (link or embed the files in the body)`));
  if (record.locale.toLowerCase() !== available.defaultLocale.toLowerCase()) warnings.push(warning(WARNINGS.localeChanged, `written in the help center's default locale ${available.defaultLocale}, not ${record.locale}`));
  const body = {
    title: record.title,
    body: record.body,
    author_id: author,
    state: record.status,
    parent_id: parentId ?? null,
    parent_type: 'collection',
    ...(translated.length > 0
      ? {
          translated_content: Object.fromEntries(
            translated.map(([l, t]) => [l, { type: 'article_content', title: t.title, body: t.body, author_id: author, state: t.status }]),
          ),
        }
      : {}),
  };
  const match = (a: IcArticle) => a.title === record.title && String(a.parent_ids?.[0] ?? '') === String(parentId ?? '');
  const find = async () => (await env.client.allPages<IcArticle>('/articles')).find(match);
  // Source locale → the locale Intercom keeps it under.
  const children = Object.fromEntries(translated.map(([own, , source]) => [source, own]));
  env.memo.remember('articles', record.id, async () => written(await find(), children));

  let article: IcArticle | undefined;
  if (item.previous) article = await putIfPresent(env.client, `/articles/${item.previous.targetId}`, body);
  else if (env.memo.takeSuspect('articles', record.id)) {
    const hit = (await env.existing.articles()).find(match);
    article = hit && (await env.client.put<IcArticle>(`/articles/${hit.id}`, body));
  }
  article ??= await createOnce(`article ${record.title}`, () => env.client.post<IcArticle>('/articles', body), find);

  const present = new Set((article.tags?.tags ?? []).map((t) => t.name.toLowerCase()));
  for (const name of record.tags) {
    if (present.has(name.toLowerCase())) continue;
    // The tag must exist first; tagging twice leaves one.
    await env.client.post(`/articles/${article.id}/tags`, { id: await env.directory.tagId(name) }, { idempotent: true });
  }
  return migrated(String(article.id), { children, ...(warnings.length > 0 ? { warnings } : {}) });
}

function written(found: { id: string | number } | undefined, children?: Record<string, string>): Written | undefined {
  return found ? { targetId: String(found.id), ...(children ? { children } : {}) } : undefined;
}

function putIfPresent<T>(client: IntercomClient, path: string, body: Record<string, unknown>): Promise<T | undefined> {
  return unlessGone(client.put<T>(path, body));
}
