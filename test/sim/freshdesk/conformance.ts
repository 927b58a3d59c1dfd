/**
 * Freshdesk's conformance fixture: the simulator with its budgets relaxed (pacing is tested in
 * test/platforms/freshdesk), the connector with the harness's quick tunings, a generated account to
 * read, and the archive's agents and Solutions languages to write to.
 */
import type { EntityName } from '../../../src/model/entities.js';
import { FD_ENV, freshdeskSource, freshdeskTarget, freshdeskYaml, TEST_TUNING } from '../../platforms/freshdesk/harness.js';
import type { ConformanceFixture } from '../common/conformance-fixture.js';
import { simpleError } from './http.js';
import { generateFreshdeskAccount, startFreshdeskSim } from './index.js';

/** The generator numbers its tickets from 10,000 (a real account from 1): the source's archived pass starts there. */
const GENERATED_FIRST_TICKET = 10_000;

const RELAXED = { perMinute: 100_000, ticketsList: 100_000, contactsList: 100_000, ticketCreate: 100_000, ticketUpdate: 100_000 };

/** The requests that create a record of each entity. */
const CREATES: Partial<Record<EntityName, RegExp>> = {
  companies: /^\/api\/v2\/companies$/,
  contacts: /^\/api\/v2\/contacts$/,
  tickets: /^\/api\/v2\/tickets$/,
};

export const fixture: ConformanceFixture = {
  platform: 'freshdesk',
  notFoundBySourceId: {
    contacts: 'a contact that has its own external id keeps it as unique_external_id, and findWritten looks the source id up: it finds only contacts without one; a resend meets 409 duplicate_value and takes the existing contact over',
    companies: 'a company is not looked up by source id: Freshdesk refuses a second company of one name (409 duplicate_value) and the write takes the existing one over',
  },
  async start() {
    const sim = await startFreshdeskSim({
      plan: '2000',
      rateLimit: RELAXED,
      features: { multilingual: true, flexibleHierarchy: true },
      languages: { primary: 'en', supported: ['fr', 'de'] },
    });
    const rules: NonNullable<Parameters<typeof sim.server.setFaults>[0]['rules']> = [];
    sim.server.setFaults({ rules });
    return {
      connection: freshdeskYaml(sim),
      env: FD_ENV,
      source: (m) => freshdeskSource(m, 'source', { ...TEST_TUNING, firstTicketId: GENERATED_FIRST_TICKET }),
      target: (m) => freshdeskTarget(m),
      async seedSource() {
        sim.seed(generateFreshdeskAccount({ seed: 5, contacts: 7, companies: 3, agents: 3, groups: 2, tickets: 8, longTicketConversations: 4, bulkTickets: 0 }).account);
      },
      async prepareTarget() {
        sim.seed({ agents: [1, 2, 3, 4].map((n) => ({ name: `Agent ${n}`, email: `agent${n}@helpdesk.test` })) });
      },
      loseNextCreate(entity) {
        const path = CREATES[entity];
        if (path) rules.push({ method: 'POST', path, times: 1, fault: 'drop-after' });
        return path !== undefined;
      },
      refuse(status) {
        // A revoked key is refused by the simulator's own authentication; a non-admin key gets Freshdesk's 403 access_denied.
        if (status === 401) (sim.options as { apiKey: string }).apiKey = 'revoked-key';
        else rules.unshift({ path: /^\/api\/v2\//, fault: simpleError(403, 'access_denied', 'You are not authorized to perform this action.') });
      },
      lostAnswers: () => sim.server.log.filter((r) => r.status === 'dropped').length,
      refusals: () => sim.server.log.filter((r) => r.status === 401 || r.status === 403).length,
      stored(entity) {
        const s = sim.store;
        switch (entity) {
          case 'contacts':
            return s.contacts.size;
          case 'companies':
            return s.companies.size;
          case 'tickets':
            return s.tickets.size;
          default:
            throw new Error(`the Freshdesk fixture does not count ${entity}`);
        }
      },
      close: () => sim.close(),
    };
  },
};
