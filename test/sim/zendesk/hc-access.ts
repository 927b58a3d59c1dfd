/**
 * Who may see and edit Help Center content, and in which languages:
 * - `GET /api/v2/help_center/locales` → `{locales: [...enabled], default_locale}`;
 * - management permission groups live under `/api/v2/guide/permission_groups`, not `/help_center`
 *   (blakmatrix/node-zendesk#300);
 * - user segments under `/api/v2/help_center/user_segments`.
 * A new account has Zendesk's built-ins: the "Admins" permission group and the "Signed-in users" and
 * "Agents and admins" segments. Articles must name a permission group and a user segment (or null).
 */
import type { SimContext } from './context.js';
import { fieldError, hcInvalid, idList, member, notFound, ok, optString } from './http.js';
import { paginate } from './pagination.js';
import type { Router } from './router.js';
import type { HcPermissionGroup, HcUserSegment } from './types.js';

export function permissionGroupJson(group: HcPermissionGroup, context: SimContext): Record<string, unknown> {
  return { ...group, url: `${context.baseUrl()}/api/v2/guide/permission_groups/${group.id}.json` };
}

export function userSegmentJson(segment: HcUserSegment, context: SimContext): Record<string, unknown> {
  return { ...segment, url: `${context.baseUrl()}/api/v2/help_center/user_segments/${segment.id}.json` };
}

export function addBuiltInAccess(context: SimContext): void {
  const now = context.store.iso();
  const admins: HcPermissionGroup = { id: context.store.id(), name: 'Admins', built_in: true, edit: [], publish: [], created_at: now, updated_at: now };
  context.store.hc.permissionGroups.set(admins.id, admins);
  for (const [name, userType] of [
    ['Signed-in users', 'signed_in_users'],
    ['Agents and admins', 'staff'],
  ] as const) {
    const segment: HcUserSegment = {
      id: context.store.id(),
      name,
      user_type: userType,
      group_ids: [],
      organization_ids: [],
      tags: [],
      or_tags: [],
      added_user_ids: [],
      built_in: true,
      created_at: now,
      updated_at: now,
    };
    context.store.hc.userSegments.set(segment.id, segment);
  }
}

export function registerHelpCenterAccess(router: Router): void {
  router.add('GET', '/api/v2/help_center/locales', (_request, context) =>
    ok({ locales: context.store.hc.locales.enabled, default_locale: context.store.hc.locales.default }),
  );

  router.add('GET', '/api/v2/guide/permission_groups', (request, context) =>
    paginate(request, context, [...context.store.hc.permissionGroups.values()], {
      key: 'permission_groups',
      render: (g) => permissionGroupJson(g, context),
      helpCenter: true,
    }),
  );
  router.add('POST', '/api/v2/guide/permission_groups', (request, context) => {
    const input = member(request.body, 'permission_group');
    const name = optString(input?.['name'])?.trim();
    if (!input || !name) return hcInvalid('You passed an invalid value for the name attribute. Name cannot be blank.');
    const now = context.store.iso();
    const group: HcPermissionGroup = {
      id: context.store.id(),
      name,
      built_in: false,
      edit: idList(Array.isArray(input['edit']) ? input['edit'].join(',') : null),
      publish: idList(Array.isArray(input['publish']) ? input['publish'].join(',') : null),
      created_at: now,
      updated_at: now,
    };
    context.store.hc.permissionGroups.set(group.id, group);
    return ok({ permission_group: permissionGroupJson(group, context) }, 201);
  });
  router.add('GET', '/api/v2/guide/permission_groups/{permission_group_id}', (request, context) => {
    const group = context.store.hc.permissionGroups.get(Number(request.params['permission_group_id']));
    return group ? ok({ permission_group: permissionGroupJson(group, context) }) : notFound();
  });

  router.add('GET', '/api/v2/help_center/user_segments', (request, context) =>
    paginate(request, context, [...context.store.hc.userSegments.values()], {
      key: 'user_segments',
      render: (s) => userSegmentJson(s, context),
      helpCenter: true,
    }),
  );
  router.add('POST', '/api/v2/help_center/user_segments', (request, context) => {
    const input = member(request.body, 'user_segment');
    if (!input) return fieldError('user_segment', 'user_segment is required');
    const name = optString(input['name'])?.trim();
    const userType = optString(input['user_type']);
    if (!name) return hcInvalid('You passed an invalid value for the name attribute. Name cannot be blank.');
    if (userType !== 'signed_in_users' && userType !== 'staff') return hcInvalid('You passed an invalid value for the user_type attribute. Must be signed_in_users or staff.');
    const now = context.store.iso();
    const list = (key: string): number[] => idList(Array.isArray(input[key]) ? (input[key] as unknown[]).join(',') : null);
    const strings = (key: string): string[] => (Array.isArray(input[key]) ? (input[key] as unknown[]).filter((v): v is string => typeof v === 'string') : []);
    const segment: HcUserSegment = {
      id: context.store.id(),
      name,
      user_type: userType,
      group_ids: list('group_ids'),
      organization_ids: list('organization_ids'),
      tags: strings('tags'),
      or_tags: strings('or_tags'),
      added_user_ids: list('added_user_ids'),
      built_in: false,
      created_at: now,
      updated_at: now,
    };
    context.store.hc.userSegments.set(segment.id, segment);
    return ok({ user_segment: userSegmentJson(segment, context) }, 201);
  });
  router.add('GET', '/api/v2/help_center/user_segments/{user_segment_id}', (request, context) => {
    const segment = context.store.hc.userSegments.get(Number(request.params['user_segment_id']));
    return segment ? ok({ user_segment: userSegmentJson(segment, context) }) : notFound();
  });
}
