/**
 * Groups and group memberships (research §1.4). Only agents and admins can be group members; an
 * agent's first membership becomes its default group (`user.default_group_id`).
 */
import type { SimContext } from './context.js';
import { bulkItems, detailsText, failedItem, isResponse } from './bulk.js';
import { fieldError, has, member, notFound, ok, optId, optString, recordInvalid, type ErrorDetails, type Json } from './http.js';
import { queueJob } from './job-status.js';
import { paginate } from './pagination.js';
import type { Router } from './router.js';
import type { ZdGroup, ZdGroupMembership } from './types.js';

export function groupJson(group: ZdGroup, context: SimContext): Record<string, unknown> {
  return {
    url: `${context.baseUrl()}/api/v2/groups/${group.id}.json`,
    id: group.id,
    is_public: group.is_public,
    name: group.name,
    description: group.description,
    default: group.default,
    deleted: group.deleted,
    created_at: group.created_at,
    updated_at: group.updated_at,
  };
}

export function groupMembershipJson(m: ZdGroupMembership, context: SimContext): Record<string, unknown> {
  return {
    url: `${context.baseUrl()}/api/v2/group_memberships/${m.id}.json`,
    id: m.id,
    user_id: m.user_id,
    group_id: m.group_id,
    default: m.default,
    created_at: m.created_at,
    updated_at: m.updated_at,
  };
}

export function applyGroup(context: SimContext, input: Json, existing?: ZdGroup): { group: ZdGroup } | { details: ErrorDetails } {
  const { store } = context;
  const name = has(input, 'name') ? (optString(input['name']) ?? '').trim() : existing?.name;
  if (!name) return { details: { name: [{ description: 'Name: cannot be blank', error: 'BlankValue' }] } };
  const clash = [...store.groups.values()].find((g) => g.name.toLowerCase() === name.toLowerCase() && g.id !== existing?.id);
  if (clash) return { details: { name: [{ description: 'Name: has already been taken', error: 'DuplicateValue' }] } };
  const now = store.iso();
  const group: ZdGroup = existing ?? {
    id: store.id(),
    name,
    description: '',
    is_public: true,
    default: store.groups.size === 0,
    deleted: false,
    created_at: now,
    updated_at: now,
  };
  group.name = name;
  if (has(input, 'description')) group.description = optString(input['description']) ?? '';
  if (has(input, 'is_public')) group.is_public = input['is_public'] !== false;
  group.updated_at = now;
  store.groups.set(group.id, group);
  return { group };
}

export function addGroupMembership(
  context: SimContext,
  userId: number | undefined,
  groupId: number | undefined,
  makeDefault: boolean,
): { membership: ZdGroupMembership; created: boolean } | { details: ErrorDetails } {
  const { store } = context;
  const user = userId === undefined ? undefined : store.users.get(userId);
  if (!user) return { details: { user_id: [{ description: 'User: is invalid', error: 'InvalidValue' }] } };
  if (!store.isAgent(user.id)) return { details: { user_id: [{ description: 'User: must be an agent', error: 'InvalidValue' }] } };
  if (groupId === undefined || !store.groups.has(groupId)) return { details: { group_id: [{ description: 'Group: is invalid', error: 'InvalidValue' }] } };
  const mine = [...store.groupMemberships.values()].filter((m) => m.user_id === user.id);
  const existing = mine.find((m) => m.group_id === groupId);
  const now = store.iso();
  let membership = existing;
  if (!membership) {
    membership = { id: store.id(), user_id: user.id, group_id: groupId, default: false, created_at: now, updated_at: now };
    store.groupMemberships.set(membership.id, membership);
  }
  if (makeDefault || mine.length === 0) {
    for (const m of mine) m.default = false;
    membership.default = true;
    user.default_group_id = groupId;
  }
  return { membership, created: !existing };
}

export function registerGroups(router: Router): void {
  router.add('GET', '/api/v2/groups', (request, context) =>
    paginate(request, context, [...context.store.groups.values()].filter((g) => !g.deleted), { key: 'groups', render: (g) => groupJson(g, context) }),
  );
  router.add('POST', '/api/v2/groups', (request, context) => {
    const input = member(request.body, 'group');
    if (!input) return fieldError('group', 'group is required');
    const result = applyGroup(context, input);
    return 'details' in result ? recordInvalid(result.details) : ok({ group: groupJson(result.group, context) }, 201);
  });
  router.add('GET', '/api/v2/groups/{group_id}', (request, context) => {
    const group = context.store.groups.get(Number(request.params['group_id']));
    return group ? ok({ group: groupJson(group, context) }) : notFound();
  });
  router.add('PUT', '/api/v2/groups/{group_id}', (request, context) => {
    const group = context.store.groups.get(Number(request.params['group_id']));
    if (!group) return notFound();
    const result = applyGroup(context, member(request.body, 'group') ?? {}, group);
    return 'details' in result ? recordInvalid(result.details) : ok({ group: groupJson(result.group, context) });
  });

  const listMemberships = (filter: (m: ZdGroupMembership) => boolean): Parameters<Router['add']>[2] => (request, context) =>
    paginate(request, context, [...context.store.groupMemberships.values()].filter(filter), {
      key: 'group_memberships',
      render: (m) => groupMembershipJson(m, context),
    });
  router.add('GET', '/api/v2/group_memberships', listMemberships(() => true));
  router.add('POST', '/api/v2/group_memberships/create_many', (request, context) => {
    const items = bulkItems(request.body, 'group_memberships');
    if (isResponse(items)) return items;
    return queueJob(context, 'bulk_create_job', items.length, () =>
      items.map((item, index) => {
        const result = addGroupMembership(context, optId(item['user_id']), optId(item['group_id']), item['default'] === true);
        if ('details' in result) return failedItem(index, 'InvalidValue', detailsText(result.details));
        if (!result.created) return failedItem(index, 'DuplicateValue', 'User is already a member of this group');
        return { index, id: result.membership.id };
      }),
    );
  });
  router.add('POST', '/api/v2/group_memberships', (request, context) => {
    const input = member(request.body, 'group_membership') ?? {};
    const result = addGroupMembership(context, optId(input['user_id']), optId(input['group_id']), input['default'] === true);
    if ('details' in result) return recordInvalid(result.details);
    if (!result.created) return recordInvalid({ user_id: [{ description: 'User has already been taken', error: 'DuplicateValue' }] });
    return ok({ group_membership: groupMembershipJson(result.membership, context) }, 201);
  });
  router.add('GET', '/api/v2/group_memberships/{group_membership_id}', (request, context) => {
    const m = context.store.groupMemberships.get(Number(request.params['group_membership_id']));
    return m ? ok({ group_membership: groupMembershipJson(m, context) }) : notFound();
  });
  router.add('GET', '/api/v2/groups/{group_id}/memberships', (request, context) => {
    const groupId = Number(request.params['group_id']);
    if (!context.store.groups.has(groupId)) return notFound();
    return listMemberships((m) => m.group_id === groupId)(request, context);
  });
  router.add('GET', '/api/v2/users/{user_id}/group_memberships', (request, context) => {
    const userId = Number(request.params['user_id']);
    if (!context.store.users.has(userId)) return notFound();
    return listMemberships((m) => m.user_id === userId)(request, context);
  });
}
