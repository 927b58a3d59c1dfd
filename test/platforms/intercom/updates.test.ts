/**
 * A record that changed since it was migrated is updated in place: contacts, companies and articles
 * rewritten, a conversation or ticket given only its new comments and its new state. And the
 * product option that writes Intercom conversations and tickets as one ticket entity.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startIntercomSim, type IntercomSim } from '../../sim/intercom/index.js';
import { tempDir } from '../../support/workspace.js';
import { archiveToIntercom, reportRows, writeRequests } from './harness.js';

const T0 = Date.parse('2024-03-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const comment = (id: string, authorType: 'contact' | 'agent', minutes: number, body: string, isPublic = true) => ({
  id,
  authorType,
  authorId: authorType === 'contact' ? 'c1' : 'a1',
  body,
  public: isPublic,
  createdAt: at(minutes),
  attachments: [],
});

function archive(changed: boolean): Record<string, unknown[]> {
  return {
    agents: [{ id: 'a1', email: 'ana@sim.test', name: 'Ana' }],
    companies: [{ id: 'co1', name: changed ? 'Acme Renamed' : 'Acme', createdAt: at(0), updatedAt: at(changed ? 50 : 0), custom: {}, tags: [] }],
    contacts: [{ id: 'c1', role: 'user', name: changed ? 'Jo Renamed' : 'Jo', email: 'jo@example.test', companyIds: ['co1'], createdAt: at(0), updatedAt: at(changed ? 50 : 0), custom: {}, tags: changed ? ['vip'] : [] }],
    tickets: [
      {
        id: 't1',
        kind: 'conversation',
        subject: 'Login fails',
        status: changed ? 'open' : 'closed',
        requesterId: 'c1',
        ...(changed ? {} : { assigneeId: 'a1' }),
        tags: [],
        custom: {},
        createdAt: at(1),
        updatedAt: at(changed ? 60 : 3),
        comments: [
          comment('m1', 'contact', 1, '<p>I cannot log in.</p>'),
          comment('m2', 'agent', 2, '<p>Try again now.</p>'),
          ...(changed ? [comment('m3', 'contact', 55, '<p>Still broken.</p>'), comment('m4', 'agent', 56, '<p>Escalating.</p>', false)] : []),
        ],
      },
      {
        id: 't2',
        kind: 'ticket',
        type: 'Bug',
        subject: 'Crash',
        status: changed ? 'open' : 'new',
        requesterId: 'c1',
        tags: [],
        custom: {},
        createdAt: at(10),
        updatedAt: at(changed ? 60 : 11),
        comments: [comment('d', 'contact', 10, '<p>Crashes.</p>'), comment('r1', 'agent', 11, '<p>Seen.</p>'), ...(changed ? [comment('r2', 'agent', 57, '<p>Fix coming.</p>')] : [])],
      },
    ],
    kb_categories: [{ id: 'k1', name: 'Guides', locale: 'en', translations: {} }],
    articles: [
      { id: 'ar1', categoryId: 'k1', title: changed ? 'Install (v2)' : 'Install', body: '<p>Run it.</p>', status: 'published', locale: 'en', authorId: 'a1', tags: [], createdAt: at(0), updatedAt: at(0), translations: [], attachments: [] },
    ],
  };
}

function writeArchive(dir: string, records: Record<string, unknown[]>): void {
  mkdirSync(dir, { recursive: true });
  for (const [entity, rows] of Object.entries(records)) writeFileSync(join(dir, `${entity}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

let sim: IntercomSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const seed = { admins: [{ id: '991200001', name: 'Ana', email: 'ana@sim.test' }] };

describe('records changed since they were migrated', () => {
  test('are updated in place: new comments appended once, state and assignee carried', async () => {
    sim = await startIntercomSim({ seed });
    const work = tempDir();
    const dir = join(work, 'archive');
    writeArchive(dir, archive(false));
    await archiveToIntercom(work, dir, sim);
    const before = reportRows(work).migrated;
    const conversationId = before.get('tickets:t1') as string;
    expect(sim.store.conversations.get(conversationId)).toMatchObject({ state: 'closed', admin_assignee_id: '991200001' });

    writeArchive(dir, archive(true));
    const mark = sim.requests.length;
    const summary = await archiveToIntercom(work, dir, sim);
    expect(summary.totals).toMatchObject({ failed: 0 });
    const after = reportRows(work).migrated;
    for (const key of ['contacts:c1', 'companies:co1', 'tickets:t1', 'tickets:t2', 'articles:ar1']) expect(after.get(key), key).toBe(before.get(key));

    const store = sim.store;
    expect([store.contacts.size, store.companies.size, store.conversations.size, store.tickets.size, store.articles.size]).toEqual([1, 1, 1, 1, 1]);
    expect(store.contacts.get(after.get('contacts:c1') as string)?.name).toBe('Jo Renamed');
    expect(store.contacts.get(after.get('contacts:c1') as string)?.tags).toHaveLength(1);
    expect(store.companies.get(after.get('companies:co1') as string)?.name).toBe('Acme Renamed');
    expect(store.articles.get(after.get('articles:ar1') as string)?.title).toBe('Install (v2)');

    const conversation = store.conversations.get(conversationId);
    expect(conversation?.parts.filter((p) => p.body).map((p) => [p.part_type, p.body])).toEqual([
      ['comment', '<p>Try again now.</p>'],
      ['comment', '<p>Still broken.</p>'],
      ['note', '<p>Escalating.</p>'],
    ]);
    expect(conversation).toMatchObject({ admin_assignee_id: '0' });
    // The customer's reply reopens the conversation, as the source says it is.
    expect(conversation?.state).toBe('open');
    const ticket = store.tickets.get((after.get('tickets:t2') as string).replace('ticket-', ''));
    expect(ticket?.parts.filter((p) => p.body).map((p) => p.body)).toEqual(['<p>Seen.</p>', '<p>Fix coming.</p>']);
    expect(store.ticketStates.get(ticket?.state_id ?? '')?.category).toBe('in_progress');
    // Nothing was created anew; only the changes were sent.
    const writes = writeRequests(sim, mark);
    expect(writes.filter((w) => /^POST \/(conversations|tickets|articles|contacts)$/.test(w))).toEqual([]);
    expect(writes.filter((w) => w.endsWith('/reply'))).toHaveLength(3);
  });
});

describe('a contact already in the workspace', () => {
  test('a create that conflicts (409) updates the existing contact, unarchiving it first', async () => {
    sim = await startIntercomSim({ seed: { ...seed, contacts: [{ id: '6762f0aaaaaaaaaaaaaaaaaa', external_id: 'c1', email: 'old@example.test', archived: true }] } });
    const work = tempDir();
    const dir = join(work, 'archive');
    writeArchive(dir, archive(false));
    const summary = await archiveToIntercom(work, dir, sim);
    expect(summary.totals).toMatchObject({ failed: 0 });
    expect(reportRows(work).migrated.get('contacts:c1')).toBe('6762f0aaaaaaaaaaaaaaaaaa');
    expect(sim.store.contacts.size).toBe(1);
    expect(sim.store.contacts.get('6762f0aaaaaaaaaaaaaaaaaa')).toMatchObject({ archived: false, email: 'jo@example.test', name: 'Jo', external_id: 'c1' });
    expect(sim.requests.filter((r) => r.route === 'POST /contacts').map((r) => r.status)).toEqual([409]);
    expect(sim.requests.some((r) => r.route === 'POST /contacts/{contact_id}/unarchive')).toBe(true);
  });
});

describe('options.merge_conversations_into_tickets', () => {
  test('conversations are written as Intercom tickets of the default type; tickets stay tickets', async () => {
    sim = await startIntercomSim({ seed });
    const work = tempDir();
    const dir = join(work, 'archive');
    writeArchive(dir, archive(false));
    const summary = await archiveToIntercom(work, dir, sim, 'options:\n  merge_conversations_into_tickets: true\ndefaults:\n  tickets:\n    type: Conversation\n');
    expect(summary.totals).toMatchObject({ failed: 0, skipped: 0 });
    const rows = reportRows(work).migrated;
    expect(sim.store.conversations.size).toBe(0);
    const merged = sim.store.tickets.get((rows.get('tickets:t1') as string).replace('ticket-', ''));
    expect(sim.store.ticketTypes.get(merged?.ticket_type_id ?? '')?.name).toBe('Conversation');
    expect(merged?.ticket_attributes).toMatchObject({ _default_title_: 'Login fails', _default_description_: '<p>I cannot log in.</p>' });
    expect(merged?.parts.filter((p) => p.body).map((p) => p.body)).toEqual(['<p>Try again now.</p>']);
    expect(merged?.admin_assignee_id).toBe('991200001');
    expect(sim.store.ticketStates.get(merged?.state_id ?? '')?.category).toBe('resolved');
    const ticket = sim.store.tickets.get((rows.get('tickets:t2') as string).replace('ticket-', ''));
    expect(sim.store.ticketTypes.get(ticket?.ticket_type_id ?? '')?.name).toBe('Bug');
  });
});
