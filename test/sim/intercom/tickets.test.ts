/** Ticket types, tickets, their state and assignment changes, reply rules, search and the part cap. */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntercomSim, type IntercomSim } from './server.js';
import { BASIC_ADMINS, clientFor, errorCode, errorMessage, type Call } from './test-client.js';

interface TicketType {
  id: string;
  category: string;
  ticket_type_attributes: { type: string; data: Array<{ id: string; name: string; data_type: string; default: boolean; input_options: Record<string, unknown> | null }> };
  ticket_states: { data: Array<{ id: string; category: string }> };
}
interface Ticket {
  id: string;
  ticket_id: string;
  category: string;
  open: boolean;
  created_at: number;
  admin_assignee_id: number;
  team_assignee_id: number;
  ticket_attributes: Record<string, unknown>;
  ticket_state: { id: string; category: string };
  contacts: { contacts: Array<{ id: string }> };
  ticket_parts: { total_count: number; ticket_parts: Array<{ part_type: string; body?: string | null; created_at: number; previous_ticket_state?: string; ticket_state?: string; author: { type: string }; attachments: Array<{ name: string }> }> };
}

const NOW = 1_760_000_000;
const ADMIN = '991200001';
const CONTACT = '6762f0aaaaaaaaaaaaaaaaaa';
let sim: IntercomSim;
let call: Call;
let bugType: TicketType;
let severityHigh: string;

beforeAll(async () => {
  sim = await startIntercomSim({
    checkRequests: false,
    now: () => NOW,
    seed: {
      admins: BASIC_ADMINS,
      teams: [{ id: '5017001', name: 'Tier 1' }],
      contacts: [{ id: CONTACT, role: 'user', external_id: 'c-1', email: 'c1@example.test' }],
    },
  });
  call = clientFor(sim);
  bugType = (await call<TicketType>('POST', '/ticket_types', { name: 'Bug', description: 'Broken things', category: 'Customer', icon: '🐞' })).body;
  await call('POST', `/ticket_types/${bugType.id}/attributes`, { name: 'Severity', description: 'How bad', data_type: 'list', list_items: 'Low,High', required_to_create: true });
  await call('POST', `/ticket_types/${bugType.id}/attributes`, { name: 'Users', description: 'How many', data_type: 'integer' });
  bugType = (await call<TicketType>('GET', `/ticket_types/${bugType.id}`)).body;
  const severity = bugType.ticket_type_attributes.data.find((a) => a.name === 'Severity')!;
  severityHigh = (severity.input_options!['list_options'] as Array<{ id: string; label: string }>).find((o) => o.label === 'High')!.id;
});
afterAll(() => sim.close());

