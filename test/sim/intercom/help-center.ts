/**
 * Help Center: help centers (read-only), collections nested by `parent_id` (2.16 has no sections; the
 * simulator allows three levels, as the Help Center does), and articles with per-locale
 * `translated_content`. Lists page by number, most recently updated first. `created_at`, `updated_at`
 * and `order` are not writable. Responses carry `translated_content` only when the help center has
 * more than one locale (Intercom omits it until multilingual is on); writing a locale the help center
 * does not have is refused (an inference, the API documents nothing about it).
 */
import { IntercomApiError, invalid, missing, notFound } from './errors.js';
import { numberedPage, perPage } from './pagination.js';
import { escapeHtml } from './parts.js';
import { bodyObject, isObject, nullableString, optInteger, optString, queryInteger, reqString, type JsonObject } from './request-input.js';
import type { ArticleContent, ArticleRecord, CollectionRecord, GroupContent, HelpCenterRecord } from './records.js';
import type { RouteContext, Router } from './router.js';
import type { IntercomStore } from './store.js';
import { applyTag, renderAppliedTag, renderTagList, requireTag } from './tags.js';

export const HELP_CENTER_ID_BASE = 70;
export const COLLECTION_ID_BASE = 150;
export const ARTICLE_ID_BASE = 4_000;
export const MAX_COLLECTION_DEPTH = 3;

export function installDefaultHelpCenter(store: IntercomStore): HelpCenterRecord {
  const id = store.nextNumericId('help_center', HELP_CENTER_ID_BASE);
  const hc: HelpCenterRecord = {
    id,
    identifier: 'sim-help',
    display_name: 'Simulated Help Center',
    url: 'http://help-center.test/sim-help',
    custom_domain: null,
    default: true,
    website_turned_on: true,
    locales: ['en'],
    created_at: store.app.created_at,
    updated_at: store.app.created_at,
  };
  store.helpCenters.set(id, hc);
  return hc;
}

