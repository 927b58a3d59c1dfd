// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it } from 'vitest';
import { startZendeskSim, type ZendeskSim } from './index.js';
import { client } from './test-client.js';

let sim: ZendeskSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const basic = (text: string): string => `Basic ${Buffer.from(text).toString('base64')}`;

describe('authentication', () => {
  it('accepts API-token basic auth and OAuth bearer, and nothing else', async () => {
    sim = await startZendeskSim({ checkRequests: false, email: 'Owner@Example.com', apiToken: 'tok123', oauthToken: 'oauth456' });
    const me = await client(sim, basic('owner@example.com/token:tok123')).get('/api/v2/users/me.json');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'Owner@Example.com', role: 'admin' });
    expect((await client(sim, 'Bearer oauth456').get('/api/v2/users/me')).status).toBe(200);

    for (const auth of [null, basic('owner@example.com/token:wrong'), basic('other@example.com/token:tok123'), basic('owner@example.com:tok123'), 'Bearer tok123', 'Bearer nope']) {
      const reply = await client(sim, auth).get('/api/v2/users/me');
      expect(reply.status, String(auth)).toBe(401);
      expect(reply.body).toEqual({ error: "Couldn't authenticate you" });
    }
  });

  it('serves attachment bytes without credentials (content_url is outside /api/v2)', async () => {
    sim = await startZendeskSim({ checkRequests: false });
    const up = await client(sim).upload('/api/v2/uploads?filename=a.txt', Buffer.from('hello'), 'text/plain');
    const bytes = await fetch(up.body.upload.attachment.content_url);
    expect(bytes.status).toBe(200);
    expect(await bytes.text()).toBe('hello');
  });
});

