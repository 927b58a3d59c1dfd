/**
 * `GET /me`, admins and teams. Teammates and teams are read-only in 2.16: there is no route to create
 * or change them, so such requests fall through to the router's 404.
 */
import { adminNotFound, teamNotFound } from './errors.js';
import type { AdminRecord, TeamRecord } from './records.js';
import type { Router } from './router.js';
import type { IntercomStore } from './store.js';

export function renderAdmin(admin: AdminRecord): Record<string, unknown> {
  return {
    type: 'admin',
    id: admin.id,
    name: admin.name,
    email: admin.email,
    job_title: admin.job_title ?? '',
    away_mode_enabled: admin.away_mode_enabled,
    away_mode_reassign: admin.away_mode_reassign,
    away_status_reason_id: null,
    has_inbox_seat: admin.has_inbox_seat,
    team_ids: admin.team_ids,
    avatar: admin.avatar,
    team_priority_level: {},
  };
}

function renderMe(store: IntercomStore, admin: AdminRecord): Record<string, unknown> {
  return {
    type: 'admin',
    id: admin.id,
    name: admin.name,
    email: admin.email,
    job_title: admin.job_title ?? '',
    away_mode_enabled: admin.away_mode_enabled,
    away_mode_reassign: admin.away_mode_reassign,
    has_inbox_seat: admin.has_inbox_seat,
    team_ids: admin.team_ids,
    avatar: { type: 'avatar', image_url: admin.avatar },
    email_verified: true,
    app: {
      type: 'app',
      id_code: store.app.id_code,
      name: store.app.name,
      region: store.app.region,
      timezone: store.app.timezone,
      created_at: store.app.created_at,
      identity_verification: false,
    },
  };
}

export function renderTeam(team: TeamRecord): Record<string, unknown> {
  return {
    type: 'team',
    id: team.id,
    name: team.name,
    admin_ids: team.admin_ids,
    admin_priority_level: { primary_admin_ids: null, secondary_admin_ids: null },
    assignment_limit: null,
    distribution_method: 'round_robin',
  };
}

export function requireAdmin(store: IntercomStore, id: unknown): AdminRecord {
  const admin = store.admins.get(String(id ?? ''));
  if (!admin) throw adminNotFound();
  return admin;
}

export function registerAdminRoutes(router: Router): void {
  router.on('GET', '/me', ({ store }) => {
    const me = (store.meId && store.admins.get(store.meId)) ?? store.admins.values().next().value;
    if (!me) throw adminNotFound();
    return renderMe(store, me);
  });
  router.on('GET', '/admins', ({ store }) => ({ type: 'admin.list', admins: [...store.admins.values()].map(renderAdmin) }));
  router.on('GET', '/admins/{admin_id}', ({ store, params }) => renderAdmin(requireAdmin(store, params['admin_id'])));
  router.on('GET', '/teams', ({ store }) => ({ type: 'team.list', teams: [...store.teams.values()].map(renderTeam) }));
  router.on('GET', '/teams/{team_id}', ({ store, params }) => {
    const team = store.teams.get(params['team_id'] ?? '');
    if (!team) throw teamNotFound();
    return renderTeam(team);
  });
}
