/**
 * Freshdesk → archive: a generated account read through the connector and compared with the seed,
 * field by field. The differences Freshdesk's API forces are asserted as such (and listed in
 * docs/platforms/freshdesk.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ArchiveTarget } from '../../../src/platforms/archive/target.js';
import type { Agent, Company, Contact, Team, Ticket } from '../../../src/model/records.js';
import { generateFreshdeskAccount } from '../../sim/freshdesk/index.js';
import { readJsonl, tempDir } from '../../support/workspace.js';
import { archiveYaml, freshdeskSource, freshdeskYaml, mapping, run, TEST_TUNING, text, withSim } from './harness.js';

/** The generator numbers its tickets from 10,000 (a real account from 1): the archived pass starts there. */
const GENERATED_FIRST_TICKET = 10_000;

describe('Freshdesk → archive', () => {
  test('every entity arrives field by field, archived tickets included', async () => {
    const { account, ids } = generateFreshdeskAccount({ seed: 7 });
    await withSim({ clock: () => Date.parse('2026-01-01T00:00:00Z') }, async (sim) => {
      sim.seed(account);
      const work = tempDir();
      const out = join(work, 'archive');
      const m = mapping(freshdeskYaml(sim), archiveYaml(out), 'options:\n  invalid_phone: keep\n');
      const { summary } = await run(m, freshdeskSource(m, 'source', { ...TEST_TUNING, firstTicketId: GENERATED_FIRST_TICKET }), new ArchiveTarget(out), work);
      expect(summary.totals.failed).toBe(0);
      const read = <T>(entity: string) => readJsonl<T>(join(out, `${entity}.jsonl`));

      const agents = read<Agent>('agents');
      expect(agents.map((a) => a.email).sort()).toEqual([...sim.store.agents.values()].map((a) => a.email).sort());
      const teams = read<Team>('teams');
      for (const group of account.groups ?? []) expect(teams.find((t) => t.name === group.name)?.memberIds).toEqual((group.agent_ids ?? []).map(String));

      const companies = read<Company>('companies');
      expect(companies.map((c) => c.name).sort()).toEqual((account.companies ?? []).map((c) => c.name).sort());
      const contacts = read<Contact>('contacts');
      const live = (account.contacts ?? []).filter((c) => !c.deleted);
      expect(contacts).toHaveLength(live.length);
      for (const seed of live) {
        const contact = contacts.find((c) => c.id === String(seed.id)) as Contact;
        expect(contact.name).toBe(seed.name);
        expect(contact.email).toBe(seed.email ?? undefined);
        expect(contact.externalId).toBe(seed.unique_external_id ?? undefined);
        expect(contact.companyIds).toEqual(seed.company_id ? [String(seed.company_id)] : []);
        expect(contact.tags).toEqual(seed.tags ?? []);
      }

      // Tickets: spam and deleted ones are not migrated; the archived one is, read by id.
      const tickets = read<Ticket>('tickets');
      const expected = [...(account.tickets ?? [])].filter((t) => !t.spam && !t.deleted);
      expect(tickets.map((t) => t.id).sort()).toEqual(expected.map((t) => String(t.id)).sort());
      expect(tickets.some((t) => t.id === String(ids.archivedTicket))).toBe(true);
      expect(tickets.some((t) => t.id === String(ids.spamTicket) || t.id === String(ids.deletedTicket))).toBe(false);
      const agentIds = new Set((account.agents ?? []).map((a) => a.id));
      for (const seed of expected) {
        const ticket = tickets.find((t) => t.id === String(seed.id)) as Ticket;
        expect(ticket.subject).toBe(seed.subject);
        expect(ticket.requesterId).toBe(String(seed.requester_id));
        expect(ticket.assigneeId).toBe(seed.responder_id ? String(seed.responder_id) : undefined);
        expect(ticket.teamId).toBe(seed.group_id ? String(seed.group_id) : undefined);
        expect(ticket.tags).toEqual(seed.tags ?? []);
        // The description is the first comment, then every conversation, oldest first.
        const conversations = seed.conversations ?? [];
        expect(ticket.comments).toHaveLength(conversations.length + 1);
        expect(text(ticket.comments[0]?.body ?? '')).toBe(text(seed.description ?? ''));
        conversations.forEach((c, i) => {
          const comment = ticket.comments[i + 1] as Ticket['comments'][number];
          expect(comment.public, `ticket ${seed.id} comment ${i}`).toBe(!(c.private ?? true));
          expect(comment.authorType).toBe(!c.incoming && agentIds.has(c.user_id) ? 'agent' : 'contact');
          expect(text(comment.body)).toBe(text(c.body));
          expect(comment.attachments.map((a) => a.fileName)).toEqual((c.attachments ?? []).map((a) => a.name));
          comment.attachments.forEach((a, k) => {
            const bytes = c.attachments?.[k]?.bytes;
            if (bytes !== undefined) expect(readFileSync(join(out, a.url))).toEqual(Buffer.from(bytes));
          });
        });
      }
      expect(tickets.find((t) => t.id === String(ids.longTicket))?.comments.length).toBeGreaterThan(100);
      expect(tickets.find((t) => t.id === String(ids.customStatusTicket))?.status).toBe('hold');
    });
  });
});
