/**
 * Organizations (research §1.4): `name` is required and unique (case-insensitively) → 422
 * DuplicateValue; `create_or_update` matches on `id` or `external_id` only — never on name, so an
 * upsert by name of an existing organization fails with the duplicate-name 422; `create_many` is a job.
 * Search by `external_id` is exact but case-insensitive, or by `name`.
 */
import type { SimContext } from './context.js';
import { bulkItems, detailsText, failedItem, isResponse } from './bulk.js';
import { mergeCustomValues, renderCustomValues } from './custom-fields.js';
import {
  badRequest,
  fieldError,
  has,
  idList,
  countBody,
  member,
  normaliseTags,
  notFound,
  ok,
  optId,
  optString,
  recordInvalid,
  stringList,
  type ErrorDetails,
  type Json,
} from './http.js';
import { queueJob } from './job-status.js';
import { paginate } from './pagination.js';
import type { Router } from './router.js';
import type { ZdOrganization } from './types.js';

export function organizationJson(org: ZdOrganization, context: SimContext): Record<string, unknown> {
  return {
    url: `${context.baseUrl()}/api/v2/organizations/${org.id}.json`,
    id: org.id,
    name: org.name,
    shared_tickets: org.shared_tickets,
    shared_comments: org.shared_comments,
    external_id: org.external_id,
    created_at: org.created_at,
    updated_at: org.updated_at,
    domain_names: org.domain_names,
    details: org.details,
    notes: org.notes,
    group_id: org.group_id,
    tags: org.tags,
    organization_fields: renderCustomValues(context, 'organization', org.organization_fields),
  };
}

function domainList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return stringList(value);
}

/** Applies an organization payload to a new (`existing` undefined) or existing organization. */
export function applyOrganization(context: SimContext, input: Json, existing?: ZdOrganization): { org: ZdOrganization } | { details: ErrorDetails } {
  const { store } = context;
  const now = store.iso();
  const name = has(input, 'name') ? (optString(input['name']) ?? '').trim() : existing?.name;
  if (!name) return { details: { name: [{ description: 'Name: cannot be blank', error: 'BlankValue' }] } };
  const clash = store.organizationByName(name);
  if (clash && clash.id !== existing?.id) return { details: { name: [{ description: 'Name: has already been taken', error: 'DuplicateValue' }] } };
  let groupId = existing?.group_id ?? null;
  if (has(input, 'group_id')) {
    groupId = input['group_id'] === null ? null : (optId(input['group_id']) ?? -1);
    if (groupId !== null && !store.groups.has(groupId)) return { details: { group_id: [{ description: 'Group: is invalid', error: 'InvalidValue' }] } };
  }
  const fields = mergeCustomValues(context, 'organization', existing?.organization_fields ?? {}, input['organization_fields']);
  if ('details' in fields) return fields;
  const org: ZdOrganization = existing ?? {
    id: store.id(),
    name,
    external_id: null,
    domain_names: [],
    details: null,
    notes: null,
    group_id: null,
    shared_tickets: false,
    shared_comments: false,
    tags: [],
    organization_fields: {},
    created_at: now,
    updated_at: now,
  };
  org.name = name;
  if (has(input, 'external_id')) org.external_id = input['external_id'] === null ? null : (optString(input['external_id']) ?? null);
  if (has(input, 'domain_names')) org.domain_names = domainList(input['domain_names']) ?? [];
  if (has(input, 'details')) org.details = optString(input['details']) ?? null;
  if (has(input, 'notes')) org.notes = optString(input['notes']) ?? null;
  if (has(input, 'shared_tickets')) org.shared_tickets = input['shared_tickets'] === true;
  if (has(input, 'shared_comments')) org.shared_comments = input['shared_comments'] === true;
  if (has(input, 'tags')) org.tags = normaliseTags(Array.isArray(input['tags']) ? input['tags'] : []);
  org.group_id = groupId;
  org.organization_fields = fields.values;
  org.updated_at = now;
  store.organizations.set(org.id, org);
  return { org };
}

