/**
 * What `check` learns about a Freshdesk connection before anything is written: the account and agent
 * the API key reaches, each permission the migration needs proven by one cheap read, the API calls
 * each entity costs (with the plan's per-minute budget and the sub-limit that binds), and what to
 * review — above all that Freshdesk sets the date of every ticket and note it is given.
 */
import { sustainedShare } from '../../http/index.js';
import type { EntityName } from '../../model/entities.js';
import type { AccessCheck, CostModel, Preflight } from '../preflight.js';
import type { AgentDirectory } from './agent-directory.js';
import type { FreshdeskClient } from './client.js';
import { messageOf } from './failures.js';
import type { HelperFields } from './helper-fields.js';

const SOLUTIONS: readonly EntityName[] = ['kb_categories', 'kb_folders', 'articles'];

async function probe(permission: string, read: () => Promise<unknown>, proven: string, missing: (why: string) => string): Promise<AccessCheck> {
  try {
    await read();
    return { permission, ok: true, detail: proven };
  } catch (error) {
    return { permission, ok: false, detail: missing(messageOf(error)) };
  }
}

/**
 * Calls per record, from the reader's and the writer's requests (writes measured by
 * bench/freshdesk-api-calls.ts, see docs/platforms/freshdesk.md; reads bounded in
 * test/platforms/freshdesk/check.test.ts): reading a ticket is its share of a list page plus one
 * conversations page; writing one is a create, a note per further comment and one final update.
 */
const SOURCE_COST: Partial<Record<EntityName, Omit<CostModel, 'requestsPerMinute'>>> = {
  tickets: { callsPerRecord: 1.01, callsPerComment: 0.01 },
  contacts: { callsPerRecord: 0.01 },
  companies: { callsPerRecord: 0.01 },
  articles: { callsPerRecord: 0.05 },
};

const TARGET_COST: Partial<Record<EntityName, Omit<CostModel, 'requestsPerMinute'>>> = {
  teams: { callsPerRecord: 1 },
  fields: { callsPerRecord: 1 },
  companies: { callsPerRecord: 1 },
  contacts: { callsPerRecord: 1 },
  tickets: { callsPerRecord: 1, callsPerComment: 1 },
  kb_categories: { callsPerRecord: 1 },
  kb_folders: { callsPerRecord: 1 },
  articles: { callsPerRecord: 1 },
};

export function freshdeskPreflight(client: FreshdeskClient, agents: AgentDirectory, helpers: HelperFields, side: 'source' | 'target'): Preflight {
  const { settings } = client;
  return {
    async account() {
      const me = await agents.me();
      return `${settings.baseUrl} as ${me.contact.email} (agent ${me.id})`;
    },

    async checkAccess(entities) {
      const checks: AccessCheck[] = [];
      try {
        await agents.me();
        checks.push({ permission: 'sign in to the Freshdesk API', ok: true, detail: 'the API key is accepted' });
      } catch (error) {
        return [{ permission: 'sign in to the Freshdesk API', ok: false, detail: `${messageOf(error)}; check api_key (Profile settings > Your API key) and domain` }];
      }
      if (entities.includes('tickets')) {
        checks.push(
          await probe(
            side === 'source' ? 'read tickets' : 'read ticket fields (to write tickets and their custom fields)',
            () => (side === 'source' ? client.get('/api/v2/tickets', { per_page: 1, updated_since: new Date().toISOString() }, 'ticketsList') : client.get('/api/v2/ticket_fields')),
            'answered',
            (why) => `refused (${why}); the API key's agent needs access to all tickets`,
          ),
        );
      }
      if (side === 'target' && entities.includes('tickets')) {
        const names = await helpers.existing().catch(() => ({}) as { sourceId?: string });
        checks.push({
          permission: 'admin: ticket fields',
          ok: names.sourceId !== undefined || settings.createHelperFields,
          detail:
            names.sourceId !== undefined
              ? `the ticket field "${settings.sourceIdField}" exists`
              : settings.createHelperFields
                ? `the ticket field "${settings.sourceIdField}"${settings.originalDates.ticketField ? ` and the date field "${settings.originalDates.ticketField}"` : ''} will be created (needs an admin's API key)`
                : `the ticket field "${settings.sourceIdField}" is missing and create_helper_fields is false: create it (single-line text) in Admin > Ticket Fields`,
        });
      }
      if (entities.includes('contacts')) {
        checks.push(await probe('contacts', () => client.get('/api/v2/contacts', { per_page: 1 }, 'contactsList'), 'answered', (why) => `refused (${why})`));
      }
      if (entities.some((e) => SOLUTIONS.includes(e))) {
        checks.push(await probe('Solutions (knowledge base)', () => client.get('/api/v2/solutions/categories'), 'answered', (why) => `refused (${why}); the agent needs the Solutions privilege`));
      }
      return checks;
    },

    cost(entity) {
      const model = (side === 'source' ? SOURCE_COST : TARGET_COST)[entity] ?? { callsPerRecord: 0.01 };
      // The sub-limits (Ticket Create, Tickets List, …) are each under the account budget, and every
      // entity's calls are mostly other calls (notes, conversation pages): the account budget binds.
      return { ...model, requestsPerMinute: Math.max(1, Math.floor(settings.budgets.total * sustainedShare(settings.budgetShare, false))) };
    },

    reminders() {
      if (side === 'source') {
        return ['Freshdesk archives tickets closed and inactive for 120 days; they are read one by one (one request each), so reading an account with many archived tickets takes longer than the estimate.'];
      }
      const dates = settings.originalDates;
      const where = [dates.noteFirstLine ? 'the first line of each message' : '', dates.ticketField ? `the ticket date field "${dates.ticketField}"` : ''].filter(Boolean).join(' and ');
      return [
        `Freshdesk sets the creation date of every ticket and note itself (its API takes none): migrated tickets show today's date, and the original dates go to ${where || 'nowhere (original_dates is off)'}.`,
        'History is written as notes, never replies, so customers are not emailed; still, review automations and notification rules that act on new tickets or notes before migrating.',
        'Agents are matched by email, never created (paid seats): invite every agent first, or set agents.default.',
        'Attachments: Freshdesk takes 20 MB per ticket in all; files past that are left out and listed in each ticket\u2019s warning.',
        'Solutions: sub-folders need Flexible Hierarchy and translations the Multilingual feature with the languages enabled (Admin > Languages).',
      ];
    },
  };
}
