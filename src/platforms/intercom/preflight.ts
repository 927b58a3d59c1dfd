/**
 * What `check` learns about an Intercom connection before anything is written: the workspace the
 * token reaches, each read permission the migration needs (proven by a one-record read), the calls
 * per record measured on the simulator, and the workspace settings to review first. Write
 * permissions cannot be proven without writing: a missing one stops the first batch and names itself.
 */
import { sustainedShare } from '../../http/index.js';
import type { EntityName } from '../../model/entities.js';
import type { AccessCheck, CostModel, Preflight } from '../preflight.js';
import type { IntercomClient } from './client.js';
import { IntercomAccessError } from './access-errors.js';
import type { WorkspaceDirectory } from './workspace-directory.js';

type Probe = { permission: string; read: () => Promise<unknown> };

/** Calls per record, from the simulator measurements in the README (The Intercom platform) (rounded up). */
const TARGET_COST: Partial<Record<EntityName, Omit<CostModel, 'requestsPerMinute'>>> = {
  agents: { callsPerRecord: 0.05 },
  teams: { callsPerRecord: 0.05 },
  fields: { callsPerRecord: 2 },
  tags: { callsPerRecord: 1 },
  companies: { callsPerRecord: 1.3 },
  contacts: { callsPerRecord: 2.5 },
  // Create, state and lookups per thread; one reply per further comment; files ride on replies.
  tickets: { callsPerRecord: 2.5, callsPerComment: 1, callsPerAttachment: 0.1 },
  kb_categories: { callsPerRecord: 1.1 },
  kb_folders: { callsPerRecord: 1.1 },
  articles: { callsPerRecord: 1.3 },
};

const SOURCE_COST: Partial<Record<EntityName, Omit<CostModel, 'requestsPerMinute'>>> = {
  companies: { callsPerRecord: 0.03 },
  contacts: { callsPerRecord: 0.05 },
  // One search page per 50 threads, then one GET per thread for its parts.
  tickets: { callsPerRecord: 1.05 },
  articles: { callsPerRecord: 0.03 },
};

export function intercomPreflight(client: IntercomClient, directory: WorkspaceDirectory, side: 'source' | 'target'): Preflight {
  const requestsPerMinute = client.connection.requests_per_minute * sustainedShare(client.connection.budget_share, true);
  return {
    async account() {
      const me = await directory.me();
      const app = me.app ?? {};
      return `Intercom workspace ${app.name ?? app.id_code ?? ''} (${app.id_code ?? '?'}, region ${app.region ?? '?'}) as ${me.email}`;
    },
    async checkAccess(entities) {
      const probes = new Map<string, Probe['read']>();
      for (const probe of entities.flatMap((e) => probesFor(client, e, side))) if (!probes.has(probe.permission)) probes.set(probe.permission, probe.read);
      const checks: AccessCheck[] = [];
      for (const [permission, read] of probes) checks.push(await prove(permission, read));
      return checks;
    },
    cost(entity) {
      const model = (side === 'target' ? TARGET_COST : SOURCE_COST)[entity] ?? { callsPerRecord: 0.01 };
      return { ...model, requestsPerMinute };
    },
    reminders: () => (side === 'target' ? TARGET_REMINDERS : []),
  };
}

function probesFor(client: IntercomClient, entity: EntityName, side: 'source' | 'target'): Probe[] {
  const one = { per_page: 1 };
  const search = (kind: string) => () => client.searchPage(`/${kind}/search`, kind, { field: 'created_at', operator: '>', value: 0 }, 1);
  switch (entity) {
    case 'agents':
    case 'teams':
      return [{ permission: 'Read admins', read: () => client.get('/teams') }];
    case 'fields':
      return [{ permission: 'Read data attributes', read: () => client.get('/data_attributes', { model: 'contact' }) }];
    case 'tags':
      return [{ permission: 'Read tags', read: () => client.get('/tags') }];
    case 'companies':
    case 'contacts':
      return [{ permission: 'Read and list users and companies', read: () => client.get('/contacts', one) }];
    case 'tickets':
      return [
        { permission: 'Read conversations', read: search('conversations') },
        { permission: 'Read tickets', read: side === 'source' ? search('tickets') : () => client.get('/ticket_types') },
      ];
    case 'kb_categories':
    case 'kb_folders':
    case 'articles':
      return [{ permission: 'Read articles', read: () => client.get('/help_center/collections', one) }];
  }
}

async function prove(permission: string, read: () => Promise<unknown>): Promise<AccessCheck> {
  try {
    await read();
    return { permission, ok: true, detail: 'a one-record read succeeded' };
  } catch (error) {
    const detail = error instanceof IntercomAccessError ? error.message : `the read failed: ${error instanceof Error ? error.message : String(error)}`;
    return { permission, ok: false, detail };
  }
}

/** Settings of the target workspace to review before a migration into it. */
export const TARGET_REMINDERS = [
  'Intercom cannot create teammates or teams through its API: invite every teammate (same email) and create every team first, or set agents.default and teams.default.',
  'The token also needs the write permissions: Write users and companies, Write conversations, Write tickets, Write tags, Write data attributes, Read and write articles.',
  'Phone validation (Settings → Workspace → People data → Phone) refuses numbers that are not valid E.164: keep options.invalid_phone: drop, or turn validation off during the migration.',
  'Default assignment and assignment workflows (Settings → Inbox → Assignment preferences): choose "Don\'t assign" or a team, so imported conversations keep the assignee they had, or none.',
  'Pause outbound campaigns, series and workflows: they could message imported contacts, and they draw on the same API limit.',
  'Attachment file types (Settings → Security → Attachment settings → Allow more file types): allow the types you import; .exe, .sys, .scr, .shb and .wsf are never accepted.',
  'Help Center languages: switch on every language of your translations; translations into a language the help center lacks are left out.',
  'Ticket types missing in Intercom are created as Customer types named after the source\'s type: create them first to choose their category, icon and states.',
];
