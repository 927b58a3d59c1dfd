/**
 * Solutions (research §2.4): categories > folders > articles. With Flexible Hierarchy, folders nest
 * (`parent_folder_id`, `/subfolders`) and folders show `hierarchy`, `sub_folders_count`,
 * `articles_count`, `parent_folder_id`; without it those routes and attributes answer 403
 * `require_feature`. Category names are unique, folder names unique within their parent
 * (case-insensitive, assumption) → 409. Visibility 4 (selected companies) needs `company_ids`.
 */
import { iso, type SimContext } from './context.js';
import { invalidBody } from './common-input.js';
import { created, duplicate, idParam, notFound, ok, requireFeature } from './http.js';
import { paginate, readPage } from './pagination.js';
import { readWriteInput } from './request-input.js';
import type { RouteRequest, Router } from './router.js';
import { htmlToText } from './tickets.js';
import type { ArticleContent, ArticleRecord, CategoryRecord, FolderRecord } from './types.js';
import { Checker } from './validate.js';

const CATEGORY_FIELDS = ['name', 'description', 'visible_in_portals'] as const;
const FOLDER_FIELDS = ['name', 'description', 'visibility', 'parent_folder_id', 'company_ids', 'contact_segment_ids', 'company_segment_ids'] as const;
export const ARTICLE_FIELDS = ['title', 'description', 'status', 'type', 'tags', 'seo_data', 'agent_id'] as const;

export function registerSolutions(router: Router): void {
  router.add('GET', '/api/v2/solutions/categories', listCategories);
  router.add('POST', '/api/v2/solutions/categories', createCategory);
  router.add('GET', '/api/v2/solutions/categories/{id}', viewCategory);
  router.add('PUT', '/api/v2/solutions/categories/{id}', updateCategory);
  router.add('GET', '/api/v2/solutions/categories/{id}/folders', listFolders);
  router.add('POST', '/api/v2/solutions/categories/{id}/folders', createFolder);
  router.add('GET', '/api/v2/solutions/folders/{id}', viewFolder);
  router.add('PUT', '/api/v2/solutions/folders/{id}', updateFolder);
  router.add('GET', '/api/v2/solutions/folders/{id}/subfolders', listSubfolders);
  router.add('POST', '/api/v2/solutions/folders/{id}/subfolders', createSubfolder);
  router.add('GET', '/api/v2/solutions/folders/{id}/articles', listArticles);
  router.add('POST', '/api/v2/solutions/folders/{id}/articles', createArticle);
  router.add('GET', '/api/v2/solutions/articles/{id}', viewArticle);
  router.add('PUT', '/api/v2/solutions/articles/{id}', updateArticle);
}

export function renderCategory(c: CategoryRecord, language?: string): Record<string, unknown> {
  const t = language ? c.translations.get(language) : undefined;
  return {
    id: c.id,
    name: t?.name ?? c.name,
    description: t ? t.description : c.description,
    visible_in_portals: c.visible_in_portals,
    ...(language ? { language } : {}),
    created_at: iso(t?.created_at ?? c.created_at),
    updated_at: iso(t?.updated_at ?? c.updated_at),
  };
}

export function renderFolder(context: SimContext, f: FolderRecord, language?: string): Record<string, unknown> {
  const t = language ? f.translations.get(language) : undefined;
  const body: Record<string, unknown> = {
    id: f.id,
    name: t?.name ?? f.name,
    description: t ? t.description : f.description,
    visibility: f.visibility,
    category_id: f.category_id,
    ...(f.visibility === 4 ? { company_ids: f.company_ids } : {}),
    ...(f.visibility === 6 ? { contact_segment_ids: f.contact_segment_ids } : {}),
    ...(f.visibility === 7 ? { company_segment_ids: f.company_segment_ids } : {}),
    ...(language ? { language } : {}),
    created_at: iso(t?.created_at ?? f.created_at),
    updated_at: iso(t?.updated_at ?? f.updated_at),
  };
  if (context.options.features.flexibleHierarchy) {
    body['parent_folder_id'] = f.parent_folder_id;
    body['hierarchy'] = hierarchyOf(context, f.category_id, f.parent_folder_id ?? undefined, language);
    body['sub_folders_count'] = [...context.store.folders.values()].filter((x) => x.parent_folder_id === f.id).length;
    body['articles_count'] = [...context.store.articles.values()].filter((a) => a.folder_id === f.id).length;
  }
  return body;
}

