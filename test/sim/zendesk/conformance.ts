/**
 * Zendesk's conformance fixture: the simulator with its budgets relaxed (the suite is about the
 * contract, pacing is tested in test/platforms/zendesk), the connector with the harness's quick
 * tunings, a generated account to read, and the account's agents and Help Center languages to write to.
 */
import { generateZendeskAccount, startZendeskSim, UNLIMITED } from './index.js';
import { forbidden } from './http.js';
import { zendeskSource, zendeskTarget } from '../../platforms/zendesk/harness.js';
import type { ConformanceFixture } from '../common/conformance-fixture.js';
import type { EntityName } from '../../../src/model/entities.js';

/** The requests that create a record of each entity (single and bulk forms). */
const CREATES: Partial<Record<EntityName, RegExp>> = {
  companies: /^\/api\/v2\/organizations(\/create_many|\/create_or_update)?(\.json)?$/,
  contacts: /^\/api\/v2\/users(\/create_many|\/create_or_update_many|\/create_or_update)?(\.json)?$/,
  tickets: /^\/api\/v2\/imports\/tickets(\/create_many)?(\.json)?$/,
};

export const fixture: ConformanceFixture = {
  platform: 'zendesk',
  sinceUnsupported: {
    fields: 'ticket, user and organization fields have no changed-since filter; a delta reads them whole',
  },
  notFoundBySourceId: {
    contacts: "a contact that has its own external id keeps it in Zendesk, and findWritten looks the source id up: it finds only contacts without one; the write is create_or_update by that external id, so a resend updates it",
    companies: "a company that has its own external id keeps it in Zendesk, and findWritten looks the source id up: it finds only companies without one; the write is create_or_update by that external id, so a resend updates it",
  },
  async start() {
    const sim = await startZendeskSim({ rateLimit: UNLIMITED, jobs: { completeAfterMs: 5 } });
    const rules: NonNullable<Parameters<typeof sim.setFaults>[0]['rules']> = [];
    sim.setFaults({ rules });
    return {
      connection: `  platform: zendesk\n  base_url: ${sim.url}\n  email: ${sim.options.email}\n  token: \${ZD_TOKEN}\n`,
      env: { ZD_TOKEN: sim.options.apiToken },
      source: (m) => zendeskSource(m),
      target: (m) => zendeskTarget(m),
      async seedSource() {
        sim.seed(generateZendeskAccount({ seed: 5, endUsers: 104, agents: 3, organizations: 4, groups: 2, tickets: 8, maxCommentsPerTicket: 3, longTicketComments: 4, categories: 2, articles: 4 }).account);
      },
      async prepareTarget() {
        sim.seed({
          locales: { enabled: ['en-us', 'fr', 'de'], default: 'en-us' },
          users: [1, 2, 3, 4].map((n) => ({ name: `Agent ${n}`, email: `agent${n}@helpdesk.test`, role: 'agent' as const })),
        });
      },
      loseNextCreate(entity) {
        const path = CREATES[entity];
        if (path) rules.push({ method: 'POST', path, times: 1, fault: 'drop-after' });
        return path !== undefined;
      },
      refuse(status) {
        // A revoked token is refused by the simulator's own authentication; a lost permission is Zendesk's 403 body.
        if (status === 401) (sim.options as { apiToken: string }).apiToken = 'revoked-token';
        else rules.unshift({ path: /^\/api\/v2\//, fault: forbidden() });
      },
      lostAnswers: () => sim.server.log.filter((r) => r.status === 'dropped').length,
      refusals: () => sim.server.log.filter((r) => r.status === 401 || r.status === 403).length,
      stored(entity) {
        const s = sim.store;
        switch (entity) {
          case 'contacts':
            return [...s.users.values()].filter((u) => u.role === 'end-user').length;
          case 'companies':
            return s.organizations.size;
          case 'tickets':
            return s.tickets.size;
          default:
            throw new Error(`the Zendesk fixture does not count ${entity}`);
        }
      },
      close: () => sim.close(),
    };
  },
};
