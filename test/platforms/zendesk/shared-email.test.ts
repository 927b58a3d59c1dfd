/**
 * Contacts Zendesk must hold as one (one user per email, case-insensitively): a lead sharing a user's
 * email and two contacts whose emails differ by case are merged by the documented rule (users win
 * over leads, else the earliest; tags and organizations united), across batches and runs, and every
 * merged contact has its own row naming the user it went to. options.shared_email can keep the second
 * one as its own user without the email instead.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import { migrate } from '../../../src/engine/migrate.js';
import type { Contact, Ticket } from '../../../src/model/records.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { silentLogger } from '../../../src/log/logger.js';
import { readCsv, readJsonl, tempDir } from '../../support/workspace.js';
import type { Tuning } from '../../../src/platforms/zendesk/settings.js';
import { archiveYaml, mapping, run, seedAgents, TEST_TUNING, withSim, zendeskTarget, zendeskYaml } from './harness.js';

function contact(id: string, role: Contact['role'], email: string, createdAt: string, tags: string[], companyIds: string[]): Contact {
  return { id, role, name: `Person ${id}`, email, externalId: `ext-${id}`, companyIds, createdAt, updatedAt: createdAt, custom: {}, tags };
}

async function archiveWith(contacts: Contact[]): Promise<string> {
  const source = join(tempDir(), 'source');
  await generateArchive(source, { tickets: 2, contacts: 2, companies: 2, articles: 0 });
  appendFileSync(join(source, 'contacts.jsonl'), contacts.map((c) => JSON.stringify(c)).join('\n') + '\n');
  return source;
}

const rowOf = (work: string, dir: string, id: string) => readCsv(join(work, dir, 'migrated.csv')).find((r) => r[0] === 'contacts' && r[1] === id);

// Who holds an email is read once from the users export (a small account) or searched per email (a
// large one, or emailScanMaxUsers 0): the rule must hold either way.
const WAYS: [string, Tuning][] = [
  ['the account read once', TEST_TUNING],
  ['each email searched', { ...TEST_TUNING, emailScanMaxUsers: 0 }],
];

describe.each(WAYS)('contacts sharing one email in Zendesk (%s)', (_way, tuning) => {
  test('merged across batches: users win over leads, else the earliest; tags and organizations united; every merged contact has its row', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      // Batches of one: each contact of a group reaches Zendesk in a later batch than the one before.
      const source = await archiveWith([
        contact('lead1', 'lead', 'ann@shared.test', '2022-01-01T00:00:00.000Z', ['from_chat'], ['co2']),
        contact('user1', 'user', 'Ann@Shared.test', '2022-06-01T00:00:00.000Z', ['vip'], ['co1']),
        contact('twin1', 'user', 'Bob@twins.test', '2022-03-01T00:00:00.000Z', ['early'], ['co1']),
        contact('twin2', 'user', 'bob@TWINS.test', '2022-04-01T00:00:00.000Z', ['late'], ['co2']),
      ]);
      const work = tempDir();
      const m = mapping(archiveYaml(source), zendeskYaml(sim), 'options:\n  batch_size: 1\n');
      const { summary } = await run(m, new ArchiveSource(source), zendeskTarget(m, tuning), work);
      expect(summary.totals.failed).toBe(0);
      // Read once: one count and one export page, no search; searched: one search per new email.
      const searches = sim.server.log.filter((r) => r.path === '/api/v2/users/search').length;
      const exports = sim.server.log.filter((r) => r.path === '/api/v2/incremental/users/cursor').length;
      if (tuning.emailScanMaxUsers > 0) expect([searches, exports]).toEqual([0, 1]);
      else expect(searches).toBeGreaterThanOrEqual(4);
      const users = [...sim.store.users.values()];
      const ann = users.filter((u) => u.email?.toLowerCase() === 'ann@shared.test');
      const bob = users.filter((u) => u.email?.toLowerCase() === 'bob@twins.test');
      expect([ann.length, bob.length]).toEqual([1, 1]);
      const orgs = (...ids: string[]) => ids.map((id) => Number(rowOf(work, 'reports', id) ?? readCsv(join(work, 'reports', 'migrated.csv')).find((r) => r[0] === 'companies' && r[1] === id)?.[2])).sort();
      const memberships = (userId: number) => [...sim.store.organizationMemberships.values()].filter((o) => o.user_id === userId).map((o) => o.organization_id).sort();

      // The user came after the lead and wins: its name and external id, both tag lists, both organizations.
      expect(ann[0]).toMatchObject({ name: 'Person user1', external_id: 'ext-user1' });
      expect([...(ann[0]?.tags ?? [])].sort()).toEqual(['from_chat', 'vip']);
      expect(memberships(ann[0]!.id)).toEqual(orgs('co1', 'co2'));
      // Two users: the earliest wins and keeps its name; the later one is merged into it.
      expect(bob[0]).toMatchObject({ name: 'Person twin1', external_id: 'ext-twin1' });
      expect([...(bob[0]?.tags ?? [])].sort()).toEqual(['early', 'late']);
      expect(memberships(bob[0]!.id)).toEqual(orgs('co1', 'co2'));

      // Both source ids map to the one user; the merged contact's row says so.
      expect(rowOf(work, 'reports', 'lead1')?.[2]).toBe(String(ann[0]?.id));
      expect(rowOf(work, 'reports', 'user1')?.[2]).toBe(String(ann[0]?.id));
      expect(rowOf(work, 'reports', 'user1')?.[4]).toMatch(/merged_into: contact lead1, written to Zendesk user \d+ earlier in this run, is merged into this contact/);
      expect(rowOf(work, 'reports', 'twin2')?.[2]).toBe(String(bob[0]?.id));
      expect(rowOf(work, 'reports', 'twin2')?.[4]).toMatch(new RegExp(`merged_into: contact twin2 shares its email with contact twin1 and is merged into Zendesk user ${bob[0]?.id}`));
    });
  });

  test('a contact that arrives in a later delta merges into the user Zendesk holds; its tickets go to that user', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const source = await archiveWith([contact('first', 'user', 'cara@shared.test', '2022-01-01T00:00:00.000Z', ['a'], ['co1'])]);
      const work = tempDir();
      const m = mapping(archiveYaml(source), zendeskYaml(sim));
      await run(m, new ArchiveSource(source), zendeskTarget(m, tuning), work);
      const cara = [...sim.store.users.values()].find((u) => u.email === 'cara@shared.test');

      const later = new Date().toISOString();
      appendFileSync(join(source, 'contacts.jsonl'), JSON.stringify(contact('second', 'lead', 'CARA@shared.test', later, ['b'], ['co2'])) + '\n');
      const tickets = readJsonl<Ticket>(join(source, 'tickets.jsonl'));
      const asked = { ...(tickets[0] as Ticket), id: 'asked-by-second', requesterId: 'second', createdAt: later, updatedAt: later, comments: (tickets[0] as Ticket).comments.map((c) => ({ ...c, id: `s-${c.id}`, ...(c.authorType === 'contact' ? { authorId: 'second' } : {}) })) };
      writeFileSync(join(source, 'tickets.jsonl'), [...tickets, asked].map((t) => JSON.stringify(t)).join('\n') + '\n');
      const delta = await migrate({ mode: 'delta', mapping: m, source: new ArchiveSource(source), target: zendeskTarget(m, tuning), stateDir: join(work, 'state'), reportsDir: join(work, 'delta'), log: silentLogger });
      expect(delta.totals.failed).toBe(0);
      expect([...sim.store.users.values()].filter((u) => u.email?.toLowerCase() === 'cara@shared.test')).toHaveLength(1);
      // The user Zendesk holds stays the winner: its name and external id are untouched; tags united.
      expect(sim.store.users.get(cara!.id)).toMatchObject({ name: 'Person first', external_id: 'ext-first' });
      expect([...(sim.store.users.get(cara!.id)?.tags ?? [])].sort()).toEqual(['a', 'b']);
      expect(rowOf(work, 'delta', 'second')).toEqual(['contacts', 'second', String(cara?.id), '', expect.stringMatching(/^merged_into: contact second shares its email with a user already in Zendesk/), 'merged_into']);
      const ticket = [...sim.store.tickets.values()].find((t) => t.external_id === 'asked-by-second');
      expect(ticket?.requester_id).toBe(cara?.id);
    });
  });

  test('options.shared_email: keep_second_without_email writes the second contact as its own user, without the email', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const source = await archiveWith([
        contact('one', 'user', 'dan@shared.test', '2022-01-01T00:00:00.000Z', [], []),
        contact('two', 'lead', 'DAN@shared.test', '2021-01-01T00:00:00.000Z', [], []),
      ]);
      const work = tempDir();
      const m = mapping(archiveYaml(source), zendeskYaml(sim), 'options:\n  shared_email: keep_second_without_email\n');
      const { summary } = await run(m, new ArchiveSource(source), zendeskTarget(m, tuning), work);
      expect(summary.totals.failed).toBe(0);
      const one = [...sim.store.users.values()].find((u) => u.external_id === 'ext-one');
      const two = [...sim.store.users.values()].find((u) => u.external_id === 'ext-two');
      expect(one?.email).toBe('dan@shared.test');
      expect(two).toMatchObject({ name: 'Person two', email: null });
      expect(rowOf(work, 'reports', 'two')?.[4]).toMatch(/email_shared: written without its email DAN@shared.test, which contact one holds/);
    });
  });
});
