/**
 * Contacts (research §2.4): `name` and one of email/phone/mobile/twitter_id/unique_external_id;
 * `email` (also against every `other_emails`, case-insensitively), `twitter_id` and
 * `unique_external_id` are unique → 409 `duplicate_value` on the clashing attribute.
 * The list excludes deleted contacts unless `state=deleted`, and is ordered by id (assumption).
 */
import { iso, type SimContext } from './context.js';
import { duplicate, idParam, notFound, ok, created, ValidationFailure } from './http.js';
import { paginate, readPage } from './pagination.js';
import { readWriteInput } from './request-input.js';
import type { RouteRequest, Router } from './router.js';
import type { ContactRecord } from './types.js';
import { Checker } from './validate.js';
import { invalidBody, parseSince } from './common-input.js';
import { checkCustomerValues } from './customer-fields.js';

const WRITABLE = ['name', 'email', 'other_emails', 'phone', 'mobile', 'twitter_id', 'unique_external_id', 'company_id', 'view_all_tickets', 'description', 'job_title', 'address', 'language', 'time_zone', 'tags', 'custom_fields', 'avatar'] as const;
const IDENTIFIERS = ['email', 'phone', 'mobile', 'twitter_id', 'unique_external_id'] as const;

export function registerContacts(router: Router): void {
  router.add('GET', '/api/v2/contacts', list);
  router.add('POST', '/api/v2/contacts', create);
  router.add('GET', '/api/v2/contacts/{id}', view);
  router.add('PUT', '/api/v2/contacts/{id}', update);
  router.add('GET', '/api/v2/search/contacts', search);
}

export function renderContact(c: ContactRecord): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    other_emails: c.other_emails,
    phone: c.phone,
    mobile: c.mobile,
    twitter_id: c.twitter_id,
    unique_external_id: c.unique_external_id,
    company_id: c.company_id,
    view_all_tickets: c.view_all_tickets,
    other_companies: [],
    description: c.description,
    job_title: c.job_title,
    address: c.address,
    language: c.language,
    time_zone: c.time_zone,
    tags: c.tags,
    custom_fields: c.custom_fields,
    active: c.active,
    deleted: c.deleted,
    avatar: null,
    created_at: iso(c.created_at),
    updated_at: iso(c.updated_at),
  };
}

function list(request: RouteRequest, context: SimContext) {
  const page = readPage(request.query);
  const q = request.query;
  const since = parseSince(q.get('_updated_since') ?? q.get('updated_since'), q.has('_updated_since') ? '_updated_since' : 'updated_since');
  const state = q.get('state');
  new Checker({ state: state ?? undefined }).oneOf('state', ['blocked', 'deleted', 'unverified', 'verified']).done();
  const email = q.get('email')?.toLowerCase();
  const all = [...context.store.contacts.values()]
    .filter((c) => (state === 'deleted' ? c.deleted : !c.deleted))
    .filter((c) => state !== 'blocked' || c.blocked)
    .filter((c) => !email || c.email?.toLowerCase() === email || c.other_emails.some((o) => o.toLowerCase() === email))
    .filter((c) => !q.has('mobile') || c.mobile === q.get('mobile'))
    .filter((c) => !q.has('phone') || c.phone === q.get('phone'))
    .filter((c) => !q.has('unique_external_id') || c.unique_external_id === q.get('unique_external_id'))
    .filter((c) => !q.has('company_id') || String(c.company_id) === q.get('company_id'))
    .filter((c) => since === undefined || c.updated_at >= since)
    .sort((a, b) => a.id - b.id)
    .map(renderContact);
  return paginate(all, context.baseUrl(), request.path, request.query, page);
}

function view(request: RouteRequest, context: SimContext) {
  const contact = context.store.contacts.get(idParam(request.params['id']) ?? -1);
  return contact ? ok(renderContact(contact)) : notFound();
}

