/**
 * Agents are matched, never created: an agent in Zendesk is a paid seat and an invitation, which is
 * the account owner's decision. An agent with no Zendesk agent of the same email fails with what to do.
 */
import { failed, migrated, REASONS, type Outcome } from '../../model/outcomes.js';
import type { Agent } from '../../model/records.js';
import type { AgentDirectory } from './agent-directory.js';

export async function matchAgents(agents: readonly Agent[], directory: AgentDirectory): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const agent of agents) {
    const found = agent.email ? await directory.byEmail(agent.email) : undefined;
    outcomes.push(
      found
        ? migrated(String(found.id))
        : failed(
            REASONS.unmatchedAgent,
            `no Zendesk agent has the email ${agent.email || '(none)'}: add ${agent.name || 'them'} as an agent in Zendesk (Admin Center > People > Team members), ` +
              'map the email to an existing agent under agents.table, or set agents.default',
          ),
    );
  }
  return outcomes;
}
