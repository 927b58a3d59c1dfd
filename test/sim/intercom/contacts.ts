/**
 * Contacts (users and leads): create, update, get, list (cursor), search (calendar-day timestamps),
 * find by external_id, archive, merge, and tags.
 *
 * Uniqueness, as the sim applies it (the real rule is undocumented beyond "a contact matching those
 * details"): an `external_id` is unique across live contacts; a user created or updated without an
 * `external_id` also matches an existing user with the same email. A match answers 409 `conflict`
 * with the existing id in the message, worded differently when the match is archived.
 */
import { checkCustomAttributes } from './data-attributes.js';
import { IntercomApiError, invalid, userNotFound } from './errors.js';
import { compareKeys, cursorPage, perPage, type SortKey } from './pagination.js';
import { checkPhone } from './phone.js';
import { bodyObject, nullableInteger, nullableString, optBoolean, optObject, optString, queryInteger } from './request-input.js';
import type { ContactRecord } from './records.js';
import type { RouteContext, Router, SimConfig } from './router.js';
import { compileQuery, searchPaging, type SearchField, type SearchModel } from './search.js';
import type { IntercomStore } from './store.js';
import { applyTag, removeTag, renderAppliedTag, requireTag } from './tags.js';

const INLINE_LIMIT = 10;

export interface ContactSimOptions {
  /** Seconds before a newly created contact shows up in search (the real index lags by minutes). */
  searchIndexLagSeconds: number;
}

export function renderContact(store: IntercomStore, contact: ContactRecord): Record<string, unknown> {
  const base = `/contacts/${contact.id}`;
  const inline = (data: Array<Record<string, unknown>>, url: string): Record<string, unknown> => ({
    type: 'list',
    data: data.slice(0, INLINE_LIMIT),
    url,
    total_count: data.length,
    has_more: data.length > INLINE_LIMIT,
  });
  const tags = contact.tags
    .map((a) => store.tags.get(a.tag_id))
    .filter((t) => t !== undefined)
    .map((t) => ({ type: 'tag', id: t.id, url: `/tags/${t.id}` }));
  const companies = contact.company_ids.map((id) => ({ type: 'company', id, url: `/companies/${id}` }));
  const nullFields = [
    'last_email_opened_at', 'last_email_clicked_at', 'browser', 'browser_version', 'browser_language', 'os',
    'android_app_name', 'android_app_version', 'android_device', 'android_os_version', 'android_sdk_version', 'android_last_seen_at',
    'ios_app_name', 'ios_app_version', 'ios_device', 'ios_os_version', 'ios_sdk_version', 'ios_last_seen_at',
    'utm_campaign', 'utm_content', 'utm_medium', 'utm_source', 'utm_term', 'referrer', 'enabled_push_messaging',
  ];
  return {
    type: 'contact',
    id: contact.id,
    workspace_id: store.app.id_code,
    external_id: contact.external_id,
    role: contact.role,
    // The spec declares email and email_domain as non-null strings; its examples show '' when absent.
    email: contact.email ?? '',
    email_domain: contact.email?.split('@')[1] ?? '',
    phone: contact.phone,
    formatted_phone: contact.phone,
    name: contact.name,
    avatar: contact.avatar === null ? null : { type: 'avatar', image_url: contact.avatar },
    owner_id: contact.owner_id,
    social_profiles: { type: 'list', data: [] },
    has_hard_bounced: false,
    marked_email_as_spam: false,
    unsubscribed_from_emails: contact.unsubscribed_from_emails,
    created_at: contact.created_at,
    updated_at: contact.updated_at,
    signed_up_at: contact.signed_up_at,
    last_seen_at: contact.last_seen_at,
    last_replied_at: contact.last_replied_at,
    last_contacted_at: contact.last_contacted_at,
    language_override: contact.language_override,
    location: { type: 'location', country: null, region: null, city: null, country_code: null, continent_code: null },
    custom_attributes: contact.custom_attributes,
    tags: inline(tags, `${base}/tags`),
    notes: inline([], `${base}/notes`),
    companies: inline(companies, `${base}/companies`),
    opted_out_subscription_types: inline([], `${base}/subscriptions`),
    opted_in_subscription_types: inline([], `${base}/subscriptions`),
    ...Object.fromEntries(nullFields.map((f) => [f, null])),
  };
}

/** A live contact by id; merged contacts answer 410 Gone with a Link to the one they were merged into. */
export function requireContact(store: IntercomStore, id: string | undefined): ContactRecord {
  const contact = id === undefined ? undefined : store.contacts.get(id);
  if (!contact) throw userNotFound();
  if (contact.merged_into !== null) {
    let canonical = contact.merged_into;
    for (let hops = 0; hops < 3; hops++) {
      const next = store.contacts.get(canonical)?.merged_into;
      if (!next) break;
      canonical = next;
    }
    throw new IntercomApiError(410, 'contact_merged', "This contact has been merged. See the 'Link' header for the canonical contact.", {
      link: `</contacts/${canonical}>; rel="canonical"`,
    });
  }
  return contact;
}

