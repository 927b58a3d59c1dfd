/**
 * Shared Help Center rules: enabled locales, per-locale translations and how an item is shown.
 *
 * Every category, section and article keeps one translation per locale; the one in `source_locale` is
 * the item's own name/title and body. A request under `/help_center/{locale}/...` shows the item in that
 * locale and 404s when it has no such translation; without a locale the source translation is shown.
 * A translation's `source_type` is "Article" | "Section" | "Category" (Zendesk's translation JSON).
 * `created_at`/`updated_at` are read-only: values sent on write are ignored (research §1.5).
 */
import type { SimContext } from './context.js';
import { has, hcInvalid, isObject, optString, type Json } from './http.js';
import type { SimResponse } from '../common/sim-server.js';
import type { HcSourceType, HcTranslation } from './types.js';

export function localeError(context: SimContext, locale: string | undefined): SimResponse | undefined {
  const { enabled } = context.store.hc.locales;
  if (!locale) return hcInvalid('You passed an invalid value for the locale attribute. You must provide locale.');
  if (!enabled.includes(locale.toLowerCase())) {
    return hcInvalid(`You passed an invalid value for the locale attribute. ${locale} is not an enabled locale (enabled: ${enabled.join(', ')}).`);
  }
  return undefined;
}

export function newTranslation(
  context: SimContext,
  sourceType: HcSourceType,
  sourceId: number,
  locale: string,
  title: string,
  body: string | null,
  draft: boolean,
): HcTranslation {
  const now = context.store.iso();
  const userId = context.store.currentUserId;
  return {
    id: context.store.id(),
    source_id: sourceId,
    source_type: sourceType,
    locale: locale.toLowerCase(),
    title,
    body,
    draft,
    outdated: false,
    hidden: false,
    created_at: now,
    updated_at: now,
    created_by_id: userId,
    updated_by_id: userId,
  };
}

/** The translation to show for a request: the path locale's (or undefined → 404), else the source one. */
export function shownTranslation(item: { translations: HcTranslation[]; source_locale: string }, locale: string | undefined): HcTranslation | undefined {
  const wanted = (locale ?? item.source_locale).toLowerCase();
  return item.translations.find((t) => t.locale === wanted);
}

const PATH: Record<HcSourceType, string> = { Article: 'articles', Section: 'sections', Category: 'categories' };

export function translationJson(t: HcTranslation, context: SimContext): Record<string, unknown> {
  const kind = PATH[t.source_type];
  return {
    id: t.id,
    url: `${context.baseUrl()}/api/v2/help_center/${kind}/${t.source_id}/translations/${t.locale}.json`,
    html_url: `${context.baseUrl()}/hc/${t.locale}/${kind}/${t.source_id}`,
    source_id: t.source_id,
    source_type: t.source_type,
    locale: t.locale,
    title: t.title,
    body: t.body,
    outdated: t.outdated,
    draft: t.draft,
    hidden: t.hidden,
    created_at: t.created_at,
    updated_at: t.updated_at,
    updated_by_id: t.updated_by_id,
    created_by_id: t.created_by_id,
  };
}

/** Reads `{translation: {locale, title, body, draft}}` for a create or update. */
export function translationInput(body: unknown): Json | undefined {
  return isObject(body) && isObject(body['translation']) ? body['translation'] : undefined;
}

/** Applies title/body/draft of a translation payload; an error message when the title is blank. */
export function applyTranslationInput(context: SimContext, t: HcTranslation, input: Json): string | undefined {
  if (has(input, 'title')) {
    const title = optString(input['title'])?.trim();
    if (!title) return 'You passed an invalid value for the title attribute. Title cannot be blank.';
    t.title = title;
  }
  if (has(input, 'body')) t.body = optString(input['body']) ?? null;
  if (has(input, 'draft')) t.draft = input['draft'] === true;
  if (has(input, 'outdated')) t.outdated = input['outdated'] === true;
  t.updated_at = context.store.iso();
  t.updated_by_id = context.store.currentUserId;
  return undefined;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
