// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateZendeskAccount, startZendeskSim, type ZendeskSim } from './index.js';
import { client, type Client } from './test-client.js';

describe('generateZendeskAccount', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(generateZendeskAccount({ seed: 7 })).toEqual(generateZendeskAccount({ seed: 7 }));
    expect(generateZendeskAccount({ seed: 7 }).account.tickets).not.toEqual(generateZendeskAccount({ seed: 8 }).account.tickets);
  });
});

describe('a seeded generated account', () => {
  let sim: ZendeskSim;
  let c: Client;
  const { account, ids } = generateZendeskAccount({ seed: 42 });
  beforeAll(async () => {
    sim = await startZendeskSim({ checkRequests: false, clock: () => Date.parse('2024-06-01T00:00:00Z') });
    sim.seed(account);
    c = client(sim);
  });
  afterAll(() => sim.close());

  it('holds every record with its seeded ids and timestamps', async () => {
    expect(sim.store.tickets.size).toBe(30);
    expect([...sim.store.users.values()].filter((u) => u.role !== 'end-user')).toHaveLength(5); // 4 agents + the sim admin
    const first = account.tickets?.[0];
    const shown = (await c.get(`/api/v2/tickets/${first?.id}`)).body.ticket;
    expect(shown.created_at).toBe(first?.created_at);
    expect(shown.updated_at).toBe(first?.updated_at);
  });

  it('has the edge cases: a long ticket, private notes, attachments, unassigned and archived tickets', async () => {
    const long = sim.store.tickets.get(ids.longTicket);
    expect(long?.comments).toHaveLength(120);
    const page1 = await c.get(`/api/v2/tickets/${ids.longTicket}/comments?page[size]=100`);
    expect(page1.body.meta.has_more).toBe(true);
    const all = [...sim.store.tickets.values()];
    expect(all.some((t) => t.comments.some((cm) => !cm.public))).toBe(true);
    const withFiles = all.flatMap((t) => t.comments.flatMap((cm) => cm.attachments));
    expect(withFiles.length).toBeGreaterThan(3);
    const png = withFiles.find((a) => a.file_name.endsWith('.png'));
    const bytes = Buffer.from(await (await fetch(`${sim.url}/attachments/token/${png?.download_token}/?name=x`)).arrayBuffer());
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([137, 80, 78, 71]));
    expect(ids.unassignedTickets.length).toBeGreaterThan(0);
    for (const id of ids.unassignedTickets) expect(sim.store.tickets.get(id)?.assignee_id).toBeNull();
    expect(sim.store.tickets.get(ids.archivedTicket)).toMatchObject({ archived: true, status: 'closed' });
    expect((await c.get('/api/v2/tickets?per_page=100')).body.tickets).toHaveLength(29);
  });

  it('has custom field values of every type, and dropdown values appear as tags', async () => {
    const values = [...sim.store.tickets.values()].map((t) => t.custom_field_values);
    for (const fieldId of Object.values(ids.ticketFields)) expect(values.some((v) => v[fieldId] !== undefined && v[fieldId] !== null)).toBe(true);
    const withProduct = [...sim.store.tickets.values()].find((t) => typeof t.custom_field_values[ids.ticketFields.dropdown] === 'string');
    expect(withProduct?.tags).toContain(withProduct?.custom_field_values[ids.ticketFields.dropdown]);
    const user = (await c.get(`/api/v2/users/${ids.endUsers[0]}`)).body.user;
    expect(user.external_id).toBe('Cust-1');
    expect(Object.keys(user.user_fields)).toEqual(['plan_tier', 'seats', 'vip']);
  });

  it('has a Help Center with nested sections, translations, a draft, a restricted article and attachments', async () => {
    for (const id of ids.nestedSections) expect(sim.store.hc.sections.get(id)?.parent_section_id).not.toBeNull();
    expect(sim.store.hc.articles.get(ids.draftArticle)?.translations[0]?.draft).toBe(true);
    expect(sim.store.hc.articles.get(ids.restrictedArticle)?.user_segment_id).toBe(ids.restrictedSegment);
    const translated = (await c.get('/api/v2/help_center/de/articles')).body.articles;
    expect(translated.length).toBeGreaterThan(0);
    expect(translated[0].locale).toBe('de');
    const withAttachments = (await c.get(`/api/v2/help_center/articles/${ids.articles[0]}/attachments`)).body.article_attachments;
    expect(withAttachments).toHaveLength(2);
    expect((await c.get('/api/v2/help_center/locales')).body.locales).toEqual(['en-us', 'de']);
  });
});

describe('seed', () => {
  it('throws on broken references instead of producing a half-linked account', async () => {
    const sim = await startZendeskSim({ checkRequests: false });
    try {
      expect(() => sim.seed({ tickets: [{ requester_id: 123, created_at: '2023-01-01T00:00:00Z', comments: [{ author_id: 123, body: 'x', created_at: '2023-01-01T00:00:00Z' }] }] })).toThrow(/requester/);
      expect(() => sim.seed({ users: [{ name: 'A', organization_id: 5 }] })).toThrow(/organization/);
      expect(() => sim.seed({ users: [{ name: 'A', email: 'admin@example.com' }] })).toThrow(/duplicated/);
      expect(() => sim.seed({ articles: [{ section_id: 1, title: 'x' }] })).toThrow(/section/);
      const r = sim.seed({ users: [{ id: 77, name: 'Explicit' }] });
      expect(r.users).toEqual([77]);
      expect(() => sim.seed({ users: [{ id: 77, name: 'Again' }] })).toThrow(/already used/);
    } finally {
      await sim.close();
    }
  });
});