function findConflict(store: IntercomStore, candidate: { id?: string; role: 'user' | 'lead'; external_id: string | null; email: string | null }): ContactRecord | undefined {
  for (const other of store.contacts.values()) {
    if (other.id === candidate.id || other.merged_into !== null) continue;
    if (candidate.external_id !== null && other.external_id === candidate.external_id) return other;
    if (
      candidate.external_id === null &&
      candidate.role === 'user' &&
      other.role === 'user' &&
      candidate.email !== null &&
      other.email?.toLowerCase() === candidate.email.toLowerCase()
    ) {
      return other;
    }
  }
  return undefined;
}

function conflictError(existing: ContactRecord): IntercomApiError {
  const message = existing.archived
    ? `An archived contact matching those details already exists with id=${existing.id}`
    : `A contact matching those details already exists with id=${existing.id}`;
  return new IntercomApiError(409, 'conflict', message);
}

function readRole(body: Record<string, unknown>): 'user' | 'lead' | undefined {
  const role = optString(body, 'role');
  if (role === undefined) return undefined;
  if (role !== 'user' && role !== 'lead') throw invalid(`role must be user or lead`, 'role');
  return role;
}

/** Applies the writable fields of a create or update body. `created_at` is not among them. */
function applyFields(store: IntercomStore, contact: ContactRecord, body: Record<string, unknown>, config: SimConfig): void {
  const strict = config.strictCustomAttributes;
  const phone = checkPhone(nullableString(body, 'phone'), config.policies.invalidPhone);
  const email = nullableString(body, 'email');
  if (optBoolean(body, 'email_verified') !== undefined && !email && !contact.email) {
    throw invalid('email_verified can only be set together with an email', 'email_verified');
  }
  const ownerId = nullableString(body, 'owner_id');
  if (ownerId !== undefined && ownerId !== null && !store.admins.has(ownerId)) {
    throw invalid('The owner specified is not a member of the workspace', 'owner_id');
  }
  const custom = optObject(body, 'custom_attributes');
  const customValues = custom ? checkCustomAttributes(store, 'contact', custom, strict) : undefined;
  const externalId = nullableString(body, 'external_id');

  if (externalId !== undefined) contact.external_id = externalId;
  if (email !== undefined) contact.email = email;
  if (phone !== undefined) contact.phone = phone === '' ? null : phone;
  const name = nullableString(body, 'name');
  if (name !== undefined) contact.name = name;
  const avatar = nullableString(body, 'avatar');
  if (avatar !== undefined) contact.avatar = avatar;
  if (ownerId !== undefined) contact.owner_id = ownerId;
  const signedUp = nullableInteger(body, 'signed_up_at');
  if (signedUp !== undefined) contact.signed_up_at = signedUp;
  const lastSeen = nullableInteger(body, 'last_seen_at');
  if (lastSeen !== undefined) contact.last_seen_at = lastSeen;
  const unsubscribed = optBoolean(body, 'unsubscribed_from_emails');
  if (unsubscribed !== undefined) contact.unsubscribed_from_emails = unsubscribed;
  const language = nullableString(body, 'language_override');
  if (language !== undefined) contact.language_override = language;
  if (customValues) contact.custom_attributes = { ...contact.custom_attributes, ...customValues };
}

export function newContact(store: IntercomStore, role: 'user' | 'lead'): ContactRecord {
  const now = store.now();
  return {
    id: store.nextHexId('contact'),
    role,
    external_id: null,
    email: null,
    phone: null,
    name: null,
    avatar: null,
    owner_id: null,
    unsubscribed_from_emails: false,
    created_at: now,
    updated_at: now,
    signed_up_at: null,
    last_seen_at: null,
    last_replied_at: null,
    last_contacted_at: null,
    language_override: null,
    custom_attributes: {},
    tags: [],
    company_ids: [],
    archived: false,
    merged_into: null,
  };
}

function createContact(ctx: RouteContext): Record<string, unknown> {
  const { store, request, config } = ctx;
  const body = bodyObject(request.body);
  const role = readRole(body);
  const externalId = optString(body, 'external_id') ?? null;
  const email = optString(body, 'email') ?? null;
  if (role === undefined && externalId === null && email === null) {
    throw invalid('You must provide at least one of: role, external_id or email');
  }
  const contact = newContact(store, role ?? 'user');
  const existing = findConflict(store, { role: contact.role, external_id: externalId, email });
  if (existing) throw conflictError(existing);
  applyFields(store, contact, body, config);
  store.contacts.set(contact.id, contact);
  return renderContact(store, contact);
}

