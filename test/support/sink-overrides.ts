/**
 * Test targets that differ from the archive in one capability: the change is made on the target's
 * declared sinks, the only place the engine reads capabilities from.
 */
import type { Agent } from '../../src/model/records.js';
import type { Outcome } from '../../src/model/outcomes.js';
import type { Sinks, Target } from '../../src/platforms/contracts.js';

type MutableSinks = { -readonly [E in keyof Sinks]: Sinks[E] };

/** The target keeps every article in a folder, like Zendesk and Freshdesk. */
export function articlesInFolders<T extends Target>(target: T): T {
  const sinks = target.sinks as MutableSinks;
  sinks.articles = { ...sinks.articles!, needsFolder: true };
  return target;
}

/** The target matches agents and never creates them: `check` asks `match` instead of writing. */
export function agentsMatchedOnly<T extends Target>(target: T, match: (records: Agent[]) => Promise<Outcome[]>): T {
  const sinks = target.sinks as MutableSinks;
  sinks.agents = { ...sinks.agents!, matchOnly: match };
  return target;
}
