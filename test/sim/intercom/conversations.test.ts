/** Conversations: historical import rules, attachments, state parts, the 500-part cap, list and search. */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntercomSim, type IntercomSim } from './server.js';
import { BASIC_ADMINS, clientFor, errorCode, type Call } from './test-client.js';

interface Part {
  id: string;
  part_type: string;
  body: string | null;
  created_at: number;
  author: { type: string; id: string; name: string | null; email?: string };
  assigned_to: { type: string; id: string } | null;
  attachments: Array<{ name: string; url: string; content_type: string; filesize: number }>;
}
interface Conversation {
  id: string;
  created_at: number;
  updated_at: number;
  state: string;
  open: boolean;
  admin_assignee_id: number;
  team_assignee_id: number;
  snoozed_until: number | null;
  source: { body: string; delivered_as: string; author: { type: string; id: string }; attachments: Part['attachments'] };
  conversation_parts: { total_count: number; conversation_parts: Part[] };
  statistics: { count_conversation_parts: number };
}

const NOW = 1_760_000_000;
const ADMIN = '991200001';
let sim: IntercomSim;
let call: Call;
let contactId: string;

beforeAll(async () => {
  sim = await startIntercomSim({
    checkRequests: false,
    now: () => NOW,
    seed: {
      admins: BASIC_ADMINS,
      teams: [{ id: '5017001', name: 'Tier 1', admin_ids: [ADMIN] }],
      contacts: [
        { id: '6762f0aaaaaaaaaaaaaaaaaa', role: 'user', external_id: 'c-1', email: 'c1@example.test', name: 'Cee One' },
        { id: '6762f0bbbbbbbbbbbbbbbbbb', role: 'lead', email: null, name: null },
      ],
    },
  });
  call = clientFor(sim);
  contactId = '6762f0aaaaaaaaaaaaaaaaaa';
});
afterAll(() => sim.close());

async function newConversation(createdAt = 1_500_000_000): Promise<string> {
  const reply = await call<{ conversation_id: string }>('POST', '/conversations', { from: { type: 'user', id: contactId }, body: 'Hello <there>', created_at: createdAt });
  expect(reply.status).toBe(200);
  return reply.body.conversation_id;
}

describe('creating conversations', () => {
  it('starts from a contact with its historical created_at and answers with the message', async () => {
    const reply = await call<Record<string, unknown>>('POST', '/conversations', {
      from: { type: 'user', id: contactId },
      body: 'Hello <there>',
      created_at: 1_500_000_000,
      attachment_urls: ['https://files.example.test/a/screen%20shot.png'],
    });
    expect(reply.body).toMatchObject({ type: 'user_message', body: 'Hello <there>', message_type: 'inapp', created_at: 1_500_000_000 });
    const conversation = (await call<Conversation>('GET', `/conversations/${String(reply.body['conversation_id'])}`)).body;
    expect(conversation).toMatchObject({ created_at: 1_500_000_000, updated_at: NOW, state: 'open', open: true, admin_assignee_id: 0, team_assignee_id: 0 });
    expect(conversation.source).toMatchObject({ body: '<p>Hello &lt;there&gt;</p>', delivered_as: 'customer_initiated', author: { type: 'user', id: contactId } });
    expect(conversation.source.attachments).toEqual([
      { type: 'upload', name: 'screen shot.png', url: 'https://files.example.test/a/screen%20shot.png', content_type: 'image/png', filesize: 0 },
    ]);
    expect(conversation.conversation_parts).toEqual({ type: 'conversation_part.list', conversation_parts: [], total_count: 0 });
  });

  it('cannot start a conversation from an admin: agent-first histories need a contact-authored first part', async () => {
    const reply = await call('POST', '/conversations', { from: { type: 'admin', id: ADMIN }, body: 'Hi from us' });
    expect([reply.status, errorCode(reply)]).toEqual([400, 'parameter_invalid']);
    expect(errorCode(await call('POST', '/conversations', { from: { type: 'user', id: 'missing' }, body: 'x' }))).toBe('not_found');
    expect((await call('POST', '/conversations', { from: { type: 'user', id: contactId } })).status).toBe(400);
  });

  it('takes at most 10 attachment_urls and no attachment_files on create', async () => {
    const urls = (n: number): string[] => Array.from({ length: n }, (_, i) => `https://files.example.test/${i}.png`);
    expect((await call('POST', '/conversations', { from: { type: 'user', id: contactId }, body: 'x', attachment_urls: urls(10) })).status).toBe(200);
    expect((await call('POST', '/conversations', { from: { type: 'user', id: contactId }, body: 'x', attachment_urls: urls(11) })).status).toBe(400);
    const withFiles = await call<{ conversation_id: string }>('POST', '/conversations', {
      from: { type: 'user', id: contactId },
      body: 'x',
      attachment_files: [{ name: 'a.txt', content_type: 'text/plain', data: 'YQ==' }],
    });
    // Unknown body fields are ignored, as by Intercom: the file is simply not there.
    expect(sim.store.conversations.get(withFiles.body.conversation_id)?.source.attachments).toEqual([]);
  });

  it('POST /messages sends an outbound message (logged as a customer notification)', async () => {
    const before = sim.store.notifications.length;
    const reply = await call<Record<string, unknown>>('POST', '/messages', {
      message_type: 'inapp',
      body: 'Hi',
      from: { type: 'admin', id: ADMIN },
      to: { type: 'user', id: contactId },
      create_conversation_without_contact_reply: true,
    });
    expect(reply.body).toMatchObject({ type: 'admin_message', message_type: 'inapp' });
    expect(sim.store.notifications.slice(before)).toEqual([{ kind: 'message', target_id: contactId, at: NOW }]);
    expect(sim.store.conversations.get(String(reply.body['conversation_id']))?.source.delivered_as).toBe('admin_initiated');
  });
});

