/** Companies: upsert, visibility in lists, the single scroll, contact links. */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntercomSim, type IntercomSim } from './server.js';
import { BASIC_ADMINS, clientFor, errorCode, type Call } from './test-client.js';

interface CompanyBody {
  id: string;
  company_id: string;
  name: string;
  created_at: number;
  remote_created_at: number;
  monthly_spend: number;
  user_count: number;
  plan: { name?: string };
  custom_attributes: Record<string, unknown>;
}
interface ScrollBody {
  data: CompanyBody[];
  scroll_param: string;
}

let sim: IntercomSim;
let call: Call;
let nowMs = 1_700_000_000_000;

beforeAll(async () => {
  sim = await startIntercomSim({
    checkRequests: false,
    now: () => 1_760_000_000,
    clockMs: () => nowMs,
    scrollPageSize: 4,
    seed: {
      admins: BASIC_ADMINS,
      dataAttributes: [{ model: 'company', name: 'tier', data_type: 'string' }],
      companies: Array.from({ length: 9 }, (_, i) => ({ company_id: `co-${i + 1}`, name: `Company ${i + 1}` })),
      contacts: Array.from({ length: 9 }, (_, i) => ({ role: 'user' as const, external_id: `u-${i + 1}`, companies: i === 8 ? [] : [`co-${i + 1}`] })),
    },
  });
  call = clientFor(sim);
});
afterAll(() => sim.close());

describe('POST /companies', () => {
  it('upserts on company_id: the second call updates the same company; created_at is not writable', async () => {
    const first = await call<CompanyBody>('POST', '/companies', { company_id: 'acme', name: 'Acme', plan: 'Pro', monthly_spend: 1234.99, remote_created_at: 1_300_000_000, created_at: 1 });
    expect(first.body).toMatchObject({ company_id: 'acme', name: 'Acme', monthly_spend: 1234, remote_created_at: 1_300_000_000, created_at: 1_760_000_000, plan: { name: 'Pro' } });
    const second = await call<CompanyBody>('POST', '/companies', { company_id: 'acme', name: 'Acme Corp', custom_attributes: { tier: 'gold' } });
    expect(second.body.id).toBe(first.body.id);
    expect(second.body).toMatchObject({ name: 'Acme Corp', plan: { name: 'Pro' }, custom_attributes: { tier: 'gold' } });
    expect([...sim.store.companies.values()].filter((c) => c.company_id === 'acme')).toHaveLength(1);
    expect((await call<CompanyBody>('POST', '/companies', { company_id: 'big', monthly_spend: 1e12 })).body.monthly_spend).toBe(2 ** 31 - 1);
    expect((await call('POST', '/companies', { name: 'No key' })).status).toBe(400);
    expect(errorCode(await call('POST', '/companies', { company_id: 'x', custom_attributes: { unknown: 1 } }))).toBe('parameter_not_found');
  });

  it('lists only companies that have a contact, by page number', async () => {
    const page1 = await call<{ data: CompanyBody[]; total_count: number; pages: { page: number; total_pages: number; next?: null } }>('GET', '/companies?per_page=5');
    expect(page1.body.total_count).toBe(8);
    expect(page1.body.pages).toMatchObject({ page: 1, total_pages: 2 });
    expect(page1.body.pages.next).toBeUndefined();
    const page2 = await call<{ data: CompanyBody[]; pages: { next?: null } }>('GET', '/companies?per_page=5&page=2');
    expect(page2.body.data).toHaveLength(3);
    expect(page2.body.pages.next).toBeNull();
    const names = [...page1.body.data, ...page2.body.data].map((c) => c.company_id);
    expect(names).not.toContain('co-9');
    expect(names).not.toContain('acme');
    expect((await call<CompanyBody>('GET', `/companies/${sim.store.findCompanyByCompanyId('co-9')!.id}`)).body.user_count).toBe(0);
    expect((await call('GET', '/companies?company_id=co-9')).status).toBe(404);
  });
});

