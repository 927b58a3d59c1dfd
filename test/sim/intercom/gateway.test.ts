/** Auth, version header, rate limits, faults and the request log. */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it } from 'vitest';
import { startIntercomSim, type IntercomSim } from './server.js';
import { BASIC_ADMINS, clientFor, errorCode, errorMessage } from './test-client.js';

let sim: IntercomSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('bearer auth', () => {
  it('refuses a missing or wrong token with the real 401 body and no rate-limit headers', async () => {
    sim = await startIntercomSim({ checkRequests: false, token: 'secret', seed: { admins: BASIC_ADMINS } });
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer wrong' }, { authorization: 'Basic secret' }];
    for (const headers of attempts) {
      const res = await fetch(`${sim.url}/me`, { headers });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { type: string; request_id: string; errors: unknown[] };
      expect(body.type).toBe('error.list');
      expect(typeof body.request_id).toBe('string');
      expect(body.errors).toEqual([{ code: 'unauthorized', message: 'Access Token Invalid' }]);
      expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    }
    const ok = await clientFor(sim, 'secret')('GET', '/me');
    expect(ok.status).toBe(200);
    expect(ok.body['email']).toBe('ana@sim.test');
  });
});

describe('Intercom-Version', () => {
  it('accepts known versions or none, refuses unknown ones, and records what was sent', async () => {
    sim = await startIntercomSim({ checkRequests: false, seed: { admins: BASIC_ADMINS } });
    const call = clientFor(sim);
    expect((await call('GET', '/me')).status).toBe(200);
    expect((await call('GET', '/me', undefined, { 'intercom-version': '2.14' })).status).toBe(200);
    const bad = await call('GET', '/me', undefined, { 'intercom-version': '3.0' });
    expect(bad.status).toBe(400);
    expect(errorCode(bad)).toBe('intercom_version_invalid');
    const none = await fetch(`${sim.url}/me`, { headers: { authorization: 'Bearer test-token' } });
    expect(none.status).toBe(200);
    expect(sim.requests.map((r) => r.version)).toEqual(['2.16', '2.14', '3.0', undefined]);
  });
});