function updateContact(ctx: RouteContext): Record<string, unknown> {
  const { store, request, params, config } = ctx;
  const contact = requireContact(store, params['contact_id']);
  const body = bodyObject(request.body);
  const role = readRole(body);
  if (role === 'lead' && contact.role === 'user') {
    throw new IntercomApiError(400, 'client_error', "Contact with user role can't be converted to a lead");
  }
  const externalId = nullableString(body, 'external_id');
  const email = nullableString(body, 'email');
  const existing = findConflict(store, {
    id: contact.id,
    role: role ?? contact.role,
    external_id: externalId === undefined ? contact.external_id : externalId,
    email: email === undefined ? contact.email : email,
  });
  if (existing) throw conflictError(existing);
  // Work on a copy so a rejected field (a bad phone) leaves the contact untouched.
  const draft: ContactRecord = { ...contact, custom_attributes: { ...contact.custom_attributes } };
  applyFields(store, draft, body, config);
  if (role) draft.role = role;
  draft.updated_at = store.now();
  Object.assign(contact, draft);
  return renderContact(store, contact);
}

export function contactSearchModel(store: IntercomStore): SearchModel<ContactRecord> {
  const date = (get: (c: ContactRecord) => number | null): SearchField<ContactRecord> => ({ kind: 'date', get });
  const string = (get: (c: ContactRecord) => unknown): SearchField<ContactRecord> => ({ kind: 'string', get });
  const fields: Record<string, SearchField<ContactRecord>> = {
    id: string((c) => c.id),
    role: string((c) => c.role),
    name: string((c) => c.name),
    avatar: string((c) => c.avatar),
    owner_id: string((c) => c.owner_id),
    email: string((c) => c.email),
    email_domain: string((c) => c.email?.split('@')[1] ?? null),
    phone: string((c) => c.phone),
    formatted_phone: string((c) => c.phone),
    external_id: string((c) => c.external_id),
    language_override: string((c) => c.language_override),
    created_at: date((c) => c.created_at),
    updated_at: date((c) => c.updated_at),
    signed_up_at: date((c) => c.signed_up_at),
    last_seen_at: date((c) => c.last_seen_at),
    last_contacted_at: date((c) => c.last_contacted_at),
    last_replied_at: date((c) => c.last_replied_at),
    unsubscribed_from_emails: { kind: 'boolean', get: (c) => c.unsubscribed_from_emails },
    tag_id: { kind: 'string', get: (c) => c.tags.map((t) => t.tag_id), only: ['=', '!='] },
    segment_id: { kind: 'string', get: () => [], only: ['=', '!='] },
  };
  return {
    timestamps: 'calendar-day',
    timezone: store.app.timezone,
    field(name) {
      const direct = fields[name];
      if (direct) return direct;
      const m = /^custom_attributes\.(.+)$/.exec(name);
      if (!m?.[1]) return undefined;
      const attrName = m[1];
      const attr = [...store.dataAttributes.values()].find((a) => a.model === 'contact' && a.custom && a.name === attrName);
      if (!attr) return undefined;
      const kind = attr.data_type === 'date' ? 'date' : attr.data_type === 'boolean' ? 'boolean' : attr.data_type === 'string' ? 'string' : 'integer';
      return { kind, get: (c) => c.custom_attributes[attrName] ?? null };
    },
  };
}

function searchContacts(ctx: RouteContext, options: ContactSimOptions): Record<string, unknown> {
  const { store, request } = ctx;
  const body = bodyObject(request.body);
  const model = contactSearchModel(store);
  const predicate = compileQuery(body['query'], model);
  const { perPage: size, startingAfter } = searchPaging(body, 50, 150);

  let keyOf = (c: ContactRecord): SortKey => [c.id];
  let compare = compareKeys;
  const sort = optObject(body, 'sort');
  if (sort) {
    const order = sort['order'] ?? 'ascending';
    if (order !== 'ascending' && order !== 'descending') {
      throw new IntercomApiError(400, 'invalid_sort_order', `Invalid sort order '${String(order)}'. Must be one of: ascending, descending`);
    }
    const fieldName = typeof sort['field'] === 'string' ? sort['field'] : '';
    const field = model.field(fieldName);
    if (!field) throw invalid(`Field '${fieldName}' cannot be sorted on`, 'sort');
    // Sorting uses the full value (only filtering is day-granular).
    keyOf = (c) => {
      const v = field.get(c);
      return [typeof v === 'number' ? v : v === null || v === undefined ? '' : String(v), c.id];
    };
    const sign = order === 'descending' ? -1 : 1;
    compare = (a, b) => sign * compareKeys(a.slice(0, 1), b.slice(0, 1)) || compareKeys(a.slice(1), b.slice(1));
  }
  const now = store.now();
  const matches = [...store.contacts.values()]
    .filter((c) => c.merged_into === null && !c.archived && now - c.created_at >= options.searchIndexLagSeconds && predicate(c))
    .sort((a, b) => compare(keyOf(a), keyOf(b)));
  const page = cursorPage(matches, keyOf, startingAfter, size, compare);
  return { type: 'list', data: page.items.map((c) => renderContact(store, c)), total_count: page.total_count, pages: page.pages };
}