describe('replies', () => {
  it('adds admin comments and notes and contact comments with their created_at, in thread order', async () => {
    const id = await newConversation();
    await call('POST', `/conversations/${id}/reply`, { message_type: 'comment', type: 'admin', admin_id: ADMIN, body: '<p>second</p>', created_at: 1_500_000_200, skip_notifications: true });
    await call('POST', `/conversations/${id}/reply`, { message_type: 'note', type: 'admin', admin_id: ADMIN, body: '<p>first</p>', created_at: 1_500_000_100 });
    const last = await call<Conversation>('POST', `/conversations/${id}/reply`, { message_type: 'comment', type: 'user', user_id: 'c-1', body: 'third', created_at: 1_500_000_300 });
    expect(last.body.conversation_parts.conversation_parts.map((p) => [p.part_type, p.body, p.created_at, p.author.type])).toEqual([
      ['note', '<p>first</p>', 1_500_000_100, 'admin'],
      ['comment', '<p>second</p>', 1_500_000_200, 'admin'],
      ['comment', 'third', 1_500_000_300, 'user'],
    ]);
    expect(last.body.conversation_parts.conversation_parts[1]?.author).toMatchObject({ id: ADMIN, name: 'Ana Admin', email: 'ana@sim.test' });
    const stored = sim.store.conversations.get(id)!;
    expect(stored.parts.map((p) => p.created_at_from_request)).toEqual([true, true, true]);
    expect(stored.parts[0]?.skip_notifications).toBe(true);
  });

  it('logs a customer notification for an admin comment sent without skip_notifications', async () => {
    const id = await newConversation();
    const before = sim.store.notifications.length;
    await call('POST', `/conversations/${id}/reply`, { message_type: 'comment', type: 'admin', admin_id: ADMIN, body: 'a', skip_notifications: true });
    await call('POST', `/conversations/${id}/reply`, { message_type: 'note', type: 'admin', admin_id: ADMIN, body: 'b' });
    expect(sim.store.notifications.length).toBe(before);
    await call('POST', `/conversations/${id}/reply`, { message_type: 'comment', type: 'admin', admin_id: ADMIN, body: 'c' });
    expect(sim.store.notifications.slice(before)).toEqual([{ kind: 'conversation_reply', target_id: id, at: NOW }]);
  });

  it('stores base64 attachment_files and serves their bytes; records attachment_urls as given; caps each list at 10', async () => {
    const id = await newConversation();
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252]);
    const reply = await call<Conversation>('POST', `/conversations/${id}/reply`, {
      message_type: 'comment',
      type: 'admin',
      admin_id: ADMIN,
      body: 'files',
      attachment_files: [{ content_type: 'application/pdf', name: 'invoice 1.pdf', data: bytes.toString('base64') }],
      attachment_urls: ['https://cdn.example.test/logo.png'],
    });
    const attachments = reply.body.conversation_parts.conversation_parts.at(-1)!.attachments;
    expect(attachments.map((a) => [a.name, a.content_type])).toEqual([
      ['logo.png', 'image/png'],
      ['invoice 1.pdf', 'application/pdf'],
    ]);
    const file = attachments[1]!;
    expect(file.filesize).toBe(6);
    expect(file.url.startsWith(`${sim.url}/_files/`)).toBe(true);
    const download = await fetch(file.url); // no token needed, like a signed URL
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);

    const ten = Array.from({ length: 10 }, (_, i) => ({ content_type: 'text/plain', name: `${i}.txt`, data: 'YWJj' }));
    expect((await call('POST', `/conversations/${id}/reply`, { message_type: 'note', type: 'admin', admin_id: ADMIN, attachment_files: ten })).status).toBe(200);
    const eleven = await call('POST', `/conversations/${id}/reply`, { message_type: 'note', type: 'admin', admin_id: ADMIN, attachment_files: [...ten, ten[0]] });
    expect([eleven.status, errorCode(eleven)]).toEqual([400, 'parameter_invalid']);
    const badBase64 = await call('POST', `/conversations/${id}/reply`, { message_type: 'note', type: 'admin', admin_id: ADMIN, attachment_files: [{ content_type: 'text/plain', name: 'x', data: 'not base64!' }] });
    expect(badBase64.status).toBe(400);
  });

  it('refuses unknown admins, unknown contacts, wrong message types and empty replies', async () => {
    const id = await newConversation();
    expect(errorCode(await call('POST', `/conversations/${id}/reply`, { message_type: 'comment', type: 'admin', admin_id: '1', body: 'x' }))).toBe('admin_not_found');
    expect(errorCode(await call('POST', `/conversations/${id}/reply`, { message_type: 'comment', type: 'user', intercom_user_id: 'nobody', body: 'x' }))).toBe('not_found');
    expect((await call('POST', `/conversations/${id}/reply`, { message_type: 'note', type: 'user', intercom_user_id: contactId, body: 'x' })).status).toBe(400);
    expect((await call('POST', `/conversations/${id}/reply`, { message_type: 'comment', type: 'admin', admin_id: ADMIN })).status).toBe(400);
    expect((await call('POST', `/conversations/${id}/reply`, { message_type: 'comment', type: 'bot', admin_id: ADMIN, body: 'x' })).status).toBe(400);
  });

  it('reopens a closed conversation when the contact replies; "last" finds the contact\'s latest conversation', async () => {
    const id = await newConversation(1_900_000_000);
    await call('POST', `/conversations/${id}/parts`, { message_type: 'close', type: 'admin', admin_id: ADMIN });
    const reply = await call<Conversation>('POST', '/conversations/last/reply', { message_type: 'comment', type: 'user', intercom_user_id: contactId, body: 'me again' });
    expect(reply.body.id).toBe(id);
    expect(reply.body).toMatchObject({ state: 'open', open: true });
  });
});

