/**
 * `delta` with Freshdesk on either side. From Freshdesk: after a full run, tickets edited, noted and
 * created and a contact renamed through the API (their `updated_at` moves); the delta asks the lists
 * with `updated_since`, reads only those records (no archived pass, conversations of the changed
 * tickets only) and writes only them. Into Freshdesk: an archive whose tickets change and grow; the
 * delta creates only the new ticket, adds only the new note, updates only the edited subject, and
 * Freshdesk holds nothing twice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import type { Mapping } from '../../../src/config/types.js';
import type { RunMode } from '../../../src/engine/checkpoint.js';
import { migrate } from '../../../src/engine/migrate.js';
import { silentLogger } from '../../../src/log/logger.js';
import type { Ticket } from '../../../src/model/records.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../../src/platforms/archive/target.js';
import { generateFreshdeskAccount } from '../../sim/freshdesk/index.js';
import { client } from '../../sim/freshdesk/test-client.js';
import { readJsonl, tempDir } from '../../support/workspace.js';
import { archiveYaml, freshdeskSource, freshdeskTarget, freshdeskYaml, mapping, TEST_TUNING, text, withSim } from './harness.js';
import { recordingFetch, ticketsBySourceId, writesSince } from './modes-harness.js';

const HOUR = 3_600_000;

describe('delta from Freshdesk', () => {
  test('only the tickets and contacts whose updated_at moved are read (updated_since) and written', async () => {
    const { account } = generateFreshdeskAccount({ seed: 7 });
    // The account's clock, and the engine's: the delta's watermark is the full run's start.
    let clock = Date.parse('2026-01-02T00:00:00Z');
    await withSim({ clock: () => clock }, async (sim) => {
      sim.seed(account);
      const work = tempDir();
      const archive = join(work, 'archive');
      const m = mapping(freshdeskYaml(sim), archiveYaml(archive), 'options:\n  invalid_phone: keep\n');
      const runOnce = async (mode: RunMode, reports: string) => {
        const recorded = recordingFetch();
        const source = freshdeskSource(m, 'source', { ...TEST_TUNING, firstTicketId: 10_000, http: { ...TEST_TUNING.http, fetch: recorded.fetch } });
        const target = new ArchiveTarget(archive);
        try {
          const summary = await migrate({ mode, mapping: m, source, target, stateDir: join(work, 'state'), reportsDir: join(work, reports), log: silentLogger, now: () => new Date(clock) });
          return { summary, urls: recorded.urls };
        } finally {
          await Promise.all([source.close(), target.close()]);
        }
      };
      const full = await runOnce('full', 'full');
      expect(full.summary.totals.failed).toBe(0);
      const fullTickets = full.summary.entities.tickets?.migrated ?? 0;
      expect(fullTickets).toBeGreaterThan(10);
      expect(full.urls.some((u) => u.pathname.startsWith('/api/v2/tickets/archived/'))).toBe(true);

      // Three hours later, through Freshdesk's API: a subject edited, a note added, a ticket and a contact changed.
      clock += 3 * HOUR;
      const api = client(sim);
      const ok = async (reply: Promise<{ status: number; body: { id?: number } }>) => {
        const r = await reply;
        expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
        return r.body;
      };
      const open = [...sim.store.tickets.values()].filter((t) => t.status === 2 && !t.spam && !t.deleted && !t.archived && t.conversations.length < 10);
      const [edited, noted] = open;
      const contact = [...sim.store.contacts.values()].find((c) => !c.deleted && c.email);
      if (!edited || !noted || !contact) throw new Error('the account lacks the records this test changes');
      await ok(api.put(`/api/v2/tickets/${edited.id}`, { subject: 'Edited after the migration' }));
      await ok(api.post(`/api/v2/tickets/${noted.id}/notes`, { body: '<p>A note after the migration</p>', private: true }));
      const created = await ok(api.post('/api/v2/tickets', { requester_id: contact.id, subject: 'New after the migration', description: '<p>A new question</p>', status: 2, priority: 1 }));
      await ok(api.put(`/api/v2/contacts/${contact.id}`, { name: 'Renamed Contact' }));
      clock += HOUR;

      const delta = await runOnce('delta', 'delta');
      expect(delta.summary.totals.failed).toBe(0);
      const changed = [edited.id, noted.id, created.id].map(String).sort();
      expect(delta.summary.entities.tickets).toMatchObject({ read: 3, migrated: 3, skipped: 0 });
      expect(delta.summary.entities.contacts).toMatchObject({ read: 1, migrated: 1 });

      // Read with updated_since from the full run's start less the overlap, no archived pass, the
      // conversations of the changed tickets only.
      const since = Date.parse('2026-01-02T00:00:00Z') - m.options.delta_overlap_minutes * 60_000;
      const lists = delta.urls.filter((u) => u.pathname === '/api/v2/tickets' || u.pathname === '/api/v2/contacts');
      expect(lists.map((u) => u.pathname).sort()).toEqual(expect.arrayContaining(['/api/v2/contacts', '/api/v2/tickets']));
      for (const u of lists) {
        const asked = u.searchParams.get('updated_since') ?? u.searchParams.get('_updated_since');
        expect(asked, u.href).not.toBeNull();
        expect(Date.parse(asked as string), u.href).toBeGreaterThanOrEqual(since);
      }
      expect(delta.urls.filter((u) => u.pathname.startsWith('/api/v2/tickets/archived/'))).toEqual([]);
      const conversations = delta.urls.map((u) => /^\/api\/v2\/tickets\/(\d+)\/conversations$/.exec(u.pathname)?.[1]).filter((id) => id !== undefined);
      expect([...new Set(conversations)].sort()).toEqual(changed);

      // The archive holds each ticket once, the changes in it.
      const tickets = readJsonl<Ticket>(join(archive, 'tickets.jsonl'));
      expect(tickets.map((t) => t.id).sort()).toEqual([...new Set(tickets.map((t) => t.id))].sort());
      expect(tickets).toHaveLength(fullTickets + 1);
      expect(tickets.find((t) => t.id === String(edited.id))?.subject).toBe('Edited after the migration');
      expect(text(tickets.find((t) => t.id === String(noted.id))?.comments.at(-1)?.body ?? '')).toBe('A note after the migration');
      expect(tickets.find((t) => t.id === String(created.id))?.subject).toBe('New after the migration');
      const contacts = readJsonl<{ id: string; name: string }>(join(archive, 'contacts.jsonl'));
      expect(contacts.filter((c) => c.id === String(contact.id)).map((c) => c.name)).toEqual(['Renamed Contact']);
    });
  });
});

describe('delta into Freshdesk', () => {
  test('from an archive: the new ticket created, the new note added, the edited subject updated, nothing twice', async () => {
    await withSim({}, async (sim) => {
      sim.seed({ agents: [1, 2, 3, 4].map((i) => ({ name: `Agent ${i}`, email: `agent${i}@helpdesk.test` })) });
      const work = tempDir();
      const archive = join(work, 'archive');
      await generateArchive(archive, { tickets: 8, contacts: 6, companies: 2, articles: 2 });
      const m: Mapping = mapping(archiveYaml(archive), freshdeskYaml(sim), 'options:\n  invalid_phone: keep\n');
      const runOnce = async (mode: RunMode, reports: string) => {
        const target = freshdeskTarget(m);
        try {
          return await migrate({ mode, mapping: m, source: new ArchiveSource(archive), target, stateDir: join(work, 'state'), reportsDir: join(work, reports), log: silentLogger });
        } finally {
          await target.close();
        }
      };
      const full = await runOnce('full', 'full');
      expect(full.totals.failed).toBe(0);
      const before = ticketsBySourceId(sim);
      const notesOf = (id: string) => before.get(id)?.conversations.length ?? 0;
      const t3Notes = notesOf('t3');

      // The archive changes after the full run: t2 retitled, t3 answered once more, t9 new.
      const file = join(archive, 'tickets.jsonl');
      const now = new Date(Date.now() + 1_000).toISOString();
      const tickets = readJsonl<Ticket>(file);
      const t2 = tickets.find((t) => t.id === 't2') as Ticket;
      const t3 = tickets.find((t) => t.id === 't3') as Ticket;
      Object.assign(t2, { subject: 'Retitled in the source', updatedAt: now });
      t3.comments.push({ ...(t3.comments.at(-1) as Ticket['comments'][number]), id: 't3-late', body: '<p>One more answer</p>', createdAt: now, attachments: [] });
      t3.updatedAt = now;
      const t9: Ticket = { ...(tickets.find((t) => t.id === 't5') as Ticket), id: 't9', subject: 'New in the source', createdAt: now, updatedAt: now };
      t9.comments = t9.comments.map((c, i) => ({ ...c, id: `t9-m${i + 1}`, attachments: [] }));
      writeFileSync(file, [...tickets, t9].map((t) => JSON.stringify(t)).join('\n') + '\n');
      expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(9);

      const from = sim.server.log.length;
      const delta = await runOnce('delta', 'delta');
      expect(delta.totals.failed).toBe(0);
      expect(delta.entities.tickets).toMatchObject({ read: 3, migrated: 3 });
      // Writes: one ticket created (t9) with its notes, one note on t3, and each changed ticket's final update.
      const writes = writesSince(sim, from);
      expect(writes.filter((w) => w === 'POST /api/v2/tickets')).toHaveLength(1);
      expect(writes.filter((w) => w === 'POST /api/v2/tickets/{id}/notes')).toHaveLength(1 + (t9.comments.length - 1));
      expect(writes.filter((w) => w === 'PUT /api/v2/tickets/{id}')).toHaveLength(3);
      expect(writes.filter((w) => /contacts|companies|groups|solutions/.test(w))).toEqual([]);

      const after = ticketsBySourceId(sim);
      expect(after.size).toBe(9);
      expect(sim.store.tickets.size).toBe(9);
      expect(after.get('t2')?.subject).toBe('Retitled in the source');
      expect(after.get('t3')?.conversations).toHaveLength(t3Notes + 1);
      expect(text(after.get('t3')?.conversations.at(-1)?.body ?? '')).toMatch(/One more answer$/);
      expect(after.get('t9')?.subject).toBe('New in the source');
      for (const id of ['t1', 't4', 't5', 't6', 't7', 't8']) expect(after.get(id)?.conversations.length, id).toBe(notesOf(id));
    });
  });
});
