/**
 * Translations of articles, sections and categories (research §1.5 [HC-tr]):
 * `GET|POST /api/v2/help_center/{articles|sections|categories}/{id}/translations` and
 * `GET|PUT .../translations/{locale}`, body `{translation: {locale, title, body, draft}}`.
 * The locale must be enabled and not translated yet (else 400); an update publishes immediately
 * (`draft` only changes when sent). For sections and categories `body` is the description.
 * Changing a translation moves the item's `updated_at` (and an article's `edited_at`).
 */
import type { SimContext } from './context.js';
import { hcInvalid, notFound, ok, optString } from './http.js';
import { applyTranslationInput, localeError, newTranslation, translationInput, translationJson } from './hc-common.js';
import { paginate } from './pagination.js';
import type { Router } from './router.js';
import type { HcArticle, HcCategory, HcSection, HcSourceType } from './types.js';

type Item = HcArticle | HcSection | HcCategory;

const KINDS: Array<{ path: string; type: HcSourceType; param: string; find: (context: SimContext, id: number) => Item | undefined }> = [
  { path: 'articles', type: 'Article', param: 'article_id', find: (c, id) => c.store.hc.articles.get(id) },
  { path: 'sections', type: 'Section', param: 'section_id', find: (c, id) => c.store.hc.sections.get(id) },
  { path: 'categories', type: 'Category', param: 'category_id', find: (c, id) => c.store.hc.categories.get(id) },
];

function touch(item: Item, context: SimContext): void {
  const now = context.store.iso();
  item.updated_at = now;
  if ('edited_at' in item) item.edited_at = now;
}

export function registerHelpCenterTranslations(router: Router): void {
  for (const kind of KINDS) {
    const base = `/api/v2/help_center/${kind.path}/{${kind.param}}/translations`;
    const itemOf = (params: Record<string, string>, context: SimContext): Item | undefined => kind.find(context, Number(params[kind.param]));

    router.add('GET', base, (request, context) => {
      const item = itemOf(request.params, context);
      if (!item) return notFound();
      return paginate(request, context, item.translations, { key: 'translations', render: (t) => translationJson(t, context), helpCenter: true, defaultPerPage: 30 });
    });
    router.add('POST', base, (request, context) => {
      const item = itemOf(request.params, context);
      if (!item) return notFound();
      const input = translationInput(request.body);
      if (!input) return hcInvalid('You passed an invalid value for the translation attribute. translation is required.');
      const locale = optString(input['locale']);
      const bad = localeError(context, locale);
      if (bad) return bad;
      if (item.translations.some((t) => t.locale === locale?.toLowerCase())) {
        return hcInvalid(`You passed an invalid value for the locale attribute. A translation for ${String(locale)} already exists.`);
      }
      const title = optString(input['title'])?.trim();
      if (!title) return hcInvalid('You passed an invalid value for the title attribute. Title cannot be blank.');
      const translation = newTranslation(context, kind.type, item.id, locale as string, title, optString(input['body']) ?? null, input['draft'] === true);
      item.translations.push(translation);
      touch(item, context);
      return ok({ translation: translationJson(translation, context) }, 201);
    });
    router.add('GET', `${base}/{locale}`, (request, context) => {
      const item = itemOf(request.params, context);
      const translation = item?.translations.find((t) => t.locale === request.params['locale']?.toLowerCase());
      return translation ? ok({ translation: translationJson(translation, context) }) : notFound();
    });
    router.add('PUT', `${base}/{locale}`, (request, context) => {
      const item = itemOf(request.params, context);
      const translation = item?.translations.find((t) => t.locale === request.params['locale']?.toLowerCase());
      if (!item || !translation) return notFound();
      const input = translationInput(request.body);
      if (!input) return hcInvalid('You passed an invalid value for the translation attribute. translation is required.');
      const error = applyTranslationInput(context, translation, input);
      if (error) return hcInvalid(error);
      touch(item, context);
      return ok({ translation: translationJson(translation, context) });
    });
  }
}