async function create(request: RouteRequest, context: SimContext) {
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const fields = input.fields;
  const check = checkContactFields(context, fields);
  check.required('name');
  if (!IDENTIFIERS.some((k) => typeof fields[k] === 'string' && fields[k] !== '')) {
    check.add('email', 'missing_field', 'Please fill at least 1 of email, mobile, phone, twitter_id, unique_external_id fields');
  }
  check.done();
  const clash = uniquenessClash(context, fields, undefined);
  if (clash) return duplicate(clash);
  const time = context.now();
  const contact = newContact(context.store.id(), String(fields['name']), time);
  applyContact(contact, fields);
  context.store.contacts.set(contact.id, contact);
  return created(renderContact(contact), `${context.baseUrl()}/api/v2/contacts/${contact.id}`);
}

async function update(request: RouteRequest, context: SimContext) {
  const contact = context.store.contacts.get(idParam(request.params['id']) ?? -1);
  if (!contact) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  checkContactFields(context, input.fields).done();
  const clash = uniquenessClash(context, input.fields, contact.id);
  if (clash) return duplicate(clash);
  applyContact(contact, input.fields);
  contact.updated_at = context.now();
  return ok(renderContact(contact));
}

/** `query="email:'a@b.c' OR unique_external_id:'x'"`: the filter API, 30 per page, at most 10 pages. */
function search(request: RouteRequest, context: SimContext) {
  const raw = request.query.get('query') ?? '';
  const m = /^"(.*)"$/s.exec(raw);
  if (!m || raw.length > 514) throw new ValidationFailure([{ field: 'query', code: 'invalid_value', message: 'It should be a valid query enclosed in double quotes, at most 512 characters' }]);
  const terms = [...(m[1] ?? '').matchAll(/(\w+):'([^']*)'/g)].map((t) => ({ key: t[1] ?? '', value: (t[2] ?? '').toLowerCase() }));
  const supported = ['email', 'unique_external_id', 'phone', 'mobile', 'company_id', 'twitter_id'];
  const unknown = terms.find((t) => !supported.includes(t.key));
  if (terms.length === 0 || unknown) throw new ValidationFailure([{ field: 'query', code: 'invalid_value', message: `Unsupported query term ${unknown?.key ?? ''}`.trim() }]);
  const page = Number(request.query.get('page') ?? '1');
  if (!Number.isInteger(page) || page < 1 || page > 10) throw new ValidationFailure([{ field: 'page', code: 'invalid_value', message: 'It should be a Number between 1 and 10' }]);
  const matches = [...context.store.contacts.values()]
    .filter((c) => !c.deleted)
    .filter((c) => terms.some((t) => {
      if (t.key === 'email') return c.email?.toLowerCase() === t.value || c.other_emails.some((o) => o.toLowerCase() === t.value);
      const value = (c as unknown as Record<string, unknown>)[t.key];
      return value !== null && value !== undefined && String(value).toLowerCase() === t.value;
    }))
    .sort((a, b) => a.id - b.id);
  return ok({ results: matches.slice((page - 1) * 30, page * 30).map(renderContact), total: matches.length });
}

function checkContactFields(context: SimContext, fields: Record<string, unknown>): Checker {
  const check = new Checker(fields)
    .only(WRITABLE)
    .kinds({ name: 'string', email: 'string', other_emails: 'string[]', phone: 'string', mobile: 'string', twitter_id: 'string', unique_external_id: 'string', company_id: 'integer', view_all_tickets: 'boolean', description: 'string', job_title: 'string', address: 'string', language: 'string', time_zone: 'string', tags: 'string[]', custom_fields: 'object' })
    .email('email');
  for (const other of Array.isArray(fields['other_emails']) ? fields['other_emails'] : []) {
    if (typeof other === 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(other)) check.add('other_emails', 'invalid_value', 'It should contain elements that are in the \'valid email address\' format');
  }
  if (Number.isInteger(fields['company_id']) && !context.store.companies.has(fields['company_id'] as number)) {
    check.add('company_id', 'invalid_value', 'There is no company matching the given company_id');
  }
  if (fields['custom_fields'] !== undefined) fields['custom_fields'] = checkCustomerValues(context, 'contact', fields['custom_fields'], check);
  return check;
}

