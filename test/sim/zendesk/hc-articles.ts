/**
 * Help Center articles (research §1.5, developer.zendesk.com/.../help-center-api/articles):
 * - create `POST /api/v2/help_center/sections/{section_id}/articles` (or `/{locale}/sections/...`):
 *   `title` and an enabled `locale` are required, and so are `permission_group_id` and
 *   `user_segment_id` (null = everyone) or `user_segment_ids`. Leaving them out answers 400 with the
 *   exact message of cloudbees-oss/zendesk-java-client#289; an id that does not exist answers 404
 *   (facetoe/zenpy#527). `draft` can be set here only. `translations: [...]` creates more locales.
 * - `notify_subscribers: false` at the JSON root (not inside `article`) suppresses the creation email;
 *   every create without it is recorded in `store.hc.notifications`.
 * - update `PUT /api/v2/help_center/articles/{id}` changes metadata only; title/body/draft changes go
 *   through translations and are ignored here, as Zendesk does.
 * - lists and show accept `?include=translations` (embedded in each article); the incremental list
 *   `GET /api/v2/help_center/incremental/articles?start_time=` is time-based.
 */
import type { SimContext } from './context.js';
import { has, hcInvalid, isObject, member, notFound, ok, optId, optString, stringList, type Json } from './http.js';
import { localeError, newTranslation, shownTranslation, slug, translationJson } from './hc-common.js';
import { wantsTranslations } from './hc-structure.js';
import { paginate } from './pagination.js';
import type { RouteRequest, Router } from './router.js';
import type { SimResponse } from '../common/sim-server.js';
import type { HcArticle } from './types.js';

export function articleJson(article: HcArticle, context: SimContext, locale: string | undefined, withTranslations = false): Record<string, unknown> | undefined {
  const t = shownTranslation(article, locale);
  if (!t) return undefined;
  return {
    id: article.id,
    url: `${context.baseUrl()}/api/v2/help_center/${t.locale}/articles/${article.id}.json`,
    html_url: `${context.baseUrl()}/hc/${t.locale}/articles/${article.id}-${slug(t.title)}`,
    author_id: article.author_id,
    comments_disabled: article.comments_disabled,
    draft: t.draft,
    promoted: article.promoted,
    position: article.position,
    vote_sum: article.vote_sum,
    vote_count: article.vote_count,
    section_id: article.section_id,
    created_at: article.created_at,
    updated_at: article.updated_at,
    name: t.title,
    title: t.title,
    source_locale: article.source_locale,
    locale: t.locale,
    outdated: false,
    outdated_locales: article.translations.filter((x) => x.outdated).map((x) => x.locale),
    edited_at: article.edited_at,
    user_segment_id: article.user_segment_id,
    permission_group_id: article.permission_group_id,
    content_tag_ids: article.content_tag_ids,
    label_names: article.label_names,
    body: t.body,
    user_segment_ids: article.user_segment_ids,
    ...(withTranslations ? { translations: article.translations.map((x) => translationJson(x, context)) } : {}),
  };
}

const SEGMENT_MISSING = "You passed an invalid value for the user_segment_id attribute. You must provide user_segment_id. Set to 'null' to make it visible to everyone.";
const GROUP_MISSING = 'You passed an invalid value for the permission_group_id attribute. You must provide permission_group_id.';

/** Checks permission group and user segment(s) of a create or update payload. */
function accessError(context: SimContext, input: Json, creating: boolean): SimResponse | undefined {
  const { hc } = context.store;
  if (creating) {
    const missing: string[] = [];
    if (!has(input, 'user_segment_id') && !has(input, 'user_segment_ids')) missing.push(SEGMENT_MISSING);
    if (!has(input, 'permission_group_id') || input['permission_group_id'] === null) missing.push(GROUP_MISSING);
    if (missing.length > 0) return hcInvalid(missing.join('. '));
  }
  if (has(input, 'permission_group_id')) {
    const id = optId(input['permission_group_id']);
    if (id === undefined || !hc.permissionGroups.has(id)) return notFound();
  }
  if (has(input, 'user_segment_id') && input['user_segment_id'] !== null) {
    const id = optId(input['user_segment_id']);
    if (id === undefined || !hc.userSegments.has(id)) return notFound();
  }
  if (has(input, 'user_segment_ids')) {
    const ids = Array.isArray(input['user_segment_ids']) ? (input['user_segment_ids'] as unknown[]).map(optId) : [undefined];
    if (ids.some((id) => id === undefined || !hc.userSegments.has(id))) return notFound();
  }
  return undefined;
}

