/**
 * What `check` learns about a Zendesk connection before anything is written: the account and user
 * the credentials reach, the permissions the migration needs (each proven by one cheap read), the
 * API calls each entity costs, and the account settings to review.
 */
import { AccessDeniedError, NetworkError, sustainedShare } from '../../http/index.js';
import type { EntityName } from '../../model/entities.js';
import type { AccessCheck, CostModel, Preflight } from '../preflight.js';
import type { AgentDirectory } from './agent-directory.js';
import type { ZendeskClient } from './client.js';
import { startTimeFor } from './incremental.js';

const HELP_CENTER: readonly EntityName[] = ['kb_categories', 'kb_folders', 'articles'];
const EXPORTED: readonly EntityName[] = ['tickets', 'contacts', 'companies'];

async function probe(permission: string, read: () => Promise<unknown>, proven: string, missing: (why: string) => string): Promise<AccessCheck> {
  try {
    await read();
    return { permission, ok: true, detail: proven };
  } catch (error) {
    return { permission, ok: false, detail: missing(error instanceof Error ? error.message : String(error)) };
  }
}

/** Calls per record, from the measured behaviour of the reader and the writer (see the README (The Zendesk platform)). */
const SOURCE_COST: Partial<Record<EntityName, Omit<CostModel, 'requestsPerMinute'>>> = {
  tickets: { callsPerRecord: 1.01, callsPerComment: 0.01 },
  teams: { callsPerRecord: 1.01 },
  // At most: one request per end user with an organization, for its memberships (read-people.ts).
  contacts: { callsPerRecord: 1.01 },
  articles: { callsPerRecord: 1.01 },
};

const TARGET_COST: Partial<Record<EntityName, Omit<CostModel, 'requestsPerMinute'>>> = {
  teams: { callsPerRecord: 3 },
  fields: { callsPerRecord: 1 },
  companies: { callsPerRecord: 1 },
  contacts: { callsPerRecord: 1 },
  tickets: { callsPerRecord: 1.03, callsPerComment: 0.01, callsPerAttachment: 1 },
  kb_categories: { callsPerRecord: 2 },
  kb_folders: { callsPerRecord: 2 },
  articles: { callsPerRecord: 1, callsPerAttachment: 1 },
};

export function zendeskPreflight(client: ZendeskClient, agents: AgentDirectory, side: 'source' | 'target'): Preflight {
  const { settings } = client;
  return {
    async account() {
      const me = await agents.me();
      return `${settings.baseUrl} as ${me.email ?? me.name} (${me.role})`;
    },

    async checkAccess(entities) {
      const checks: AccessCheck[] = [];
      try {
        const me = await agents.me();
        checks.push({
          permission: 'admin role (Ticket Import API, incremental exports, fields, Guide)',
          ok: me.role === 'admin',
          detail: me.role === 'admin' ? `${me.email ?? me.name} is an admin` : `${me.email ?? me.name} is ${me.role}; use the API token of an admin`,
        });
      } catch (error) {
        // A refused credential already says what to fix, and a host that cannot be reached is not about
        // the credentials: only another answer gets the hint.
        const why = error instanceof Error ? error.message : String(error);
        const hint = error instanceof AccessDeniedError || error instanceof NetworkError ? '' : '; check email and token (token access must be on in Admin Center > Apps and integrations > APIs) or oauth_token';
        return [{ permission: 'sign in to the Zendesk API', ok: false, detail: `${why}${hint}` }];
      }
      if (side === 'source' && entities.some((e) => EXPORTED.includes(e))) {
        checks.push(
          await probe(
            'incremental exports',
            () => client.incremental('/api/v2/incremental/tickets/cursor', { start_time: startTimeFor(new Date(Date.now() - 3_600_000).toISOString()), per_page: 1 }),
            'the ticket export answered',
            (why) => `the ticket export refused (${why}); it needs an admin`,
          ),
        );
      }
      if (entities.some((e) => HELP_CENTER.includes(e))) {
        checks.push(
          await probe(
            'Help Center (Guide) API',
            () => client.helpCenter.get('/api/v2/help_center/locales'),
            'the Help Center answered',
            (why) => `the Help Center refused (${why}); Guide must be enabled and the user a Guide admin`,
          ),
        );
      }
      if (side === 'target' && entities.includes('articles') && settings.permissionGroupId === undefined) {
        checks.push(
          await probe(
            'Guide permission groups',
            () => client.helpCenter.get('/api/v2/guide/permission_groups'),
            'articles get the first permission group (set permission_group_id to choose one)',
            (why) => `permission groups cannot be read (${why}); set permission_group_id in the connection`,
          ),
        );
      }
      return checks;
    },

    cost(entity) {
      const model = (side === 'source' ? SOURCE_COST : TARGET_COST)[entity] ?? { callsPerRecord: 0.01 };
      const share = HELP_CENTER.includes(entity) ? settings.helpCenterBudgetShare : settings.budgetShare;
      return { ...model, requestsPerMinute: Math.max(1, Math.floor(settings.requestsPerMinute * sustainedShare(share, !HELP_CENTER.includes(entity)))) };
    },

    reminders() {
      if (side === 'source') return [];
      return [
        'Zendesk agents are matched by email, never created: invite every agent (a paid seat) before migrating, or set agents.default.',
        'Imported tickets run no triggers unless updated later, and Zendesk computes no metrics or SLAs for them: tag them (options.tag) and leave the tag out of reports and SLA policies.',
        'Review triggers and automations that email requesters: a delta run appends comments with a regular ticket update, which runs them.',
        'Bulk user import is off unless Zendesk Support enables it: users are then upserted one request each (the connector detects the 403 and falls back).',
        'Help Center: check the enabled languages (translations in other locales are skipped), the permission group and the user segment of created articles.',
      ];
    },
  };
}
