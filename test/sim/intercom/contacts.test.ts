/** Contacts: writes, conflicts, phones, custom attributes, listing, search, merge. */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntercomSim, type IntercomSim } from './server.js';
import { BASIC_ADMINS, clientFor, errorCode, errorMessage, type Call } from './test-client.js';

interface ContactBody {
  id: string;
  role: string;
  email: string;
  phone: string | null;
  name: string | null;
  created_at: number;
  updated_at: number;
  signed_up_at: number | null;
  custom_attributes: Record<string, unknown>;
  external_id: string | null;
}
interface ListBody {
  data: ContactBody[];
  total_count: number;
  pages: { page: number; per_page: number; total_pages: number; next?: { per_page: number; starting_after: string } };
}

const NOW = 1_760_000_000;
let sim: IntercomSim;
let call: Call;

beforeAll(async () => {
  sim = await startIntercomSim({
    checkRequests: false,
    now: () => NOW,
    seed: {
      admins: BASIC_ADMINS,
      dataAttributes: [
        { model: 'contact', name: 'plan', data_type: 'string' },
        { model: 'contact', name: 'seats', data_type: 'integer' },
        { model: 'contact', name: 'renews_at', data_type: 'date' },
      ],
    },
  });
  call = clientFor(sim);
});
afterAll(() => sim.close());

describe('create and update', () => {
  it('creates a user with the fields it was given; created_at is the import time, signed_up_at is honoured', async () => {
    const reply = await call<ContactBody>('POST', '/contacts', {
      role: 'user',
      external_id: 'u-1',
      email: 'Jane@Example.test',
      phone: '+353871234567',
      name: 'Jane',
      created_at: 1_000_000_000,
      signed_up_at: 1_500_000_000,
      owner_id: '991200001',
      custom_attributes: { plan: 'pro', seats: 4 },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      type: 'contact',
      role: 'user',
      external_id: 'u-1',
      email: 'Jane@Example.test',
      email_domain: 'Example.test',
      phone: '+353871234567',
      name: 'Jane',
      created_at: NOW,
      signed_up_at: 1_500_000_000,
      owner_id: '991200001',
      custom_attributes: { plan: 'pro', seats: 4 },
    });
    expect(reply.body.id).toMatch(/^[0-9a-f]{24}$/);
    expect(sim.store.contacts.get(reply.body.id)?.created_at).toBe(NOW);
  });

  it('answers 409 conflict with the existing id for a duplicate external_id, and for a user with the same email', async () => {
    const existing = sim.store.findContactByExternalId('u-1')!;
    const byExternalId = await call('POST', '/contacts', { role: 'lead', external_id: 'u-1' });
    expect(byExternalId.status).toBe(409);
    expect(errorCode(byExternalId)).toBe('conflict');
    expect(errorMessage(byExternalId)).toBe(`A contact matching those details already exists with id=${existing.id}`);
    expect(/id=([0-9a-f]{24})/.exec(errorMessage(byExternalId) ?? '')?.[1]).toBe(existing.id);
    const byEmail = await call('POST', '/contacts', { role: 'user', email: 'jane@example.test' });
    expect(byEmail.status).toBe(409);
    // A lead may share an email; a user with its own external_id too.
    expect((await call('POST', '/contacts', { role: 'lead', email: 'jane@example.test' })).status).toBe(200);
    expect((await call('POST', '/contacts', { role: 'user', external_id: 'u-2', email: 'jane@example.test' })).status).toBe(200);
  });

  it('says "archived" when the duplicate is archived', async () => {
    const created = await call<ContactBody>('POST', '/contacts', { role: 'user', external_id: 'to-archive' });
    expect((await call('POST', `/contacts/${created.body.id}/archive`)).body).toEqual({ type: 'contact', id: created.body.id, external_id: 'to-archive', archived: true });
    const dup = await call('POST', '/contacts', { role: 'user', external_id: 'to-archive' });
    expect(dup.status).toBe(409);
    expect(errorMessage(dup)).toBe(`An archived contact matching those details already exists with id=${created.body.id}`);
    await call('POST', `/contacts/${created.body.id}/unarchive`);
    expect(errorMessage(await call('POST', '/contacts', { role: 'user', external_id: 'to-archive' }))).toMatch(/^A contact matching/);
  });

  it('refuses phones that are not valid E.164 on create and on update (leaving the contact unchanged)', async () => {
    for (const phone of ['087 123 4567', '+1 (415) 555-2671', '0871234567', '+999123', '+15555555555']) {
      const reply = await call('POST', '/contacts', { role: 'user', external_id: `p-${phone}`, phone });
      expect(reply.status, phone).toBe(400);
      expect(errorCode(reply)).toBe('parameter_invalid');
    }
    const ok = await call<ContactBody>('POST', '/contacts', { role: 'user', external_id: 'p-ok', phone: '+14155552671', name: 'Before' });
    expect(ok.status).toBe(200);
    const bad = await call('PUT', `/contacts/${ok.body.id}`, { name: 'After', phone: '415-555-2671' });
    expect(bad.status).toBe(400);
    expect(sim.store.contacts.get(ok.body.id)).toMatchObject({ name: 'Before', phone: '+14155552671' });
  });

  it('updates fields, refuses user→lead, unknown owners, and an external_id that belongs to another contact', async () => {
    const a = await call<ContactBody>('POST', '/contacts', { role: 'user', external_id: 'upd-a' });
    await call('POST', '/contacts', { role: 'user', external_id: 'upd-b' });
    const updated = await call<ContactBody>('PUT', `/contacts/${a.body.id}`, { name: 'Renamed', custom_attributes: { seats: 9 }, signed_up_at: 1_400_000_000 });
    expect(updated.body).toMatchObject({ name: 'Renamed', custom_attributes: { seats: 9 }, signed_up_at: 1_400_000_000 });
    const toLead = await call('PUT', `/contacts/${a.body.id}`, { role: 'lead' });
    expect([toLead.status, errorCode(toLead)]).toEqual([400, 'client_error']);
    const owner = await call('PUT', `/contacts/${a.body.id}`, { owner_id: '1' });
    expect(errorMessage(owner)).toBe('The owner specified is not a member of the workspace');
    const clash = await call('PUT', `/contacts/${a.body.id}`, { external_id: 'upd-b' });
    expect(clash.status).toBe(409);
  });

  it('refuses custom attributes that are not defined (unless strictCustomAttributes is off) or of the wrong type', async () => {
    const unknown = await call('POST', '/contacts', { role: 'user', external_id: 'ca-1', custom_attributes: { nope: 1 } });
    expect([unknown.status, errorCode(unknown)]).toEqual([400, 'parameter_not_found']);
    const wrongType = await call('POST', '/contacts', { role: 'user', external_id: 'ca-2', custom_attributes: { seats: 'many' } });
    expect(wrongType.status).toBe(400);
    const lenient = await startIntercomSim({ checkRequests: false, strictCustomAttributes: false });
    try {
      expect((await clientFor(lenient)('POST', '/contacts', { role: 'user', custom_attributes: { nope: 1 } })).status).toBe(200);
    } finally {
      await lenient.close();
    }
  });

  it('needs one of role, external_id or email, and email_verified only with an email', async () => {
    expect((await call('POST', '/contacts', { name: 'Nobody' })).status).toBe(400);
    expect((await call('POST', '/contacts', { role: 'lead', email_verified: true })).status).toBe(400);
  });
});

