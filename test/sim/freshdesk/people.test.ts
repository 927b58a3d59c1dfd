import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateFreshdeskAccount, startFreshdeskSim, type FreshdeskSim, type GeneratedIds } from './index.js';
import { client, type Client } from './test-client.js';

let sim: FreshdeskSim;
let api: Client;
let ids: GeneratedIds;
beforeEach(async () => {
  sim = await startFreshdeskSim({ plan: '2000', maxAgents: 6, clock: () => Date.parse('2026-01-01T00:00:00Z') });
  const generated = generateFreshdeskAccount({ seed: 9, agents: 4 });
  ids = generated.ids;
  sim.seed(generated.account);
  api = client(sim);
});
afterEach(() => sim.close());

const DUPLICATE = (field: string) => ({ description: 'Validation failed', errors: [{ field, message: 'It should be a unique value', code: 'duplicate_value' }] });

describe('Freshdesk simulator: contacts', () => {
  it('refuses a second contact with the same email (any case, also an other_emails entry) with 409 duplicate_value', async () => {
    const first = await api.post('/api/v2/contacts', { name: 'Ann', email: 'ann@x.example', other_emails: ['ann.alt@x.example'] });
    expect(first.status).toBe(201);
    const again = await api.post('/api/v2/contacts', { name: 'Ann 2', email: 'ANN@x.example' });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(DUPLICATE('email'));
    const alt = await api.post('/api/v2/contacts', { name: 'Ann 3', email: 'ann.alt@x.example' });
    expect(alt.body).toEqual(DUPLICATE('email'));
    const update = await api.put(`/api/v2/contacts/${ids.contacts[0]}`, { email: 'ann@x.example' });
    expect(update.status).toBe(409);
  });

  it('refuses a duplicate unique_external_id with 409 on that field', async () => {
    await api.post('/api/v2/contacts', { name: 'E', unique_external_id: 'ext-zz' });
    const again = await api.post('/api/v2/contacts', { name: 'F', unique_external_id: 'ext-zz' });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(DUPLICATE('unique_external_id'));
  });

  it('requires a name and one identifying attribute; refuses unknown attributes', async () => {
    const reply = await api.post('/api/v2/contacts', { job_title: 'x', created_at: '2020-01-01T00:00:00Z' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'name', code: 'missing_field' }),
      expect.objectContaining({ field: 'email', code: 'missing_field' }),
      expect.objectContaining({ field: 'created_at', code: 'invalid_field' }),
    ]));
  });

  it('finds contacts by email or unique_external_id through the list filters and the filter API', async () => {
    await api.post('/api/v2/contacts', { name: 'G', email: 'g@x.example', unique_external_id: 'ext-g' });
    expect((await api.get('/api/v2/contacts?email=G@x.example')).body).toEqual([expect.objectContaining({ email: 'g@x.example' })]);
    expect((await api.get('/api/v2/contacts?unique_external_id=ext-g')).body).toHaveLength(1);
    const search = await api.get(`/api/v2/search/contacts?query=${encodeURIComponent(`"email:'g@x.example' OR unique_external_id:'nothing'"`)}`);
    expect(search.body).toEqual({ results: [expect.objectContaining({ unique_external_id: 'ext-g' })], total: 1 });
    expect((await api.get('/api/v2/search/contacts?query=email:g@x.example')).status).toBe(400);
  });
});