export function registerContactRoutes(router: Router, options: ContactSimOptions): void {
  router.on('POST', '/contacts', createContact);
  router.on('POST', '/contacts/search', (ctx) => searchContacts(ctx, options));
  router.on('POST', '/contacts/merge', ({ store, request }) => {
    const body = bodyObject(request.body);
    const from = requireContact(store, optString(body, 'from'));
    const into = requireContact(store, optString(body, 'into'));
    if (from.role !== 'lead') throw invalid('Only a lead can be merged into a user', 'from');
    if (into.role !== 'user') throw invalid('A lead can only be merged into a user', 'into');
    from.merged_into = into.id;
    for (const id of from.company_ids) if (!into.company_ids.includes(id)) into.company_ids.push(id);
    for (const tag of from.tags) if (!into.tags.some((t) => t.tag_id === tag.tag_id)) into.tags.push(tag);
    for (const conversation of store.conversations.values()) {
      conversation.contact_ids = [...new Set(conversation.contact_ids.map((id) => (id === from.id ? into.id : id)))];
    }
    into.updated_at = store.now();
    return renderContact(store, into);
  });
  router.on('GET', '/contacts', ({ store, query }) => {
    const size = perPage(queryInteger(query, 'per_page'), 10, 150);
    const contacts = [...store.contacts.values()].filter((c) => c.merged_into === null && !c.archived).sort((a, b) => compareKeys([a.id], [b.id]));
    const page = cursorPage(contacts, (c) => [c.id], query.get('starting_after') ?? undefined, size);
    return { type: 'list', data: page.items.map((c) => renderContact(store, c)), total_count: page.total_count, pages: page.pages };
  });
  router.on('GET', '/contacts/find_by_external_id/{external_id}', ({ store, params }) => {
    const contact = store.findContactByExternalId(params['external_id'] ?? '');
    if (!contact) throw userNotFound();
    return renderContact(store, contact);
  });
  router.on('GET', '/contacts/{contact_id}', ({ store, params }) => renderContact(store, requireContact(store, params['contact_id'])));
  router.on('PUT', '/contacts/{contact_id}', updateContact);
  router.on('DELETE', '/contacts/{contact_id}', ({ store, params }) => {
    const contact = requireContact(store, params['contact_id']);
    store.contacts.delete(contact.id);
    return { type: 'contact', id: contact.id, external_id: contact.external_id, deleted: true };
  });
  router.on('POST', '/contacts/{contact_id}/archive', ({ store, params }) => {
    const contact = requireContact(store, params['contact_id']);
    contact.archived = true;
    return { type: 'contact', id: contact.id, external_id: contact.external_id, archived: true };
  });
  router.on('POST', '/contacts/{contact_id}/unarchive', ({ store, params }) => {
    const contact = requireContact(store, params['contact_id']);
    contact.archived = false;
    return { type: 'contact', id: contact.id, external_id: contact.external_id, archived: false };
  });
  router.on('GET', '/contacts/{contact_id}/tags', ({ store, params }) => {
    const contact = requireContact(store, params['contact_id']);
    return { type: 'list', data: contact.tags.map((a) => renderAppliedTag(store, a)).filter((t) => t !== undefined) };
  });
  router.on('POST', '/contacts/{contact_id}/tags', ({ store, params, request }) => {
    const contact = requireContact(store, params['contact_id']);
    const tag = requireTag(store, bodyObject(request.body)['id']);
    const applied = applyTag(contact.tags, tag, store.now(), store.meId ? { type: 'admin', id: store.meId } : null);
    contact.updated_at = store.now();
    return renderAppliedTag(store, applied);
  });
  router.on('DELETE', '/contacts/{contact_id}/tags/{tag_id}', ({ store, params }) => {
    const contact = requireContact(store, params['contact_id']);
    const tag = requireTag(store, params['tag_id']);
    removeTag(contact.tags, tag.id);
    contact.updated_at = store.now();
    return { type: 'tag', id: tag.id, name: tag.name };
  });
}