/** The first unique attribute another contact (or an agent, for email) already holds. */
function uniquenessClash(context: SimContext, fields: Record<string, unknown>, self: number | undefined): string | undefined {
  const others = [...context.store.contacts.values()].filter((c) => c.id !== self && !c.deleted);
  const emails = [fields['email'], ...(Array.isArray(fields['other_emails']) ? fields['other_emails'] : [])]
    .filter((e): e is string => typeof e === 'string')
    .map((e) => e.toLowerCase());
  for (const email of emails) {
    const taken = others.some((c) => c.email?.toLowerCase() === email || c.other_emails.some((o) => o.toLowerCase() === email)) ||
      [...context.store.agents.values()].some((a) => a.id !== self && a.email.toLowerCase() === email);
    if (taken) return email === String(fields['email'] ?? '').toLowerCase() ? 'email' : 'other_emails';
  }
  for (const key of ['twitter_id', 'unique_external_id'] as const) {
    const value = fields[key];
    if (typeof value === 'string' && value !== '' && others.some((c) => c[key] === value)) return key;
  }
  return undefined;
}

export function newContact(id: number, name: string, time: number): ContactRecord {
  return {
    id, name, email: null, other_emails: [], phone: null, mobile: null, twitter_id: null, unique_external_id: null,
    company_id: null, view_all_tickets: false, description: null, job_title: null, address: null, language: 'en',
    time_zone: null, tags: [], custom_fields: {}, active: false, deleted: false, blocked: false, created_at: time, updated_at: time,
  };
}

function applyContact(contact: ContactRecord, fields: Record<string, unknown>): void {
  const target = contact as unknown as Record<string, unknown>;
  for (const key of WRITABLE) {
    if (key === 'avatar' || fields[key] === undefined) continue;
    target[key] = key === 'custom_fields' ? { ...contact.custom_fields, ...(fields[key] as object) } : fields[key];
  }
}

/** Finds or creates the requester of a new ticket from the identifying attributes (research §2.4). */
export function resolveRequester(context: SimContext, fields: Record<string, unknown>, check: Checker): number | undefined {
  const store = context.store;
  if (fields['requester_id'] !== undefined) {
    const id = fields['requester_id'] as number;
    if (!store.user(id)) check.add('requester_id', 'invalid_value', 'There is no contact matching the given requester_id');
    return id;
  }
  const byKey = (key: 'email' | 'phone' | 'twitter_id' | 'unique_external_id') => {
    const value = fields[key];
    if (typeof value !== 'string' || value === '') return undefined;
    const lower = value.toLowerCase();
    for (const c of store.contacts.values()) {
      if (c.deleted) continue;
      if (key === 'email' ? c.email?.toLowerCase() === lower || c.other_emails.some((o) => o.toLowerCase() === lower) : c[key] === value) return c;
    }
    if (key === 'email') for (const a of store.agents.values()) if (a.email.toLowerCase() === lower) return a;
    return undefined;
  };
  for (const key of ['email', 'unique_external_id', 'twitter_id', 'phone'] as const) {
    const found = byKey(key);
    if (found) return found.id;
  }
  const key = (['email', 'unique_external_id', 'twitter_id', 'phone'] as const).find((k) => typeof fields[k] === 'string' && fields[k] !== '');
  if (!key) {
    if (typeof fields['facebook_id'] === 'string') check.add('facebook_id', 'invalid_value', 'There is no contact matching the given facebook_id');
    else check.add('requester_id', 'missing_field', 'Please fill at least 1 of requester_id, phone, email, twitter_id, facebook_id, unique_external_id fields');
    return undefined;
  }
  if (key === 'phone' && typeof fields['name'] !== 'string') {
    check.add('name', 'missing_field', 'It should be a/an String');
    return undefined;
  }
  if (check.errors.length > 0) return undefined;
  const value = String(fields[key]);
  const contact = newContact(store.id(), typeof fields['name'] === 'string' ? fields['name'] : key === 'email' ? value.split('@')[0] ?? value : value, context.now());
  contact[key] = value;
  store.contacts.set(contact.id, contact);
  return contact.id;
}
