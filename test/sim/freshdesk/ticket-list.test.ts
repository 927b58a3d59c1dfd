import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFreshdeskAccount, startFreshdeskSim, type FreshdeskSim, type GeneratedIds } from './index.js';
import { client, type Client } from './test-client.js';

const END = '2026-01-01T00:00:00Z';
const clock = () => Date.parse(END);

describe('Freshdesk simulator: the ticket list', () => {
  let sim: FreshdeskSim;
  let api: Client;
  let ids: GeneratedIds;
  beforeAll(async () => {
    sim = await startFreshdeskSim({ plan: '2000', rateLimit: { ticketsList: 1_000_000, perMinute: 1_000_000 }, clock });
    const generated = generateFreshdeskAccount({ seed: 3, endTime: END });
    ids = generated.ids;
    sim.seed(generated.account);
    api = client(sim);
  });
  afterAll(() => sim.close());

  it('lists only tickets created in the last 30 days without updated_since', async () => {
    const reply = await api.get('/api/v2/tickets');
    expect(reply.status).toBe(200);
    const listed = reply.body.map((t: { id: number }) => t.id);
    const windowStart = Date.parse(END) - 30 * 86_400_000;
    const expected = [...sim.store.tickets.values()].filter((t) => t.created_at >= windowStart && !t.spam && !t.deleted).map((t) => t.id);
    expect(listed).toContain(ids.recentTicket);
    expect(listed).not.toContain(ids.longTicket);
    expect(new Set(listed)).toEqual(new Set(expected));
    expect(reply.body.every((t: { created_at: string }) => Date.parse(t.created_at) >= windowStart)).toBe(true);
  });

  it('lists tickets updated since updated_since, never archived, spam or deleted ones', async () => {
    const all = await api.get('/api/v2/tickets?updated_since=2000-01-01T00:00:00Z&per_page=100');
    const listed = all.body.map((t: { id: number }) => t.id);
    expect(listed).toContain(ids.longTicket);
    expect(listed).not.toContain(ids.archivedTicket);
    expect(listed).not.toContain(ids.spamTicket);
    expect(listed).not.toContain(ids.deletedTicket);
    expect(listed).toHaveLength(ids.tickets.length - 3);
    const since = '2025-12-01T00:00:00Z';
    const recent = await api.get(`/api/v2/tickets?updated_since=${since}&per_page=100`);
    expect(recent.body.every((t: { updated_at: string }) => t.updated_at >= since)).toBe(true);
    expect(recent.body.length).toBeLessThan(listed.length);
  });

  it('shows spam and deleted tickets only through their filters', async () => {
    const spam = await api.get('/api/v2/tickets?filter=spam&updated_since=2000-01-01T00:00:00Z');
    expect(spam.body.map((t: { id: number }) => t.id)).toEqual([ids.spamTicket]);
    const deleted = await api.get('/api/v2/tickets?filter=deleted&updated_since=2000-01-01T00:00:00Z');
    expect(deleted.body.map((t: { id: number }) => t.id)).toEqual([ids.deletedTicket]);
  });

  it('orders by created_at desc by default and by updated_at asc on request', async () => {
    const byDefault = (await api.get('/api/v2/tickets?updated_since=2000-01-01T00:00:00Z&per_page=100')).body as { created_at: string; updated_at: string }[];
    expect([...byDefault].sort((a, b) => b.created_at.localeCompare(a.created_at))).toEqual(byDefault);
    const asc = (await api.get('/api/v2/tickets?updated_since=2000-01-01T00:00:00Z&per_page=100&order_by=updated_at&order_type=asc')).body as { updated_at: string }[];
    expect([...asc].sort((a, b) => a.updated_at.localeCompare(b.updated_at))).toEqual(asc);
  });

  it('pages with page/per_page and a Link header while more pages exist; per_page above 100 is refused', async () => {
    const first = await api.get('/api/v2/tickets?updated_since=2000-01-01T00:00:00Z&per_page=10');
    expect(first.body).toHaveLength(10);
    const link = first.headers.get('link') ?? '';
    const next = /^<([^>]+)>; rel="next"$/.exec(link)?.[1];
    expect(next).toContain('page=2');
    expect(next).toContain('updated_since=2000-01-01T00%3A00%3A00Z');
    let pages = 1;
    let url: string | undefined = next;
    const seen = new Set(first.body.map((t: { id: number }) => t.id));
    while (url) {
      const reply = await api.get(url);
      reply.body.forEach((t: { id: number }) => seen.add(t.id));
      pages++;
      url = /^<([^>]+)>; rel="next"$/.exec(reply.headers.get('link') ?? '')?.[1];
    }
    expect(seen.size).toBe(ids.tickets.length - 3);
    expect(pages).toBe(Math.ceil((ids.tickets.length - 3) / 10));
    const tooBig = await api.get('/api/v2/tickets?per_page=101');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body).toEqual({ description: 'Validation failed', errors: [{ field: 'per_page', code: 'invalid_value', message: expect.any(String) }] });
  });

  it('lists a ticket written between two reads of the same query', async () => {
    const query = '/api/v2/tickets?updated_since=2025-12-31T00:00:00Z&order_by=updated_at&order_type=asc';
    const before = (await api.get(query)).body.length;
    await api.post('/api/v2/tickets', { email: 'late@x.example', subject: 'late', description: 'd' });
    expect((await api.get(query)).body).toHaveLength(before + 1);
  });

  it('omits description in lists unless include=description', async () => {
    const plain = (await api.get('/api/v2/tickets')).body[0];
    expect(plain).not.toHaveProperty('description');
    const withDescription = (await api.get('/api/v2/tickets?include=description')).body[0];
    expect(withDescription.description).toBe(sim.store.tickets.get(withDescription.id)?.description);
    expect(withDescription.description_text).toEqual(expect.any(String));
  });

  it('keeps archived tickets (closed, inactive 120 days) out of /tickets/{id} and serves them at /tickets/archived/{id}', async () => {
    expect((await api.get(`/api/v2/tickets/${ids.archivedTicket}`)).status).toBe(404);
    expect((await api.put(`/api/v2/tickets/${ids.archivedTicket}`, { priority: 2 })).status).toBe(404);
    const archived = await api.get(`/api/v2/tickets/archived/${ids.archivedTicket}`);
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ id: ids.archivedTicket, status: 5, archived: true });
    const conversations = await api.get(`/api/v2/tickets/archived/${ids.archivedTicket}/conversations`);
    expect(conversations.body.length).toBeGreaterThan(0);
    expect((await api.get(`/api/v2/tickets/archived/${ids.longTicket}`)).status).toBe(404);
  });

  it('archives a closed ticket once 120 days pass without an update', async () => {
    let now = Date.parse(END);
    const local = await startFreshdeskSim({ clock: () => now });
    try {
      const own = client(local);
      const id = (await own.post('/api/v2/tickets', { email: 'c@d.example', subject: 's', description: 'd', status: 5 })).body.id;
      now += 119 * 86_400_000;
      expect((await own.get(`/api/v2/tickets/${id}`)).status).toBe(200);
      now += 86_400_000;
      expect((await own.get(`/api/v2/tickets/${id}`)).status).toBe(404);
      expect((await own.get(`/api/v2/tickets/archived/${id}`)).status).toBe(200);
    } finally {
      await local.close();
    }
  });

  it('pages conversations oldest first, 100 at most per page', async () => {
    const first = await api.get(`/api/v2/tickets/${ids.longTicket}/conversations?per_page=100`);
    expect(first.body).toHaveLength(100);
    expect(first.headers.get('link')).toContain('page=2');
    const second = await api.get(`/api/v2/tickets/${ids.longTicket}/conversations?per_page=100&page=2`);
    expect(second.body).toHaveLength(20);
    expect(second.headers.get('link')).toBeNull();
    const times = [...first.body, ...second.body].map((c: { created_at: string }) => c.created_at);
    expect([...times].sort()).toEqual(times);
    const view = await api.get(`/api/v2/tickets/${ids.longTicket}?include=conversations`);
    expect(view.body.conversations).toHaveLength(10);
  });
});

