/**
 * Three delta runs over an Intercom workspace that keeps changing through its own API (new
 * conversations and tickets, replies on threads migrated earlier, edits, closes, a reopen,
 * reassignments, a renamed contact) leave Zendesk equal to a fresh full migration of the final
 * workspace, comment for comment, none repeated.
 *
 * Known differences, both Zendesk's: a comment appended to an existing ticket gets the time it was
 * added (only the Ticket Import API keeps a comment's date), and so does the ticket's `updated_at` /
 * `solved_at`. They are left out of the comparison; everything else is compared. (A conversation
 * reopened after Zendesk closed it cannot follow: closed Zendesk tickets refuse updates; that case
 * fails with a reason, see test/platforms/zendesk/ticket-updates.test.ts.)
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RunSummary } from '../../src/engine/report.js';
import { clientFor, type Call } from '../sim/intercom/test-client.js';
import { tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { chaosMapping, chaosWorkspace, duplicatesIn, normalizedStore, runInProcess, startZendesk, type ZendeskSim } from './harness.js';

const ANA = '991200001';
const BO = '991200002';
const CY = '991200003';

/** The store without what Zendesk stamps at write time on a ticket that already existed. */
function comparable(sim: ZendeskSim): Record<string, unknown> {
  const all = normalizedStore(sim.store, sim.url) as Record<string, Record<string, Record<string, unknown>>>;
  const tickets = all['tickets'] ?? {};
  for (const ticket of Object.values(tickets)) {
    delete ticket['updated_at'];
    delete ticket['solved_at'];
    for (const comment of ticket['comments'] as Record<string, unknown>[]) delete comment['created_at'];
  }
  return all;
}

/** Each ticket's comments as author + text, for a readable message when they differ. */
function threads(sim: ZendeskSim): Record<string, string[]> {
  const who = (id: number) => sim.store.users.get(id)?.email ?? sim.store.users.get(id)?.external_id ?? String(id);
  return Object.fromEntries([...sim.store.tickets.values()].map((t) => [t.external_id, t.comments.map((c) => `${who(c.author_id)}: ${c.body}`)]));
}

