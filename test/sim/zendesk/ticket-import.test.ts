// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it } from 'vitest';
import { startZendeskSim, type ZendeskSim, type ZendeskSimOptions } from './index.js';
import { client, type Client } from './test-client.js';

let sim: ZendeskSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const NOW = Date.parse('2024-06-01T12:00:00Z');

async function start(options: ZendeskSimOptions = {}): Promise<{ sim: ZendeskSim; c: Client; customer: number; agent: number; group: number }> {
  sim = await startZendeskSim({ checkRequests: false, ...options });
  const seeded = sim.seed({
    groups: [{ name: 'Support' }],
    users: [
      { name: 'Customer', email: 'customer@example.com' },
      { name: 'Agent', email: 'agent@example.com', role: 'agent' },
    ],
    ticketFields: [
      { type: 'tagger', title: 'Product', custom_field_options: [{ name: 'Widget', value: 'product_widget' }, { name: 'Gadget', value: 'product_gadget' }] },
      { type: 'checkbox', title: 'Escalated', tag: 'escalated' },
      { type: 'integer', title: 'Seats' },
      { type: 'multiselect', title: 'Platforms', custom_field_options: [{ name: 'iOS', value: 'os_ios' }, { name: 'Web', value: 'os_web' }] },
    ],
  });
  const [customer, agent] = seeded.users as [number, number];
  return { sim, c: client(sim), customer, agent, group: seeded.groups[0] as number };
}