describe('Freshdesk simulator: the 300-page cap', () => {
  let sim: FreshdeskSim;
  let api: Client;
  const bulk = 30_050;
  beforeAll(async () => {
    sim = await startFreshdeskSim({ rateLimit: { ticketsList: 1_000_000, perMinute: 1_000_000 }, clock, policies: {} });
    sim.seed(generateFreshdeskAccount({ seed: 1, endTime: END, tickets: 8, bulkTickets: bulk }).account);
    api = client(sim);
  });
  afterAll(() => sim.close());

  it('ends a query at page 300 without a Link even when more tickets match, and refuses page 301 by default', async () => {
    const query = '/api/v2/tickets?updated_since=2000-01-01T00:00:00Z&per_page=100&order_by=updated_at&order_type=asc';
    const page299 = await api.get(`${query}&page=299`);
    expect(page299.headers.get('link')).toContain('page=300');
    const page300 = await api.get(`${query}&page=300`);
    expect(page300.body).toHaveLength(100);
    expect(page300.headers.get('link')).toBeNull();
    const page301 = await api.get(`${query}&page=301`);
    expect(page301.status).toBe(400);
    expect(page301.body.errors[0]).toMatchObject({ field: 'page', code: 'invalid_value' });
    // The rest is reachable by moving the updated_since watermark.
    const last = page300.body[99] as { updated_at: string };
    const rest = await api.get(`/api/v2/tickets?updated_since=${last.updated_at}&per_page=100&order_by=updated_at&order_type=asc`);
    expect(rest.body[0].updated_at).toBe(last.updated_at);
    expect(rest.body.length).toBeGreaterThan(0);
  });

  it('serves or empties page 301 under the accept and drop policies', async () => {
    for (const [policy, expected] of [['accept', 100], ['drop', 0]] as const) {
      const local = await startFreshdeskSim({ rateLimit: { ticketsList: 1_000_000, perMinute: 1_000_000 }, clock, ticketList: { maxPages: 2 }, policies: { pageBeyondCap: policy } });
      try {
        local.seed(generateFreshdeskAccount({ seed: 1, endTime: END, tickets: 8, bulkTickets: 400 }).account);
        const reply = await client(local).get('/api/v2/tickets?updated_since=2000-01-01T00:00:00Z&per_page=100&page=3');
        expect(reply.status).toBe(200);
        expect(reply.body).toHaveLength(expected);
      } finally {
        await local.close();
      }
    }
  });
});
