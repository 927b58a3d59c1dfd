// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it } from 'vitest';
import { startZendeskSim, type ZendeskSim } from './index.js';
import { client, type Client } from './test-client.js';

let sim: ZendeskSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const T0 = Date.parse('2024-01-01T00:00:00Z');
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

async function start(clock: () => number): Promise<{ sim: ZendeskSim; c: Client; customer: number }> {
  sim = await startZendeskSim({ checkRequests: false, clock });
  const customer = sim.seed({ users: [{ name: 'C', email: 'c@example.com', created_at: iso(T0) }] }).users[0] as number;
  sim.seed({
    tickets: Array.from({ length: 25 }, (_, i) => ({
      subject: `t${i}`,
      requester_id: customer,
      created_at: iso(T0 + i * 1000),
      comments: [{ author_id: customer, body: 'x', created_at: iso(T0 + i * 1000) }],
    })),
  });
  return { sim, c: client(sim), customer };
}

describe('incremental ticket export (cursor)', () => {
  it('pages with cursor until end_of_stream and resumes a delta from the stored after_cursor', async () => {
    let now = T0 + 3_600_000;
    const { c } = await start(() => now);
    const seen: string[] = [];
    let page = await c.get('/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=10');
    const ends: boolean[] = [page.body.end_of_stream];
    seen.push(...page.body.tickets.map((t: { subject: string }) => t.subject));
    expect(page.body.before_cursor).toBeNull();
    while (!page.body.end_of_stream) {
      page = await c.get(page.body.after_url);
      ends.push(page.body.end_of_stream);
      seen.push(...page.body.tickets.map((t: { subject: string }) => t.subject));
    }
    expect(ends).toEqual([false, false, true]);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `t${i}`));
    const stored = page.body.after_cursor as string;
    expect(stored).toEqual(expect.any(String));

    // Nothing new: the stored cursor gives an empty, finished page and the same cursor back.
    const idle = await c.get(`/api/v2/incremental/tickets/cursor?cursor=${stored}`);
    expect(idle.body).toMatchObject({ tickets: [], end_of_stream: true, after_cursor: stored });

    // A ticket changes; it shows up only once the minute has passed.
    await c.put('/api/v2/tickets/3', { ticket: { status: 'open' } });
    expect((await c.get(`/api/v2/incremental/tickets/cursor?cursor=${stored}`)).body.tickets).toEqual([]);
    now += 61_000;
    const delta = await c.get(`/api/v2/incremental/tickets/cursor?cursor=${stored}`);
    expect(delta.body.tickets.map((t: { id: number; status: string }) => [t.id, t.status])).toEqual([[3, 'open']]);
    expect(delta.body.end_of_stream).toBe(true);
  });

  it('refuses a start_time within the last minute and a missing one', async () => {
    const now = T0 + 3_600_000;
    const { c } = await start(() => now);
    const recent = await c.get(`/api/v2/incremental/tickets/cursor?start_time=${Math.floor(now / 1000) - 30}`);
    expect(recent.status).toBe(422);
    expect(recent.body).toEqual({ error: 'InvalidValue', description: 'Too recent start_time. Use a start_time older than 1 minute' });
    expect((await c.get(`/api/v2/incremental/tickets/cursor?start_time=${Math.floor(now / 1000) - 61}`)).status).toBe(200);
    expect((await c.get('/api/v2/incremental/tickets/cursor')).status).toBe(422);
    expect((await c.get('/api/v2/incremental/tickets/cursor?cursor=garbage!')).status).toBe(422);
  });
});

describe('incremental user export (cursor)', () => {
  it('returns users changed since start_time', async () => {
    const now = T0 + 3_600_000;
    const { c, sim } = await start(() => now);
    const all = await c.get('/api/v2/incremental/users/cursor?start_time=0');
    expect(all.body.users.length).toBe(sim.store.users.size);
    expect(all.body.end_of_stream).toBe(true);
    const later = await c.get(`/api/v2/incremental/users/cursor?start_time=${Math.floor(T0 / 1000) + 1}`);
    // Only the admin (created "now" by the simulator) changed after the seeded customer.
    expect(later.body.users.map((u: { role: string }) => u.role)).toEqual(['admin']);
  });
});

describe('incremental organization export (time-based)', () => {
  it('pages by end_time, repeats the boundary second, and extends a page to hold a whole second', async () => {
    const now = T0 + 3_600_000;
    sim = await startZendeskSim({ checkRequests: false, clock: () => now });
    const c = client(sim);
    sim.seed({
      organizations: [
        { name: 'a', created_at: iso(T0) },
        { name: 'b', created_at: iso(T0 + 1000) },
        { name: 'c', created_at: iso(T0 + 1000) },
        { name: 'd', created_at: iso(T0 + 1000) },
        { name: 'e', created_at: iso(T0 + 2000) },
      ],
    });
    const first = await c.get('/api/v2/incremental/organizations?start_time=0&per_page=2');
    // Two requested, but b, c and d share a second: the page grows to hold them all.
    expect(first.body.organizations.map((o: { name: string }) => o.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(first.body).toMatchObject({ count: 4, end_time: T0 / 1000 + 1, end_of_stream: false });
    expect(first.body.next_page).toContain(`start_time=${T0 / 1000 + 1}`);
    const second = await c.get(first.body.next_page);
    // The boundary second comes again (clients de-duplicate); since it fills the whole page, the
    // export moves past that second instead of answering the same page forever.
    expect(second.body.organizations.map((o: { name: string }) => o.name)).toEqual(['b', 'c', 'd']);
    expect(second.body).toMatchObject({ end_time: T0 / 1000 + 2, end_of_stream: false });
    const third = await c.get(second.body.next_page);
    expect(third.body.organizations.map((o: { name: string }) => o.name)).toEqual(['e']);
    expect(third.body.end_of_stream).toBe(true);
    expect((await c.get(`/api/v2/incremental/organizations?start_time=${Math.floor(now / 1000)}`)).status).toBe(422);
  });
});
