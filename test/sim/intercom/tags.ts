/**
 * Tags: `GET /tags`, find-or-create and rename through `POST /tags` (names are case-insensitive),
 * bulk tagging of companies and users through the same route, and the tagging helpers that the
 * contact, conversation, ticket and article routes share.
 */
import { IntercomApiError, invalid, notFound } from './errors.js';
import { bodyObject, isObject, optString, reqString } from './request-input.js';
import type { AppliedTag, TagRecord } from './records.js';
import { respond, type Router } from './router.js';
import type { IntercomStore } from './store.js';

export const TAG_ID_BASE = 7_000_000;

export function renderTagBasic(tag: TagRecord): { type: 'tag'; id: string; name: string } {
  return { type: 'tag', id: tag.id, name: tag.name };
}

/** A tag as tagging responses show it, with when and by whom it was applied. */
export function renderAppliedTag(store: IntercomStore, applied: AppliedTag): Record<string, unknown> | undefined {
  const tag = store.tags.get(applied.tag_id);
  if (!tag) return undefined;
  return { type: 'tag', id: tag.id, name: tag.name, applied_at: applied.applied_at, applied_by: applied.applied_by };
}

/** `{type: "tag.list", tags: [...]}`, the inline tag list of conversations, companies and articles. */
export function renderTagList(store: IntercomStore, applied: AppliedTag[], withApplied: boolean): { type: 'tag.list'; tags: Array<Record<string, unknown>> } {
  const tags: Array<Record<string, unknown>> = [];
  for (const a of applied) {
    const tag = store.tags.get(a.tag_id);
    if (!tag) continue;
    tags.push(withApplied ? { ...renderTagBasic(tag), applied_at: a.applied_at, applied_by: a.applied_by } : renderTagBasic(tag));
  }
  return { type: 'tag.list', tags };
}

export function findOrCreateTag(store: IntercomStore, name: string): TagRecord {
  const existing = store.findTagByName(name);
  if (existing) return existing;
  const tag: TagRecord = { id: store.nextNumericId('tag', TAG_ID_BASE), name: name.trim(), created_at: store.now() };
  store.tags.set(tag.id, tag);
  return tag;
}

/** The tag named by `{id}` in a tagging body; unknown ids give the spec's 404. */
export function requireTag(store: IntercomStore, id: unknown): TagRecord {
  const tag = store.tags.get(String(id ?? ''));
  if (!tag) throw notFound();
  return tag;
}

export function applyTag(list: AppliedTag[], tag: TagRecord, at: number, by: AppliedTag['applied_by']): AppliedTag {
  const existing = list.find((a) => a.tag_id === tag.id);
  if (existing) return existing;
  const applied: AppliedTag = { tag_id: tag.id, applied_at: at, applied_by: by };
  list.push(applied);
  return applied;
}

export function removeTag(list: AppliedTag[], tagId: string): boolean {
  const i = list.findIndex((a) => a.tag_id === tagId);
  if (i < 0) return false;
  list.splice(i, 1);
  return true;
}

export function registerTagRoutes(router: Router): void {
  router.on('GET', '/tags', ({ store }) => ({ type: 'list', data: [...store.tags.values()].map(renderTagBasic) }));

  router.on('GET', '/tags/{tag_id}', ({ store, params }) => renderTagBasic(requireTag(store, params['tag_id'])));

  router.on('DELETE', '/tags/{tag_id}', ({ store, params }) => {
    const tag = requireTag(store, params['tag_id']);
    store.tags.delete(tag.id);
    const strip = (list: AppliedTag[]): void => void removeTag(list, tag.id);
    for (const c of store.contacts.values()) strip(c.tags);
    for (const c of store.companies.values()) strip(c.tags);
    for (const c of store.conversations.values()) strip(c.tags);
    for (const t of store.tickets.values()) strip(t.tags);
    for (const a of store.articles.values()) strip(a.tags);
    // The spec documents a 200 without a body.
    return respond({ status: 200 });
  });

  router.on('POST', '/tags', ({ store, request }) => {
    const body = bodyObject(request.body);
    const name = reqString(body, 'name', 'name is a required parameter.');
    const id = optString(body, 'id');
    let tag: TagRecord;
    if (id !== undefined) {
      // Rename: the tag must exist and the new name must not belong to another tag.
      tag = requireTag(store, id);
      const clash = store.findTagByName(name);
      if (clash && clash.id !== tag.id) throw new IntercomApiError(400, 'parameter_invalid', `A tag named '${name}' already exists`);
      tag.name = name.trim();
    } else {
      tag = findOrCreateTag(store, name);
    }
    const response: Record<string, unknown> = { type: 'tag', id: tag.id, name: tag.name };
    const now = store.now();
    const companies = body['companies'];
    if (companies !== undefined) {
      if (!Array.isArray(companies)) throw invalid('invalid tag parameters');
      response['companies'] = companies.map((entry) => {
        if (!isObject(entry)) throw invalid('invalid tag parameters');
        const company =
          (typeof entry['id'] === 'string' && store.companies.get(entry['id'])) ||
          (typeof entry['company_id'] === 'string' && store.findCompanyByCompanyId(entry['company_id'])) ||
          undefined;
        const label = String(entry['id'] ?? entry['company_id'] ?? '');
        if (!company) return { id: label, tagged: false };
        if (entry['untag'] === true) {
          removeTag(company.tags, tag.id);
          company.updated_at = now;
          return { id: company.id, tagged: false };
        }
        applyTag(company.tags, tag, now, null);
        company.updated_at = now;
        return { id: company.id, tagged: true };
      });
    }
    const users = body['users'];
    if (users !== undefined) {
      if (!Array.isArray(users)) throw invalid('invalid tag parameters');
      response['users'] = users.map((entry) => {
        if (!isObject(entry) || typeof entry['id'] !== 'string') throw invalid('invalid tag parameters');
        const contact = store.contacts.get(entry['id']);
        if (!contact) return { id: entry['id'], tagged: false };
        if (entry['untag'] === true) {
          removeTag(contact.tags, tag.id);
          return { id: contact.id, tagged: false };
        }
        applyTag(contact.tags, tag, now, null);
        contact.updated_at = now;
        return { id: contact.id, tagged: true };
      });
    }
    return response;
  });
}