describe('Ticket Import API', () => {
  it('imports one ticket with its history: dates, authors, private notes, html bodies', async () => {
    const { c, sim, customer, agent, group } = await start();
    const r = await c.post('/api/v2/imports/tickets', {
      ticket: {
        subject: 'Printer on fire',
        requester_id: customer,
        assignee_id: agent,
        group_id: group,
        status: 'solved',
        priority: 'high',
        type: 'incident',
        tags: ['Imported', 'from intercom'],
        external_id: 'ic-42',
        created_at: '2019-03-01T10:00:00Z',
        updated_at: '2019-03-03T10:00:00Z',
        solved_at: '2019-03-02T10:00:00Z',
        comments: [
          { author_id: customer, value: 'It is burning', created_at: '2019-03-01T10:00:00Z' },
          { author_id: agent, html_body: '<p>Internal: call <b>fire dept</b></p>', public: false, created_at: '2019-03-01T11:00:00Z' },
          { author_id: agent, body: 'Fixed now', created_at: '2019-03-02T09:00:00Z' },
        ],
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.ticket).toMatchObject({
      subject: 'Printer on fire',
      status: 'solved',
      priority: 'high',
      type: 'incident',
      requester_id: customer,
      submitter_id: customer,
      assignee_id: agent,
      group_id: group,
      external_id: 'ic-42',
      created_at: '2019-03-01T10:00:00Z',
      updated_at: '2019-03-03T10:00:00Z',
      description: 'It is burning',
      via: { channel: 'api' },
    });
    expect(r.body.ticket.tags).toEqual(['imported', 'from', 'intercom']);
    const stored = sim.store.tickets.get(r.body.ticket.id);
    expect(stored?.solved_at).toBe('2019-03-02T10:00:00Z');
    expect(stored?.imported).toBe(true);
    const comments = await c.get(`/api/v2/tickets/${r.body.ticket.id}/comments`);
    expect(comments.body.comments.map((x: { author_id: number; public: boolean; created_at: string }) => [x.author_id, x.public, x.created_at])).toEqual([
      [customer, true, '2019-03-01T10:00:00Z'],
      [agent, false, '2019-03-01T11:00:00Z'],
      [agent, true, '2019-03-02T09:00:00Z'],
    ]);
    expect(comments.body.comments[1].html_body).toBe('<div class="zd-comment" dir="auto"><p>Internal: call <b>fire dept</b></p></div>');
    expect(comments.body.comments[1].body).toBe('Internal: call fire dept');
  });

  it('rounds ticket times before 1970 up to 1970 and refuses comment times before 1970 or in the future', async () => {
    const { c, customer } = await start({ clock: () => NOW });
    const old = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, created_at: '1960-01-01T00:00:00Z', comments: [{ value: 'x', created_at: '1970-01-01T00:00:00Z' }] } });
    expect(old.status).toBe(201);
    expect(old.body.ticket.created_at).toBe('1970-01-01T00:00:00Z');
    const before1970 = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, comments: [{ value: 'x', created_at: '1969-12-31T23:59:59Z' }] } });
    expect(before1970.status).toBe(422);
    expect(before1970.body.details.comment[0].description).toMatch(/1970/);
    const future = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, comments: [{ value: 'x', created_at: '2024-06-01T12:00:01Z' }] } });
    expect(future.status).toBe(422);
    expect(future.body.details.comment[0].description).toMatch(/future/);
  });

  it('refuses invalid requesters, comment authors and non-agent assignees', async () => {
    const { c, customer } = await start();
    const noRequester = await c.post('/api/v2/imports/tickets', { ticket: { comments: [{ value: 'x' }] } });
    expect(noRequester.status).toBe(422);
    expect((await c.post('/api/v2/imports/tickets', { ticket: { requester_id: 999_999, comments: [{ value: 'x' }] } })).status).toBe(422);
    const badAuthor = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, comments: [{ author_id: 999_999, value: 'x' }] } });
    expect(badAuthor.status).toBe(422);
    expect((await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, assignee_id: customer, comments: [{ value: 'x' }] } })).body.details.assignee_id).toBeDefined();
    expect((await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, comments: [] } })).status).toBe(422);
  });

  it('archives closed tickets with archive_immediately=true: shown and exported, not listed', async () => {
    const { c, sim, customer } = await start();
    const closed = await c.post('/api/v2/imports/tickets?archive_immediately=true', { ticket: { requester_id: customer, status: 'closed', comments: [{ value: 'old' }] } });
    const open = await c.post('/api/v2/imports/tickets?archive_immediately=true', { ticket: { requester_id: customer, status: 'open', comments: [{ value: 'new' }] } });
    expect(sim.store.tickets.get(closed.body.ticket.id)?.archived).toBe(true);
    expect(sim.store.tickets.get(open.body.ticket.id)?.archived).toBe(false);
    const listed = (await c.get('/api/v2/tickets')).body.tickets.map((t: { id: number }) => t.id);
    expect(listed).toEqual([open.body.ticket.id]);
    expect((await c.get(`/api/v2/tickets/${closed.body.ticket.id}`)).status).toBe(200);
    const notArchived = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, status: 'closed', comments: [{ value: 'x' }] } });
    expect(sim.store.tickets.get(notArchived.body.ticket.id)?.archived).toBe(false);
  });

  it('bulk imports ≤ 100 tickets per job with per-item results, applied only when the job completes', async () => {
    const { c, sim, customer, agent } = await start();
    const tooMany = await c.post('/api/v2/imports/tickets/create_many', { tickets: Array.from({ length: 101 }, () => ({ requester_id: customer, comments: [{ value: 'x' }] })) });
    expect(tooMany.status).toBe(400);
    const job = await c.post('/api/v2/imports/tickets/create_many', {
      tickets: [
        { requester_id: customer, subject: 'ok 1', comments: [{ author_id: customer, value: 'a' }] },
        { requester_id: customer, subject: 'bad author', comments: [{ author_id: 31337, value: 'b' }] },
        { requester_id: 999_999, subject: 'bad requester', comments: [{ value: 'c' }] },
        { requester_id: customer, assignee_id: agent, subject: 'ok 2', status: 'closed', comments: [{ author_id: agent, value: 'd', public: false }] },
      ],
    });
    expect(job.status).toBe(200);
    expect(job.body.job_status).toMatchObject({ status: 'queued', total: 4, progress: null, results: null, job_type: 'bulk_import_job' });
    expect(sim.store.tickets.size).toBe(0);
    const done = await c.waitForJob(job.body.job_status.id);
    expect(done.status).toBe('completed');
    expect(done.results).toHaveLength(4);
    expect(done.results[0]).toEqual({ index: 0, id: expect.any(Number) });
    expect(done.results[1]).toMatchObject({ index: 1, error: 'TicketImportFailed', success: false });
    expect(done.results[1].details).toMatch(/author 31337/);
    expect(done.results[2]).toMatchObject({ index: 2, success: false });
    expect(done.results[2].details).toMatch(/Requester/);
    expect(done.results[3]).toEqual({ index: 3, id: expect.any(Number) });
    expect([...sim.store.tickets.values()].map((t) => t.subject)).toEqual(['ok 1', 'ok 2']);
  });

  it('validates custom field values against the field definitions; dropdown and checkbox values add tags', async () => {
    const { c, sim, customer } = await start();
    const [product, escalated, seats, platforms] = [...sim.store.ticketFields.values()].filter((f) => f.removable).map((f) => f.id) as [number, number, number, number];
    const ok = await c.post('/api/v2/imports/tickets', {
      ticket: {
        requester_id: customer,
        tags: ['keep'],
        custom_fields: [
          { id: product, value: 'product_widget' },
          { id: escalated, value: true },
          { id: seats, value: 12 },
          { id: platforms, value: ['os_ios', 'os_web'] },
        ],
        comments: [{ value: 'x' }],
      },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.ticket.custom_fields).toEqual([
      { id: product, value: 'product_widget' },
      { id: escalated, value: true },
      { id: seats, value: '12' },
      { id: platforms, value: ['os_ios', 'os_web'] },
    ]);
    expect(ok.body.ticket.tags).toEqual(['keep', 'product_widget', 'escalated', 'os_ios', 'os_web']);
    // Changing the dropdown swaps its tag.
    const changed = await c.put(`/api/v2/tickets/${ok.body.ticket.id}`, { ticket: { custom_fields: [{ id: product, value: 'product_gadget' }] } });
    expect(changed.body.ticket.tags).toEqual(['keep', 'escalated', 'os_ios', 'os_web', 'product_gadget']);

    for (const bad of [
      { id: product, value: 'Widget' },
      { id: seats, value: 'twelve' },
      { id: escalated, value: 'yes' },
      { id: platforms, value: ['os_android'] },
      { id: 777_777, value: 'x' },
    ]) {
      const r = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, custom_fields: [bad], comments: [{ value: 'x' }] } });
      expect(r.status, JSON.stringify(bad)).toBe(422);
      expect(r.body.details.custom_fields).toBeDefined();
    }
  });

  it('plain ticket create ignores created_at, unlike the import', async () => {
    const { c, customer } = await start({ clock: () => NOW });
    const r = await c.post('/api/v2/tickets', { ticket: { requester_id: customer, subject: 's', created_at: '2010-01-01T00:00:00Z', comment: { body: 'hello', created_at: '2010-01-01T00:00:00Z' } } });
    expect(r.status).toBe(201);
    expect(r.body.ticket.created_at).toBe('2024-06-01T12:00:00Z');
    const comments = await c.get(`/api/v2/tickets/${r.body.ticket.id}/comments`);
    expect(comments.body.comments[0].created_at).toBe('2024-06-01T12:00:00Z');
  });
});