/** The organization `create_or_update` would update: by `id`, else by `external_id`; never by name. */
function upsertTarget(context: SimContext, input: Json): ZdOrganization | undefined {
  const id = optId(input['id']);
  if (id !== undefined) return context.store.organizations.get(id);
  const externalId = optString(input['external_id']);
  return externalId ? context.store.organizationByExternalId(externalId) : undefined;
}

export function registerOrganizations(router: Router): void {
  const all = (context: SimContext): ZdOrganization[] => [...context.store.organizations.values()];

  router.add('GET', '/api/v2/organizations', (request, context) =>
    paginate(request, context, all(context), { key: 'organizations', render: (o) => organizationJson(o, context) }),
  );
  router.add('GET', '/api/v2/organizations/count', (_request, context) => countBody(context.store.organizations.size, context));
  router.add('GET', '/api/v2/organizations/search', (request, context) => {
    const externalId = request.query.get('external_id');
    const name = request.query.get('name');
    if (externalId === null && name === null) return badRequest('InvalidValue', 'external_id or name is required');
    const found = all(context).filter((o) =>
      externalId !== null ? o.external_id?.toLowerCase() === externalId.toLowerCase() : o.name.toLowerCase() === (name ?? '').toLowerCase(),
    );
    return paginate(request, context, found, { key: 'organizations', render: (o) => organizationJson(o, context) });
  });
  router.add('GET', '/api/v2/organizations/show_many', (request, context) => {
    const ids = idList(request.query.get('ids'));
    const externalIds = (request.query.get('external_ids') ?? '').split(',').filter(Boolean);
    const found = all(context).filter(
      (o) => ids.includes(o.id) || (o.external_id !== null && externalIds.some((e) => e.toLowerCase() === o.external_id?.toLowerCase())),
    );
    return ok({ organizations: found.map((o) => organizationJson(o, context)) });
  });
  router.add('POST', '/api/v2/organizations/create_many', (request, context) => {
    const items = bulkItems(request.body, 'organizations');
    if (isResponse(items)) return items;
    return queueJob(context, 'bulk_create_job', items.length, () =>
      items.map((item, index) => {
        const result = applyOrganization(context, item);
        return 'details' in result ? failedItem(index, 'RecordInvalid', detailsText(result.details)) : { index, id: result.org.id };
      }),
    );
  });
  router.add('POST', '/api/v2/organizations/create_or_update', (request, context) => {
    const input = member(request.body, 'organization');
    if (!input) return fieldError('organization', 'organization is required');
    const target = upsertTarget(context, input);
    // An explicit id that matches nothing is RecordNotFound, not a create (facetoe/zenpy#586).
    if (!target && optId(input['id']) !== undefined) return notFound();
    const result = applyOrganization(context, input, target);
    if ('details' in result) return recordInvalid(result.details);
    const status = target ? 200 : 201;
    return ok({ organization: organizationJson(result.org, context) }, status, { location: `${context.baseUrl()}/api/v2/organizations/${result.org.id}.json` });
  });
  router.add('POST', '/api/v2/organizations', (request, context) => {
    const input = member(request.body, 'organization');
    if (!input) return fieldError('organization', 'organization is required');
    const result = applyOrganization(context, input);
    if ('details' in result) return recordInvalid(result.details);
    return ok({ organization: organizationJson(result.org, context) }, 201);
  });
  router.add('GET', '/api/v2/organizations/{organization_id}', (request, context) => {
    const org = context.store.organizations.get(Number(request.params['organization_id']));
    return org ? ok({ organization: organizationJson(org, context) }) : notFound();
  });
  router.add('PUT', '/api/v2/organizations/{organization_id}', (request, context) => {
    const org = context.store.organizations.get(Number(request.params['organization_id']));
    if (!org) return notFound();
    const result = applyOrganization(context, member(request.body, 'organization') ?? {}, org);
    if ('details' in result) return recordInvalid(result.details);
    return ok({ organization: organizationJson(result.org, context) });
  });
}