describe('rate limits', () => {
  it('sends X-Rate-Limit headers everywhere and ratelimit-* on Support (ticketing) responses only', async () => {
    sim = await startZendeskSim({ checkRequests: false, rateLimit: { supportPerMinute: 700, helpCenterPerMinute: 400 } });
    const support = await client(sim).get('/api/v2/users');
    expect(support.headers.get('x-rate-limit')).toBe('700');
    expect(support.headers.get('x-rate-limit-remaining')).toBe('699');
    expect(support.headers.get('ratelimit-limit')).toBe('700');
    expect(support.headers.get('ratelimit-remaining')).toBe('699');
    expect(Number(support.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(1);
    const hc = await client(sim).get('/api/v2/help_center/articles');
    expect(hc.headers.get('x-rate-limit')).toBe('400');
    expect(hc.headers.get('x-rate-limit-remaining')).toBe('399');
    expect(hc.headers.get('ratelimit-limit')).toBeNull();
  });

  it('answers 429 with Retry-After once the window budget is spent, and recovers in the next window', async () => {
    let now = Date.parse('2024-05-01T10:00:00Z');
    sim = await startZendeskSim({ checkRequests: false, clock: () => now, rateLimit: { supportPerMinute: 3, windowMs: 60_000 } });
    const c = client(sim);
    for (let i = 0; i < 3; i++) expect((await c.get('/api/v2/groups')).status).toBe(200);
    now += 15_000;
    const limited = await c.get('/api/v2/groups');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(limited.body).toEqual({ errors: [{ code: 'TooManyRequests', title: 'Too Many Requests', detail: 'Number of allowed API requests per minute exceeded' }] });
    now += 45_000;
    expect((await c.get('/api/v2/groups')).status).toBe(200);
  });

  it('keeps Help Center and Support budgets separate', async () => {
    sim = await startZendeskSim({ checkRequests: false, rateLimit: { supportPerMinute: 2, helpCenterPerMinute: 2, windowMs: 60_000 } });
    const c = client(sim);
    await c.get('/api/v2/users');
    await c.get('/api/v2/users');
    expect((await c.get('/api/v2/users')).status).toBe(429);
    expect((await c.get('/api/v2/help_center/categories')).status).toBe(200);
    expect((await c.get('/api/v2/guide/permission_groups')).status).toBe(200);
    expect((await c.get('/api/v2/help_center/sections')).status).toBe(429);
  });

  it('limits incremental exports on top of the Support budget', async () => {
    sim = await startZendeskSim({ checkRequests: false, rateLimit: { incrementalPerMinute: 2, windowMs: 60_000 } });
    const c = client(sim);
    expect((await c.get('/api/v2/incremental/tickets/cursor?start_time=0')).status).toBe(200);
    expect((await c.get('/api/v2/incremental/users/cursor?start_time=0')).status).toBe(200);
    const third = await c.get('/api/v2/incremental/organizations?start_time=0');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await c.get('/api/v2/users')).status).toBe(200);
  });

  it('defaults to the real limits: the plan’s per minute (Suite Professional), 10 incremental exports a minute', async () => {
    const now = Date.parse('2024-05-01T10:00:00Z');
    sim = await startZendeskSim({ checkRequests: false, clock: () => now });
    const c = client(sim);
    expect((await c.get('/api/v2/users')).headers.get('x-rate-limit')).toBe('400');
    expect((await c.get('/api/v2/help_center/categories')).headers.get('x-rate-limit')).toBe('400');
    const incremental: number[] = [];
    for (let i = 0; i < 11; i++) incremental.push((await c.get('/api/v2/incremental/tickets/cursor?start_time=0')).status);
    expect(incremental).toEqual([...Array(10).fill(200), 429]);
    for (let i = 0; i < 397; i++) await c.get('/api/v2/groups');
    expect((await c.get('/api/v2/groups')).status).toBe(429);
    await sim.close();
    sim = await startZendeskSim({ checkRequests: false, rateLimit: { plan: 'suite_enterprise' } });
    expect((await client(sim).get('/api/v2/users')).headers.get('x-rate-limit')).toBe('700');
    sim.setRateLimit({ highVolume: true });
    expect((await client(sim).get('/api/v2/users')).headers.get('x-rate-limit')).toBe('2500');
  });

  it('allows 30 updates per ticket per ten minutes; other tickets keep theirs', async () => {
    let now = Date.parse('2024-05-01T10:00:00Z');
    sim = await startZendeskSim({ checkRequests: false, clock: () => now });
    const { users } = sim.seed({ users: [{ name: 'R', email: 'r@example.com' }] });
    const c = client(sim);
    const ticket = async () => (await c.post('/api/v2/tickets', { ticket: { requester_id: users[0], subject: 's', comment: { body: 'b' } } })).body.ticket.id as number;
    const [a, b] = [await ticket(), await ticket()];
    for (let i = 0; i < 30; i++) expect((await c.put(`/api/v2/tickets/${a}`, { ticket: { priority: 'high' } })).status).toBe(200);
    now += 60_000;
    const limited = await c.put(`/api/v2/tickets/${a}`, { ticket: { priority: 'low' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(540);
    expect((await c.put(`/api/v2/tickets/${b}`, { ticket: { priority: 'low' } })).status).toBe(200);
    now += 540_000;
    expect((await c.put(`/api/v2/tickets/${a}`, { ticket: { priority: 'low' } })).status).toBe(200);
  });

  it('short windows let tests exercise resets in real time', async () => {
    sim = await startZendeskSim({ checkRequests: false, rateLimit: { supportPerMinute: 1, windowMs: 150 } });
    const c = client(sim);
    // Windows are aligned to the clock, so two quick requests can straddle a boundary: allow three.
    const statuses = [(await c.get('/api/v2/users')).status, (await c.get('/api/v2/users')).status, (await c.get('/api/v2/users')).status];
    expect(statuses).toContain(429);
    await new Promise((r) => setTimeout(r, 160));
    expect((await c.get('/api/v2/users')).status).toBe(200);
  });
});

describe('faults', () => {
  it('answers 503 with Retry-After on the configured requests', async () => {
    sim = await startZendeskSim({ checkRequests: false });
    sim.setFaults({ unavailable503: { every: 3, length: 1, retryAfterSeconds: 7 } });
    const c = client(sim);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const r = await c.get('/api/v2/users');
      statuses.push(r.status);
      if (r.status === 503) retryAfter = r.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 503, 200, 200, 503]);
    expect(retryAfter).toBe('7');
    sim.setFaults({});
    expect((await c.get('/api/v2/users')).status).toBe(200);
  });

  it('passes generic faults (errors, latency, 429 bursts) to the common server', async () => {
    sim = await startZendeskSim({ checkRequests: false, faults: { errorRate: 1, seed: 3 } });
    const c = client(sim);
    expect([500, 502, 503]).toContain((await c.get('/api/v2/users')).status);
    sim.setFaults({ latencyMs: 60 });
    const t0 = Date.now();
    expect((await c.get('/api/v2/users')).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(55);
    sim.setFaults({ burst429: { every: 2, length: 1, retryAfterSeconds: 2 } });
    expect((await c.get('/api/v2/users')).status).toBe(200);
    const burst = await c.get('/api/v2/users');
    expect(burst.status).toBe(429);
    expect(burst.headers.get('retry-after')).toBe('2');
    expect(sim.server.log.some((e) => e.status === 429)).toBe(true);
  });

  it('answers unknown endpoints with 404 InvalidEndpoint', async () => {
    sim = await startZendeskSim({ checkRequests: false });
    const r = await client(sim).get('/api/v2/nope');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: 'InvalidEndpoint', description: 'Not found' });
  });
});
