/**
 * Tickets that change after their import: new comments are appended (one update each), status and
 * assignee follow, a reply to a closed ticket goes to a follow-up ticket (or closed history is imported
 * as solved, options.closed_tickets), and a ticket found without its
 * comment ids (lost ledger) is matched before anything is appended.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import { migrate } from '../../../src/engine/migrate.js';
import type { Comment, Ticket } from '../../../src/model/records.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import type { WriteContext } from '../../../src/platforms/contracts.js';
import { silentLogger } from '../../../src/log/logger.js';
import { readCsv, readJsonl, tempDir } from '../../support/workspace.js';
import { archiveYaml, mapping, run, seedAgents, withSim, WRITE_METHODS, zendeskTarget, zendeskYaml } from './harness.js';
import { MemoryMemo } from '../../../src/platforms/memory-memo.js';

function followUp(id: string, authorId: string): Comment {
  return { id, authorType: 'agent', authorId, body: `<p>Follow-up ${id}</p>`, public: true, createdAt: new Date(Date.now() - 5_000).toISOString(), attachments: [] };
}

describe('tickets changed after their import', () => {
  test('a delta appends the new comments, carries status and assignee, and reports closed tickets', async () => {
    await withSim({}, async (sim) => {
      const agents = seedAgents(sim, 4);
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 8, contacts: 8, companies: 2, articles: 0 });
      const m = mapping(archiveYaml(source), zendeskYaml(sim));
      await run(m, new ArchiveSource(source), zendeskTarget(m), work);
      const targetOf = (id: string) => Number(readCsv(join(work, 'reports', 'migrated.csv')).find((r) => r[0] === 'tickets' && r[1] === id)?.[2]);
      const pendingId = targetOf('t2');
      const closedId = targetOf('t4');
      const before = sim.store.tickets.get(pendingId)?.comments.length ?? 0;

      const file = join(source, 'tickets.jsonl');
      const tickets = readJsonl<Ticket>(file);
      const now = new Date().toISOString();
      const pending = tickets[1] as Ticket;
      const closed = tickets[3] as Ticket;
      expect([pending.status, closed.status]).toEqual(['pending', 'closed']);
      pending.comments.push(followUp('t2-new', 'a3'));
      Object.assign(pending, { status: 'solved', assigneeId: 'a3', updatedAt: now });
      // A reply reopens the conversation in the source.
      closed.comments.push(followUp('t4-new', 'a1'));
      Object.assign(closed, { status: 'open', updatedAt: now });
      writeFileSync(file, tickets.map((t) => JSON.stringify(t)).join('\n') + '\n');

      const mark = sim.server.log.length;
      const delta = await migrate({ mode: 'delta', mapping: m, source: new ArchiveSource(source), target: zendeskTarget(m), stateDir: join(work, 'state'), reportsDir: join(work, 'delta'), log: silentLogger });
      expect(delta.entities.tickets).toMatchObject({ migrated: 2, failed: 0 });
      const zd = sim.store.tickets.get(pendingId);
      expect(zd?.comments).toHaveLength(before + 1);
      expect(zd?.comments.at(-1)).toMatchObject({ author_id: agents.get('agent3@helpdesk.test'), public: true });
      expect(zd?.comments.at(-1)?.body).toBe('Follow-up t2-new');
      expect(zd).toMatchObject({ status: 'solved', assignee_id: agents.get('agent3@helpdesk.test') });
      // The closed ticket refuses the reply; Zendesk's answer to that is a follow-up ticket linked to it.
      const followUpId = sim.store.tickets.get(closedId)?.followup_ids?.[0] as number;
      expect(followUpId).toBeGreaterThan(0);
      const writes = sim.server.log.slice(mark).filter((r) => WRITE_METHODS.has(r.method));
      expect(writes.map((r) => `${r.method} ${r.path} ${r.status}`).sort()).toEqual(
        [`PUT /api/v2/tickets/${closedId} 422`, 'POST /api/v2/tickets 201', `PUT /api/v2/tickets/${pendingId} 200`].sort(),
      );
      const continued = sim.store.tickets.get(followUpId);
      expect(continued).toMatchObject({ external_id: 't4', status: 'open', requester_id: sim.store.tickets.get(closedId)?.requester_id });
      expect(continued?.via.source).toMatchObject({ rel: 'follow_up', from: { ticket_id: closedId } });
      expect(continued?.comments.map((c) => c.body)).toEqual(['Follow-up t4-new']);
      expect(sim.store.tickets.get(closedId)?.comments.some((c) => c.body.includes('t4-new'))).toBe(false);
      // The follow-up is the ticket's current target; the report says what happened.
      const row = readCsv(join(work, 'delta', 'migrated.csv')).find((r) => r[0] === 'tickets' && r[1] === 't4');
      expect(row?.[2]).toBe(String(followUpId));
      expect(row?.[4]).toMatch(new RegExp(`Zendesk #${closedId} is closed and refuses updates: 1 new comment\\(s\\) and the ticket's state are in follow-up ticket #${followUpId}`));
      // Known difference: a comment added to an existing ticket carries the time it was added.
      expect(zd?.comments.at(-1)?.created_at).not.toBe(pending.comments.at(-1)?.createdAt);

      // The new comments are in the ledger: a further run writes nothing.
      const again = sim.server.log.length;
      await migrate({ mode: 'delta', mapping: m, source: new ArchiveSource(source), target: zendeskTarget(m), stateDir: join(work, 'state'), reportsDir: join(work, 'again'), log: silentLogger });
      expect(sim.server.log.slice(again).filter((r) => WRITE_METHODS.has(r.method))).toEqual([]);
      expect(sim.store.tickets.get(pendingId)?.comments).toHaveLength(before + 1);

      // A later reply goes to the follow-up, the ticket's current target.
      closed.comments.push(followUp('t4-later', 'a1'));
      closed.updatedAt = new Date().toISOString();
      writeFileSync(file, tickets.map((t) => JSON.stringify(t)).join('\n') + '\n');
      const later = sim.server.log.length;
      await migrate({ mode: 'delta', mapping: m, source: new ArchiveSource(source), target: zendeskTarget(m), stateDir: join(work, 'state'), reportsDir: join(work, 'later'), log: silentLogger });
      expect(sim.server.log.slice(later).filter((r) => WRITE_METHODS.has(r.method)).map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v2/tickets/${followUpId}`]);
      expect(sim.store.tickets.get(followUpId)?.comments.map((c) => c.body)).toEqual(['Follow-up t4-new', 'Follow-up t4-later']);
    });
  });

  test('options.closed_tickets: solved imports closed history as solved, which a delta can still update', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 8, contacts: 8, companies: 2, articles: 0 });
      const m = mapping(archiveYaml(source), zendeskYaml(sim), 'options:\n  closed_tickets: solved\n');
      await run(m, new ArchiveSource(source), zendeskTarget(m), work);
      const closedId = Number(readCsv(join(work, 'reports', 'migrated.csv')).find((r) => r[0] === 'tickets' && r[1] === 't4')?.[2]);
      expect(sim.store.tickets.get(closedId)?.status).toBe('solved');
      expect([...sim.store.tickets.values()].some((t) => t.status === 'closed')).toBe(false);
      const file = join(source, 'tickets.jsonl');
      const tickets = readJsonl<Ticket>(file);
      const closed = tickets[3] as Ticket;
      closed.comments.push(followUp('t4-new', 'a1'));
      closed.updatedAt = new Date().toISOString();
      writeFileSync(file, tickets.map((t) => JSON.stringify(t)).join('\n') + '\n');
      const delta = await migrate({ mode: 'delta', mapping: m, source: new ArchiveSource(source), target: zendeskTarget(m), stateDir: join(work, 'state'), reportsDir: join(work, 'delta'), log: silentLogger });
      expect(delta.entities.tickets).toMatchObject({ migrated: 1, failed: 0 });
      expect(sim.store.tickets.get(closedId)?.status).toBe('solved');
      expect(sim.store.tickets.get(closedId)?.followup_ids ?? []).toEqual([]);
      expect(sim.store.tickets.get(closedId)?.comments.at(-1)?.body).toBe('Follow-up t4-new');
    });
  });

  test('a ticket found without its comment ids gets only the comments it lacks', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 3, contacts: 3, companies: 1, articles: 0 });
      const m = mapping(archiveYaml(source), zendeskYaml(sim));
      await run(m, new ArchiveSource(source), zendeskTarget(m), work);
      const rows = readCsv(join(work, 'reports', 'migrated.csv'));
      const targetOf = (entity: string, id: string) => rows.find((r) => r[0] === entity && r[1] === id)?.[2] as string;
      const ticket = readJsonl<Ticket>(join(source, 'tickets.jsonl'))[0] as Ticket;
      const zendeskId = targetOf('tickets', ticket.id);
      const before = sim.store.tickets.get(Number(zendeskId))?.comments.length ?? 0;
      // What the engine passes after binding: target ids in place of source ids.
      const bound: Ticket = {
        ...ticket,
        requesterId: targetOf('contacts', ticket.requesterId),
        assigneeId: targetOf('agents', ticket.assigneeId as string),
        teamId: targetOf('teams', ticket.teamId as string),
        comments: [...ticket.comments, followUp('late', 'a1')].map((c) => ({ ...c, authorId: targetOf(c.authorType === 'agent' ? 'agents' : 'contacts', c.authorId as string) })),
      };
      const context: WriteContext = { resolve: () => undefined, fetchAttachment: async () => new Uint8Array(), options: m, log: silentLogger, memo: new MemoryMemo() };
      const target = zendeskTarget(m);
      const [outcome] = await target.sinks.tickets!.write([{ record: bound, previous: { targetId: zendeskId, hash: 'recovered' } }], context);
      expect(outcome?.status).toBe('migrated');
      const zd = sim.store.tickets.get(Number(zendeskId));
      expect(zd?.comments).toHaveLength(before + 1);
      const children = outcome?.status === 'migrated' ? outcome.children : undefined;
      expect(Object.keys(children ?? {}).sort()).toEqual(bound.comments.map((c) => c.id).sort());
      expect(new Set(Object.values(children ?? {})).size).toBe(bound.comments.length);
      expect(Object.values(children ?? {}).sort()).toEqual(zd?.comments.map((c) => String(c.id)).sort());
    });
  });
});
