/**
 * Organization memberships. A user's `organization_id` is its default membership: the first membership
 * becomes the default, and setting `organization_id` on a user creates or re-points one (research §1.4).
 */
import type { SimContext } from './context.js';
import { bulkItems, detailsText, failedItem, isResponse } from './bulk.js';
import { member, notFound, ok, optId, recordInvalid, type ErrorDetails } from './http.js';
import { queueJob } from './job-status.js';
import { paginate } from './pagination.js';
import type { Router } from './router.js';
import type { ZdOrganizationMembership } from './types.js';

export function membershipJson(m: ZdOrganizationMembership, context: SimContext): Record<string, unknown> {
  return {
    url: `${context.baseUrl()}/api/v2/organization_memberships/${m.id}.json`,
    id: m.id,
    user_id: m.user_id,
    organization_id: m.organization_id,
    default: m.default,
    organization_name: context.store.organizations.get(m.organization_id)?.name ?? '',
    view_tickets: true,
    created_at: m.created_at,
    updated_at: m.updated_at,
  };
}

/** Adds a membership (or finds the existing one) and keeps `user.organization_id` = the default one. */
export function addOrganizationMembership(
  context: SimContext,
  userId: number | undefined,
  organizationId: number | undefined,
  makeDefault: boolean,
): { membership: ZdOrganizationMembership; created: boolean } | { details: ErrorDetails } {
  const { store } = context;
  const user = userId === undefined ? undefined : store.users.get(userId);
  if (!user) return { details: { user_id: [{ description: 'User: is invalid', error: 'InvalidValue' }] } };
  if (organizationId === undefined || !store.organizations.has(organizationId)) {
    return { details: { organization_id: [{ description: 'Organization: is invalid', error: 'InvalidValue' }] } };
  }
  const mine = [...store.organizationMemberships.values()].filter((m) => m.user_id === user.id);
  const existing = mine.find((m) => m.organization_id === organizationId);
  const now = store.iso();
  let membership = existing;
  if (!membership) {
    membership = { id: store.id(), user_id: user.id, organization_id: organizationId, default: false, created_at: now, updated_at: now };
    store.organizationMemberships.set(membership.id, membership);
  }
  if (makeDefault || mine.length === 0 || user.organization_id === null) {
    for (const m of mine) m.default = false;
    membership.default = true;
    user.organization_id = organizationId;
    user.updated_at = now;
  }
  return { membership, created: !existing };
}

export function registerOrganizationMemberships(router: Router): void {
  const list = (filter: (m: ZdOrganizationMembership) => boolean): Parameters<Router['add']>[2] => (request, context) =>
    paginate(request, context, [...context.store.organizationMemberships.values()].filter(filter), {
      key: 'organization_memberships',
      render: (m) => membershipJson(m, context),
    });

  router.add('GET', '/api/v2/organization_memberships', list(() => true));
  router.add('POST', '/api/v2/organization_memberships/create_many', (request, context) => {
    const items = bulkItems(request.body, 'organization_memberships');
    if (isResponse(items)) return items;
    return queueJob(context, 'bulk_create_job', items.length, () =>
      items.map((item, index) => {
        const result = addOrganizationMembership(context, optId(item['user_id']), optId(item['organization_id']), item['default'] === true);
        if ('details' in result) return failedItem(index, 'InvalidValue', detailsText(result.details));
        if (!result.created) return failedItem(index, 'DuplicateValue', 'User is already a member of this organization');
        return { index, id: result.membership.id };
      }),
    );
  });
  router.add('POST', '/api/v2/organization_memberships', (request, context) => {
    const input = member(request.body, 'organization_membership') ?? {};
    const result = addOrganizationMembership(context, optId(input['user_id']), optId(input['organization_id']), input['default'] === true);
    if ('details' in result) return recordInvalid(result.details);
    if (!result.created) return recordInvalid({ user_id: [{ description: 'User has already been taken', error: 'DuplicateValue' }] });
    return ok({ organization_membership: membershipJson(result.membership, context) }, 201);
  });
  router.add('GET', '/api/v2/organization_memberships/{organization_membership_id}', (request, context) => {
    const m = context.store.organizationMemberships.get(Number(request.params['organization_membership_id']));
    return m ? ok({ organization_membership: membershipJson(m, context) }) : notFound();
  });
  router.add('GET', '/api/v2/users/{user_id}/organization_memberships', (request, context) => {
    const userId = Number(request.params['user_id']);
    if (!context.store.users.has(userId)) return notFound();
    return list((m) => m.user_id === userId)(request, context);
  });
  router.add('GET', '/api/v2/organizations/{organization_id}/organization_memberships', (request, context) => {
    const orgId = Number(request.params['organization_id']);
    if (!context.store.organizations.has(orgId)) return notFound();
    return list((m) => m.organization_id === orgId)(request, context);
  });
}
