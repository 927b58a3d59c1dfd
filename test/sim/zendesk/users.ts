/**
 * Users — agents, admins and end users in one resource (research §1.4):
 * - `role` is `end-user` (default), `agent` or `admin`; `name` is required.
 * - `email` is unique (case-insensitive) → 422 RecordInvalid/DuplicateValue in the exact shape of
 *   cloudbees-oss/zendesk-java-client#91. On an update a different email does not replace the primary
 *   one: it is added as a secondary identity.
 * - `external_id` is unique and matched case-insensitively; when create_or_update finds a user by it,
 *   the stored case is overwritten by the request's (OAS CreateOrUpdateUser).
 * - `create_or_update` matches by external_id, then email: 200 updated / 201 created, with Location.
 * - `create_many` / `create_or_update_many` (≤ 100, jobs) answer 403 unless `bulkUserImport` is on.
 * - `created_at`/`updated_at` in a payload are read-only and ignored.
 */
import type { SimContext } from './context.js';
import { bulkItems, detailsText, failedItem, isResponse } from './bulk.js';
import { mergeCustomValues, renderCustomValues } from './custom-fields.js';
import {
  badRequest,
  fieldError,
  forbidden,
  countBody,
  has,
  idList,
  member,
  normaliseTags,
  notFound,
  ok,
  optId,
  optString,
  recordInvalid,
  type ErrorDetails,
  type Json,
} from './http.js';
import { queueJob } from './job-status.js';
import { addOrganizationMembership } from './organization-memberships.js';
import { paginate } from './pagination.js';
import type { Router } from './router.js';
import type { JobResult, Role, ZdUser } from './types.js';

