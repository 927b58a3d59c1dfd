/**
 * Intercom's conformance fixture: the simulator with its budgets relaxed (the suite is about the
 * contract; pacing is tested in test/platforms/intercom), the connector with the harness's quick
 * tunings, a generated workspace to read, and the archive's agents as admins to write to.
 */
import type { EntityName } from '../../../src/model/entities.js';
import { intercomBlock, intercomSource, intercomTarget, TOKEN } from '../../platforms/intercom/harness.js';
import type { ConformanceFixture } from '../common/conformance-fixture.js';
import { errorResponse, IntercomApiError } from './errors.js';
import { generateIntercomWorkspace, startIntercomSim } from './index.js';

const RELAXED = { limit: 1_000_000, windowMs: 10_000 };

/** The requests that create a record of each entity. */
const CREATES: Partial<Record<EntityName, RegExp>> = {
  companies: /^\/companies$/,
  contacts: /^\/contacts$/,
  tickets: /^\/(conversations|tickets)$/,
};

export const fixture: ConformanceFixture = {
  platform: 'intercom',
  sinceUnsupported: {
    agents: 'admins have no changed-since filter: a delta reads the directory whole',
    teams: 'teams have no changed-since filter: a delta reads the directory whole',
    tags: 'tags have no changed-since filter: a delta reads the directory whole',
    fields: 'data attributes have no changed-since filter: a delta reads them whole',
  },
  resumeStartsOver: {
    companies: "the company scroll is a server-side iterator whose scroll_param names the scroll, not a place in it: a resumed read opens a new scroll and the ledger skips the companies already migrated",
  },
  notFoundBySourceId: {
    companies: 'a company no contact belongs to is left out of every Intercom list, its company_id lookup included; its create is an upsert by company_id, so a resend updates it',
    tickets: 'conversations and tickets carry no source id Intercom can search by: only the process that wrote one finds it; a later write searches by creation time first and completes what it finds',
  },
  async start() {
    const sim = await startIntercomSim({ token: TOKEN, rateLimit: RELAXED, workspaceRateLimit: RELAXED, scrollPageSize: 3, scrollTtlMs: 300 });
    const rules: NonNullable<Parameters<typeof sim.server.setFaults>[0]['rules']> = [];
    sim.server.setFaults({ rules });
    return {
      connection: intercomBlock(sim),
      env: { INTERCOM_TOKEN: TOKEN },
      source: (m) => intercomSource(m),
      target: (m) => intercomTarget(m),
      async seedSource() {
        sim.seed(generateIntercomWorkspace({ seed: 5, contacts: 6, companies: 3, conversations: 5, tickets: 2, longThreadParts: 6, longTicketParts: 4 }).workspace);
      },
      async prepareTarget() {
        sim.seed({
          admins: [1, 2, 3, 4].map((n) => ({ name: `Agent ${n}`, email: `agent${n}@helpdesk.test` })),
          teams: [{ name: 'Support' }, { name: 'Billing' }],
          helpCenters: [{ default: true, locales: ['en', 'fr', 'de'] }],
        });
      },
      loseNextCreate(entity) {
        const path = CREATES[entity];
        if (path) rules.push({ method: 'POST', path, times: 1, fault: 'drop-after' });
        return path !== undefined;
      },
      refuse(status) {
        // Intercom's own answers: the simulator's 401 for a token it does not know, and the 403 of a missing permission.
        const error = status === 401 ? new IntercomApiError(401, 'unauthorized', 'Access Token Invalid') : new IntercomApiError(403, 'forbidden', 'Insufficient permissions');
        rules.unshift({ path: /^\/(?!_files\/)/, fault: errorResponse(error) });
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
            return s.conversations.size + s.tickets.size;
          default:
            throw new Error(`the Intercom fixture does not count ${entity}`);
        }
      },
      close: () => sim.close(),
    };
  },
};
