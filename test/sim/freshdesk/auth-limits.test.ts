import { afterEach, describe, expect, it } from 'vitest';
import { startFreshdeskSim, type FreshdeskSim } from './index.js';
import { client } from './test-client.js';

const T0 = Date.parse('2026-01-01T00:00:10Z');
let sim: FreshdeskSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('Freshdesk simulator: API-key auth', () => {
  it('accepts basic auth with the API key and any password, refuses anything else with invalid_credentials', async () => {
    sim = await startFreshdeskSim({ clock: () => T0 });
    expect((await client(sim).get('/api/v2/agents/me')).status).toBe(200);
    const anyPassword = `Basic ${Buffer.from(`${sim.options.apiKey}:whatever`).toString('base64')}`;
    expect((await client(sim, anyPassword).get('/api/v2/agents/me')).status).toBe(200);
    for (const header of [null, `Basic ${Buffer.from('wrong-key:X').toString('base64')}`, 'Bearer sim-api-key']) {
      const reply = await client(sim, header).get('/api/v2/agents/me');
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({ code: 'invalid_credentials', message: expect.any(String) });
      expect(reply.headers.get('x-ratelimit-used-currentrequest')).toBe('1');
    }
  });
});

describe('Freshdesk simulator: per-minute budgets', () => {
  it('defaults to the Growth plan: 200 per minute, 20 ticket-list calls', async () => {
    sim = await startFreshdeskSim({ clock: () => T0 });
    const reply = await client(sim).get('/api/v2/groups');
    expect(reply.headers.get('x-ratelimit-total')).toBe('200');
    expect(reply.headers.get('x-ratelimit-remaining')).toBe('199');
    expect(reply.headers.get('x-ratelimit-used-currentrequest')).toBe('1');
    expect(reply.headers.get('x-freshdesk-api-version')).toBe('latest=v2; requested=v2');
    for (let i = 0; i < 20; i++) expect((await client(sim).get('/api/v2/tickets')).status).toBe(200);
    const limited = await client(sim).get('/api/v2/tickets');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(50);
    // The sub-limit blocks only its endpoint; the account budget has room left.
    const other = await client(sim).get('/api/v2/contacts/1');
    expect(other.status).toBe(404);
    expect(other.headers.get('x-ratelimit-remaining')).toBe(String(200 - 1 - 20 - 1));
  });

  it('counts includes on the ticket list as 2 more credits each, on the ticket view as 1', async () => {
    sim = await startFreshdeskSim({ plan: 'pro', clock: () => T0 });
    const list = await client(sim).get('/api/v2/tickets?include=requester,stats');
    expect(list.headers.get('x-ratelimit-used-currentrequest')).toBe('5');
    expect(list.headers.get('x-ratelimit-total')).toBe('400');
    const view = await client(sim).get('/api/v2/tickets/999?include=conversations');
    expect(view.headers.get('x-ratelimit-used-currentrequest')).toBe('2');
  });

  it('answers 429 with Retry-After to the end of the window once the account budget is spent, and a refused call uses nothing', async () => {
    let now = T0;
    sim = await startFreshdeskSim({ rateLimit: { perMinute: 3 }, clock: () => now });
    const api = client(sim);
    for (let i = 0; i < 3; i++) expect((await api.get('/api/v2/groups')).status).toBe(200);
    const limited = await api.get('/api/v2/groups');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('50');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    now += 50_000;
    const next = await api.get('/api/v2/groups');
    expect(next.status).toBe(200);
    expect(next.headers.get('x-ratelimit-remaining')).toBe('2');
  });

  it('applies the Ticket Create and Contacts List sub-limits of the plan', async () => {
    sim = await startFreshdeskSim({ rateLimit: { ticketCreate: 1, contactsList: 1 }, clock: () => T0 });
    const api = client(sim);
    expect((await api.post('/api/v2/tickets', { email: 'a@b.example', subject: 's', description: 'd' })).status).toBe(201);
    expect((await api.post('/api/v2/tickets', { email: 'a@b.example', subject: 's', description: 'd' })).status).toBe(429);
    expect((await api.get('/api/v2/contacts')).status).toBe(200);
    expect((await api.get('/api/v2/contacts')).status).toBe(429);
    expect((await api.get('/api/v2/companies')).status).toBe(200);
  });

  it('applies the Ticket Update sub-limit to PUT /tickets/{id}', async () => {
    sim = await startFreshdeskSim({ rateLimit: { ticketUpdate: 1 }, clock: () => T0 });
    const api = client(sim);
    const id = (await api.post('/api/v2/tickets', { email: 'a@b.example', subject: 's', description: 'd' })).body.id;
    expect((await api.put(`/api/v2/tickets/${id}`, { priority: 2 })).status).toBe(200);
    const limited = await api.put(`/api/v2/tickets/${id}`, { priority: 3 });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ code: expect.any(String), message: expect.any(String) });
  });
});

describe('Freshdesk simulator: faults', () => {
  it('injects the common faults (server errors here) and stops when they are cleared', async () => {
    sim = await startFreshdeskSim({ clock: () => T0, faults: { errorRate: 1, seed: 3 } });
    expect([500, 502, 503]).toContain((await client(sim).get('/api/v2/groups')).status);
    sim.setFaults({});
    expect((await client(sim).get('/api/v2/groups')).status).toBe(200);
  });
});
