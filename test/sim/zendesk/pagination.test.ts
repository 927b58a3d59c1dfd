// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZendeskSim, type ZendeskSim } from './index.js';
import { client, type Client } from './test-client.js';

let sim: ZendeskSim;
let c: Client;
beforeAll(async () => {
  sim = await startZendeskSim({ checkRequests: false });
  c = client(sim);
  sim.seed({
    users: Array.from({ length: 250 }, (_, i) => ({ name: `User ${i}`, email: `u${i}@example.com`, created_at: '2023-02-01T00:00:00Z' })),
    organizations: Array.from({ length: 3 }, (_, i) => ({ name: `Org ${i}` })),
  });
});
afterAll(() => sim.close());

describe('cursor pagination', () => {
  it('pages in id order whatever order the records were created in, so a cursor resumes without a repeat', async () => {
    const other = await startZendeskSim();
    try {
      // The admin exists first with a generated id; these come later with explicit, lower ids.
      other.seed({ users: [3, 1, 2].map((n) => ({ id: n, name: `Agent ${n}`, email: `a${n}@example.com`, role: 'agent' as const })) });
      const ids: number[] = [];
      let url: string | null = '/api/v2/users.json?page[size]=1';
      while (url) {
        const page = await client(other).get(url);
        ids.push(...page.body.users.map((u: { id: number }) => u.id));
        url = page.body.meta.has_more ? page.body.links.next : null;
      }
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(ids.slice(0, 3)).toEqual([1, 2, 3]);
      expect(new Set(ids).size).toBe(4);
    } finally {
      await other.close();
    }
  });

  it('pages with page[size] until meta.has_more is false; cursors and links stay present on the last page', async () => {
    const ids: number[] = [];
    let url: string | null = '/api/v2/users.json?page[size]=100';
    const hasMore: boolean[] = [];
    let last: { meta: { after_cursor: string | null }; links: { next: string | null } } | undefined;
    while (url) {
      const page = await c.get(url);
      expect(page.status).toBe(200);
      ids.push(...page.body.users.map((u: { id: number }) => u.id));
      hasMore.push(page.body.meta.has_more);
      last = page.body;
      url = page.body.meta.has_more ? page.body.links.next : null;
    }
    expect(hasMore).toEqual([true, true, false]);
    expect(ids).toHaveLength(251); // 250 seeded + the admin
    expect(new Set(ids).size).toBe(251);
    // Like Zendesk, the last page still carries a next link: only has_more says stop.
    expect(last?.meta.after_cursor).toEqual(expect.any(String));
    expect(last?.links.next).toContain('page[after]=');
    const beyond = await c.get(last?.links.next ?? '');
    expect(beyond.body.users).toEqual([]);
    expect(beyond.body.meta).toEqual({ has_more: false, after_cursor: null, before_cursor: null });
  });

  it('refuses page[size] over 100 and malformed cursors with 400', async () => {
    expect((await c.get('/api/v2/users?page[size]=101')).status).toBe(400);
    const bad = await c.get('/api/v2/users?page[size]=10&page[after]=not-a-cursor');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ errors: [{ code: 'InvalidPaginationParameter', title: 'page[after] is not valid' }] });
  });

  it('keeps its place when records are added between pages (keyset cursors)', async () => {
    const first = await c.get('/api/v2/organizations?page[size]=2');
    expect(first.body.organizations).toHaveLength(2);
    await c.post('/api/v2/organizations', { organization: { name: 'Inserted meanwhile' } });
    const second = await c.get(first.body.links.next);
    const names = [...first.body.organizations, ...second.body.organizations].map((o: { name: string }) => o.name);
    expect(names).toEqual(['Org 0', 'Org 1', 'Org 2', 'Inserted meanwhile']);
  });

  it('pages backwards with page[before]', async () => {
    const first = await c.get('/api/v2/users?page[size]=5');
    const second = await c.get(first.body.links.next);
    const back = await c.get(second.body.links.prev);
    expect(back.body.users.map((u: { id: number }) => u.id)).toEqual(first.body.users.map((u: { id: number }) => u.id));
  });
});

describe('offset pagination', () => {
  it('is used without page[size]: page, per_page, next_page, count', async () => {
    const page2 = await c.get('/api/v2/users?page=2&per_page=100');
    expect(page2.body.users).toHaveLength(100);
    expect(page2.body.count).toBe(251);
    expect(page2.body.next_page).toContain('page=3');
    expect(page2.body.previous_page).toContain('page=1');
    expect(page2.body.meta).toBeUndefined();
    const page3 = await c.get(page2.body.next_page);
    expect(page3.body.users).toHaveLength(51);
    expect(page3.body.next_page).toBeNull();
  });

  it('is refused with 400 beyond the first 10,000 records', async () => {
    expect((await c.get('/api/v2/users?page=100&per_page=100')).status).toBe(200);
    const refused = await c.get('/api/v2/users?page=101&per_page=100');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].code).toBe('InvalidPaginationParameter');
    expect(refused.body.errors[0].title).toMatch(/10,000/);
    expect((await c.get('/api/v2/tickets?page=201&per_page=50')).status).toBe(400);
  });
});

describe('Help Center lists', () => {
  it('default to 30 per page offset and send the next link in a Link header with cursors', async () => {
    const cat = await c.post('/api/v2/help_center/categories', { category: { name: 'C', locale: 'en-us' } });
    for (let i = 0; i < 3; i++) await c.post(`/api/v2/help_center/categories/${cat.body.category.id}/sections`, { section: { name: `S${i}`, locale: 'en-us' } });
    const offset = await c.get('/api/v2/help_center/sections?per_page=2');
    expect(offset.body).toMatchObject({ page: 1, per_page: 2, page_count: 2, count: 3 });
    const cursor = await c.get('/api/v2/help_center/sections?page[size]=2');
    expect(cursor.headers.get('link')).toBe(`<${cursor.body.links.next}>; rel="next"`);
  });
});