describe('state changes through /parts', () => {
  it('assigns, snoozes, opens and closes, stamping each part with the current time even when created_at is sent', async () => {
    const id = await newConversation();
    const parts = `/conversations/${id}/parts`;
    let c = (await call<Conversation>('POST', parts, { message_type: 'assignment', type: 'admin', admin_id: ADMIN, assignee_id: '991200002', created_at: 1 })).body;
    expect(c.admin_assignee_id).toBe(991200002);
    c = (await call<Conversation>('POST', parts, { message_type: 'assignment', type: 'team', admin_id: ADMIN, assignee_id: '5017001' })).body;
    expect(c.team_assignee_id).toBe(5017001);
    c = (await call<Conversation>('POST', parts, { message_type: 'snoozed', admin_id: ADMIN, snoozed_until: 1_800_000_000 })).body;
    expect(c).toMatchObject({ state: 'snoozed', open: true, snoozed_until: 1_800_000_000 });
    c = (await call<Conversation>('POST', parts, { message_type: 'open', admin_id: ADMIN })).body;
    expect(c).toMatchObject({ state: 'open', snoozed_until: null });
    c = (await call<Conversation>('POST', parts, { message_type: 'close', type: 'admin', admin_id: ADMIN, body: 'bye' })).body;
    expect(c).toMatchObject({ state: 'closed', open: false });
    c = (await call<Conversation>('POST', parts, { message_type: 'assignment', type: 'admin', admin_id: ADMIN, assignee_id: '0' })).body;
    expect(c.admin_assignee_id).toBe(0);
    const rendered = c.conversation_parts.conversation_parts;
    expect(rendered.map((p) => p.part_type)).toEqual(['assignment', 'assignment', 'snoozed', 'open', 'close', 'assignment']);
    expect(rendered.every((p) => p.created_at === NOW)).toBe(true);
    expect(rendered.map((p) => p.assigned_to)).toEqual([
      { type: 'admin', id: '991200002' },
      { type: 'team', id: '5017001' },
      null,
      null,
      null,
      { type: 'nobody_admin', id: '0' },
    ]);
    expect(sim.store.conversations.get(id)!.parts.every((p) => !p.created_at_from_request)).toBe(true);
  });

  it('refuses unknown message types, assignees and missing snoozed_until', async () => {
    const id = await newConversation();
    const parts = `/conversations/${id}/parts`;
    expect((await call('POST', parts, { message_type: 'resolve', admin_id: ADMIN })).status).toBe(400);
    expect(errorCode(await call('POST', parts, { message_type: 'assignment', type: 'admin', admin_id: ADMIN, assignee_id: '42' }))).toBe('admin_not_found');
    expect(errorCode(await call('POST', parts, { message_type: 'assignment', type: 'team', admin_id: ADMIN, assignee_id: '42' }))).toBe('team_not_found');
    expect((await call('POST', parts, { message_type: 'snoozed', admin_id: ADMIN })).status).toBe(400);
    expect((await call('POST', '/conversations/1/parts', { message_type: 'open', admin_id: ADMIN })).status).toBe(404);
  });
});