function applyAccess(article: HcArticle, input: Json): void {
  if (has(input, 'permission_group_id')) article.permission_group_id = optId(input['permission_group_id']) ?? article.permission_group_id;
  if (has(input, 'user_segment_ids')) {
    article.user_segment_ids = (input['user_segment_ids'] as unknown[]).map(optId).filter((id): id is number => id !== undefined);
    article.user_segment_id = article.user_segment_ids[0] ?? null;
  } else if (has(input, 'user_segment_id')) {
    article.user_segment_id = input['user_segment_id'] === null ? null : (optId(input['user_segment_id']) ?? null);
    article.user_segment_ids = article.user_segment_id === null ? [] : [article.user_segment_id];
  }
}

function applyMetadata(article: HcArticle, input: Json): void {
  if (typeof input['position'] === 'number') article.position = input['position'];
  if (has(input, 'promoted')) article.promoted = input['promoted'] === true;
  if (has(input, 'comments_disabled')) article.comments_disabled = input['comments_disabled'] === true;
  if (has(input, 'label_names')) article.label_names = stringList(input['label_names']) ?? [];
  if (has(input, 'content_tag_ids')) article.content_tag_ids = stringList(input['content_tag_ids']) ?? [];
}

export function createArticle(
  context: SimContext,
  sectionId: number,
  body: unknown,
  pathLocale?: string,
): { article: HcArticle } | { error: SimResponse } {
  const { store } = context;
  const input = member(body, 'article');
  if (!input) return { error: hcInvalid('You passed an invalid value for the article attribute. article is required.') };
  if (!store.hc.sections.has(sectionId)) return { error: notFound() };
  const title = optString(input['title'])?.trim();
  if (!title) return { error: hcInvalid('You passed an invalid value for the title attribute. Title cannot be blank.') };
  const locale = optString(input['locale']) ?? pathLocale;
  const bad = localeError(context, locale) ?? accessError(context, input, true);
  if (bad) return { error: bad };
  let authorId = store.currentUserId;
  if (has(input, 'author_id')) {
    const id = optId(input['author_id']);
    if (id === undefined || !store.isAgent(id)) return { error: hcInvalid('You passed an invalid value for the author_id attribute. The author must be an agent.') };
    authorId = id;
  }
  const extra: Array<{ locale: string; title: string; body: string | null; draft: boolean }> = [];
  for (const raw of Array.isArray(input['translations']) ? input['translations'] : []) {
    const t = isObject(raw) ? raw : {};
    const tLocale = optString(t['locale']);
    const tTitle = optString(t['title'])?.trim();
    const tBad = localeError(context, tLocale);
    if (tBad) return { error: tBad };
    if (!tTitle) return { error: hcInvalid('You passed an invalid value for the title attribute. Title cannot be blank.') };
    if (tLocale?.toLowerCase() === locale?.toLowerCase() || extra.some((e) => e.locale === tLocale?.toLowerCase())) {
      return { error: hcInvalid(`You passed an invalid value for the locale attribute. ${String(tLocale)} is given twice.`) };
    }
    extra.push({ locale: (tLocale as string).toLowerCase(), title: tTitle, body: optString(t['body']) ?? null, draft: t['draft'] === true });
  }

  const now = store.iso();
  const id = store.id();
  const article: HcArticle = {
    id,
    section_id: sectionId,
    author_id: authorId,
    permission_group_id: 0,
    user_segment_id: null,
    user_segment_ids: [],
    comments_disabled: false,
    promoted: false,
    position: 0,
    label_names: [],
    content_tag_ids: [],
    vote_sum: 0,
    vote_count: 0,
    source_locale: (locale as string).toLowerCase(),
    created_at: now,
    updated_at: now,
    edited_at: now,
    translations: [newTranslation(context, 'Article', id, locale as string, title, optString(input['body']) ?? null, input['draft'] === true)],
  };
  for (const e of extra) article.translations.push(newTranslation(context, 'Article', id, e.locale, e.title, e.body, e.draft));
  applyAccess(article, input);
  applyMetadata(article, input);
  store.hc.articles.set(id, article);
  if (!(isObject(body) && body['notify_subscribers'] === false)) store.hc.notifications.push({ article_id: id, at: now });
  return { article };
}

function seconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

export function registerHelpCenterArticles(router: Router): void {
  const list = (filter: (a: HcArticle) => boolean) => (request: RouteRequest, context: SimContext) => {
    const all = [...context.store.hc.articles.values()].filter((a) => filter(a) && shownTranslation(a, request.locale));
    return paginate(request, context, all, {
      key: 'articles',
      render: (a) => articleJson(a, context, request.locale, wantsTranslations(request)),
      helpCenter: true,
      defaultPerPage: 30,
    });
  };
  router.add('GET', '/api/v2/help_center/incremental/articles', (request, context) => {
    const text = request.query.get('start_time');
    if (text === null || !/^\d+$/.test(text)) return hcInvalid('You passed an invalid value for the start_time attribute. start_time must be a Unix epoch time.');
    const start = Number(text);
    const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 100) || 100));
    const eligible = [...context.store.hc.articles.values()]
      .filter((a) => seconds(a.updated_at) >= start)
      .sort((a, b) => seconds(a.updated_at) - seconds(b.updated_at) || a.id - b.id);
    let end = Math.min(perPage, eligible.length);
    const lastTime = end > 0 ? seconds((eligible[end - 1] as HcArticle).updated_at) : undefined;
    while (lastTime !== undefined && end < eligible.length && seconds((eligible[end] as HcArticle).updated_at) === lastTime) end += 1;
    const page = eligible.slice(0, end);
    const endTime = lastTime === undefined ? start : lastTime === start && end < eligible.length ? start + 1 : lastTime;
    const more = end < eligible.length;
    return ok({
      articles: page.map((a) => articleJson(a, context, undefined, wantsTranslations(request))),
      next_page: more ? `${context.baseUrl()}/api/v2/help_center/incremental/articles.json?start_time=${endTime}` : null,
      count: page.length,
      end_time: endTime,
    });
  });
  router.add('GET', '/api/v2/help_center/articles', list(() => true));
  router.add('GET', '/api/v2/help_center/sections/{section_id}/articles', (request, context) => {
    const sectionId = Number(request.params['section_id']);
    if (!context.store.hc.sections.has(sectionId)) return notFound();
    return list((a) => a.section_id === sectionId)(request, context);
  });
  router.add('GET', '/api/v2/help_center/categories/{category_id}/articles', (request, context) => {
    const categoryId = Number(request.params['category_id']);
    if (!context.store.hc.categories.has(categoryId)) return notFound();
    return list((a) => context.store.hc.sections.get(a.section_id)?.category_id === categoryId)(request, context);
  });
  router.add('POST', '/api/v2/help_center/sections/{section_id}/articles', (request, context) => {
    const result = createArticle(context, Number(request.params['section_id']), request.body, request.locale);
    if ('error' in result) return result.error;
    return ok({ article: articleJson(result.article, context, undefined) }, 201);
  });
  router.add('GET', '/api/v2/help_center/articles/{article_id}', (request, context) => {
    const article = context.store.hc.articles.get(Number(request.params['article_id']));
    const json = article && articleJson(article, context, request.locale, wantsTranslations(request));
    return json ? ok({ article: json }) : notFound();
  });
  router.add('PUT', '/api/v2/help_center/articles/{article_id}', (request, context) => {
    const article = context.store.hc.articles.get(Number(request.params['article_id']));
    if (!article) return notFound();
    const input = member(request.body, 'article') ?? {};
    const bad = accessError(context, input, false);
    if (bad) return bad;
    if (has(input, 'section_id')) {
      const sectionId = optId(input['section_id']);
      if (sectionId === undefined || !context.store.hc.sections.has(sectionId)) return notFound();
      article.section_id = sectionId;
    }
    if (has(input, 'author_id')) {
      const id = optId(input['author_id']);
      if (id === undefined || !context.store.isAgent(id)) return hcInvalid('You passed an invalid value for the author_id attribute. The author must be an agent.');
      article.author_id = id;
    }
    applyAccess(article, input);
    applyMetadata(article, input);
    article.updated_at = context.store.iso();
    return ok({ article: articleJson(article, context, request.locale) });
  });
}
