/**
 * The account's agents and admins, read once: agents are few, and both sides need them often —
 * the source to tell an agent's comment from a customer's, the target to match agents by email.
 */
import type { ZdUser } from './api-types.js';
import type { ZendeskClient } from './client.js';
import { listAll } from './pagination.js';

/** Agents and admins: Zendesk's `role[]` filter takes the parameter twice, so it goes in the path. */
export const AGENTS_PATH = '/api/v2/users?role[]=agent&role[]=admin';

export class AgentDirectory {
  private agents: Promise<ZdUser[]> | undefined;
  private self: Promise<ZdUser> | undefined;

  constructor(private readonly client: ZendeskClient) {}

  private all(): Promise<ZdUser[]> {
    if (!this.agents) {
      this.agents = listAll<ZdUser>(this.client.support, AGENTS_PATH, 'users');
      this.agents.catch(() => (this.agents = undefined));
    }
    return this.agents;
  }

  async ids(): Promise<Set<number>> {
    return new Set((await this.all()).map((u) => u.id));
  }

  async byEmail(email: string): Promise<ZdUser | undefined> {
    const wanted = email.trim().toLowerCase();
    return (await this.all()).find((u) => u.email?.toLowerCase() === wanted);
  }

  /** The user the credentials belong to: the author of what has no author of its own. */
  async me(): Promise<ZdUser> {
    if (!this.self) {
      this.self = this.client.support.get<{ user: ZdUser }>('/api/v2/users/me').then((b) => b.user);
      this.self.catch(() => (this.self = undefined));
    }
    return this.self;
  }
}
