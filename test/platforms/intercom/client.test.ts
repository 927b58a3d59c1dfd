/**
 * The Intercom client: regional hosts, the pinned version header, the error envelope, auth and
 * permission errors that name what to fix (and never the token), pacing from the rate-limit headers
 * within a share of the budget, and the three pagination styles plus the single company scroll.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { HttpError } from '../../../src/http/index.js';
import { IntercomAccessError } from '../../../src/platforms/intercom/access-errors.js';
import { IntercomClient, parseIntercomError } from '../../../src/platforms/intercom/client.js';
import { scrollCompanies } from '../../../src/platforms/intercom/company-scroll.js';
import { readThreads } from '../../../src/platforms/intercom/read-threads.js';
import { baseUrlOf, intercomConnection, type IntercomConnection, type IntercomTuning } from '../../../src/platforms/intercom/connection.js';
import { generateIntercomWorkspace, startIntercomSim, type IntercomSim, type IntercomSimOptions } from '../../sim/intercom/index.js';
import { TOKEN, TUNING } from './harness.js';

let sim: IntercomSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function connection(extra: Partial<IntercomConnection> = {}): IntercomConnection {
  return intercomConnection.parse({ platform: 'intercom', token: TOKEN, base_url: sim?.url, requests_per_minute: 600_000, ...extra });
}

async function start(options: IntercomSimOptions = {}): Promise<IntercomSim> {
  sim = await startIntercomSim({ seed: generateIntercomWorkspace({ seed: 2 }).workspace, ...options });
  return sim;
}

describe('connection', () => {
  test('picks the regional host, or the base_url override', () => {
    const base = { platform: 'intercom', token: TOKEN };
    expect(baseUrlOf(intercomConnection.parse(base))).toBe('https://api.intercom.io');
    expect(baseUrlOf(intercomConnection.parse({ ...base, region: 'eu' }))).toBe('https://api.eu.intercom.io');
    expect(baseUrlOf(intercomConnection.parse({ ...base, region: 'au' }))).toBe('https://api.au.intercom.io');
    expect(baseUrlOf(intercomConnection.parse({ ...base, region: 'eu', base_url: 'http://127.0.0.1:9/' }))).toBe('http://127.0.0.1:9');
    expect(intercomConnection.safeParse({ ...base, region: 'ca' }).success).toBe(false);
    expect(intercomConnection.safeParse({ ...base, budget_share: 0 }).success).toBe(false);
    expect(intercomConnection.parse(base)).toMatchObject({ version: '2.16', budget_share: 1, region: 'us' });
  });

  test('sends the pinned Intercom-Version on every request, or the configured one', async () => {
    const s = await start();
    await new IntercomClient(connection(), TUNING).get('/admins');
    await new IntercomClient(connection({ version: '2.15' }), TUNING).get('/teams');
    expect(s.requests.map((r) => r.version)).toEqual(['2.16', '2.15']);
    await expect(new IntercomClient(connection({ version: '9.9' }), TUNING).get('/admins')).rejects.toThrow(/intercom_version_invalid/);
  });
});

describe('errors', () => {
  test("reads Intercom's error.list envelope: code, field and message", async () => {
    expect(parseIntercomError(400, { type: 'error.list', errors: [{ code: 'parameter_invalid', message: 'Invalid phone number', field: 'phone' }] })).toEqual({
      code: 'parameter_invalid',
      message: 'phone: Invalid phone number',
    });
    await start();
    const error = await new IntercomClient(connection(), TUNING).get('/contacts/nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).code).toBe('not_found');
    expect((error as Error).message).toMatch(/GET .*\/contacts\/nope → 404.*not_found: User Not Found/);
  });

  test('a refused token says what to check, without the token', async () => {
    await start();
    const secret = 'dG9rOnNlY3JldC10b2tlbi12YWx1ZQ==';
    const error = await new IntercomClient(connection({ token: secret }), TUNING).get('/admins').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomAccessError);
    expect((error as Error).message).toMatch(/refused the access token \(401 unauthorized\) on GET \/admins: .*region/);
    expect(JSON.stringify(error) + String((error as Error).message) + String((error as Error).stack)).not.toContain(secret);
  });

  test('a missing permission names the permission to grant', async () => {
    await start();
    const forbidden: typeof fetch = async () =>
      new Response(JSON.stringify({ type: 'error.list', errors: [{ code: 'forbidden', message: 'Permission denied' }] }), { status: 403, headers: { 'content-type': 'application/json' } });
    const client = new IntercomClient(connection(), { ...TUNING, http: { ...TUNING.http, fetch: forbidden } });
    await expect(client.post('/conversations', { body: 'x' })).rejects.toThrow(/lacks the "Write conversations" permission needed for POST \/conversations/);
    await expect(client.get('/articles')).rejects.toThrow(/lacks the "Read articles" permission/);
    await expect(client.post('/contacts/search', {})).rejects.toThrow(/lacks the "Read and list users and companies" permission/);
  });
});

describe('pacing', () => {
  test('paces to its share of the app limit from the start', () => {
    const client = new IntercomClient(intercomConnection.parse({ platform: 'intercom', token: TOKEN, budget_share: 0.5 }), TUNING);
    // 10,000 a minute is 1,666 per 10-second window; half of it is ours.
    expect([client.limiter.intervalMs, client.limiter.limit, client.limiter.effectiveLimit]).toEqual([10_000, 1_666, 833]);
  });

  test('reads the rate-limit headers and stops at its share of what is left, without a single 429', async () => {
    const s = await start({ rateLimit: { limit: 20, windowMs: 1_000 } });
    const client = new IntercomClient(connection({ budget_share: 0.5 }), TUNING);
    const started = Date.now();
    for (let i = 0; i < 24; i++) await client.get('/admins');
    expect(s.rateLimiter.rejected).toBe(0);
    // Half of 20 per second: 24 requests need more than two windows (unpaced, they take a few ms).
    expect(Date.now() - started).toBeGreaterThan(1_000);
  });

  test('a 429 is waited out and retried', async () => {
    const s = await start({ rateLimit: { limit: 3, windowMs: 1_000 } });
    const client = new IntercomClient(connection({ budget_share: 1 }), TUNING);
    // Another integration spends the window's budget.
    for (let i = 0; i < 3; i++) await fetch(`${s.url}/admins`, { headers: { authorization: `Bearer ${TOKEN}` } });
    await expect(client.get<{ admins: unknown[] }>('/admins')).resolves.toMatchObject({ admins: expect.any(Array) });
    expect(s.rateLimiter.rejected).toBeGreaterThan(0);
  });
});

describe('pagination', () => {
  test('cursor lists follow pages.next.starting_after to the end', async () => {
    const s = await start();
    const client = new IntercomClient(connection(), TUNING);
    const ids: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await client.cursorPage<{ id: string }>('/contacts', 'data', 3, after);
      ids.push(...page.items.map((c) => c.id));
      after = page.next;
      pages++;
    } while (after);
    expect(ids).toEqual([...s.store.contacts.keys()].sort());
    expect(pages).toBe(Math.ceil(s.store.contacts.size / 3));
  });

  test('searches page with the paging in the body', async () => {
    const s = await start();
    const client = new IntercomClient(connection(), TUNING);
    const all = await client.searchAll<{ id: string }>('/conversations/search', 'conversations', { field: 'created_at', operator: '>', value: 0 }, 2);
    expect(all.map((c) => c.id).sort()).toEqual([...s.store.conversations.keys()].sort());
    const bodies = s.requests.filter((r) => r.route === 'POST /conversations/search').map((r) => r.body as { pagination: { per_page: number; starting_after?: string } });
    expect(bodies.length).toBe(Math.ceil(s.store.conversations.size / 2));
    expect(bodies.slice(1).every((b) => b.pagination.per_page === 2 && typeof b.pagination.starting_after === 'string')).toBe(true);
  });

  test('searches ask for the largest page Intercom takes (150), for lookups and for reading threads', async () => {
    const s = await start();
    const client = new IntercomClient(connection(), TUNING);
    await client.searchAll('/conversations/search', 'conversations', { field: 'created_at', operator: '>', value: 0 });
    for await (const _page of readThreads(client, {})) break;
    const sizes = s.requests.filter((r) => r.route === 'POST /conversations/search').map((r) => (r.body as { pagination: { per_page: number } }).pagination.per_page);
    expect(sizes).toEqual([150, 150]);
  });

  test('page-numbered lists are read to the last page', async () => {
    const s = await start();
    const all = await new IntercomClient(connection(), TUNING).allPages<{ id: string }>('/articles', 4);
    expect(all.map((a) => a.id).sort()).toEqual([...s.store.articles.keys()].sort());
    expect(s.requests.filter((r) => r.route === 'GET /articles').map((r) => r.path)).toHaveLength(Math.ceil(s.store.articles.size / 4));
  });
});

describe('the company scroll', () => {
  const tuning: IntercomTuning = { ...TUNING, scrollPollMs: 20, scrollWaitMs: 2_000 };
  const listed = (s: IntercomSim) => [...s.store.companies.values()].filter((c) => s.store.userCount(c.id) > 0).map((c) => c.id);

  test('reads every company page by page, and ends with the empty page (closing the scroll)', async () => {
    const s = await start({ scrollPageSize: 2 });
    const ids: string[] = [];
    for await (const page of scrollCompanies(new IntercomClient(connection(), tuning), tuning)) ids.push(...page.map((c) => c.id));
    expect(ids).toEqual(listed(s));
    expect(s.store.scroll).toBeNull();
  });

  test('waits for a scroll another integration holds open (scroll_exists) to expire', async () => {
    const s = await start({ scrollPageSize: 2, scrollTtlMs: 300 });
    await fetch(`${s.url}/companies/scroll`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const ids: string[] = [];
    for await (const page of scrollCompanies(new IntercomClient(connection(), tuning), tuning)) ids.push(...page.map((c) => c.id));
    expect(ids).toEqual(listed(s));
    expect(s.requests.filter((r) => r.route === 'GET /companies/scroll' && r.status === 400).length).toBeGreaterThan(0);
  });

  test('gives up with a clear message when the other scroll does not expire in time', async () => {
    const s = await start({ scrollTtlMs: 60_000 });
    await fetch(`${s.url}/companies/scroll`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const short: IntercomTuning = { ...tuning, scrollWaitMs: 100 };
    const read = async () => {
      for await (const _ of scrollCompanies(new IntercomClient(connection(), short), short)) void _;
    };
    await expect(read()).rejects.toThrow(/Another company scroll is open on this Intercom workspace/);
  });

  test('a scroll that expires between two pages (a slow target) is reopened without repeating companies', async () => {
    const s = await start({ scrollPageSize: 2, scrollTtlMs: 150 });
    const ids: string[] = [];
    for await (const page of scrollCompanies(new IntercomClient(connection(), tuning), tuning)) {
      ids.push(...page.map((c) => c.id));
      if (ids.length === 2) await sleep(300);
    }
    expect(ids).toEqual(listed(s));
    expect(s.requests.some((r) => r.route === 'GET /companies/scroll' && r.status === 404)).toBe(true);
  });
});
