/**
 * Solutions translations: `GET|POST|PUT /solutions/{categories|folders|articles}/{id}/{language_code}`
 * (research §2.4). Only with the Multilingual feature (else 403 `require_feature`) and for a
 * supported language other than the primary one (else 400 `invalid_value`). POST for an existing
 * translation → 409, GET/PUT for a missing one → 404 (assumptions). A folder or article translation
 * whose parent has none in that language follows `policies.translationNeedsParent`.
 */
import type { SimContext } from './context.js';
import { invalidBody } from './common-input.js';
import { created, duplicate, fieldError, idParam, notFound, ok, requireFeature } from './http.js';
import { readWriteInput } from './request-input.js';
import type { RouteRequest, Router } from './router.js';
import { articleContent, checkArticle, checkCategory, checkFolder, renderArticle, renderCategory, renderFolder } from './solutions.js';

type Kind = 'categories' | 'folders' | 'articles';

export function registerSolutionTranslations(router: Router): void {
  for (const kind of ['categories', 'folders', 'articles'] as const) {
    const template = `/api/v2/solutions/${kind}/{id}/{language_code}`;
    router.add('GET', template, (request, context) => translation(kind, 'GET', request, context));
    router.add('POST', template, (request, context) => translation(kind, 'POST', request, context));
    router.add('PUT', template, (request, context) => translation(kind, 'PUT', request, context));
  }
}

async function translation(kind: Kind, method: 'GET' | 'POST' | 'PUT', request: RouteRequest, context: SimContext) {
  if (!context.options.features.multilingual) return requireFeature('multi_language');
  const language = request.params['language_code'] ?? '';
  if (!context.options.languages.supported.includes(language) || language === context.options.languages.primary) {
    return fieldError('language_code', 'invalid_value', `It should be one of these values: '${context.options.languages.supported.join(',')}'`);
  }
  const id = idParam(request.params['id']) ?? -1;
  const store = context.store;
  const record = kind === 'categories' ? store.categories.get(id) : kind === 'folders' ? store.folders.get(id) : store.articles.get(id);
  if (!record) return notFound();
  const exists = record.translations.has(language);
  if (method === 'GET') {
    if (!exists) return notFound();
    return ok(render(kind, context, id, language));
  }
  if (method === 'PUT' && !exists) return notFound();
  if (method === 'POST' && exists) return duplicate('language_code');
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  const time = context.now();
  if (method === 'POST' && context.options.policies.translationNeedsParent === 'reject') {
    const parentMissing = kind === 'folders'
      ? !store.categories.get(store.folders.get(id)?.category_id ?? -1)?.translations.has(language)
      : kind === 'articles' && !store.folders.get(store.articles.get(id)?.folder_id ?? -1)?.translations.has(language);
    if (parentMissing) return fieldError(kind === 'folders' ? 'category_id' : 'folder_id', 'invalid_value', `The ${kind === 'folders' ? 'category' : 'folder'} should be translated to '${language}' first`);
  }
  if (kind === 'articles') {
    const article = store.articles.get(id)!;
    const check = checkArticle(context, f);
    if (method === 'POST') check.required('title').required('description').required('status');
    check.done();
    article.translations.set(language, articleContent(context, f, article.translations.get(language)));
  } else {
    const check = kind === 'categories' ? checkCategory(f) : checkFolder(f).only(['name', 'description']);
    if (method === 'POST') check.required('name');
    check.done();
    const container = kind === 'categories' ? store.categories.get(id)! : store.folders.get(id)!;
    const previous = container.translations.get(language);
    container.translations.set(language, {
      name: (f['name'] as string | undefined) ?? previous?.name ?? container.name,
      description: (f['description'] as string | undefined) ?? previous?.description ?? null,
      created_at: previous?.created_at ?? time,
      updated_at: time,
    });
  }
  const body = render(kind, context, id, language);
  return method === 'POST' ? created(body) : ok(body);
}

function render(kind: Kind, context: SimContext, id: number, language: string): Record<string, unknown> {
  const store = context.store;
  if (kind === 'categories') return renderCategory(store.categories.get(id)!, language);
  if (kind === 'folders') return renderFolder(context, store.folders.get(id)!, language);
  return renderArticle(context, store.articles.get(id)!, language);
}
