// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it } from 'vitest';
import { startZendeskSim, type ZendeskSim } from './index.js';
import { client, type Client } from './test-client.js';

let sim: ZendeskSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(): Promise<{ sim: ZendeskSim; c: Client; customer: number; agent: number; ticket: number; closed: number }> {
  sim = await startZendeskSim({ checkRequests: false });
  const seeded = sim.seed({
    users: [
      { name: 'Customer', email: 'c@example.com' },
      { name: 'Agent', email: 'a@example.com', role: 'agent' },
    ],
  });
  const [customer, agent] = seeded.users as [number, number];
  const t = sim.seed({
    tickets: [
      { subject: 'Open one', requester_id: customer, external_id: 'SRC-1', tags: ['alpha'], created_at: '2023-01-01T00:00:00Z', comments: [{ author_id: customer, body: 'hi', created_at: '2023-01-01T00:00:00Z' }] },
      { subject: 'Closed one', requester_id: customer, status: 'closed', tags: ['alpha', 'beta'], created_at: '2023-01-02T00:00:00Z', comments: [{ author_id: customer, body: 'old', created_at: '2023-01-02T00:00:00Z' }] },
    ],
  });
  const [ticket, closed] = t.tickets as [number, number];
  return { sim, c: client(sim), customer, agent, ticket, closed };
}

describe('tickets', () => {
  it('refuses updates to a closed ticket and takes a reply as a follow-up (via_followup_source_id)', async () => {
    const { c, customer, ticket, closed } = await start();
    const refused = await c.put(`/api/v2/tickets/${closed}`, { ticket: { comment: { body: 'a reply' } } });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toMatch(/closed prevents ticket update/);
    // Only a closed ticket can be followed up.
    expect((await c.post('/api/v2/tickets', { ticket: { requester_id: customer, via_followup_source_id: ticket, comment: { body: 'x' } } })).status).toBe(422);
    const created = await c.post('/api/v2/tickets', { ticket: { requester_id: customer, via_followup_source_id: closed, status: 'open', comment: { body: 'a reply' } } });
    expect(created.status).toBe(201);
    expect(created.body.ticket).toMatchObject({ status: 'open', via: { source: { rel: 'follow_up', from: { ticket_id: closed } } } });
    expect((await c.get(`/api/v2/tickets/${closed}`)).body.ticket.followup_ids).toEqual([created.body.ticket.id]);
  });

  it('shows, lists by external_id and show_many', async () => {
    const { c, ticket, closed } = await start();
    const one = await c.get(`/api/v2/tickets/${ticket}.json`);
    expect(one.body.ticket).toMatchObject({ id: ticket, subject: 'Open one', status: 'new', assignee_id: null, description: 'hi' });
    expect((await c.get('/api/v2/tickets?external_id=SRC-1')).body.tickets.map((t: { id: number }) => t.id)).toEqual([ticket]);
    expect((await c.get(`/api/v2/tickets/show_many?ids=${ticket},${closed},999`)).body.tickets).toHaveLength(2);
    expect((await c.get('/api/v2/tickets/999')).status).toBe(404);
  });

  it('updates status and assignee and appends a comment dated now (delta appends)', async () => {
    const { c, sim, ticket, agent } = await start();
    const r = await c.put(`/api/v2/tickets/${ticket}`, {
      ticket: { status: 'pending', assignee_id: agent, comment: { body: 'Looking into it', public: false, author_id: agent, created_at: '2001-01-01T00:00:00Z' } },
    });
    expect(r.status).toBe(200);
    expect(r.body.ticket).toMatchObject({ status: 'pending', assignee_id: agent });
    expect(r.body.audit.events).toEqual([expect.objectContaining({ type: 'Comment', body: 'Looking into it', public: false, author_id: agent })]);
    const stored = sim.store.tickets.get(ticket);
    expect(stored?.comments).toHaveLength(2);
    expect(stored?.comments[1]?.created_at).not.toBe('2001-01-01T00:00:00Z');
    expect(stored?.comments[1]?.public).toBe(false);
    const customerAsAssignee = await c.put(`/api/v2/tickets/${ticket}`, { ticket: { assignee_id: stored?.requester_id } });
    expect(customerAsAssignee.status).toBe(422);
  });

  it('refuses to update a closed ticket', async () => {
    const { c, closed } = await start();
    const r = await c.put(`/api/v2/tickets/${closed}`, { ticket: { comment: { body: 'late reply' } } });
    expect(r.status).toBe(422);
    expect(r.body).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { status: [{ description: 'Status: closed prevents ticket update', error: 'ClosedPreventsUpdate' }] },
    });
    expect((await c.put(`/api/v2/tickets/${closed}/tags`, { tags: ['x'] })).status).toBe(422);
  });

  it('answers 409 to a safe_update with a stale updated_stamp', async () => {
    const { c, ticket } = await start();
    const current = (await c.get(`/api/v2/tickets/${ticket}`)).body.ticket.updated_at;
    const stale = await c.put(`/api/v2/tickets/${ticket}`, { ticket: { tags: ['x'], safe_update: true, updated_stamp: '2000-01-01T00:00:00Z' } });
    expect(stale.status).toBe(409);
    const fresh = await c.put(`/api/v2/tickets/${ticket}`, { ticket: { tags: ['x'], safe_update: true, updated_stamp: current } });
    expect(fresh.status).toBe(200);
  });

  it('lists comments ascending with cursor pagination', async () => {
    const { c, sim, customer } = await start();
    const { tickets } = sim.seed({
      tickets: [
        {
          requester_id: customer,
          created_at: '2023-03-01T00:00:00Z',
          comments: Array.from({ length: 130 }, (_, i) => ({ author_id: customer, body: `c${i}`, created_at: new Date(Date.parse('2023-03-01T00:00:00Z') + i * 60_000).toISOString() })),
        },
      ],
    });
    const first = await c.get(`/api/v2/tickets/${tickets[0]}/comments?page[size]=100`);
    expect(first.body.comments).toHaveLength(100);
    expect(first.body.meta.has_more).toBe(true);
    const second = await c.get(first.body.links.next);
    expect(second.body.comments).toHaveLength(30);
    expect(second.body.meta.has_more).toBe(false);
    const bodies = [...first.body.comments, ...second.body.comments].map((x: { body: string }) => x.body);
    expect(bodies).toEqual(Array.from({ length: 130 }, (_, i) => `c${i}`));
    const desc = await c.get(`/api/v2/tickets/${tickets[0]}/comments?page[size]=2&sort_order=desc`);
    expect(desc.body.comments.map((x: { body: string }) => x.body)).toEqual(['c129', 'c128']);
    expect((await c.get(desc.body.links.next)).body.comments.map((x: { body: string }) => x.body)).toEqual(['c127', 'c126']);
    expect((await c.get(`/api/v2/tickets/${tickets[0]}/comments/count`)).body.count.value).toBe(130);
  });
});