export function renderArticle(context: SimContext, a: ArticleRecord, language?: string): Record<string, unknown> {
  const content: ArticleContent = (language ? a.translations.get(language) : undefined) ?? a;
  const folder = context.store.folders.get(a.folder_id);
  return {
    id: a.id,
    type: a.type,
    title: content.title,
    description: content.description,
    description_text: htmlToText(content.description),
    status: content.status,
    folder_id: a.folder_id,
    category_id: folder?.category_id ?? 0,
    agent_id: content.agent_id,
    tags: content.tags,
    seo_data: content.seo_data,
    thumbs_up: a.thumbs_up,
    thumbs_down: a.thumbs_down,
    hits: a.hits,
    ...(context.options.features.flexibleHierarchy && folder ? { hierarchy: hierarchyOf(context, folder.category_id, folder.id, language) } : {}),
    ...(language ? { language } : {}),
    created_at: iso(content.created_at),
    updated_at: iso(content.updated_at),
  };
}

/** Category first, then each folder down to `folderId`. */
function hierarchyOf(context: SimContext, categoryId: number, folderId: number | undefined, language?: string): unknown[] {
  const chain: FolderRecord[] = [];
  for (let id = folderId; id !== undefined; ) {
    const folder = context.store.folders.get(id);
    if (!folder) break;
    chain.unshift(folder);
    id = folder.parent_folder_id ?? undefined;
  }
  const category = context.store.categories.get(categoryId);
  const lang = language ?? context.options.languages.primary;
  return [
    { level: 0, type: 'category', data: { id: categoryId, name: category?.name ?? '', language: lang } },
    ...chain.map((f, i) => ({ level: i + 1, type: 'folder', data: { id: f.id, name: f.name, language: lang } })),
  ];
}

function listCategories(_request: RouteRequest, context: SimContext) {
  return ok([...context.store.categories.values()].sort((a, b) => a.id - b.id).map((c) => renderCategory(c)));
}

function viewCategory(request: RouteRequest, context: SimContext) {
  const category = context.store.categories.get(idParam(request.params['id']) ?? -1);
  return category ? ok(renderCategory(category)) : notFound();
}

export function checkCategory(fields: Record<string, unknown>): Checker {
  return new Checker(fields).only(CATEGORY_FIELDS).kinds({ name: 'string', description: 'string', visible_in_portals: 'integer[]' });
}

async function createCategory(request: RouteRequest, context: SimContext) {
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  checkCategory(f).required('name').done();
  if ([...context.store.categories.values()].some((c) => c.name.toLowerCase() === String(f['name']).toLowerCase())) return duplicate('name');
  const time = context.now();
  const category: CategoryRecord = { id: context.store.id(), name: String(f['name']), description: (f['description'] as string | undefined) ?? null, visible_in_portals: (f['visible_in_portals'] as number[] | undefined) ?? [], translations: new Map(), created_at: time, updated_at: time };
  context.store.categories.set(category.id, category);
  return created(renderCategory(category));
}

async function updateCategory(request: RouteRequest, context: SimContext) {
  const category = context.store.categories.get(idParam(request.params['id']) ?? -1);
  if (!category) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  checkCategory(f).done();
  if (typeof f['name'] === 'string' && [...context.store.categories.values()].some((c) => c.id !== category.id && c.name.toLowerCase() === String(f['name']).toLowerCase())) return duplicate('name');
  if (typeof f['name'] === 'string') category.name = f['name'];
  if (f['description'] !== undefined) category.description = f['description'] as string;
  if (Array.isArray(f['visible_in_portals'])) category.visible_in_portals = f['visible_in_portals'] as number[];
  category.updated_at = context.now();
  return ok(renderCategory(category));
}