const ROLES: Role[] = ['end-user', 'agent', 'admin'];
const IANA: Record<string, string> = { UTC: 'Etc/UTC', 'Eastern Time (US & Canada)': 'America/New_York', Copenhagen: 'Europe/Copenhagen', Berlin: 'Europe/Berlin', London: 'Europe/London' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function userJson(user: ZdUser, context: SimContext): Record<string, unknown> {
  const agent = user.role !== 'end-user';
  return {
    id: user.id,
    url: `${context.baseUrl()}/api/v2/users/${user.id}.json`,
    name: user.name,
    email: user.email,
    created_at: user.created_at,
    updated_at: user.updated_at,
    time_zone: user.time_zone,
    iana_time_zone: IANA[user.time_zone] ?? 'Etc/UTC',
    phone: user.phone,
    shared_phone_number: null,
    photo: null,
    locale_id: 1,
    locale: user.locale,
    organization_id: user.organization_id,
    role: user.role,
    verified: user.verified,
    external_id: user.external_id,
    tags: user.tags,
    alias: user.alias,
    active: user.active,
    shared: false,
    shared_agent: false,
    last_login_at: null,
    two_factor_auth_enabled: null,
    signature: user.signature,
    details: user.details,
    notes: user.notes,
    role_type: null,
    custom_role_id: null,
    moderator: user.moderator,
    ticket_restriction: user.ticket_restriction,
    only_private_comments: user.only_private_comments,
    restricted_agent: user.restricted_agent,
    suspended: user.suspended,
    ...(agent && user.default_group_id !== null ? { default_group_id: user.default_group_id } : {}),
    report_csv: user.role === 'admin',
    user_fields: renderCustomValues(context, 'user', user.user_fields),
  };
}

export function newUser(context: SimContext, id: number, name: string): ZdUser {
  const now = context.store.iso();
  return {
    id,
    name,
    email: null,
    role: 'end-user',
    external_id: null,
    organization_id: null,
    default_group_id: null,
    phone: null,
    locale: 'en-US',
    time_zone: 'UTC',
    tags: [],
    user_fields: {},
    details: '',
    notes: '',
    alias: '',
    signature: '',
    verified: false,
    active: true,
    suspended: false,
    moderator: false,
    only_private_comments: false,
    restricted_agent: true,
    ticket_restriction: 'requested',
    created_at: now,
    updated_at: now,
    identities: [],
  };
}

export function duplicateEmail(email: string): ErrorDetails {
  return { email: [{ description: `Email: ${email} is already being used by another user`, error: 'DuplicateValue' }] };
}

/**
 * Applies a user payload to a new (`existing` undefined) or existing user. Validates everything before
 * changing anything, so a 422 leaves the store untouched.
 */
export function applyUser(context: SimContext, input: Json, existing?: ZdUser): { user: ZdUser } | { details: ErrorDetails } {
  const { store } = context;
  const name = has(input, 'name') ? (optString(input['name']) ?? '').trim() : existing?.name;
  if (!name) return { details: { name: [{ description: 'Name: is too short (minimum is 1 character)', error: 'TooShort' }] } };

  let role: Role = existing?.role ?? 'end-user';
  if (has(input, 'role')) {
    const wanted = optString(input['role']);
    if (!wanted || !ROLES.includes(wanted as Role)) return { details: { role: [{ description: `Role: ${String(input['role'])} is not valid`, error: 'InvalidValue' }] } };
    role = wanted as Role;
  }

  const email = has(input, 'email') && input['email'] !== null ? optString(input['email'])?.trim() : undefined;
  if (email !== undefined) {
    if (!EMAIL.test(email)) return { details: { email: [{ description: `Email: ${email} is not properly formatted`, error: 'InvalidFormat' }] } };
    const owner = store.userByEmail(email);
    if (owner && owner.id !== existing?.id) return { details: duplicateEmail(email) };
  }

  let externalId = existing?.external_id ?? null;
  if (has(input, 'external_id')) {
    externalId = input['external_id'] === null ? null : (optString(input['external_id']) ?? null);
    const owner = externalId ? store.userByExternalId(externalId) : undefined;
    if (owner && owner.id !== existing?.id) {
      return { details: { external_id: [{ description: 'External: has already been taken', error: 'DuplicateValue' }] } };
    }
  }

  const orgId = has(input, 'organization_id') ? (input['organization_id'] === null ? null : (optId(input['organization_id']) ?? -1)) : undefined;
  if (orgId !== undefined && orgId !== null && !store.organizations.has(orgId)) {
    return { details: { organization_id: [{ description: 'Organization: is invalid', error: 'InvalidValue' }] } };
  }
  let defaultGroup: number | null | undefined;
  if (has(input, 'default_group_id')) {
    defaultGroup = input['default_group_id'] === null ? null : (optId(input['default_group_id']) ?? -1);
    if (defaultGroup !== null && !store.groups.has(defaultGroup)) return { details: { default_group_id: [{ description: 'Default group: is invalid', error: 'InvalidValue' }] } };
  }

  const fields = mergeCustomValues(context, 'user', existing?.user_fields ?? {}, input['user_fields']);
  if ('details' in fields) return fields;

  const now = store.iso();
  const user = existing ?? newUser(context, store.id(), name);
  user.name = name;
  user.role = role;
  user.ticket_restriction = role === 'end-user' ? 'requested' : null;
  user.restricted_agent = role === 'agent';
  if (email !== undefined) {
    if (!user.email) {
      user.email = email;
      user.identities.push({ id: store.id(), type: 'email', value: email, primary: true, verified: input['verified'] === true, created_at: now, updated_at: now });
    } else if (user.email.toLowerCase() !== email.toLowerCase() && !user.identities.some((i) => i.value.toLowerCase() === email.toLowerCase())) {
      // Email is writable on create only; an update adds a secondary identity (research §1.4).
      user.identities.push({ id: store.id(), type: 'email', value: email, primary: false, verified: false, created_at: now, updated_at: now });
    }
  }
  user.external_id = externalId;
  if (has(input, 'phone')) user.phone = optString(input['phone']) ?? null;
  if (has(input, 'locale')) user.locale = optString(input['locale']) ?? user.locale;
  if (has(input, 'time_zone')) user.time_zone = optString(input['time_zone']) ?? user.time_zone;
  if (has(input, 'tags')) user.tags = normaliseTags(Array.isArray(input['tags']) ? input['tags'] : []);
  for (const key of ['details', 'notes', 'alias', 'signature'] as const) if (has(input, key)) user[key] = optString(input[key]) ?? '';
  for (const key of ['verified', 'suspended', 'moderator', 'only_private_comments'] as const) if (has(input, key)) user[key] = input[key] === true;
  if (defaultGroup !== undefined) user.default_group_id = defaultGroup;
  user.user_fields = fields.values;
  user.updated_at = now;
  store.users.set(user.id, user);
  if (orgId !== undefined) {
    if (orgId === null) user.organization_id = null;
    else addOrganizationMembership(context, user.id, orgId, true);
  }
  return { user };
}

/** The user `create_or_update` updates: external_id (case-insensitive) first, then email. */
export function upsertTarget(context: SimContext, input: Json): ZdUser | undefined {
  const externalId = optString(input['external_id']);
  const byExternal = externalId ? context.store.userByExternalId(externalId) : undefined;
  if (byExternal) return byExternal;
  const email = optString(input['email']);
  return email ? context.store.userByEmail(email) : undefined;
}

function searchUsers(context: SimContext, query: string): ZdUser[] {
  const users = [...context.store.users.values()];
  const terms = query.trim().split(/\s+/).filter(Boolean);
  return users.filter((u) =>
    terms.every((term) => {
      const m = /^(\w+):(.*)$/.exec(term);
      const [field, value] = m ? [m[1], (m[2] ?? '').replace(/^"|"$/g, '').toLowerCase()] : [undefined, term.toLowerCase()];
      switch (field) {
        case 'email':
          return u.email?.toLowerCase() === value || u.identities.some((i) => i.value.toLowerCase() === value);
        case 'external_id':
          return u.external_id?.toLowerCase() === value;
        case 'role':
          return u.role === value;
        case 'name':
          return u.name.toLowerCase().includes(value);
        case 'organization_id':
          return String(u.organization_id) === value;
        case 'type':
          return value === 'user';
        default:
          return u.name.toLowerCase().includes(value) || (u.email ?? '').toLowerCase().includes(value);
      }
    }),
  );
}

export function registerUsers(router: Router): void {
  router.add('GET', '/api/v2/users/me', (_request, context) => ok({ user: userJson(context.store.currentUser(), context) }));
  router.add('GET', '/api/v2/users/count', (request, context) => {
    const roles = [...request.query.getAll('role'), ...request.query.getAll('role[]')];
    return countBody([...context.store.users.values()].filter((u) => roles.length === 0 || roles.includes(u.role)).length, context);
  });
  router.add('GET', '/api/v2/users/search', (request, context) => {
    const externalId = request.query.get('external_id');
    const query = request.query.get('query');
    if (externalId === null && query === null) return badRequest('InvalidValue', 'query or external_id is required');
    const found =
      externalId !== null ? [...context.store.users.values()].filter((u) => u.external_id?.toLowerCase() === externalId.toLowerCase()) : searchUsers(context, query ?? '');
    return paginate(request, context, found, { key: 'users', render: (u) => userJson(u, context) });
  });
  router.add('GET', '/api/v2/users/show_many', (request, context) => {
    const ids = idList(request.query.get('ids'));
    const externalIds = (request.query.get('external_ids') ?? '').split(',').filter(Boolean).map((e) => e.toLowerCase());
    if (ids.length + externalIds.length > 100) return badRequest('TooManyValues', 'ids: too many values, the maximum is 100');
    const found = [...context.store.users.values()].filter((u) => ids.includes(u.id) || (u.external_id !== null && externalIds.includes(u.external_id.toLowerCase())));
    return ok({ users: found.map((u) => userJson(u, context)) });
  });
  router.add('POST', '/api/v2/users/create_or_update', (request, context) => {
    const input = member(request.body, 'user');
    if (!input) return fieldError('user', 'user is required');
    const target = upsertTarget(context, input);
    const result = applyUser(context, input, target);
    if ('details' in result) return recordInvalid(result.details);
    return ok({ user: userJson(result.user, context) }, target ? 200 : 201, { location: `${context.baseUrl()}/api/v2/users/${result.user.id}.json` });
  });
  router.add('POST', '/api/v2/users/create_many', (request, context) => {
    if (!context.options.bulkUserImport) return forbidden();
    const items = bulkItems(request.body, 'users');
    if (isResponse(items)) return items;
    return queueJob(context, 'bulk_create_job', items.length, () =>
      items.map((item, index): JobResult => {
        const result = applyUser(context, item);
        return 'details' in result ? failedItem(index, errorCode(result.details), detailsText(result.details)) : { index, id: result.user.id };
      }),
    );
  });
  router.add('POST', '/api/v2/users/create_or_update_many', (request, context) => {
    if (!context.options.bulkUserImport) return forbidden();
    const items = bulkItems(request.body, 'users');
    if (isResponse(items)) return items;
    return queueJob(context, 'bulk_create_or_update_job', items.length, () =>
      items.map((item, index): JobResult => {
        const target = upsertTarget(context, item);
        const result = applyUser(context, item, target);
        if ('details' in result) return failedItem(index, errorCode(result.details), detailsText(result.details));
        return { index, id: result.user.id, status: target ? 'Updated' : 'Created', email: result.user.email, external_id: result.user.external_id };
      }),
    );
  });
  router.add('GET', '/api/v2/users', (request, context) => {
    const roles = [...request.query.getAll('role'), ...request.query.getAll('role[]')];
    const externalId = request.query.get('external_id');
    const users = [...context.store.users.values()].filter(
      (u) => (roles.length === 0 || roles.includes(u.role)) && (externalId === null || u.external_id?.toLowerCase() === externalId.toLowerCase()),
    );
    return paginate(request, context, users, { key: 'users', render: (u) => userJson(u, context) });
  });
  router.add('POST', '/api/v2/users', (request, context) => {
    const input = member(request.body, 'user');
    if (!input) return fieldError('user', 'user is required');
    const result = applyUser(context, input);
    if ('details' in result) return recordInvalid(result.details);
    return ok({ user: userJson(result.user, context) }, 201);
  });
  router.add('GET', '/api/v2/users/{user_id}', (request, context) => {
    const user = context.store.users.get(Number(request.params['user_id']));
    return user ? ok({ user: userJson(user, context) }) : notFound();
  });
  router.add('PUT', '/api/v2/users/{user_id}', (request, context) => {
    const user = context.store.users.get(Number(request.params['user_id']));
    if (!user) return notFound();
    const result = applyUser(context, member(request.body, 'user') ?? {}, user);
    if ('details' in result) return recordInvalid(result.details);
    return ok({ user: userJson(result.user, context) });
  });
  router.add('GET', '/api/v2/users/{user_id}/identities', (request, context) => {
    const user = context.store.users.get(Number(request.params['user_id']));
    if (!user) return notFound();
    return ok({
      identities: user.identities.map((i) => ({
        url: `${context.baseUrl()}/api/v2/users/${user.id}/identities/${i.id}.json`,
        id: i.id,
        user_id: user.id,
        type: i.type,
        value: i.value,
        verified: i.verified,
        primary: i.primary,
        created_at: i.created_at,
        updated_at: i.updated_at,
        undeliverable_count: 0,
        deliverable_state: 'deliverable',
      })),
    });
  });
}

function errorCode(details: ErrorDetails): string {
  return Object.values(details).flat()[0]?.error ?? 'RecordInvalid';
}
