/**
 * What Zendesk refuses, record by record: each refusal is a failed outcome with Zendesk's reason and
 * the rest goes on. Also the plan-dependent paths: bulk user import on or off, nested sections
 * without Guide Enterprise, locales the Help Center has not enabled.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import type { Article, Contact, Ticket } from '../../../src/model/records.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import type { WriteContext } from '../../../src/platforms/contracts.js';
import { silentLogger } from '../../../src/log/logger.js';
import { readCsv, readJsonl, tempDir } from '../../support/workspace.js';
import { archiveYaml, mapping, run, seedAgents, withSim, zendeskTarget, zendeskYaml } from './harness.js';
import { MemoryMemo } from '../../../src/platforms/memory-memo.js';

async function archiveWithTakenEmail(work: string): Promise<string> {
  const source = join(work, 'source');
  await generateArchive(source, { tickets: 4, contacts: 6, companies: 2, articles: 0 });
  return source;
}

describe('refusals and plan-dependent features', () => {
  for (const bulkUserImport of [false, true]) {
    test(`contacts ${bulkUserImport ? 'through bulk user import' : 'one by one after bulk import answers 403'}; a duplicate email fails that contact only`, async () => {
      await withSim({ bulkUserImport }, async (sim) => {
        seedAgents(sim, 4);
        // ext-c-2 exists already with another email; the archive gives it an email another user has.
        sim.seed({ users: [{ name: 'Taken', email: 'taken@example.test' }, { name: 'Old', email: 'old@example.test', external_id: 'ext-c-2' }] });
        const work = tempDir();
        const source = await archiveWithTakenEmail(work);
        const file = join(source, 'contacts.jsonl');
        const contacts = readJsonl<Contact>(file);
        (contacts[1] as Contact).email = 'taken@example.test';
        writeFileSync(file, contacts.map((c) => JSON.stringify(c)).join('\n') + '\n');
        const m = mapping(archiveYaml(source), zendeskYaml(sim));
        const { summary } = await run(m, new ArchiveSource(source), zendeskTarget(m), work);
        expect(summary.entities.contacts).toMatchObject({ migrated: 5, failed: 1 });
        const [row] = readCsv(join(work, 'reports', 'failed.csv')).filter((r) => r[0] === 'contacts');
        expect(row?.slice(0, 4)).toEqual(['contacts', 'c2', '', 'conflict']);
        expect(row?.[4]).toMatch(/Email: taken@example\.test is already being used by another user/);
        const paths = sim.server.log.map((r) => `${r.method} ${r.path} ${r.status}`);
        if (bulkUserImport) {
          expect(paths.filter((p) => p.startsWith('POST /api/v2/users/create_or_update_many 200'))).toHaveLength(1);
          expect(paths.filter((p) => p.startsWith('POST /api/v2/users/create_or_update '))).toHaveLength(0);
        } else {
          expect(paths.filter((p) => p.startsWith('POST /api/v2/users/create_or_update_many'))).toEqual(['POST /api/v2/users/create_or_update_many 403']);
          expect(paths.filter((p) => p.startsWith('POST /api/v2/users/create_or_update '))).toHaveLength(6);
        }
        // The tickets of the refused contact are skipped with the reason; the others migrate.
        expect(summary.entities.tickets?.skippedBy).toEqual({ dependency_failed: 1 });
      });
    });
  }

  test('a ticket the import job refuses fails with the job’s reason; the others of its job are created', async () => {
    await withSim({}, async (sim) => {
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
      expect(outcomes[1]).toEqual({ status: 'failed', reason: 'rejected_by_target', message: expect.stringMatching(/^Zendesk refused ticket bad: TicketImportFailed: Requester: 99999999 is not a valid user/) });
      expect([...sim.store.tickets.values()].map((t) => t.external_id).sort()).toEqual(['ok-1', 'ok-2']);
    });
  });

  test('without Guide Enterprise nested folders become top-level sections; translations in locales the Help Center lacks are skipped', async () => {
    await withSim({ guideEnterprise: false }, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 1, contacts: 2, companies: 1, articles: 4 });
      const m = mapping(archiveYaml(source), zendeskYaml(sim), 'options:\n  skip_notifications: false\n');
      const { summary } = await run(m, new ArchiveSource(source), zendeskTarget(m), work);
      expect(summary.entities.kb_folders).toMatchObject({ migrated: 4, failed: 0 }); // 3 and the default folder
      expect(summary.entities.articles).toMatchObject({ migrated: 4, failed: 0 });
      expect([...sim.store.hc.sections.values()].every((s) => s.parent_section_id === null)).toBe(true);
      const migrated = readCsv(join(work, 'reports', 'migrated.csv'));
      expect(migrated.find((r) => r[0] === 'kb_folders' && r[1] === 'kf2')?.[4]).toMatch(/nested sections need Guide Enterprise; created at the top of its category/);
      // Only en-us is enabled: the French translations are skipped, each with a warning.
      expect(migrated.find((r) => r[0] === 'articles' && r[1] === 'ar1')?.[4]).toMatch(/translation fr skipped: the locale is not enabled in the Help Center \(enabled: en-us\)/);
      expect([...sim.store.hc.articles.values()].every((a) => a.translations.map((t) => t.locale).join() === 'en-us')).toBe(true);
      // skip_notifications off: Zendesk was not asked to keep quiet.
      expect(sim.store.hc.notifications).toHaveLength(4);
    });
  });

  test('two articles with one title in one section stay two articles', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 1, contacts: 2, companies: 1, articles: 5 });
      const file = join(source, 'articles.jsonl');
      const articles = readJsonl<Article>(file);
      const [first, , , fourth] = articles as [Article, Article, Article, Article];
      expect(fourth.folderId).toBe(first.folderId);
      fourth.title = first.title;
      writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
      const m = mapping(archiveYaml(source), zendeskYaml(sim));
      const { summary } = await run(m, new ArchiveSource(source), zendeskTarget(m), work);
      expect(summary.entities.articles).toMatchObject({ migrated: 5, failed: 0 });
      expect([...sim.store.hc.articles.values()].filter((a) => a.translations[0]?.title === first.title)).toHaveLength(2);
    });
  });
});