async function newTicket(extra: Record<string, unknown> = {}, typeId = bugType.id): Promise<Ticket> {
  const reply = await call<Ticket>('POST', '/tickets', {
    ticket_type_id: typeId,
    contacts: [{ id: CONTACT }],
    ticket_attributes: { _default_title_: 'Broken', Severity: severityHigh },
    skip_notifications: true,
    ...extra,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

describe('ticket types', () => {
  it('come with the two default attributes and the workspace states; attributes can be added', () => {
    expect(bugType.category).toBe('Customer');
    expect(bugType.ticket_type_attributes.type).toBe('list');
    expect(bugType.ticket_type_attributes.data.map((a) => [a.name, a.data_type, a.default])).toEqual([
      ['_default_title_', 'string', true],
      ['_default_description_', 'string', true],
      ['Severity', 'list', false],
      ['Users', 'integer', false],
    ]);
    expect(bugType.ticket_states.data.map((s) => s.category)).toEqual(['submitted', 'in_progress', 'waiting_on_customer', 'resolved']);
  });

  it('refuse incomplete attribute definitions and duplicate names', async () => {
    expect((await call('POST', `/ticket_types/${bugType.id}/attributes`, { name: 'X', data_type: 'string' })).status).toBe(400);
    expect((await call('POST', `/ticket_types/${bugType.id}/attributes`, { name: 'Severity', description: 'd', data_type: 'string' })).status).toBe(400);
    expect((await call('POST', `/ticket_types/${bugType.id}/attributes`, { name: 'L', description: 'd', data_type: 'list' })).status).toBe(400);
    expect((await call('POST', '/ticket_types', { name: 'Bad', category: 'Support' })).status).toBe(400);
  });
});

describe('creating tickets', () => {
  it('honours created_at, starts submitted and open, and is unassigned (0)', async () => {
    const ticket = await newTicket({ created_at: 1_400_000_000 });
    expect(ticket).toMatchObject({ category: 'Customer', open: true, created_at: 1_400_000_000, admin_assignee_id: 0, team_assignee_id: 0, ticket_state: { category: 'submitted' } });
    expect(ticket.ticket_attributes).toEqual({ _default_title_: 'Broken', Severity: severityHigh });
    expect(ticket.ticket_id).toMatch(/^\d+$/);
  });

  it('validates attributes: list items by id, types, required ones, unknown names', async () => {
    const base = { ticket_type_id: bugType.id, contacts: [{ id: CONTACT }] };
    const byLabel = await call('POST', '/tickets', { ...base, ticket_attributes: { Severity: 'High' } });
    expect(byLabel.status).toBe(400);
    expect(errorMessage(byLabel)).toMatch(/id of a list item/);
    expect((await call('POST', '/tickets', { ...base, ticket_attributes: { Severity: severityHigh, Users: 'many' } })).status).toBe(400);
    expect((await call('POST', '/tickets', { ...base, ticket_attributes: { _default_title_: 'no severity' } })).status).toBe(400);
    expect((await call('POST', '/tickets', { ...base, ticket_attributes: { Severity: severityHigh, Nope: 1 } })).status).toBe(400);
  });

  it('takes exactly one contact, by id, external_id or email (an unknown email creates a lead)', async () => {
    const base = { ticket_type_id: bugType.id, ticket_attributes: { Severity: severityHigh } };
    expect((await call('POST', '/tickets', { ...base, contacts: [] })).status).toBe(400);
    expect((await call('POST', '/tickets', { ...base, contacts: [{ id: CONTACT }, { id: CONTACT }] })).status).toBe(400);
    expect((await call<Ticket>('POST', '/tickets', { ...base, contacts: [{ external_id: 'c-1' }] })).body.contacts.contacts[0]?.id).toBe(CONTACT);
    const created = await call<Ticket>('POST', '/tickets', { ...base, contacts: [{ email: 'new@example.test' }] });
    const leadId = created.body.contacts.contacts[0]!.id;
    expect(sim.store.contacts.get(leadId)).toMatchObject({ role: 'lead', email: 'new@example.test' });
    expect(errorCode(await call('POST', '/tickets', { ...base, contacts: [{ id: 'missing' }] }))).toBe('not_found');
    expect((await call('POST', '/tickets', { ...base, ticket_type_id: '1', contacts: [{ id: CONTACT }] })).status).toBe(404);
  });

  it('logs a customer notification unless skip_notifications', async () => {
    const before = sim.store.notifications.length;
    await newTicket();
    expect(sim.store.notifications.length).toBe(before);
    const ticket = await newTicket({ skip_notifications: false });
    expect(sim.store.notifications.slice(before)).toEqual([{ kind: 'ticket_created', target_id: ticket.id, at: NOW }]);
  });

  it('applies an assignment given on create', async () => {
    const ticket = await newTicket({ assignment: { admin_assignee_id: '991200002', team_assignee_id: '5017001' } });
    expect(ticket).toMatchObject({ admin_assignee_id: 991200002, team_assignee_id: 5017001 });
    expect((await call('POST', '/tickets', { ticket_type_id: bugType.id, contacts: [{ id: CONTACT }], ticket_attributes: { Severity: severityHigh }, assignment: { admin_assignee_id: '5' } })).status).toBe(404);
  });
});

describe('updating tickets', () => {
  it('changes state (stamped now, with previous/new categories); resolving closes it; state must belong to the type', async () => {
    const ticket = await newTicket({ created_at: 1_400_000_000 });
    const inProgress = bugType.ticket_states.data.find((s) => s.category === 'in_progress')!.id;
    const resolved = bugType.ticket_states.data.find((s) => s.category === 'resolved')!.id;
    await call('PUT', `/tickets/${ticket.id}`, { ticket_state_id: inProgress, admin_id: Number(ADMIN) });
    const done = (await call<Ticket>('PUT', `/tickets/${ticket.id}`, { ticket_state_id: resolved, admin_id: Number(ADMIN) })).body;
    expect(done).toMatchObject({ open: false, ticket_state: { category: 'resolved' } });
    expect(done.ticket_parts.ticket_parts.map((p) => [p.part_type, p.previous_ticket_state, p.ticket_state, p.created_at])).toEqual([
      ['ticket_state_updated_by_admin', 'submitted', 'in_progress', NOW],
      ['ticket_state_updated_by_admin', 'in_progress', 'resolved', NOW],
    ]);
    const invalid = await call('PUT', `/tickets/${ticket.id}`, { ticket_state_id: '123' });
    expect([invalid.status, errorCode(invalid)]).toEqual([400, 'ticket_state_id_invalid']);
  });

  it('assigns to an admin or a team, "0" unassigns, unknown assignees are 404', async () => {
    const ticket = await newTicket();
    expect((await call<Ticket>('PUT', `/tickets/${ticket.id}`, { assignee_id: '991200002' })).body.admin_assignee_id).toBe(991200002);
    expect((await call<Ticket>('PUT', `/tickets/${ticket.id}`, { assignee_id: '5017001' })).body.team_assignee_id).toBe(5017001);
    expect((await call<Ticket>('PUT', `/tickets/${ticket.id}`, { assignee_id: '0' })).body.admin_assignee_id).toBe(0);
    expect(errorCode(await call('PUT', `/tickets/${ticket.id}`, { assignee_id: '77' }))).toBe('assignee_not_found');
    expect((await call<Ticket>('PUT', `/tickets/${ticket.id}`, { ticket_attributes: { Users: 12 } })).body.ticket_attributes['Users']).toBe(12);
    expect((await call('PUT', '/tickets/1', { open: false })).status).toBe(404);
  });
});

describe('ticket replies', () => {
  it('accepts admin comments and notes and user comments with created_at; files take precedence over URLs', async () => {
    const ticket = await newTicket();
    const reply = await call<{ type: string; part_type: string; created_at: number; attachments: Array<{ name: string }> }>('POST', `/tickets/${ticket.id}/reply`, {
      message_type: 'comment',
      type: 'admin',
      admin_id: ADMIN,
      body: '<p>hi</p>',
      created_at: 1_400_000_100,
      attachment_urls: ['https://cdn.example.test/ignored.png'],
      attachment_files: [{ name: 'kept.txt', content_type: 'text/plain', data: 'a2VwdA==' }],
      skip_notifications: true,
    });
    expect(reply.body).toMatchObject({ type: 'ticket_part', part_type: 'comment', created_at: 1_400_000_100 });
    expect(reply.body.attachments.map((a) => a.name)).toEqual(['kept.txt']);
    await call('POST', `/tickets/${ticket.id}/reply`, { message_type: 'comment', type: 'user', intercom_user_id: CONTACT, body: 'thanks', created_at: 1_400_000_200 });
    const parts = (await call<Ticket>('GET', `/tickets/${ticket.id}`)).body.ticket_parts.ticket_parts;
    expect(parts.map((p) => [p.part_type, p.author.type, p.created_at])).toEqual([
      ['comment', 'admin', 1_400_000_100],
      ['comment', 'user', 1_400_000_200],
    ]);
  });

  it('refuses user replies on Back-office tickets and admin comments on Tracker and non-shared Back-office tickets', async () => {
    const backOffice = (await call<TicketType>('POST', '/ticket_types', { name: 'Approval', category: 'Back-office' })).body;
    const tracker = (await call<TicketType>('POST', '/ticket_types', { name: 'Outage', category: 'Tracker' })).body;
    const internal = await newTicket({ ticket_attributes: { _default_title_: 'i' } }, backOffice.id);
    const userReply = await call('POST', `/tickets/${internal.id}/reply`, { message_type: 'comment', type: 'user', intercom_user_id: CONTACT, body: 'x' });
    expect([userReply.status, errorCode(userReply), errorMessage(userReply)]).toEqual([400, 'parameter_mismatch', 'User replies are not allowed on Backoffice tickets']);
    expect((await call('POST', `/tickets/${internal.id}/reply`, { message_type: 'comment', type: 'admin', admin_id: ADMIN, body: 'x' })).status).toBe(400);
    expect((await call('POST', `/tickets/${internal.id}/reply`, { message_type: 'note', type: 'admin', admin_id: ADMIN, body: 'x' })).status).toBe(200);
    await call('PUT', `/tickets/${internal.id}`, { is_shared: true });
    expect((await call('POST', `/tickets/${internal.id}/reply`, { message_type: 'comment', type: 'admin', admin_id: ADMIN, body: 'x' })).status).toBe(200);
    const trackerTicket = await newTicket({ ticket_attributes: { _default_title_: 't' } }, tracker.id);
    expect((await call('POST', `/tickets/${trackerTicket.id}/reply`, { message_type: 'comment', type: 'admin', admin_id: ADMIN, body: 'x' })).status).toBe(400);
    expect((await call('POST', `/tickets/${trackerTicket.id}/reply`, { message_type: 'note', type: 'admin', admin_id: ADMIN, body: 'x' })).status).toBe(200);
  });
});

describe('ticket search and the part cap', () => {
  it('searches by category term, state, attribute and created_at (>= allowed), without parts', async () => {
    const searchSim = await startIntercomSim({
    checkRequests: false,
      seed: {
        admins: BASIC_ADMINS,
        contacts: [{ id: CONTACT, role: 'user', email: 'c@example.test' }],
        ticketTypes: [
          { id: '91', name: 'Bug', category: 'Customer', attributes: [{ name: 'Severity', data_type: 'list', list_items: ['Low', 'High'] }] },
          { id: '92', name: 'Task', category: 'Back-office' },
        ],
        tickets: [
          { id: '601', ticket_type: 'Bug', contacts: [CONTACT], created_at: 1_000, ticket_attributes: { Severity: 'High' } },
          { id: '602', ticket_type: 'Bug', contacts: [CONTACT], created_at: 2_000, state: 'resolved', ticket_attributes: { Severity: 'Low' } },
          { id: '603', ticket_type: '92', contacts: [CONTACT], created_at: 3_000, admin_assignee_id: ADMIN },
        ],
      },
    });
    try {
      const c = clientFor(searchSim);
      const ids = async (query: unknown): Promise<string[]> => (await c<{ tickets: Array<{ id: string; ticket_parts?: unknown }> }>('POST', '/tickets/search', { query })).body.tickets.map((t) => t.id);
      expect(await ids({ field: 'category', operator: '=', value: 'request' })).toEqual(['601', '602']);
      expect(await ids({ field: 'category', operator: '=', value: 'task' })).toEqual(['603']);
      expect(await ids({ field: 'state', operator: '=', value: 'resolved' })).toEqual(['602']);
      expect(await ids({ field: 'created_at', operator: '>=', value: 2_000 })).toEqual(['602', '603']);
      expect(await ids({ field: 'created_at', operator: '>', value: 2_000 })).toEqual(['602', '603']);
      expect(await ids({ field: 'admin_assignee_id', operator: '=', value: ADMIN })).toEqual(['603']);
      const severity = searchSim.store.ticketTypes.get('91')!.attributes.find((a) => a.name === 'Severity')!;
      expect(await ids({ field: `ticket_attribute.${severity.id}`, operator: '=', value: severity.list_items[1]!.id })).toEqual(['601']);
      expect((await c('POST', '/tickets/search', { query: { field: 'updated_at', operator: '>=', value: 0 } })).status).toBe(400);
      const first = (await c<{ tickets: Array<{ ticket_parts?: unknown }> }>('POST', '/tickets/search', { query: { field: 'open', operator: '=', value: true } })).body.tickets[0];
      expect(first?.ticket_parts).toBeUndefined();
    } finally {
      await searchSim.close();
    }
  });

  it('returns at most maxParts ticket parts with the full total_count', async () => {
    const capped = await startIntercomSim({
    checkRequests: false,
      maxParts: 3,
      seed: {
        admins: BASIC_ADMINS,
        contacts: [{ id: CONTACT, role: 'user' }],
        ticketTypes: [{ id: '91', name: 'Bug' }],
        tickets: [
          {
            id: '601',
            ticket_type: '91',
            contacts: [CONTACT],
            created_at: 1_000,
            parts: Array.from({ length: 7 }, (_, i) => ({ part_type: 'note', body: String(i), created_at: 2_000 + i, author: { type: 'admin' as const, id: ADMIN } })),
          },
        ],
      },
    });
    try {
      const body = (await clientFor(capped)<Ticket>('GET', '/tickets/601')).body;
      expect(body.ticket_parts.ticket_parts.map((p) => p.body)).toEqual(['4', '5', '6']);
      expect(body.ticket_parts.total_count).toBe(7);
    } finally {
      await capped.close();
    }
  });
});
