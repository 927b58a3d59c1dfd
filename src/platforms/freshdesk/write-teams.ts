/**
 * Teams → groups, by their unique name: an existing group of that name is the team's (and gets its
 * members added), a missing one is created with the agents the ledger resolved.
 */
import { migrated, type Outcome } from '../../model/outcomes.js';
import type { Agent, Team } from '../../model/records.js';
import type { WriteItem } from '../contracts.js';
import { failed, REASONS } from '../../model/outcomes.js';
import type { AgentDirectory } from './agent-directory.js';
import type { FdGroup } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { createOnce } from '../create-once.js';
import { failureOf, isDuplicateValue } from './failures.js';
import { listAll } from './pagination.js';

export class GroupWriter {
  private groups: Promise<FdGroup[]> | undefined;

  constructor(private readonly client: FreshdeskClient) {}

  async find(name: string, fresh = false): Promise<FdGroup | undefined> {
    if (fresh || !this.groups) {
      this.groups = listAll<FdGroup>(this.client, '/api/v2/groups');
      this.groups.catch(() => (this.groups = undefined));
    }
    return (await this.groups).find((g) => g.name.toLowerCase() === name.toLowerCase());
  }

  /** A group this writer made or found joins the list it already read, so a later lookup by name finds it without another read. */
  private known(group: FdGroup): void {
    const listed = this.groups;
    if (listed) this.groups = listed.then((groups) => [...groups.filter((g) => g.id !== group.id), group]);
  }

  async write(items: readonly WriteItem<Team>[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const { record: team, previous } of items) {
      try {
        const agentIds = team.memberIds.map(Number);
        const existing = previous ? { id: Number(previous.targetId), agent_ids: [] as number[] } : await this.find(team.name);
        if (existing) {
          const members = [...new Set([...(existing.agent_ids ?? []), ...agentIds])];
          // A group found by name that already has every member and the description (one this tool
          // created before a lost answer or a lost checkpoint): nothing to send.
          const had = new Set(existing.agent_ids ?? []);
          if (!previous && agentIds.every((id) => had.has(id)) && (!team.description || team.description === (existing as FdGroup).description)) {
            outcomes.push(migrated(String(existing.id)));
            continue;
          }
          await this.client.request('PUT', `/api/v2/groups/${existing.id}`, { body: { agent_ids: members, ...(team.description ? { description: team.description } : {}) } });
          outcomes.push(migrated(String(existing.id)));
          continue;
        }
        const body = { name: team.name, agent_ids: agentIds, ...(team.description ? { description: team.description } : {}) };
        const created = await createOnce(
          () => this.client.request<FdGroup>('POST', '/api/v2/groups', { body, idempotent: false }),
          () => this.find(team.name, true),
        ).catch(async (error: unknown) => {
          if (!isDuplicateValue(error)) throw error;
          const found = await this.find(team.name, true);
          if (!found) throw error;
          return found;
        });
        this.known(created);
        outcomes.push(migrated(String(created.id)));
      } catch (error) {
        outcomes.push(failureOf(error, `team ${team.id} (${team.name})`));
      }
    }
    return outcomes;
  }
}

/** Agents are paid seats: matched by email, never created. */
export async function matchAgents(agents: readonly Agent[], directory: AgentDirectory): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const agent of agents) {
    const found = await directory.byEmail(agent.email);
    outcomes.push(
      found
        ? migrated(String(found.id))
        : failed(REASONS.unmatchedAgent, `no Freshdesk agent has the email ${agent.email}; agents are paid seats and are not created: invite them first, or map them with agents.table or agents.default`),
    );
  }
  return outcomes;
}
