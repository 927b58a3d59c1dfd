/** Tags (find-or-create, rename, bulk tagging) and data attributes. */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntercomSim, type IntercomSim } from './server.js';
import { BASIC_ADMINS, clientFor, errorCode, errorMessage, type Call } from './test-client.js';

interface Attribute {
  id: number;
  model: string;
  name: string;
  full_name: string;
  data_type: string;
  custom: boolean;
  options: string[];
}

let sim: IntercomSim;
let call: Call;

beforeAll(async () => {
  sim = await startIntercomSim({
    checkRequests: false,
    seed: {
      admins: BASIC_ADMINS,
      companies: [{ id: '6762c0aaaaaaaaaaaaaaaaaa', company_id: 'co-1', name: 'Co' }],
      contacts: [{ id: '6762f0aaaaaaaaaaaaaaaaaa', role: 'user', external_id: 'u-1', companies: ['co-1'] }],
    },
  });
  call = clientFor(sim);
});
afterAll(() => sim.close());

describe('tags', () => {
  it('finds or creates by case-insensitive name, and renames by id', async () => {
    const vip = await call<{ id: string; name: string }>('POST', '/tags', { name: 'VIP' });
    const again = await call<{ id: string; name: string }>('POST', '/tags', { name: 'vip' });
    expect(again.body).toEqual({ type: 'tag', id: vip.body.id, name: 'VIP' });
    expect(sim.store.tags.size).toBe(1);
    const renamed = await call<{ name: string }>('POST', '/tags', { id: vip.body.id, name: 'Very Important' });
    expect(renamed.body.name).toBe('Very Important');
    await call('POST', '/tags', { name: 'Other' });
    expect((await call('POST', '/tags', { id: vip.body.id, name: 'other' })).status).toBe(400);
    expect((await call('POST', '/tags', { id: '123', name: 'ghost' })).status).toBe(404);
    const list = await call<{ type: string; data: Array<{ name: string }> }>('GET', '/tags');
    expect(list.body.type).toBe('list');
    expect(list.body.data.map((t) => t.name)).toEqual(['Very Important', 'Other']);
  });

  it('tags and untags companies by company_id or id, and contacts in bulk', async () => {
    const tagged = await call<{ companies: Array<{ id: string; tagged: boolean }> }>('POST', '/tags', { name: 'Enterprise', companies: [{ company_id: 'co-1' }, { company_id: 'missing' }] });
    expect(tagged.body.companies).toEqual([
      { id: '6762c0aaaaaaaaaaaaaaaaaa', tagged: true },
      { id: 'missing', tagged: false },
    ]);
    const tagId = sim.store.findTagByName('enterprise')!.id;
    expect(sim.store.companies.get('6762c0aaaaaaaaaaaaaaaaaa')?.tags.map((t) => t.tag_id)).toEqual([tagId]);
    await call('POST', '/tags', { name: 'Enterprise', companies: [{ id: '6762c0aaaaaaaaaaaaaaaaaa', untag: true }] });
    expect(sim.store.companies.get('6762c0aaaaaaaaaaaaaaaaaa')?.tags).toEqual([]);
    const users = await call<{ users: Array<{ id: string; tagged: boolean }> }>('POST', '/tags', { name: 'Enterprise', users: [{ id: '6762f0aaaaaaaaaaaaaaaaaa' }] });
    expect(users.body.users).toEqual([{ id: '6762f0aaaaaaaaaaaaaaaaaa', tagged: true }]);
  });

  it('tags a contact with an existing tag and untags it', async () => {
    const tag = (await call<{ id: string }>('POST', '/tags', { name: 'Churn risk' })).body;
    const applied = await call<Record<string, unknown>>('POST', '/contacts/6762f0aaaaaaaaaaaaaaaaaa/tags', { id: tag.id });
    expect(applied.body).toMatchObject({ type: 'tag', id: tag.id, name: 'Churn risk' });
    expect(typeof applied.body['applied_at']).toBe('number');
    expect((await call('DELETE', `/contacts/6762f0aaaaaaaaaaaaaaaaaa/tags/${tag.id}`)).status).toBe(200);
    expect(sim.store.contacts.get('6762f0aaaaaaaaaaaaaaaaaa')?.tags.some((t) => t.tag_id === tag.id)).toBe(false);
    expect(errorCode(await call('POST', '/contacts/6762f0aaaaaaaaaaaaaaaaaa/tags', { id: '99' }))).toBe('not_found');
  });

  it('deletes a tag everywhere, answering 200 without a body', async () => {
    const tag = (await call<{ id: string }>('POST', '/tags', { name: 'Temp' })).body;
    await call('POST', '/contacts/6762f0aaaaaaaaaaaaaaaaaa/tags', { id: tag.id });
    const deleted = await call('DELETE', `/tags/${tag.id}`);
    expect([deleted.status, deleted.body]).toEqual([200, undefined]);
    expect(sim.store.contacts.get('6762f0aaaaaaaaaaaaaaaaaa')?.tags.some((t) => t.tag_id === tag.id)).toBe(false);
  });
});