function multilingual(hc: HelpCenterRecord | undefined): boolean {
  return (hc?.locales.length ?? 0) > 1;
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function renderHelpCenter(store: IntercomStore, hc: HelpCenterRecord): Record<string, unknown> {
  return {
    id: hc.id,
    workspace_id: store.app.id_code,
    created_at: hc.created_at,
    updated_at: hc.updated_at,
    identifier: hc.identifier,
    website_turned_on: hc.website_turned_on,
    display_name: hc.display_name,
    url: hc.url,
    custom_domain: hc.custom_domain,
    default: hc.default,
    locales: hc.locales,
  };
}

export function renderCollection(store: IntercomStore, collection: CollectionRecord): Record<string, unknown> {
  const hc = store.helpCenters.get(collection.help_center_id);
  const out: Record<string, unknown> = {
    id: collection.id,
    workspace_id: store.app.id_code,
    name: collection.name,
    description: collection.description,
    created_at: collection.created_at,
    updated_at: collection.updated_at,
    url: hc ? `${hc.url}/collections/${collection.id}-${slug(collection.name)}` : null,
    icon: collection.icon,
    order: collection.order,
    default_locale: collection.default_locale,
    parent_id: collection.parent_id,
    help_center_id: Number(collection.help_center_id),
  };
  if (multilingual(hc)) {
    const translated: Record<string, unknown> = { type: 'group_translated_content' };
    translated[collection.default_locale] = { type: 'group_content', name: collection.name, description: collection.description ?? '' };
    for (const [locale, content] of Object.entries(collection.translations)) {
      translated[locale] = { type: 'group_content', name: content.name, description: content.description };
    }
    out['translated_content'] = translated;
  }
  return out;
}

function articleHelpCenter(store: IntercomStore, article: ArticleRecord): HelpCenterRecord | undefined {
  const parent = article.parent_id ? store.collections.get(article.parent_id) : undefined;
  return parent ? store.helpCenters.get(parent.help_center_id) : store.defaultHelpCenter();
}

function articleUrl(hc: HelpCenterRecord | undefined, id: string, locale: string, title: string, state: string): string | null {
  if (!hc || state !== 'published') return null;
  return `${hc.url}/${locale}/articles/${id}-${slug(title)}`;
}

export function renderArticle(store: IntercomStore, article: ArticleRecord, withStatistics: boolean): Record<string, unknown> {
  const hc = articleHelpCenter(store, article);
  const out: Record<string, unknown> = {
    type: 'article',
    id: article.id,
    workspace_id: store.app.id_code,
    title: article.title,
    description: article.description,
    body: article.body,
    author_id: article.author_id,
    state: article.state,
    created_at: article.created_at,
    updated_at: article.updated_at,
    url: articleUrl(hc, article.id, article.default_locale, article.title, article.state),
    // 2.16 responses have only parent_ids (no parent_id/parent_type).
    parent_ids: article.parent_id ? [Number(article.parent_id)] : [],
    default_locale: article.default_locale,
    tags: renderTagList(store, article.tags, false),
  };
  if (multilingual(hc)) {
    const translated: Record<string, unknown> = { type: 'article_translated_content' };
    const contents: Record<string, ArticleContent> = {
      [article.default_locale]: {
        title: article.title,
        description: article.description ?? '',
        body: article.body,
        author_id: article.author_id,
        state: article.state,
        created_at: article.created_at,
        updated_at: article.updated_at,
      },
      ...article.translations,
    };
    for (const [locale, c] of Object.entries(contents)) {
      translated[locale] = {
        type: 'article_content',
        title: c.title,
        description: c.description,
        body: c.body,
        author_id: c.author_id,
        state: c.state,
        created_at: c.created_at,
        updated_at: c.updated_at,
        url: articleUrl(hc, article.id, locale, c.title, c.state) ?? '',
      };
    }
    out['translated_content'] = translated;
  }
  if (withStatistics) {
    out['statistics'] = {
      type: 'article_statistics',
      views: 0,
      conversions: 0,
      reactions: 0,
      happy_reaction_percentage: 0,
      neutral_reaction_percentage: 0,
      sad_reaction_percentage: 0,
    };
  }
  return out;
}

function requireCollection(store: IntercomStore, id: string | undefined): CollectionRecord {
  const collection = id === undefined ? undefined : store.collections.get(id);
  if (!collection) throw notFound();
  return collection;
}

function requireArticle(store: IntercomStore, id: string | undefined): ArticleRecord {
  const article = id === undefined ? undefined : store.articles.get(id);
  if (!article) throw notFound();
  return article;
}

/** 1 for a top-level collection. */
export function collectionDepth(store: IntercomStore, collection: CollectionRecord): number {
  let depth = 1;
  let parent = collection.parent_id ? store.collections.get(collection.parent_id) : undefined;
  while (parent && depth <= MAX_COLLECTION_DEPTH + 1) {
    depth++;
    parent = parent.parent_id ? store.collections.get(parent.parent_id) : undefined;
  }
  return depth;
}

function subtreeHeight(store: IntercomStore, id: string): number {
  let height = 1;
  for (const c of store.collections.values()) if (c.parent_id === id) height = Math.max(height, 1 + subtreeHeight(store, c.id));
  return height;
}

function checkLocales(hc: HelpCenterRecord | undefined, locales: string[]): void {
  for (const locale of locales) {
    if (!hc?.locales.includes(locale)) throw invalid(`Locale '${locale}' is not enabled on this help center`, 'translated_content');
  }
}

/** translated_content of a collection: `{<locale>: {name, description}}`, with an optional `type`. */
function readGroupTranslations(value: unknown): Record<string, Partial<GroupContent>> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw invalid('translated_content must be an object', 'translated_content');
  const out: Record<string, Partial<GroupContent>> = {};
  for (const [locale, content] of Object.entries(value)) {
    if (locale === 'type' || content === null) continue;
    if (!isObject(content)) throw invalid(`translated_content.${locale} must be an object`, 'translated_content');
    out[locale] = { name: optString(content, 'name'), description: optString(content, 'description') };
  }
  return out;
}

function applyGroupTranslations(collection: CollectionRecord, translations: Record<string, Partial<GroupContent>>): void {
  for (const [locale, content] of Object.entries(translations)) {
    if (locale === collection.default_locale) {
      if (content.name !== undefined) collection.name = content.name;
      if (content.description !== undefined) collection.description = content.description;
      continue;
    }
    const current = collection.translations[locale] ?? { name: '', description: '' };
    collection.translations[locale] = { name: content.name ?? current.name, description: content.description ?? current.description };
  }
}