describe('Freshdesk simulator: companies, groups, agents, ticket fields', () => {
  it('keeps company and group names unique (409) and finds companies by name prefix', async () => {
    expect((await api.post('/api/v2/companies', { name: 'Unique Co', domains: ['unique.example'] })).status).toBe(201);
    expect((await api.post('/api/v2/companies', { name: 'unique co' })).body).toEqual(DUPLICATE('name'));
    expect((await api.get('/api/v2/companies/autocomplete?name=uniq')).body).toEqual({ companies: [{ id: expect.any(Number), name: 'Unique Co' }] });
    expect((await api.post('/api/v2/groups', { name: 'Escalations', agent_ids: [ids.agents[0]] })).status).toBe(201);
    expect((await api.post('/api/v2/groups', { name: 'Escalations' })).body).toEqual(DUPLICATE('name'));
    expect((await api.post('/api/v2/groups', { name: 'Ghosts', agent_ids: [123] })).body.errors[0]).toMatchObject({ field: 'agent_ids', code: 'invalid_value' });
  });

  it('refuses an agent past the seat cap with 403 max_agents_reached; /agents/me is the key owner', async () => {
    // 1 built-in + 4 generated = 5 of 6 seats.
    expect((await api.post('/api/v2/agents', { email: 'sixth@support.example', ticket_scope: 1 })).status).toBe(201);
    const capped = await api.post('/api/v2/agents', { email: 'seventh@support.example', ticket_scope: 1 });
    expect(capped.status).toBe(403);
    expect(capped.body).toEqual({ code: 'max_agents_reached', message: expect.any(String) });
    expect((await api.get('/api/v2/agents/me')).body).toMatchObject({ id: sim.store.currentAgentId, contact: { email: 'admin@sim.freshdesk.com' } });
    expect((await api.get('/api/v2/agents?email=AGENT1@support.example')).body).toEqual([expect.objectContaining({ id: ids.agents[0] })]);
  });

  it('generates cf_ names for created ticket fields and takes values under that name', async () => {
    const field = await api.post('/api/v2/admin/ticket_fields', { label: 'Original created at', label_for_customers: 'Created', type: 'custom_date' });
    expect(field.status).toBe(201);
    expect(field.body.name).toBe('cf_original_created_at_297457');
    expect((await api.post('/api/v2/admin/ticket_fields', { label: 'original created at', label_for_customers: 'x', type: 'custom_text' })).body).toEqual(DUPLICATE('label'));
    const dropdown = await api.post('/api/v2/admin/ticket_fields', { label: 'Issue type', label_for_customers: 'Issue', type: 'custom_dropdown' });
    expect(dropdown.body.errors[0]).toMatchObject({ field: 'choices', code: 'missing_field' });
    const ticket = await api.post('/api/v2/tickets', { email: 'a@b.example', subject: 's', description: 'd', custom_fields: { cf_original_created_at_297457: '2019-05-06' } });
    expect(ticket.body.custom_fields.cf_original_created_at_297457).toBe('2019-05-06');
    const withTime = await api.post('/api/v2/tickets', { email: 'a@b.example', subject: 's', description: 'd', custom_fields: { cf_original_created_at_297457: '2019-05-06T10:00:00Z' } });
    expect(withTime.status).toBe(400);
  });

  it('lists the built-in statuses 2–5 and custom ones in the status field choices', async () => {
    const fields = (await api.get('/api/v2/ticket_fields')).body as { name: string; choices?: unknown }[];
    const status = fields.find((f) => f.name === 'status');
    expect(Object.keys(status?.choices as object)).toEqual(['2', '3', '4', '5', '6']);
    expect(fields.filter((f) => f.name.startsWith('cf_'))).toHaveLength(7);
  });
});

describe('Freshdesk simulator: contact and company fields', () => {
  it('lists default and custom fields, creates custom ones named by label, and checks values by them', async () => {
    const contactFields = (await api.get('/api/v2/contact_fields')).body as { name: string; default: boolean }[];
    expect(contactFields.filter((f) => !f.default).map((f) => f.name)).toEqual(['plan', 'beta_tester']);
    expect(contactFields.some((f) => f.default && f.name === 'email')).toBe(true);
    const created = await api.post('/api/v2/company_fields', { label: 'Renewal owner', label_for_customers: 'Owner', type: 'custom_text' });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('renewal_owner');
    expect((await api.post('/api/v2/company_fields', { label: 'renewal owner', label_for_customers: 'x', type: 'custom_text' })).status).toBe(409);
    const company = await api.post('/api/v2/companies', { name: 'Fielded', custom_fields: { renewal_owner: 'Kim', seats: 3 } });
    expect(company.body.custom_fields).toEqual({ renewal_owner: 'Kim', seats: 3 });
    const bad = await api.post('/api/v2/contacts', { name: 'P', email: 'p@x.example', custom_fields: { plan: 'enterprise', nope: 1 } });
    expect(bad.body.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'custom_fields.plan', code: 'invalid_value' }),
      expect.objectContaining({ field: 'nope', code: 'invalid_field' }),
    ]));
  });
});
