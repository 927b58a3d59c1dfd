/**
 * archive → Freshdesk run again with its checkpoint lost (the Actions cache evicts after 7 days, a
 * killed run's last write was never recorded): every record is found in Freshdesk and taken over,
 * nothing is created twice, and groups that already have their members are sent no update.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { readCsv, tempDir } from '../../support/workspace.js';
import { archiveYaml, freshdeskTarget, freshdeskYaml, mapping, run, withSim } from './harness.js';
import { ticketsBySourceId, writesSince } from './modes-harness.js';

describe('a checkpoint lost, archive → Freshdesk', () => {
  test('the second run finds what the first wrote: nothing twice, no failure, no update of a group that has its members', async () => {
    await withSim({}, async (sim) => {
      sim.seed({ agents: [1, 2, 3, 4].map((i) => ({ name: `Agent ${i}`, email: `agent${i}@helpdesk.test` })) });
      const work = tempDir();
      const archive = join(work, 'archive');
      await generateArchive(archive, { tickets: 6, contacts: 5, companies: 2, articles: 2 });
      const m = mapping(archiveYaml(archive), freshdeskYaml(sim), 'options:\n  invalid_phone: keep\n');
      const first = await run(m, new ArchiveSource(archive), freshdeskTarget(m), join(work, 'first'));
      expect(first.summary.totals.failed).toBe(0);
      const sizes = () => ({ tickets: sim.store.tickets.size, contacts: sim.store.contacts.size, companies: sim.store.companies.size, groups: sim.store.groups.size, articles: sim.store.articles.size });
      const before = sizes();

      const from = sim.server.log.length;
      const second = await run(m, new ArchiveSource(archive), freshdeskTarget(m), join(work, 'second'));
      expect(readCsv(join(work, 'second', 'reports', 'failed.csv'))).toEqual([]);
      expect(second.summary.totals.failed).toBe(0);
      expect(sizes()).toEqual(before);
      expect(ticketsBySourceId(sim).size).toBe(6);
      expect(writesSince(sim, from).filter((w) => w.includes('/groups'))).toEqual([]);
      expect(writesSince(sim, from).filter((w) => w === 'POST /api/v2/tickets')).toEqual([]);
    });
  });
});
