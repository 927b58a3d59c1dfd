/**
 * Teams → groups, matched by name (case-insensitive) and created when missing, then given their
 * agents as group memberships. A team written before is renamed in place rather than matched again. A membership that exists already is refused with 422 by Zendesk, which
 * is what makes sending one again harmless.
 */
import { HttpError } from '../../http/index.js';
import { migrated, type Outcome, warning, WARNINGS } from '../../model/outcomes.js';
import type { Team } from '../../model/records.js';
import type { WriteItem } from '../contracts.js';
import type { ZdGroup, ZdGroupMembership } from './api-types.js';
import type { ZendeskClient } from './client.js';
import { failureOf } from './failures.js';
import { listAll } from './pagination.js';
import { createOnce } from '../create-once.js';

export class GroupWriter {
  private groups: Map<string, ZdGroup> | undefined;

  constructor(private readonly client: ZendeskClient) {}

  async find(name: string, fresh = false): Promise<ZdGroup | undefined> {
    if (!this.groups || fresh) {
      const all = await listAll<ZdGroup>(this.client.support, '/api/v2/groups', 'groups');
      this.groups = new Map(all.filter((g) => !g.deleted).map((g) => [g.name.toLowerCase(), g]));
    }
    return this.groups.get(name.trim().toLowerCase());
  }

  async write(items: readonly WriteItem<Team>[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const { record: team, previous } of items) {
      try {
        outcomes.push(await this.writeOne(team, previous?.targetId));
      } catch (error) {
        outcomes.push(failureOf(error, `team ${team.name}`));
      }
    }
    return outcomes;
  }

  /** The team's group: the one written before (renamed if need be), one of the same name, or a new one. */
  private async groupFor(team: Team, written: string | undefined): Promise<{ group: ZdGroup; matched: boolean }> {
    const details = { name: team.name, ...(team.description ? { description: team.description } : {}) };
    if (written) return { group: (await this.client.support.put<{ group: ZdGroup }>(`/api/v2/groups/${written}`, { group: details })).group, matched: false };
    const existing = await this.find(team.name);
    if (existing) return { group: existing, matched: true };
    const created = await createOnce(
      async () => (await this.client.support.post<{ group: ZdGroup }>('/api/v2/groups', { group: details })).group,
      () => this.find(team.name, true),
    );
    return { group: created, matched: false };
  }

  private async writeOne(team: Team, written: string | undefined): Promise<Outcome> {
    const { group, matched } = await this.groupFor(team, written);
    this.groups?.set(group.name.toLowerCase(), group);
    const members = new Set((await listAll<ZdGroupMembership>(this.client.support, `/api/v2/groups/${group.id}/memberships`, 'group_memberships')).map((m) => String(m.user_id)));
    const failures: string[] = [];
    for (const agentId of team.memberIds.filter((id) => !members.has(id))) {
      try {
        await this.client.support.post('/api/v2/group_memberships', { group_membership: { user_id: Number(agentId), group_id: group.id } }, { idempotent: true });
      } catch (error) {
        if (!(error instanceof HttpError && error.status === 422 && /taken|already/i.test(error.message))) failures.push(`agent ${agentId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const notes = [
      ...(matched ? [warning(WARNINGS.matchedExisting, `matched the existing group "${group.name}"`)] : []),
      ...(failures.length ? [warning(WARNINGS.membershipNotAdded, `memberships not added: ${failures.join('; ')}`)] : []),
    ];
    return migrated(String(group.id), notes.length ? { warnings: notes } : {});
  }
}
