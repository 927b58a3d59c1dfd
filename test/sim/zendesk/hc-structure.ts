/**
 * Help Center categories and sections (research §1.5): `POST /api/v2/help_center/categories`,
 * `POST /api/v2/help_center/categories/{category_id}/sections`; `name` and an enabled `locale` are
 * required. Sections nest through `parent_section_id`, which must be a section of the same category and
 * is only writable on Guide Enterprise (`guideEnterprise: false` refuses it).
 */
import type { SimContext } from './context.js';
import { has, hcInvalid, member, notFound, ok, optId, optString, type Json } from './http.js';
import { localeError, newTranslation, shownTranslation, slug, translationJson } from './hc-common.js';
import { paginate } from './pagination.js';
import type { RouteRequest, Router } from './router.js';
import type { HcCategory, HcSection } from './types.js';

export function categoryJson(category: HcCategory, context: SimContext, locale: string | undefined, withTranslations = false): Record<string, unknown> | undefined {
  const t = shownTranslation(category, locale);
  if (!t) return undefined;
  return {
    id: category.id,
    url: `${context.baseUrl()}/api/v2/help_center/${t.locale}/categories/${category.id}.json`,
    html_url: `${context.baseUrl()}/hc/${t.locale}/categories/${category.id}-${slug(t.title)}`,
    position: category.position,
    created_at: category.created_at,
    updated_at: category.updated_at,
    name: t.title,
    description: t.body ?? '',
    locale: t.locale,
    source_locale: category.source_locale,
    outdated: t.outdated,
    ...(withTranslations ? { translations: category.translations.map((x) => translationJson(x, context)) } : {}),
  };
}

export function sectionJson(section: HcSection, context: SimContext, locale: string | undefined, withTranslations = false): Record<string, unknown> | undefined {
  const t = shownTranslation(section, locale);
  if (!t) return undefined;
  return {
    id: section.id,
    url: `${context.baseUrl()}/api/v2/help_center/${t.locale}/sections/${section.id}.json`,
    html_url: `${context.baseUrl()}/hc/${t.locale}/sections/${section.id}-${slug(t.title)}`,
    category_id: section.category_id,
    position: section.position,
    sorting: section.sorting,
    created_at: section.created_at,
    updated_at: section.updated_at,
    name: t.title,
    description: t.body ?? '',
    locale: t.locale,
    source_locale: section.source_locale,
    outdated: t.outdated,
    parent_section_id: section.parent_section_id,
    theme_template: section.theme_template,
    ...(withTranslations ? { translations: section.translations.map((x) => translationJson(x, context)) } : {}),
  };
}

export function wantsTranslations(request: RouteRequest): boolean {
  return (request.query.get('include') ?? '').split(',').includes('translations');
}

function nameOf(input: Json): string | undefined {
  return optString(input['name'])?.trim() || undefined;
}

export function createCategory(context: SimContext, input: Json, pathLocale?: string): { category: HcCategory } | { error: ReturnType<typeof hcInvalid> } {
  const locale = optString(input['locale']) ?? pathLocale;
  const bad = localeError(context, locale);
  if (bad) return { error: bad };
  const name = nameOf(input);
  if (!name) return { error: hcInvalid('You passed an invalid value for the name attribute. Name cannot be blank.') };
  const now = context.store.iso();
  const id = context.store.id();
  const category: HcCategory = {
    id,
    position: typeof input['position'] === 'number' ? input['position'] : 0,
    source_locale: (locale as string).toLowerCase(),
    outdated: false,
    created_at: now,
    updated_at: now,
    translations: [newTranslation(context, 'Category', id, locale as string, name, optString(input['description']) ?? '', false)],
  };
  context.store.hc.categories.set(id, category);
  return { category };
}

export function createSection(
  context: SimContext,
  categoryId: number,
  input: Json,
  pathLocale?: string,
): { section: HcSection } | { error: ReturnType<typeof hcInvalid> } {
  const { hc } = context.store;
  if (!hc.categories.has(categoryId)) return { error: notFound() };
  const locale = optString(input['locale']) ?? pathLocale;
  const bad = localeError(context, locale);
  if (bad) return { error: bad };
  const name = nameOf(input);
  if (!name) return { error: hcInvalid('You passed an invalid value for the name attribute. Name cannot be blank.') };
  let parent: number | null = null;
  if (has(input, 'parent_section_id') && input['parent_section_id'] !== null) {
    if (!context.options.guideEnterprise) {
      return { error: hcInvalid('You passed an invalid value for the parent_section_id attribute. Nested sections require Guide Enterprise.') };
    }
    const parentId = optId(input['parent_section_id']);
    const parentSection = parentId === undefined ? undefined : hc.sections.get(parentId);
    if (!parentSection || parentSection.category_id !== categoryId) {
      return { error: hcInvalid('You passed an invalid value for the parent_section_id attribute. The parent section must belong to the same category.') };
    }
    parent = parentSection.id;
  }
  const now = context.store.iso();
  const id = context.store.id();
  const sorting = optString(input['sorting']);
  const section: HcSection = {
    id,
    category_id: categoryId,
    parent_section_id: parent,
    position: typeof input['position'] === 'number' ? input['position'] : 0,
    sorting: sorting === 'created_at' || sorting === 'updated_at' || sorting === 'title' ? sorting : 'manual',
    source_locale: (locale as string).toLowerCase(),
    outdated: false,
    theme_template: 'section_page',
    created_at: now,
    updated_at: now,
    translations: [newTranslation(context, 'Section', id, locale as string, name, optString(input['description']) ?? '', false)],
  };
  hc.sections.set(id, section);
  return { section };
}