function createCollection(ctx: RouteContext): Record<string, unknown> {
  const { store, request } = ctx;
  const body = bodyObject(request.body);
  const name = optString(body, 'name');
  if (!name) throw missing('Name is a required parameter.', 'name');
  const hcId = optInteger(body, 'help_center_id');
  const hc = hcId === undefined ? store.defaultHelpCenter() : store.helpCenters.get(String(hcId));
  if (!hc) throw notFound();
  const parentId = nullableString(body, 'parent_id') ?? null;
  const parent = parentId === null ? undefined : requireCollection(store, parentId);
  if (parent && collectionDepth(store, parent) >= MAX_COLLECTION_DEPTH) {
    throw invalid(`Collections can be nested at most ${MAX_COLLECTION_DEPTH} levels deep`, 'parent_id');
  }
  const translations = readGroupTranslations(body['translated_content']);
  checkLocales(hc, Object.keys(translations));
  const now = store.now();
  const siblings = [...store.collections.values()].filter((c) => c.parent_id === parentId && c.help_center_id === (parent?.help_center_id ?? hc.id));
  const collection: CollectionRecord = {
    id: store.nextNumericId('collection', COLLECTION_ID_BASE),
    name,
    description: optString(body, 'description') ?? null,
    icon: 'book-bookmark',
    order: siblings.reduce((max, c) => Math.max(max, c.order), 0) + 1,
    default_locale: hc.locales[0] ?? 'en',
    translations: {},
    parent_id: parent?.id ?? null,
    help_center_id: parent?.help_center_id ?? hc.id,
    created_at: now,
    updated_at: now,
  };
  applyGroupTranslations(collection, translations);
  store.collections.set(collection.id, collection);
  return renderCollection(store, collection);
}

function updateCollection(ctx: RouteContext): Record<string, unknown> {
  const { store, request, params } = ctx;
  const collection = requireCollection(store, params['collection_id']);
  const body = bodyObject(request.body);
  const hc = store.helpCenters.get(collection.help_center_id);
  const translations = readGroupTranslations(body['translated_content']);
  checkLocales(hc, Object.keys(translations));
  const parentId = nullableString(body, 'parent_id');
  if (parentId !== undefined && parentId !== null) {
    const parent = requireCollection(store, parentId);
    for (let p: CollectionRecord | undefined = parent; p; p = p.parent_id ? store.collections.get(p.parent_id) : undefined) {
      if (p.id === collection.id) throw invalid('A collection cannot be moved under itself', 'parent_id');
    }
    if (collectionDepth(store, parent) + subtreeHeight(store, collection.id) > MAX_COLLECTION_DEPTH) {
      throw invalid(`Collections can be nested at most ${MAX_COLLECTION_DEPTH} levels deep`, 'parent_id');
    }
  }
  const name = optString(body, 'name');
  if (name !== undefined) collection.name = name;
  const description = nullableString(body, 'description');
  if (description !== undefined) collection.description = description;
  if (parentId !== undefined) collection.parent_id = parentId;
  applyGroupTranslations(collection, translations);
  collection.updated_at = store.now();
  return renderCollection(store, collection);
}

/** `body_markdown` is stored as simple HTML paragraphs. */
function markdownToHtml(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .map((block) => `<p>${escapeHtml(block.trim())}</p>`)
    .join('');
}

function readArticleBody(input: JsonObject): string | undefined {
  const body = optString(input, 'body');
  const markdown = optString(input, 'body_markdown');
  if (body !== undefined && markdown !== undefined) throw invalid('body and body_markdown cannot both be provided', 'body');
  return markdown !== undefined ? markdownToHtml(markdown) : body;
}

function readState(input: JsonObject): 'published' | 'draft' | undefined {
  const state = optString(input, 'state');
  if (state === undefined) return undefined;
  if (state !== 'published' && state !== 'draft') throw invalid('state must be published or draft', 'state');
  return state;
}