describe('the 500-part cap', () => {
  it('returns the most recent maxParts parts, oldest first, with total_count and statistics counting all', async () => {
    const capped = await startIntercomSim({
    checkRequests: false,
      maxParts: 5,
      seed: {
        admins: BASIC_ADMINS,
        contacts: [{ id: '6762f0cccccccccccccccccc', role: 'user', email: 'x@example.test' }],
        conversations: [
          {
            id: '100001',
            created_at: 1_000,
            contacts: ['6762f0cccccccccccccccccc'],
            source: { author: { type: 'user', id: '6762f0cccccccccccccccccc' }, body: '<p>start</p>' },
            parts: Array.from({ length: 8 }, (_, i) => ({ part_type: 'comment', body: `<p>${i + 1}</p>`, created_at: 2_000 + i, author: { type: 'admin' as const, id: ADMIN } })),
          },
        ],
      },
    });
    try {
      const body = (await clientFor(capped)<Conversation>('GET', '/conversations/100001')).body;
      expect(body.conversation_parts.conversation_parts.map((p) => p.body)).toEqual(['<p>4</p>', '<p>5</p>', '<p>6</p>', '<p>7</p>', '<p>8</p>']);
      expect(body.conversation_parts.total_count).toBe(8);
      expect(body.statistics.count_conversation_parts).toBe(8);
    } finally {
      await capped.close();
    }
  });

  it('defaults to 500', async () => {
    const id = await newConversation();
    const conversation = sim.store.conversations.get(id)!;
    for (let i = 0; i < 503; i++) {
      conversation.parts.push({ ...conversation.parts[0]!, ...fakePart(i) });
    }
    const body = (await call<Conversation>('GET', `/conversations/${id}`)).body;
    expect(body.conversation_parts.conversation_parts).toHaveLength(500);
    expect(body.conversation_parts.total_count).toBe(503);
    expect(body.conversation_parts.conversation_parts[0]?.body).toBe('p3');
  });
});

function fakePart(i: number): import('./records.js').PartRecord {
  return {
    id: String(90_000_000 + i),
    part_type: 'comment',
    body: `p${i}`,
    created_at: 1_600_000_000 + i,
    updated_at: 1_600_000_000 + i,
    notified_at: 1_600_000_000 + i,
    author: { type: 'admin', id: ADMIN },
    assigned_to: null,
    attachments: [],
    external_id: null,
    redacted: false,
    state: 'open',
    previous_ticket_state: null,
    ticket_state: null,
    skip_notifications: true,
    created_at_from_request: true,
  };
}