describe('company scroll', () => {
  it('pages through every listable company once, ends with an empty page, then the param is gone', async () => {
    const first = await call<ScrollBody>('GET', '/companies/scroll');
    expect(first.body.data).toHaveLength(4);
    const seen = first.body.data.map((c) => c.company_id);
    let param = first.body.scroll_param;
    for (;;) {
      const page = await call<ScrollBody>('GET', `/companies/scroll?scroll_param=${param}`);
      expect(page.status).toBe(200);
      if (page.body.data.length === 0) break;
      seen.push(...page.body.data.map((c) => c.company_id));
      param = page.body.scroll_param;
    }
    expect(seen.sort()).toEqual(['co-1', 'co-2', 'co-3', 'co-4', 'co-5', 'co-6', 'co-7', 'co-8']);
    const after = await call('GET', `/companies/scroll?scroll_param=${param}`);
    expect([after.status, errorCode(after)]).toEqual([404, 'not_found']);
  });

  it('allows one scroll at a time, which expires after a minute without use', async () => {
    const open = await call<ScrollBody>('GET', '/companies/scroll');
    const second = await call('GET', '/companies/scroll');
    expect([second.status, errorCode(second)]).toEqual([400, 'scroll_exists']);
    nowMs += 59_000;
    expect((await call('GET', `/companies/scroll?scroll_param=${open.body.scroll_param}`)).status).toBe(200);
    nowMs += 59_000; // still alive: the last use was 59 s ago
    expect((await call('GET', '/companies/scroll')).status).toBe(400);
    nowMs += 2_000;
    expect((await call('GET', `/companies/scroll?scroll_param=${open.body.scroll_param}`)).status).toBe(404);
    const fresh = await call<ScrollBody>('GET', '/companies/scroll');
    expect(fresh.status).toBe(200);
    expect(fresh.body.scroll_param).not.toBe(open.body.scroll_param);
    nowMs += 61_000;
  });
});

describe('contact ↔ company links', () => {
  it('attaches, lists and detaches, and makes a company visible once it has a contact', async () => {
    const contact = sim.store.findContactByExternalId('u-9')!;
    const acme = sim.store.findCompanyByCompanyId('acme')!;
    const attached = await call<CompanyBody>('POST', `/contacts/${contact.id}/companies`, { id: acme.id });
    expect(attached.body.user_count).toBe(1);
    expect((await call<{ total_count: number }>('GET', '/companies')).body.total_count).toBe(9);
    const listed = await call<{ companies: CompanyBody[]; total_count: number }>('GET', `/contacts/${contact.id}/companies`);
    expect(listed.body.companies.map((c) => c.company_id)).toEqual(['acme']);
    const members = await call<{ data: Array<{ id: string }> }>('GET', `/companies/${acme.id}/contacts`);
    expect(members.body.data.map((c) => c.id)).toEqual([contact.id]);
    expect((await call('POST', `/contacts/${contact.id}/companies`, {})).status).toBe(400);
    expect(errorCode(await call('POST', `/contacts/${contact.id}/companies`, { id: 'missing' }))).toBe('company_not_found');
    expect(errorCode(await call('POST', '/contacts/missing/companies', { id: acme.id }))).toBe('not_found');
    expect((await call('DELETE', `/contacts/${contact.id}/companies/${acme.id}`)).status).toBe(200);
    expect(sim.store.contacts.get(contact.id)?.company_ids).toEqual([]);
    expect((await call('DELETE', `/contacts/${contact.id}/companies/${acme.id}`)).status).toBe(404);
  });

  it('caps a contact at 1000 companies', async () => {
    const contact = sim.store.findContactByExternalId('u-1')!;
    const missing = 1000 - contact.company_ids.length;
    for (let i = 0; i < missing; i++) contact.company_ids.push(`fake-${i}`);
    const extra = await call<CompanyBody>('POST', '/companies', { company_id: 'one-too-many' });
    const reply = await call('POST', `/contacts/${contact.id}/companies`, { id: extra.body.id });
    expect([reply.status, errorCode(reply)]).toEqual([400, 'contact_company_limit_exceeded']);
  });
});