function requireAuthor(store: IntercomStore, value: number | undefined, where: string): number {
  if (value === undefined) throw missing('author_id must be in the main body or default locale translated_content object', where);
  if (!store.admins.has(String(value))) throw invalid('author_id must be a teammate on the help center\'s workspace', where);
  return value;
}

function readParent(store: IntercomStore, input: JsonObject): string | null | undefined {
  if (!('parent_id' in input)) return undefined;
  const raw = input['parent_id'];
  if (raw === null) return null;
  const parentType = optString(input, 'parent_type') ?? 'collection';
  if (parentType !== 'collection') throw invalid(`parent_type must be collection (sections no longer exist)`, 'parent_type');
  const id = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : undefined;
  if (id === undefined || !store.collections.has(id)) throw invalid(`parent_id ${JSON.stringify(raw)} is not a collection`, 'parent_id');
  return id;
}

/** Article translations: `{<locale>: {title, description, body, author_id, state}}`. */
function applyArticleTranslations(store: IntercomStore, article: ArticleRecord, value: unknown, creating: boolean): void {
  if (value === undefined || value === null) return;
  if (!isObject(value)) throw invalid('translated_content must be an object', 'translated_content');
  const hc = articleHelpCenter(store, article);
  const now = store.now();
  for (const [locale, raw] of Object.entries(value)) {
    if (locale === 'type' || raw === null) continue;
    if (!isObject(raw)) throw invalid(`translated_content.${locale} must be an object`, 'translated_content');
    checkLocales(hc, [locale]);
    const body = readArticleBody(raw);
    const state = readState(raw);
    const authorId = optInteger(raw, 'author_id');
    if (locale === article.default_locale) {
      const title = optString(raw, 'title');
      if (title !== undefined) article.title = title;
      const description = optString(raw, 'description');
      if (description !== undefined) article.description = description;
      if (body !== undefined) article.body = body;
      if (state !== undefined) article.state = state;
      if (authorId !== undefined) article.author_id = requireAuthor(store, authorId, 'translated_content');
      continue;
    }
    const current = article.translations[locale];
    const title = optString(raw, 'title') ?? current?.title;
    if (!title) throw missing(`translated_content.${locale}.title is required`, 'translated_content');
    article.translations[locale] = {
      title,
      description: optString(raw, 'description') ?? current?.description ?? '',
      body: body ?? current?.body ?? '',
      author_id: authorId !== undefined ? requireAuthor(store, authorId, 'translated_content') : current?.author_id ?? article.author_id,
      state: state ?? current?.state ?? 'draft',
      created_at: current?.created_at ?? now,
      updated_at: now,
    };
  }
  if (creating && !article.title) throw missing('title is a required parameter.', 'title');
}

function createArticle(ctx: RouteContext): Record<string, unknown> {
  const { store, request } = ctx;
  const body = bodyObject(request.body);
  const parentId = readParent(store, body) ?? null;
  const parent = parentId ? store.collections.get(parentId) : undefined;
  const hc = parent ? store.helpCenters.get(parent.help_center_id) : store.defaultHelpCenter();
  const defaultLocale = hc?.locales[0] ?? 'en';
  const translated = isObject(body['translated_content']) ? body['translated_content'] : {};
  const defaultContent = isObject(translated[defaultLocale]) ? (translated[defaultLocale] as JsonObject) : {};
  const authorValue = optInteger(body, 'author_id') ?? optInteger(defaultContent, 'author_id');
  const now = store.now();
  const article: ArticleRecord = {
    id: store.nextNumericId('article', ARTICLE_ID_BASE),
    title: optString(body, 'title') ?? '',
    description: optString(body, 'description') ?? null,
    body: readArticleBody(body) ?? '',
    author_id: requireAuthor(store, authorValue, 'author_id'),
    state: readState(body) ?? 'draft',
    parent_id: parentId,
    default_locale: defaultLocale,
    translations: {},
    tags: [],
    created_at: now,
    updated_at: now,
  };
  applyArticleTranslations(store, article, body['translated_content'], true);
  store.articles.set(article.id, article);
  return renderArticle(store, article, false);
}

