/**
 * A failed bulk-job item counts as failed in every shape Zendesk sends it: `success: false` (docs),
 * `status: "Failed"` with a numeric id (field reports) and `error` alone. The simulator's
 * `jobs.failureShape` picks the shape; the connector must never report such an item migrated.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import type { Contact, Ticket } from '../../../src/model/records.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import type { WriteContext } from '../../../src/platforms/contracts.js';
import { silentLogger } from '../../../src/log/logger.js';
import type { JobFailureShape } from '../../sim/zendesk/context.js';
import { readCsv, readJsonl, tempDir } from '../../support/workspace.js';
import { archiveYaml, mapping, run, seedAgents, withSim, zendeskTarget, zendeskYaml } from './harness.js';
import { MemoryMemo } from '../../../src/platforms/memory-memo.js';

const SHAPES: JobFailureShape[] = ['success-false', 'status-failed', 'error-only'];

describe.each(SHAPES)('a failed job item shaped %s', (failureShape) => {
  test('fails its ticket; the others of the import job are created', async () => {
    await withSim({ jobs: { failureShape } }, async (sim) => {
      const agents = seedAgents(sim, 1);
      const { users } = sim.seed({ users: [{ name: 'Customer', email: 'c@example.test' }] });
      const requester = String(users[0]);
      const m = mapping(archiveYaml(tempDir()), zendeskYaml(sim));
      const ticket = (id: string, requesterId: string): Ticket => ({
        id,
        kind: 'ticket',
        status: 'open',
        requesterId,
        assigneeId: String(agents.get('agent1@helpdesk.test')),
        tags: [],
        custom: {},
        createdAt: '2024-03-01T10:00:00Z',
        updatedAt: '2024-03-01T11:00:00Z',
        comments: [{ id: `${id}-1`, authorType: 'contact', authorId: requesterId, body: '<p>Hello</p>', public: true, createdAt: '2024-03-01T10:00:00Z', attachments: [] }],
      });
      const context: WriteContext = { resolve: () => undefined, fetchAttachment: async () => new Uint8Array(), options: m, log: silentLogger, memo: new MemoryMemo() };
      const outcomes = await zendeskTarget(m).sinks.tickets!.write([{ record: ticket('ok-1', requester) }, { record: ticket('bad', '99999999') }, { record: ticket('ok-2', requester) }], context);
      expect(outcomes.map((o) => o.status)).toEqual(['migrated', 'failed', 'migrated']);
      expect(outcomes[1]).toMatchObject({ status: 'failed', reason: 'rejected_by_target', message: expect.stringMatching(/TicketImportFailed: Requester: 99999999 is not a valid user/) });
    });
  });

  test('fails its contact in a bulk user import', async () => {
    await withSim({ bulkUserImport: true, jobs: { failureShape } }, async (sim) => {
      seedAgents(sim, 4);
      sim.seed({ users: [{ name: 'Taken', email: 'taken@example.test' }, { name: 'Old', email: 'old@example.test', external_id: 'ext-c-2' }] });
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 4, contacts: 6, companies: 2, articles: 0 });
      const file = join(source, 'contacts.jsonl');
      const contacts = readJsonl<Contact>(file);
      (contacts[1] as Contact).email = 'taken@example.test';
      writeFileSync(file, contacts.map((c) => JSON.stringify(c)).join('\n') + '\n');
      const m = mapping(archiveYaml(source), zendeskYaml(sim));
      const { summary } = await run(m, new ArchiveSource(source), zendeskTarget(m), work);
      expect(summary.entities.contacts).toMatchObject({ migrated: 5, failed: 1 });
      const [row] = readCsv(join(work, 'reports', 'failed.csv')).filter((r) => r[0] === 'contacts');
      expect(row?.slice(0, 4)).toEqual(['contacts', 'c2', '', 'conflict']);
    });
  });
});