describe('delta runs over a changing Intercom workspace', () => {
  const generated = chaosWorkspace(62);
  const sims = withChaosSims(generated, { target: startZendesk, fresh: startZendesk });

  test('after three deltas Zendesk equals a fresh full migration of the final source, comment for comment', async () => {
    const { intercom, target, fresh } = sims;
    const work = tempDir();
    const m = chaosMapping(intercom.url, target.url, 5);
    const api: Call = clientFor(intercom);
    const ok = async (method: string, path: string, body: unknown) => {
      const reply = await api<{ id?: string; conversation_id?: string }>(method, path, body);
      expect(reply.status, `${method} ${path}: ${JSON.stringify(reply.body)}`).toBeLessThan(300);
      return reply.body;
    };
    const store = intercom.store;
    const conversations = [...store.conversations.values()];
    const open = conversations.filter((c) => c.state === 'open' && c.parts.length < 10);
    const snoozed = conversations.filter((c) => c.state === 'snoozed');
    const [openA, openB] = open;
    const [snoozedA] = snoozed;
    const [ticketA, ticketB] = [...store.tickets.values()].filter((t) => t.ticket_type_id === '91');
    if (!openA || !openB || !snoozedA || !ticketA || !ticketB) throw new Error('the workspace lacks the threads this test changes');
    const contactOf = (id: string) => store.conversations.get(id)?.contact_ids[0] as string;
    const state = (category: string) => [...store.ticketStates.values()].find((s) => s.category === category)?.id;

    const full = await runInProcess(work, m, 'full');
    expect(full.summary.totals.failed).toBe(0);
    const deltas: RunSummary[] = [];
    const delta = async () => {
      const run = await runInProcess(work, m, 'delta', { reports: `delta-${deltas.length + 1}` });
      deltas.push(run.summary);
      expect(run.summary.totals.failed, `delta ${deltas.length}`).toBe(0);
      expect(duplicatesIn(target.store), `after delta ${deltas.length}`).toEqual([]);
      return run.summary;
    };

    // 1: a new conversation and a new ticket; replies and a note on a thread migrated earlier; one
    // conversation closed with a message, one reassigned; a ticket retitled, another resolved.
    // POST /conversations answers with the message; the conversation is its conversation_id.
    const newConversation = { id: (await ok('POST', '/conversations', { from: { type: 'user', id: contactOf(openB.id) }, body: 'A new question after the first migration' })).conversation_id };
    const newTicket = await ok('POST', '/tickets', {
      ticket_type_id: '91',
      contacts: [{ id: contactOf(openA.id) }],
      ticket_attributes: { _default_title_: 'Export broken', _default_description_: '<p>The CSV export fails.</p>' },
    });
    await ok('POST', `/conversations/${openA.id}/reply`, { message_type: 'comment', type: 'admin', admin_id: ANA, body: '<p>We shipped a fix.</p>' });
    await ok('POST', `/conversations/${openA.id}/reply`, { message_type: 'comment', type: 'user', intercom_user_id: contactOf(openA.id), body: '<p>Confirmed, thanks!</p>' });
    await ok('POST', `/conversations/${openA.id}/reply`, { message_type: 'note', type: 'admin', admin_id: BO, body: '<p>Customer confirmed the fix.</p>' });
    await ok('POST', `/conversations/${openB.id}/parts`, { message_type: 'close', type: 'admin', admin_id: ANA, body: '<p>Closing: solved by the new release.</p>' });
    await ok('POST', `/conversations/${snoozedA.id}/parts`, { message_type: 'assignment', type: 'admin', admin_id: ANA, assignee_id: CY });
    await ok('PUT', `/tickets/${ticketA.id}`, { ticket_attributes: { _default_title_: 'Ticket edited after the migration' } });
    await ok('PUT', `/tickets/${ticketB.id}`, { ticket_state_id: state('resolved') });
    const first = await delta();
    expect(first.entities.tickets).toMatchObject({ read: 7, migrated: 7 });

    // 2: replies on the conversation new in delta 1; the resolved ticket reopened; the new ticket
    // assigned; another reply on the thread replied to in delta 1; a contact renamed.
    await ok('POST', `/conversations/${newConversation.id}/reply`, { message_type: 'comment', type: 'admin', admin_id: BO, body: '<p>Happy to help, what do you need?</p>' });
    await ok('POST', `/conversations/${newConversation.id}/reply`, { message_type: 'comment', type: 'user', intercom_user_id: contactOf(openB.id), body: '<p>An invoice copy.</p>' });
    await ok('PUT', `/tickets/${ticketB.id}`, { ticket_state_id: state('in_progress'), open: true });
    await ok('PUT', `/tickets/${newTicket.id}`, { assignee_id: BO, admin_id: ANA });
    await ok('POST', `/conversations/${openA.id}/reply`, { message_type: 'comment', type: 'admin', admin_id: ANA, body: '<p>Anything else?</p>' });
    await ok('PUT', `/contacts/${contactOf(openA.id)}`, { name: 'Renamed Customer' });
    const second = await delta();
    // The overlap window reads delta 1's threads again: unchanged ones are skipped, not written.
    expect(second.entities.tickets?.migrated).toBe(4);
    expect(second.entities.tickets?.skippedBy).toEqual({ already_migrated: 3 });
    expect(second.entities.contacts?.migrated).toBe(1);

    // 3: a reply on the ticket new in delta 1, the reassigned conversation woken up, and one more
    // new conversation closed at once.
    await ok('POST', `/tickets/${newTicket.id}/reply`, { message_type: 'comment', type: 'admin', admin_id: BO, body: '<p>Fixed in 2.4.1.</p>' });
    await ok('POST', `/conversations/${snoozedA.id}/parts`, { message_type: 'open', type: 'admin', admin_id: CY });
    const late = { id: (await ok('POST', '/conversations', { from: { type: 'user', id: contactOf(openA.id) }, body: 'One last thing' })).conversation_id };
    await ok('POST', `/conversations/${late.id}/parts`, { message_type: 'close', type: 'admin', admin_id: ANA, body: '<p>Answered by phone.</p>' });
    const third = await delta();
    expect(third.entities.tickets?.migrated).toBe(3);

    // A fresh full migration of the final source, into an account of its own.
    const reference = await runInProcess(join(work, 'fresh'), chaosMapping(intercom.url, fresh.url, 5), 'full');
    expect(reference.summary.totals.failed).toBe(0);
    expect(target.store.tickets.size).toBe(fresh.store.tickets.size);
    expect(threads(target)).toEqual(threads(fresh));
    expect(comparable(target)).toEqual(comparable(fresh));

    // The changes did reach Zendesk: status, assignee, subject, appended comments.
    const zd = (id: string) => [...target.store.tickets.values()].find((t) => t.external_id === id);
    const agent = (email: string) => target.store.userByEmail(email)?.id;
    expect(zd(openB.id)?.status).toBe('closed');
    expect(zd(snoozedA.id)).toMatchObject({ status: 'open', assignee_id: agent('cy@sim.test') });
    expect(zd(`ticket-${ticketA.id}`)?.subject).toBe('Ticket edited after the migration');
    expect(zd(`ticket-${ticketB.id}`)?.status).toBe('open');
    expect(zd(`ticket-${newTicket.id}`)?.assignee_id).toBe(agent('bo@sim.test'));
    expect(zd(openA.id)?.comments.map((c) => c.body).slice(-4)).toEqual(['We shipped a fix.', 'Confirmed, thanks!', 'Customer confirmed the fix.', 'Anything else?']);
  }, 60_000);
});