function listFolders(request: RouteRequest, context: SimContext) {
  const category = context.store.categories.get(idParam(request.params['id']) ?? -1);
  if (!category) return notFound();
  return ok([...context.store.folders.values()].filter((f) => f.category_id === category.id && f.parent_folder_id === null).sort((a, b) => a.id - b.id).map((f) => renderFolder(context, f)));
}

function viewFolder(request: RouteRequest, context: SimContext) {
  const folder = context.store.folders.get(idParam(request.params['id']) ?? -1);
  return folder ? ok(renderFolder(context, folder)) : notFound();
}

function listSubfolders(request: RouteRequest, context: SimContext) {
  if (!context.options.features.flexibleHierarchy) return requireFeature('solutions_flexible_hierarchy');
  const folder = context.store.folders.get(idParam(request.params['id']) ?? -1);
  if (!folder) return notFound();
  return ok([...context.store.folders.values()].filter((f) => f.parent_folder_id === folder.id).sort((a, b) => a.id - b.id).map((f) => renderFolder(context, f)));
}

export function checkFolder(fields: Record<string, unknown>): Checker {
  const check = new Checker(fields)
    .only(FOLDER_FIELDS)
    .kinds({ name: 'string', description: 'string', visibility: 'integer', parent_folder_id: 'integer', company_ids: 'integer[]', contact_segment_ids: 'integer[]', company_segment_ids: 'integer[]' })
    .oneOf('visibility', [1, 2, 3, 4, 5, 6, 7]);
  if (fields['visibility'] === 4 && !(Array.isArray(fields['company_ids']) && fields['company_ids'].length > 0)) check.add('company_ids', 'missing_field', 'It should be a/an Array');
  if (fields['visibility'] === 6 && !(Array.isArray(fields['contact_segment_ids']) && fields['contact_segment_ids'].length > 0)) check.add('contact_segment_ids', 'missing_field', 'It should be a/an Array');
  if (fields['visibility'] === 7 && !(Array.isArray(fields['company_segment_ids']) && fields['company_segment_ids'].length > 0)) check.add('company_segment_ids', 'missing_field', 'It should be a/an Array');
  return check;
}

async function createFolder(request: RouteRequest, context: SimContext) {
  const category = context.store.categories.get(idParam(request.params['id']) ?? -1);
  if (!category) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  let parent: FolderRecord | undefined;
  if (f['parent_folder_id'] !== undefined) {
    if (!context.options.features.flexibleHierarchy) return requireFeature('solutions_flexible_hierarchy');
    parent = context.store.folders.get(f['parent_folder_id'] as number);
    if (!parent || parent.category_id !== category.id) {
      checkFolder(f).add('parent_folder_id', 'invalid_value', 'There is no folder matching the given parent_folder_id in this category').done();
    }
  }
  return insertFolder(context, category.id, parent?.id ?? null, f);
}

async function createSubfolder(request: RouteRequest, context: SimContext) {
  if (!context.options.features.flexibleHierarchy) return requireFeature('solutions_flexible_hierarchy');
  const parent = context.store.folders.get(idParam(request.params['id']) ?? -1);
  if (!parent) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const { parent_folder_id: _ignored, ...fields } = input.fields;
  return insertFolder(context, parent.category_id, parent.id, fields);
}

function insertFolder(context: SimContext, categoryId: number, parentId: number | null, f: Record<string, unknown>) {
  checkFolder(f).required('name').done();
  const name = String(f['name']).toLowerCase();
  const siblings = [...context.store.folders.values()].filter((x) => x.category_id === categoryId && x.parent_folder_id === parentId);
  if (siblings.some((x) => x.name.toLowerCase() === name)) return duplicate('name');
  const time = context.now();
  const folder: FolderRecord = {
    id: context.store.id(), name: String(f['name']), description: (f['description'] as string | undefined) ?? null,
    visibility: (f['visibility'] as number | undefined) ?? 1, category_id: categoryId, parent_folder_id: parentId,
    company_ids: (f['company_ids'] as number[] | undefined) ?? [], contact_segment_ids: (f['contact_segment_ids'] as number[] | undefined) ?? [],
    company_segment_ids: (f['company_segment_ids'] as number[] | undefined) ?? [], translations: new Map(), created_at: time, updated_at: time,
  };
  context.store.folders.set(folder.id, folder);
  return created(renderFolder(context, folder));
}