function updateArticle(ctx: RouteContext): Record<string, unknown> {
  const { store, request, params } = ctx;
  const existing = requireArticle(store, params['article_id']);
  const body = bodyObject(request.body);
  // Validate everything on a copy so a refused update changes nothing.
  const article: ArticleRecord = { ...existing, translations: { ...existing.translations } };
  const title = optString(body, 'title');
  if (title !== undefined) article.title = title;
  const description = optString(body, 'description');
  if (description !== undefined) article.description = description;
  const html = readArticleBody(body);
  if (html !== undefined) article.body = html;
  const authorId = optInteger(body, 'author_id');
  if (authorId !== undefined) article.author_id = requireAuthor(store, authorId, 'author_id');
  const state = readState(body); // omitted: unchanged
  if (state !== undefined) article.state = state;
  const parentId = readParent(store, body);
  if (parentId !== undefined) article.parent_id = parentId;
  applyArticleTranslations(store, article, body['translated_content'], false);
  article.updated_at = store.now();
  Object.assign(existing, article);
  return renderArticle(store, existing, false);
}

function byUpdatedDesc<T extends { updated_at: number; id: string }>(a: T, b: T): number {
  return b.updated_at - a.updated_at || Number(b.id) - Number(a.id);
}

export function registerHelpCenterRoutes(router: Router): void {
  router.on('GET', '/help_center/help_centers', ({ store }) => ({ type: 'list', data: [...store.helpCenters.values()].map((hc) => renderHelpCenter(store, hc)) }));
  router.on('GET', '/help_center/help_centers/{help_center_id}', ({ store, params }) => {
    const hc = store.helpCenters.get(params['help_center_id'] ?? '');
    if (!hc) throw notFound();
    return renderHelpCenter(store, hc);
  });

  router.on('GET', '/help_center/collections', ({ store, query }) => {
    const all = [...store.collections.values()].sort(byUpdatedDesc);
    const page = numberedPage(all, queryInteger(query, 'page') ?? 1, perPage(queryInteger(query, 'per_page'), 15, 150));
    return { type: 'list', data: page.items.map((c) => renderCollection(store, c)), total_count: page.total_count, pages: page.pages };
  });
  router.on('POST', '/help_center/collections', createCollection);
  router.on('GET', '/help_center/collections/{collection_id}', ({ store, params }) => renderCollection(store, requireCollection(store, params['collection_id'])));
  router.on('PUT', '/help_center/collections/{collection_id}', updateCollection);
  router.on('DELETE', '/help_center/collections/{collection_id}', ({ store, params }) => {
    const collection = requireCollection(store, params['collection_id']);
    if ([...store.collections.values()].some((c) => c.parent_id === collection.id)) {
      throw new IntercomApiError(400, 'parameter_invalid', 'Delete or move the child collections first');
    }
    store.collections.delete(collection.id);
    for (const article of store.articles.values()) if (article.parent_id === collection.id) article.parent_id = null;
    return { id: collection.id, object: 'collection', deleted: true };
  });

  router.on('GET', '/articles', ({ store, query }) => {
    const all = [...store.articles.values()].sort(byUpdatedDesc);
    const page = numberedPage(all, queryInteger(query, 'page') ?? 1, perPage(queryInteger(query, 'per_page'), 15, 150));
    return { type: 'list', data: page.items.map((a) => renderArticle(store, a, false)), total_count: page.total_count, pages: page.pages };
  });
  router.on('POST', '/articles', createArticle);
  router.on('GET', '/articles/{article_id}', ({ store, params }) => renderArticle(store, requireArticle(store, params['article_id']), true));
  router.on('PUT', '/articles/{article_id}', updateArticle);
  router.on('DELETE', '/articles/{article_id}', ({ store, params }) => {
    const article = requireArticle(store, params['article_id']);
    store.articles.delete(article.id);
    return { id: article.id, object: 'article', deleted: true };
  });
  router.on('POST', '/articles/{article_id}/tags', ({ store, params, request }) => {
    const article = requireArticle(store, params['article_id']);
    const body = bodyObject(request.body);
    // The tag must already exist; tags cannot be set through the article body.
    const tag = requireTag(store, reqString(body, 'id', 'id is a required parameter.'));
    const applied = applyTag(article.tags, tag, store.now(), store.meId ? { type: 'admin', id: store.meId } : null);
    article.updated_at = store.now();
    return renderAppliedTag(store, applied);
  });
}