describe('tags', () => {
  it('sets (POST), adds (PUT) and removes (DELETE) ticket tags, and counts them account-wide', async () => {
    const { c, ticket } = await start();
    expect((await c.get(`/api/v2/tickets/${ticket}/tags`)).body.tags).toEqual(['alpha']);
    expect((await c.post(`/api/v2/tickets/${ticket}/tags`, { tags: ['One', 'two'] })).body.tags).toEqual(['one', 'two']);
    expect((await c.put(`/api/v2/tickets/${ticket}/tags`, { tags: ['three'] })).body.tags).toEqual(['one', 'two', 'three']);
    expect((await c.del(`/api/v2/tickets/${ticket}/tags`, { tags: ['two'] })).status).toBe(204);
    expect((await c.get(`/api/v2/tickets/${ticket}/tags`)).body.tags).toEqual(['one', 'three']);
    const all = await c.get('/api/v2/tags?page[size]=2');
    expect(all.body.tags).toEqual([
      { name: 'alpha', count: 1 },
      { name: 'beta', count: 1 },
    ]);
    expect((await c.get(all.body.links.next)).body.tags.map((t: { name: string }) => t.name)).toEqual(['one', 'three']);
  });
});

describe('ticket fields', () => {
  it('lists the system fields first, creates custom fields, and manages dropdown options', async () => {
    const { c } = await start();
    const list = await c.get('/api/v2/ticket_fields?page[size]=100');
    expect(list.body.ticket_fields.map((f: { type: string }) => f.type)).toEqual(['subject', 'description', 'status', 'tickettype', 'priority', 'group', 'assignee']);
    expect(list.body.ticket_fields.every((f: { removable: boolean }) => !f.removable)).toBe(true);
    const created = await c.post('/api/v2/ticket_fields', {
      ticket_field: { type: 'tagger', title: 'Product', custom_field_options: [{ name: 'Widget', value: 'widget' }] },
    });
    expect(created.status).toBe(201);
    expect(created.body.ticket_field).toMatchObject({ type: 'tagger', title: 'Product', removable: true, custom_field_options: [expect.objectContaining({ name: 'Widget', value: 'widget' })] });
    const id = created.body.ticket_field.id;
    expect((await c.post(`/api/v2/ticket_fields/${id}/options`, { custom_field_option: { name: 'Gadget', value: 'gadget' } })).status).toBe(201);
    expect((await c.post(`/api/v2/ticket_fields/${id}/options`, { custom_field_option: { name: 'Dup', value: 'widget' } })).status).toBe(422);
    expect((await c.get(`/api/v2/ticket_fields/${id}/options`)).body.custom_field_options.map((o: { value: string }) => o.value)).toEqual(['widget', 'gadget']);
    expect((await c.post('/api/v2/ticket_fields', { ticket_field: { type: 'tagger', title: 'Other', custom_field_options: [{ name: 'W', value: 'widget' }] } })).status).toBe(422);
    expect((await c.post('/api/v2/ticket_fields', { ticket_field: { type: 'status', title: 'Fake system' } })).status).toBe(422);
    expect((await c.post('/api/v2/ticket_fields', { ticket_field: { type: 'tagger', title: 'No options' } })).status).toBe(422);
    const renamed = await c.put(`/api/v2/ticket_fields/${id}`, { ticket_field: { title: 'Product line' } });
    expect(renamed.body.ticket_field.title).toBe('Product line');
  });
});