describe('rate limits', () => {
  it('reports the budget on every answer and refuses with 429 once spent, until the window turns', async () => {
    let nowMs = 1_700_000_000_000;
    sim = await startIntercomSim({ checkRequests: false, rateLimit: { limit: 3, windowMs: 10_000 }, clockMs: () => nowMs, seed: { admins: BASIC_ADMINS } });
    const call = clientFor(sim);
    const remaining: Array<string | null> = [];
    for (let i = 0; i < 3; i++) {
      const reply = await call('GET', '/admins');
      expect(reply.status).toBe(200);
      expect(reply.headers.get('x-ratelimit-limit')).toBe('3');
      expect(reply.headers.get('x-ratelimit-reset')).toBe(String(Math.ceil((Math.floor(nowMs / 10_000) * 10_000 + 10_000) / 1000)));
      remaining.push(reply.headers.get('x-ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await call('GET', '/admins');
    expect(limited.status).toBe(429);
    expect(errorCode(limited)).toBe('rate_limit_exceeded');
    expect(errorMessage(limited)).toBe('Exceeded rate limit of 3 in 10_seconds');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    // Errors other than 429 also carry the headers.
    nowMs += 10_000;
    const notFound = await call('GET', '/admins/1');
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('x-ratelimit-remaining')).toBe('2');
    expect(sim.rateLimiter.rejected).toBe(1);
  });

  it('defaults to 10,000 a minute per app in 10-second windows, and 25,000 a minute for the workspace', async () => {
    let nowMs = 1_700_000_000_000;
    sim = await startIntercomSim({ checkRequests: false, clockMs: () => nowMs, seed: { admins: BASIC_ADMINS } });
    const call = clientFor(sim);
    expect((await call('GET', '/me')).headers.get('x-ratelimit-limit')).toBe('1667');
    await sim.close();
    // Two apps of one workspace: each has its own budget, the workspace caps them together.
    sim = await startIntercomSim({ checkRequests: false, otherAppTokens: ['second-app'], rateLimit: { limit: 3, windowMs: 10_000 }, workspaceRateLimit: { limit: 4, windowMs: 60_000 }, clockMs: () => nowMs, seed: { admins: BASIC_ADMINS } });
    const first = clientFor(sim);
    const second = (method: string, path: string) => fetch(`${sim?.url}${path}`, { method, headers: { authorization: 'Bearer second-app', 'intercom-version': '2.16' } });
    expect([(await first('GET', '/me')).status, (await first('GET', '/me')).status, (await first('GET', '/me')).status]).toEqual([200, 200, 200]);
    expect((await first('GET', '/me')).status).toBe(429); // the first app's window
    expect((await second('GET', '/me')).status).toBe(200); // the workspace's fourth
    const capped = await second('GET', '/me');
    expect(capped.status).toBe(429); // the second app has room; the workspace has none
    nowMs += 10_000;
    expect((await second('GET', '/me')).status).toBe(429); // app windows turned, the workspace minute did not
  });

  it('uses real time windows by default and can be reconfigured while running', async () => {
    sim = await startIntercomSim({ checkRequests: false, rateLimit: { limit: 1, windowMs: 150 }, seed: { admins: BASIC_ADMINS } });
    const call = clientFor(sim);
    expect((await call('GET', '/me')).status).toBe(200);
    // Two calls inside one 150 ms window: at most one more may pass (a window may turn in between).
    const statuses = [(await call('GET', '/me')).status, (await call('GET', '/me')).status];
    expect(statuses).toContain(429);
    await new Promise((r) => setTimeout(r, 320));
    expect((await call('GET', '/me')).status).toBe(200);
    sim.setRateLimit(100, 60_000);
    const reply = await call('GET', '/me');
    expect(reply.headers.get('x-ratelimit-limit')).toBe('100');
  });
});

describe('faults, logs and call counts', () => {
  it('injects latency and server errors through the common server, and counts calls per route', async () => {
    sim = await startIntercomSim({ checkRequests: false, faults: { latencyMs: 60 }, seed: { admins: BASIC_ADMINS } });
    const call = clientFor(sim);
    const started = Date.now();
    await call('GET', '/admins');
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    sim.server.setFaults({ errorRate: 1, seed: 3 });
    const failed = await call('GET', '/admins');
    expect([500, 502, 503]).toContain(failed.status);
    sim.server.setFaults({});
    await call('GET', '/admins/991200002');
    await call('GET', '/admins/991200001');
    expect(sim.callCounts()).toEqual({ 'GET /admins': 1, 'GET /admins/{admin_id}': 2 });
    expect(sim.server.log.map((e) => e.status)).toEqual([200, failed.status, 200, 200]);
  });
});

describe('admins and teams are read-only', () => {
  it('answers 404 to attempts to create or change them', async () => {
    sim = await startIntercomSim({ checkRequests: false, seed: { admins: BASIC_ADMINS, teams: [{ id: '5017001', name: 'Tier 1', admin_ids: ['991200001'] }] } });
    const call = clientFor(sim);
    for (const [method, path] of [['POST', '/admins'], ['PUT', '/admins/991200001'], ['POST', '/teams'], ['PUT', '/teams/5017001'], ['DELETE', '/teams/5017001']] as const) {
      const reply = await call(method, path, { name: 'x' });
      expect(reply.status, `${method} ${path}`).toBe(404);
      expect(errorCode(reply)).toBe('not_found');
    }
    expect(sim.store.admins.size).toBe(2);
    const teams = await call<{ teams: Array<{ name: string; admin_ids: number[] }> }>('GET', '/teams');
    expect(teams.body.teams).toEqual([expect.objectContaining({ name: 'Tier 1', admin_ids: [991200001] })]);
  });
});