describe('data attributes', () => {
  it('lists standard and custom attributes per model; model=conversation is refused with 422', async () => {
    const contact = await call<{ data: Attribute[] }>('GET', '/data_attributes?model=contact');
    expect(contact.body.data.every((a) => a.model === 'contact')).toBe(true);
    expect(contact.body.data.some((a) => a.name === 'email' && !a.custom)).toBe(true);
    const conversation = await call('GET', '/data_attributes?model=conversation');
    expect([conversation.status, errorCode(conversation)]).toEqual([422, 'parameter_invalid']);
    expect(errorMessage(conversation)).toMatch(/GET \/conversations\/attributes/);
  });

  it('creates custom attributes, with options for lists, and refuses duplicates and bad names', async () => {
    const created = await call<Attribute>('POST', '/data_attributes', { name: 'plan_tier', model: 'contact', data_type: 'string', description: 'Tier' });
    expect(created.body).toMatchObject({ type: 'data_attribute', name: 'plan_tier', full_name: 'custom_attributes.plan_tier', custom: true, data_type: 'string' });
    const list = await call<Attribute>('POST', '/data_attributes', { name: 'size band', model: 'company', data_type: 'options', options: [{ value: '1-10' }, { value: '11-50' }] });
    expect(list.body.options).toEqual(['1-10', '11-50']);
    expect((await call('POST', '/data_attributes', { name: 'one option', model: 'company', data_type: 'options', options: [{ value: 'x' }] })).status).toBe(400);
    expect((await call<Attribute>('POST', '/data_attributes', { name: 'renewal', model: 'contact', data_type: 'datetime' })).body.data_type).toBe('date');
    const dup = await call('POST', '/data_attributes', { name: 'Plan_Tier', model: 'company', data_type: 'string' });
    expect(errorMessage(dup)).toBe("You already have 'Plan_Tier' in your people data. To save this as new company data, use a different name.");
    expect(errorMessage(await call('POST', '/data_attributes', { name: 'bad.name!', model: 'contact', data_type: 'string' }))).toMatch(/alphanumeric/);
    expect(errorMessage(await call('POST', '/data_attributes', { name: 'x', model: 'contact', data_type: 'json' }))).toBe("Data Type isn't an option");
    expect((await call('POST', '/data_attributes', { name: 'x', model: 'ticket', data_type: 'string' })).status).toBe(400);
    // A new attribute is then writable on contacts.
    expect((await call('PUT', '/contacts/6762f0aaaaaaaaaaaaaaaaaa', { custom_attributes: { plan_tier: 'gold' } })).status).toBe(200);
  });

  it('has conversation attributes under /conversations/attributes', async () => {
    const created = await call<{ id: number; data_type: string; options: Array<{ label: string }> }>('POST', '/conversations/attributes', {
      name: 'Channel',
      data_type: 'list',
      options: [{ label: 'web' }, { label: 'phone' }],
    });
    expect(created.body.options.map((o) => o.label)).toEqual(['web', 'phone']);
    expect((await call('POST', '/conversations/attributes', { name: 'channel', data_type: 'string' })).status).toBe(422);
    expect((await call<{ data: Array<{ name: string }> }>('GET', '/conversations/attributes')).body.data.map((a) => a.name)).toEqual(['Channel']);
  });
});