describe('uploads', () => {
  it('attaches uploaded files to an imported comment and serves their bytes', async () => {
    const { c, sim, customer } = await start();
    const png = Uint8Array.from([137, 80, 78, 71, 0, 1, 2, 255]);
    const first = await c.upload('/api/v2/uploads.json?filename=shot.png', png, 'image/png');
    expect(first.status).toBe(201);
    expect(first.body.upload.attachment).toMatchObject({ file_name: 'shot.png', content_type: 'image/png', size: 8 });
    const token = first.body.upload.token;
    const second = await c.upload(`/api/v2/uploads?filename=notes.txt&token=${token}`, Buffer.from('notes'), 'text/plain');
    expect(second.body.upload.token).toBe(token);
    expect(second.body.upload.attachments).toHaveLength(2);

    const r = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, comments: [{ value: 'see attached', uploads: [token] }] } });
    expect(r.status).toBe(201);
    const comment = (await c.get(`/api/v2/tickets/${r.body.ticket.id}/comments`)).body.comments[0];
    expect(comment.attachments.map((a: { file_name: string }) => a.file_name)).toEqual(['shot.png', 'notes.txt']);
    const bytes = Buffer.from(await (await fetch(comment.attachments[0].content_url)).arrayBuffer());
    expect([...bytes]).toEqual([...png]);
    expect(sim.store.uploads.get(token)?.consumed_by_comment).toBe(comment.id);
    const attachment = await c.get(`/api/v2/attachments/${comment.attachments[1].id}`);
    expect(attachment.body.attachment.file_name).toBe('notes.txt');
  });

  it('refuses a ticket whose comment names an unknown, used or expired token, and consumes nothing', async () => {
    let now = NOW;
    const { c, sim, customer } = await start({ clock: () => now, uploadTokenTtlMs: 60_000 });
    const token = (await c.upload('/api/v2/uploads?filename=a.txt', Buffer.from('a'), 'text/plain')).body.upload.token;
    const unknown = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, comments: [{ value: 'x', uploads: ['nope'] }] } });
    expect(unknown.status).toBe(422);
    const twice = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, comments: [{ value: 'x', uploads: [token] }, { value: 'y', uploads: [token] }] } });
    expect(twice.status).toBe(422);
    expect(sim.store.uploads.get(token)?.consumed_by_comment).toBeNull();
    now += 61_000;
    const expired = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, comments: [{ value: 'x', uploads: [token] }] } });
    expect(expired.status).toBe(422);
    expect(expired.body.details.comment[0].description).toMatch(/expired/);
    const fresh = (await c.upload('/api/v2/uploads?filename=b.txt', Buffer.from('b'), 'text/plain')).body.upload.token;
    expect((await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, comments: [{ value: 'x', uploads: [fresh] }] } })).status).toBe(201);
    expect((await c.post('/api/v2/imports/tickets', { ticket: { requester_id: customer, comments: [{ value: 'x', uploads: [fresh] }] } })).status).toBe(422);
    expect(sim.store.tickets.size).toBe(1);
  });

  it('fails one bulk item for an expired token and keeps the others', async () => {
    let now = NOW;
    const { c, customer } = await start({ clock: () => now, uploadTokenTtlMs: 1_000 });
    const token = (await c.upload('/api/v2/uploads?filename=a.txt', Buffer.from('a'), 'text/plain')).body.upload.token;
    const job = await c.post('/api/v2/imports/tickets/create_many', {
      tickets: [
        { requester_id: customer, comments: [{ value: 'x', uploads: [token] }] },
        { requester_id: customer, comments: [{ value: 'y' }] },
      ],
    });
    now += 5_000; // the job runs after the token expired
    const done = await c.waitForJob(job.body.job_status.id);
    expect(done.results[0]).toMatchObject({ index: 0, success: false });
    expect(done.results[0].details).toMatch(/expired/);
    expect(done.results[1]).toEqual({ index: 1, id: expect.any(Number) });
  });

  it('requires a filename and deletes unused uploads', async () => {
    const { c, sim } = await start();
    expect((await c.upload('/api/v2/uploads', Buffer.from('a'), 'text/plain')).status).toBe(422);
    const token = (await c.upload('/api/v2/uploads?filename=a.txt', Buffer.from('a'), 'text/plain')).body.upload.token;
    expect((await c.del(`/api/v2/uploads/${token}`)).status).toBe(204);
    expect(sim.store.uploads.has(token)).toBe(false);
  });
});