describe('list, search, display_as, tags, update', () => {
  let listSim: IntercomSim;
  let list: Call;
  beforeAll(async () => {
    listSim = await startIntercomSim({
    checkRequests: false,
      seed: {
        admins: BASIC_ADMINS,
        tags: [{ id: '7000001', name: 'billing' }],
        conversationAttributes: [{ name: 'Reason', data_type: 'string' }],
        contacts: [{ id: '6762f0dddddddddddddddddd', role: 'user', email: 'd@example.test' }],
        conversations: Array.from({ length: 12 }, (_, i) => ({
          id: String(100_001 + i),
          created_at: 1_000_000 + i * 100,
          updated_at: 2_000_000 + (i % 4) * 100,
          contacts: ['6762f0dddddddddddddddddd'],
          source: { author: { type: 'user' as const, id: '6762f0dddddddddddddddddd' }, body: `<p>I need support with <a href="https://x.test">item</a> ${i}</p>` },
          admin_assignee_id: i % 3 === 0 ? null : ADMIN,
          tags: i < 2 ? ['billing'] : [],
          state: i % 2 ? ('closed' as const) : ('open' as const),
        })),
      },
    });
    list = clientFor(listSim);
  });
  afterAll(() => listSim.close());

  it('lists by updated_at descending with a cursor, without parts', async () => {
    const seen: Array<{ id: string; updated_at: number }> = [];
    let path = '/conversations?per_page=5';
    for (;;) {
      const page = await list<{ conversations: Array<Conversation & { conversation_parts?: unknown }>; pages: { next?: { starting_after: string } } }>('GET', path);
      for (const c of page.body.conversations) {
        expect(c.conversation_parts).toBeUndefined();
        seen.push({ id: c.id, updated_at: c.updated_at });
      }
      const next = page.body.pages.next?.starting_after;
      if (!next) break;
      path = `/conversations?per_page=5&starting_after=${next}`;
    }
    expect(seen).toHaveLength(12);
    expect(seen.map((c) => c.updated_at)).toEqual([...seen.map((c) => c.updated_at)].sort((a, b) => b - a));
  });

  it('searches with inclusive > and < on exact seconds, 0 for unassigned, and word matching on source.body', async () => {
    const search = async (query: unknown, perPage = 50): Promise<string[]> =>
      (await list<{ conversations: Array<{ id: string }> }>('POST', '/conversations/search', { query, pagination: { per_page: perPage } })).body.conversations.map((c) => c.id);
    expect(await search({ field: 'created_at', operator: '>', value: 1_001_000 })).toEqual(['100011', '100012']);
    expect(await search({ field: 'created_at', operator: '<', value: 1_000_100 })).toEqual(['100001', '100002']);
    expect(await search({ field: 'admin_assignee_id', operator: '=', value: 0 })).toEqual(['100001', '100004', '100007', '100010']);
    expect(await search({ field: 'source.body', operator: '=', value: 'support' })).toHaveLength(12);
    expect(await search({ field: 'source.body', operator: '=', value: 'need support' })).toEqual([]);
    expect(await search({ operator: 'AND', value: [{ field: 'tag_ids', operator: '=', value: '7000001' }, { field: 'state', operator: '=', value: 'closed' }] })).toEqual(['100002']);
    const paged = await list<{ conversations: unknown[]; pages: { per_page: number } }>('POST', '/conversations/search', { query: { field: 'open', operator: '=', value: true } });
    expect(paged.body.pages.per_page).toBe(20);
  });

  it('renders plain text with display_as=plaintext', async () => {
    const body = (await list<Conversation>('GET', '/conversations/100003?display_as=plaintext')).body;
    expect(body.source.body).toBe('I need support with item (https://x.test) 2');
  });

  it('tags conversations (admin_id required) and updates custom attributes that exist', async () => {
    expect((await list('POST', '/conversations/100005/tags', { id: '7000001' })).status).toBe(400);
    const tagged = await list<Record<string, unknown>>('POST', '/conversations/100005/tags', { id: '7000001', admin_id: ADMIN });
    expect(tagged.body).toMatchObject({ type: 'tag', id: '7000001', name: 'billing', applied_by: { type: 'admin', id: ADMIN } });
    expect((await list('DELETE', '/conversations/100005/tags/7000001', { admin_id: ADMIN })).status).toBe(200);
    expect(listSim.store.conversations.get('100005')?.tags).toEqual([]);
    const updated = await list<{ custom_attributes: Record<string, unknown>; read: boolean }>('PUT', '/conversations/100005', { read: true, custom_attributes: { Reason: 'refund' } });
    expect(updated.body).toMatchObject({ read: true, custom_attributes: { Reason: 'refund' } });
    expect((await list('PUT', '/conversations/100005', { custom_attributes: { Unknown: 1 } })).status).toBe(400);
  });
});