async function updateFolder(request: RouteRequest, context: SimContext) {
  const folder = context.store.folders.get(idParam(request.params['id']) ?? -1);
  if (!folder) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  if (f['parent_folder_id'] !== undefined && !context.options.features.flexibleHierarchy) return requireFeature('solutions_flexible_hierarchy');
  checkFolder(f).done();
  if (typeof f['name'] === 'string') folder.name = f['name'];
  if (f['description'] !== undefined) folder.description = f['description'] as string;
  if (typeof f['visibility'] === 'number') folder.visibility = f['visibility'];
  if (Array.isArray(f['company_ids'])) folder.company_ids = f['company_ids'] as number[];
  folder.updated_at = context.now();
  return ok(renderFolder(context, folder));
}

function listArticles(request: RouteRequest, context: SimContext) {
  const page = readPage(request.query);
  const folder = context.store.folders.get(idParam(request.params['id']) ?? -1);
  if (!folder) return notFound();
  const all = [...context.store.articles.values()].filter((a) => a.folder_id === folder.id).sort((a, b) => a.id - b.id).map((a) => renderArticle(context, a));
  return paginate(all, context.baseUrl(), request.path, request.query, page);
}

function viewArticle(request: RouteRequest, context: SimContext) {
  const article = context.store.articles.get(idParam(request.params['id']) ?? -1);
  return article ? ok(renderArticle(context, article)) : notFound();
}

export function checkArticle(context: SimContext, fields: Record<string, unknown>): Checker {
  const check = new Checker(fields)
    .only(ARTICLE_FIELDS)
    .kinds({ title: 'string', description: 'string', status: 'integer', type: 'integer', tags: 'string[]', seo_data: 'object', agent_id: 'integer' })
    .oneOf('status', [1, 2])
    .oneOf('type', [1, 2]);
  const seo = fields['seo_data'];
  if (seo && typeof seo === 'object' && Object.keys(seo).some((k) => !['meta_title', 'meta_description', 'meta_keywords'].includes(k))) check.add('seo_data', 'invalid_field', 'Unexpected/invalid field in request');
  if (Number.isInteger(fields['agent_id']) && !context.store.agents.has(fields['agent_id'] as number)) check.add('agent_id', 'invalid_value', 'There is no agent matching the given agent_id');
  return check;
}

export function articleContent(context: SimContext, f: Record<string, unknown>, base?: ArticleContent): ArticleContent {
  const time = context.now();
  return {
    title: (f['title'] as string | undefined) ?? base?.title ?? '',
    description: (f['description'] as string | undefined) ?? base?.description ?? '',
    status: ((f['status'] as 1 | 2 | undefined) ?? base?.status ?? 1),
    tags: (f['tags'] as string[] | undefined) ?? base?.tags ?? [],
    seo_data: (f['seo_data'] as ArticleContent['seo_data'] | undefined) ?? base?.seo_data ?? {},
    agent_id: (f['agent_id'] as number | undefined) ?? base?.agent_id ?? context.store.currentAgentId,
    created_at: base?.created_at ?? time,
    updated_at: time,
  };
}

async function createArticle(request: RouteRequest, context: SimContext) {
  const folder = context.store.folders.get(idParam(request.params['id']) ?? -1);
  if (!folder) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  checkArticle(context, f).required('title').required('description').required('status').done();
  const article: ArticleRecord = { ...articleContent(context, f), id: context.store.id(), type: (f['type'] as 1 | 2 | undefined) ?? 1, folder_id: folder.id, thumbs_up: 0, thumbs_down: 0, hits: 0, translations: new Map() };
  context.store.articles.set(article.id, article);
  return created(renderArticle(context, article));
}

async function updateArticle(request: RouteRequest, context: SimContext) {
  const article = context.store.articles.get(idParam(request.params['id']) ?? -1);
  if (!article) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  checkArticle(context, input.fields).done();
  Object.assign(article, articleContent(context, input.fields, article));
  if (typeof input.fields['type'] === 'number') article.type = input.fields['type'] as 1 | 2;
  return ok(renderArticle(context, article));
}