export function registerHelpCenterStructure(router: Router): void {
  const listCategories = (request: RouteRequest, context: SimContext) => {
    const all = [...context.store.hc.categories.values()].filter((c) => shownTranslation(c, request.locale));
    return paginate(request, context, all, {
      key: 'categories',
      render: (c) => categoryJson(c, context, request.locale, wantsTranslations(request)),
      helpCenter: true,
      defaultPerPage: 30,
    });
  };
  const listSections = (filter: (s: HcSection) => boolean) => (request: RouteRequest, context: SimContext) => {
    const all = [...context.store.hc.sections.values()].filter((s) => filter(s) && shownTranslation(s, request.locale));
    return paginate(request, context, all, {
      key: 'sections',
      render: (s) => sectionJson(s, context, request.locale, wantsTranslations(request)),
      helpCenter: true,
      defaultPerPage: 30,
    });
  };

  router.add('GET', '/api/v2/help_center/categories', listCategories);
  router.add('POST', '/api/v2/help_center/categories', (request, context) => {
    const input = member(request.body, 'category');
    if (!input) return hcInvalid('You passed an invalid value for the category attribute. category is required.');
    const result = createCategory(context, input, request.locale);
    if ('error' in result) return result.error;
    return ok({ category: categoryJson(result.category, context, undefined) }, 201);
  });
  router.add('GET', '/api/v2/help_center/categories/{category_id}', (request, context) => {
    const category = context.store.hc.categories.get(Number(request.params['category_id']));
    const json = category && categoryJson(category, context, request.locale, wantsTranslations(request));
    return json ? ok({ category: json }) : notFound();
  });
  router.add('PUT', '/api/v2/help_center/categories/{category_id}', (request, context) => {
    const category = context.store.hc.categories.get(Number(request.params['category_id']));
    if (!category) return notFound();
    const input = member(request.body, 'category') ?? {};
    if (typeof input['position'] === 'number') category.position = input['position'];
    category.updated_at = context.store.iso();
    return ok({ category: categoryJson(category, context, undefined) });
  });

  router.add('GET', '/api/v2/help_center/sections', listSections(() => true));
  router.add('GET', '/api/v2/help_center/categories/{category_id}/sections', (request, context) => {
    const categoryId = Number(request.params['category_id']);
    if (!context.store.hc.categories.has(categoryId)) return notFound();
    return listSections((s) => s.category_id === categoryId)(request, context);
  });
  router.add('POST', '/api/v2/help_center/categories/{category_id}/sections', (request, context) => {
    const input = member(request.body, 'section');
    if (!input) return hcInvalid('You passed an invalid value for the section attribute. section is required.');
    const result = createSection(context, Number(request.params['category_id']), input, request.locale);
    if ('error' in result) return result.error;
    return ok({ section: sectionJson(result.section, context, undefined) }, 201);
  });
  router.add('GET', '/api/v2/help_center/sections/{section_id}', (request, context) => {
    const section = context.store.hc.sections.get(Number(request.params['section_id']));
    const json = section && sectionJson(section, context, request.locale, wantsTranslations(request));
    return json ? ok({ section: json }) : notFound();
  });
  router.add('PUT', '/api/v2/help_center/sections/{section_id}', (request, context) => {
    const section = context.store.hc.sections.get(Number(request.params['section_id']));
    if (!section) return notFound();
    const input = member(request.body, 'section') ?? {};
    if (typeof input['position'] === 'number') section.position = input['position'];
    if (has(input, 'category_id')) {
      const categoryId = optId(input['category_id']);
      if (categoryId === undefined || !context.store.hc.categories.has(categoryId)) return notFound();
      section.category_id = categoryId;
    }
    section.updated_at = context.store.iso();
    return ok({ section: sectionJson(section, context, undefined) });
  });
}