describe('list and search', () => {
  let listSim: IntercomSim;
  let list: Call;
  const day = (iso: string): number => Date.parse(iso) / 1000;

  beforeAll(async () => {
    listSim = await startIntercomSim({
    checkRequests: false,
      now: () => day('2024-06-01T12:00:00Z'),
      timezone: 'America/New_York',
      seed: {
        admins: BASIC_ADMINS,
        tags: [{ id: '7000001', name: 'VIP' }],
        dataAttributes: [{ model: 'contact', name: 'plan', data_type: 'string' }],
        contacts: Array.from({ length: 25 }, (_, i) => ({
          id: `6762f0${String(i + 1).padStart(18, '0')}`,
          role: i % 5 === 0 ? ('lead' as const) : ('user' as const),
          external_id: i % 5 === 0 ? null : `x-${i + 1}`,
          email: `person${i + 1}@${i % 2 ? 'odd' : 'even'}.test`,
          name: `Person ${i + 1}`,
          // One contact per day at 02:00 UTC (22:00 the day before in New York).
          created_at: day('2024-01-01T02:00:00Z') + i * 86400,
          updated_at: day('2024-01-01T02:00:00Z') + i * 86400,
          custom_attributes: { plan: i < 10 ? 'free' : 'pro' },
          tags: i < 3 ? ['VIP'] : [],
        })),
      },
    });
    list = clientFor(listSim);
  });
  afterAll(() => listSim.close());

  it('pages GET /contacts with starting_after: default 10 per page, at most 150, next absent on the last page', async () => {
    const first = await list<ListBody>('GET', '/contacts');
    expect(first.body.data).toHaveLength(10);
    expect(first.body.total_count).toBe(25);
    expect(first.body.pages).toMatchObject({ type: 'pages', page: 1, per_page: 10, total_pages: 3 });
    const seen = first.body.data.map((c) => c.id);
    let next = first.body.pages.next?.starting_after;
    while (next) {
      const page = await list<ListBody>('GET', `/contacts?starting_after=${next}`);
      seen.push(...page.body.data.map((c) => c.id));
      next = page.body.pages.next?.starting_after;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect((await list<ListBody>('GET', '/contacts?per_page=500')).body.pages.per_page).toBe(150);
    expect((await list('GET', '/contacts?starting_after=garbage!')).status).toBe(400);
  });

  it('searches with nested AND/OR groups and string operators', async () => {
    const reply = await list<ListBody>('POST', '/contacts/search', {
      query: {
        operator: 'AND',
        value: [
          { field: 'role', operator: '=', value: 'user' },
          { operator: 'OR', value: [{ field: 'email', operator: '$', value: '@odd.test' }, { field: 'custom_attributes.plan', operator: '=', value: 'free' }] },
          { field: 'name', operator: '!~', value: 'Person 2' },
        ],
      },
      pagination: { per_page: 50 },
    });
    expect(reply.status).toBe(200);
    const expected = listSim.store.contacts.size === 25 ? [...listSim.store.contacts.values()] : [];
    const want = expected
      .filter((c) => c.role === 'user' && (c.email!.endsWith('@odd.test') || c.custom_attributes['plan'] === 'free') && !c.name!.toLowerCase().includes('person 2'))
      .map((c) => c.id);
    expect(reply.body.data.map((c) => c.id)).toEqual(want);
    expect(want.length).toBeGreaterThan(3);
    const tagged = await list<ListBody>('POST', '/contacts/search', { query: { field: 'tag_id', operator: '=', value: '7000001' } });
    expect(tagged.body.total_count).toBe(3);
    const inList = await list<ListBody>('POST', '/contacts/search', { query: { field: 'external_id', operator: 'IN', value: ['x-2', 'x-3', 'nope'] } });
    expect(inList.body.data.map((c) => c.external_id)).toEqual(['x-2', 'x-3']);
  });

  it('limits nesting to 2 levels and groups to 15 filters, and checks operators against field types', async () => {
    const leaf = { field: 'role', operator: '=', value: 'user' };
    const tooDeep = { operator: 'AND', value: [{ operator: 'OR', value: [{ operator: 'AND', value: [leaf] }] }] };
    expect((await list('POST', '/contacts/search', { query: tooDeep })).status).toBe(400);
    expect((await list('POST', '/contacts/search', { query: { operator: 'OR', value: Array(16).fill(leaf) } })).status).toBe(400);
    expect((await list('POST', '/contacts/search', { query: { operator: 'OR', value: Array(15).fill(leaf) } })).status).toBe(200);
    expect((await list('POST', '/contacts/search', { query: { field: 'created_at', operator: '=', value: 'foobar' } })).status).toBe(400);
    expect((await list('POST', '/contacts/search', { query: { field: 'tag_id', operator: 'IN', value: ['7000001'] } })).status).toBe(400);
    expect((await list('POST', '/contacts/search', { query: { field: 'no_such_field', operator: '=', value: 1 } })).status).toBe(400);
  });

  it('matches timestamps by calendar day in the workspace timezone, and refuses !=, >=, <=, IN, NIN on dates', async () => {
    // Contact i+1 was created 2024-01-(i+1) 02:00 UTC = 2023-12-31+i 21:00 in New York.
    const onDay = await list<ListBody>('POST', '/contacts/search', { query: { field: 'created_at', operator: '=', value: day('2024-01-05T15:00:00Z') } });
    // New York day 2024-01-05 holds the contact created 2024-01-06 02:00 UTC (Person 6).
    expect(onDay.body.data.map((c) => c.name)).toEqual(['Person 6']);
    // `>` starts at the next day: 2024-01-20 10:00 NY → from 2024-01-21 00:00 NY = 2024-01-21 05:00 UTC,
    // so Person 22 (2024-01-22 02:00 UTC = 2024-01-21 21:00 NY) is in and Person 21 is not.
    const after = await list<ListBody>('POST', '/contacts/search', { query: { field: 'created_at', operator: '>', value: day('2024-01-20T15:00:00Z') } });
    expect(after.body.data.map((c) => c.name)).toEqual(['Person 22', 'Person 23', 'Person 24', 'Person 25']);
    // `<` ends before the start of that day: before 2024-01-03 00:00 NY = 2024-01-03 05:00 UTC.
    const before = await list<ListBody>('POST', '/contacts/search', { query: { field: 'created_at', operator: '<', value: day('2024-01-03T15:00:00Z') } });
    expect(before.body.data.map((c) => c.name)).toEqual(['Person 1', 'Person 2', 'Person 3']);
    for (const operator of ['!=', '>=', '<=']) {
      expect((await list('POST', '/contacts/search', { query: { field: 'updated_at', operator, value: day('2024-01-03T00:00:00Z') } })).status, operator).toBe(400);
    }
    expect((await list('POST', '/contacts/search', { query: { field: 'updated_at', operator: 'IN', value: [1] } })).status).toBe(400);
  });

  it('paginates search in the body and sorts by any field', async () => {
    const sort = { field: 'created_at', order: 'descending' };
    const first = await list<ListBody>('POST', '/contacts/search', { query: { field: 'role', operator: '=', value: 'user' }, pagination: { per_page: 7 }, sort });
    expect(first.body.total_count).toBe(20);
    expect(first.body.data[0]?.name).toBe('Person 25');
    const second = await list<ListBody>('POST', '/contacts/search', {
      query: { field: 'role', operator: '=', value: 'user' },
      pagination: { per_page: 7, starting_after: first.body.pages.next?.starting_after },
      sort,
    });
    expect(second.body.pages.page).toBe(2);
    const createdAt = [...first.body.data, ...second.body.data].map((c) => c.created_at);
    expect(createdAt).toEqual([...createdAt].sort((a, b) => b - a));
    const defaultSize = await list<ListBody>('POST', '/contacts/search', { query: { field: 'email', operator: '~', value: 'person' } });
    expect(defaultSize.body.pages.per_page).toBe(50);
    const badOrder = await list('POST', '/contacts/search', { query: { field: 'role', operator: '=', value: 'user' }, sort: { field: 'created_at', order: 'asc' } });
    expect([badOrder.status, errorCode(badOrder), errorMessage(badOrder)]).toEqual([400, 'invalid_sort_order', "Invalid sort order 'asc'. Must be one of: ascending, descending"]);
  });
});

describe('search index lag, lookups, merge', () => {
  it('hides new contacts from search for searchIndexLagSeconds, but not from GET', async () => {
    let now = 1_700_000_000;
    const lagging = await startIntercomSim({ checkRequests: false, now: () => now, searchIndexLagSeconds: 120 });
    try {
      const c = clientFor(lagging);
      const created = await c<ContactBody>('POST', '/contacts', { role: 'user', external_id: 'fresh' });
      const query = { query: { field: 'external_id', operator: '=', value: 'fresh' } };
      expect((await c<ListBody>('POST', '/contacts/search', query)).body.total_count).toBe(0);
      expect((await c('GET', `/contacts/${created.body.id}`)).status).toBe(200);
      now += 120;
      expect((await c<ListBody>('POST', '/contacts/search', query)).body.total_count).toBe(1);
    } finally {
      await lagging.close();
    }
  });

  it('finds by external_id, and a merged lead answers 410 with a Link to the user it went into', async () => {
    const user = await call<ContactBody>('POST', '/contacts', { role: 'user', external_id: 'merge-into' });
    const lead = await call<ContactBody>('POST', '/contacts', { role: 'lead', email: 'lead-merge@example.test' });
    expect((await call<ContactBody>('GET', '/contacts/find_by_external_id/merge-into')).body.id).toBe(user.body.id);
    expect((await call('GET', '/contacts/find_by_external_id/nobody')).status).toBe(404);
    expect((await call('POST', '/contacts/merge', { from: user.body.id, into: lead.body.id })).status).toBe(400);
    expect((await call<ContactBody>('POST', '/contacts/merge', { from: lead.body.id, into: user.body.id })).body.id).toBe(user.body.id);
    const gone = await call('GET', `/contacts/${lead.body.id}`);
    expect([gone.status, errorCode(gone)]).toEqual([410, 'contact_merged']);
    expect(gone.headers.get('link')).toBe(`</contacts/${user.body.id}>; rel="canonical"`);
  });

  it('shows at most 10 inline tags and companies, with totals and has_more', async () => {
    const contact = await call<ContactBody>('POST', '/contacts', { role: 'user', external_id: 'many-links' });
    for (let i = 0; i < 12; i++) {
      const tag = await call<{ id: string }>('POST', '/tags', { name: `inline-${i}` });
      await call('POST', `/contacts/${contact.body.id}/tags`, { id: tag.body.id });
    }
    const body = (await call<{ tags: { data: unknown[]; total_count: number; has_more: boolean; url: string } }>('GET', `/contacts/${contact.body.id}`)).body;
    expect(body.tags.data).toHaveLength(10);
    expect(body.tags).toMatchObject({ total_count: 12, has_more: true, url: `/contacts/${contact.body.id}/tags` });
    expect((await call<{ data: unknown[] }>('GET', `/contacts/${contact.body.id}/tags`)).body.data).toHaveLength(12);
  });
});
