/**
 * The account's agents, read once: agents are few, and both sides need them — the source to tell an
 * agent's note from a customer's, the target to match agents by email (agents are paid seats and are
 * never created).
 */
import type { FdAgent } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { listAll } from './pagination.js';

export class AgentDirectory {
  private agents: Promise<FdAgent[]> | undefined;
  private self: Promise<FdAgent> | undefined;

  constructor(private readonly client: FreshdeskClient) {}

  all(): Promise<FdAgent[]> {
    if (!this.agents) {
      this.agents = listAll<FdAgent>(this.client, '/api/v2/agents');
      this.agents.catch(() => (this.agents = undefined));
    }
    return this.agents;
  }

  async ids(): Promise<Set<number>> {
    return new Set((await this.all()).map((a) => a.id));
  }

  async byEmail(email: string): Promise<FdAgent | undefined> {
    const wanted = email.trim().toLowerCase();
    return (await this.all()).find((a) => a.contact.email?.toLowerCase() === wanted);
  }

  /** The agent the API key belongs to: the author of what has no author of its own. */
  me(): Promise<FdAgent> {
    if (!this.self) {
      this.self = this.client.get<FdAgent>('/api/v2/agents/me');
      this.self.catch(() => (this.self = undefined));
    }
    return this.self;
  }
}
