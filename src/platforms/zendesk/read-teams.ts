/** Groups → teams, each with its agents (group memberships). */
import type { Page, ReadOptions } from '../contracts.js';
import type { Team } from '../../model/records.js';
import type { ZdGroup, ZdGroupMembership } from './api-types.js';
import type { ZendeskClient } from './client.js';
import { mapLimit } from '../map-limit.js';
import { decodePosition, encodePosition } from './cursor.js';
import { eachPage, listAll } from './pagination.js';

export async function* readTeams(client: ZendeskClient, options: ReadOptions): AsyncGenerator<Page<Team>> {
  const start = decodePosition(options.cursor, 'teams');
  for await (const page of eachPage<ZdGroup>(client.support, '/api/v2/groups', 'groups', {}, start && 'after' in start ? start.after : undefined)) {
    const groups = page.items.filter((g) => !g.deleted);
    const records = await mapLimit(groups, client.tuning.concurrency, async (group): Promise<Team> => {
      const memberships = await listAll<ZdGroupMembership>(client.support, `/api/v2/groups/${group.id}/memberships`, 'group_memberships');
      const team: Team = { id: String(group.id), name: group.name, memberIds: memberships.map((m) => String(m.user_id)) };
      if (group.description) team.description = group.description;
      return team;
    });
    yield { records, ...(page.after ? { cursor: encodePosition({ list: 'teams', after: page.after }) } : {}) };
  }
}
