import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateFreshdeskAccount, startFreshdeskSim, type FreshdeskSim, type FreshdeskSimOptions, type GeneratedIds } from './index.js';
import { client, type Client } from './test-client.js';

const END = '2026-01-01T00:00:00Z';
const MB = 1024 * 1024;
let sim: FreshdeskSim;
let api: Client;
let ids: GeneratedIds;

async function start(options: FreshdeskSimOptions = {}) {
  sim = await startFreshdeskSim({ plan: '2000', clock: () => Date.parse(END), ...options });
  const generated = generateFreshdeskAccount({ seed: 5, endTime: END });
  ids = generated.ids;
  sim.seed(generated.account);
  api = client(sim);
}
afterEach(() => sim.close());

describe('Freshdesk simulator: creating and updating tickets', () => {
  beforeEach(() => start());

  it('creates a ticket with its requester, status, priority, source, type, tags and custom fields; Location names it', async () => {
    const reply = await api.post('/api/v2/tickets', {
      requester_id: ids.contacts[0], subject: 'Help', description: '<p>Body</p>', status: 6, priority: 3, source: 3, type: 'Incident',
      tags: ['a', 'b'], custom_fields: { [ids.fields.custom_dropdown]: 'Refund', [ids.fields.custom_number]: 7, [ids.fields.custom_date]: '2025-02-03' },
      responder_id: ids.agents[0], group_id: ids.groups[0],
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('location')).toBe(`${sim.url}/api/v2/tickets/${reply.body.id}`);
    expect(reply.body).toMatchObject({ status: 6, priority: 3, source: 3, type: 'Incident', tags: ['a', 'b'], requester_id: ids.contacts[0], description: '<p>Body</p>', description_text: 'Body' });
    expect(reply.body.custom_fields).toMatchObject({ [ids.fields.custom_dropdown]: 'Refund', [ids.fields.custom_number]: 7, [ids.fields.custom_text]: null });
    expect(reply.body.created_at).toBe('2026-01-01T00:00:00Z');
  });

  it('refuses created_at and every other unknown attribute with invalid_field, and lists every failing field', async () => {
    const reply = await api.post('/api/v2/tickets', { email: 'x@y.example', subject: 'Old', description: 'd', created_at: '2020-01-01T00:00:00Z', status: 9, priority: 'high' });
    expect(reply.status).toBe(400);
    expect(reply.body.description).toBe('Validation failed');
    expect(reply.body.errors).toEqual(expect.arrayContaining([
      { field: 'created_at', code: 'invalid_field', message: 'Unexpected/invalid field in request' },
      { field: 'priority', code: 'datatype_mismatch', message: expect.any(String) },
      { field: 'status', code: 'invalid_value', message: expect.any(String) },
    ]));
  });

  it('requires subject, description and a requester; checks custom field names and values', async () => {
    const missing = await api.post('/api/v2/tickets', {});
    expect(missing.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(expect.arrayContaining(['subject:missing_field', 'description:missing_field']));
    const noRequester = await api.post('/api/v2/tickets', { subject: 's', description: 'd' });
    expect(noRequester.body.errors).toEqual([{ field: 'requester_id', code: 'missing_field', message: expect.any(String) }]);
    const badFields = await api.post('/api/v2/tickets', { email: 'x@y.example', subject: 's', description: 'd', custom_fields: { cf_nope: 'x', [ids.fields.custom_dropdown]: 'Nope', [ids.fields.custom_checkbox]: 'yes' } });
    expect(badFields.body.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'cf_nope', code: 'invalid_field' }),
      expect.objectContaining({ field: `custom_fields.${ids.fields.custom_dropdown}`, code: 'invalid_value' }),
      expect.objectContaining({ field: `custom_fields.${ids.fields.custom_checkbox}`, code: 'datatype_mismatch' }),
    ]));
  });

  it('creates a contact for an unknown requester email and reuses a known one', async () => {
    const before = sim.store.contacts.size;
    const first = await api.post('/api/v2/tickets', { email: 'new.person@x.example', subject: 's', description: 'd' });
    const second = await api.post('/api/v2/tickets', { email: 'NEW.person@x.example', subject: 's', description: 'd' });
    expect(second.body.requester_id).toBe(first.body.requester_id);
    expect(sim.store.contacts.size).toBe(before + 1);
  });

  it('refuses updates of spam and deleted tickets with 405', async () => {
    expect((await api.put(`/api/v2/tickets/${ids.spamTicket}`, { priority: 2 })).status).toBe(405);
    expect((await api.put(`/api/v2/tickets/${ids.deletedTicket}`, { priority: 2 })).status).toBe(405);
  });
});

describe('Freshdesk simulator: attachments', () => {
  beforeEach(() => start());

  it('takes attachments only as multipart attachments[], with the other fields as form parts', async () => {
    const reply = await api.multipart('POST', '/api/v2/tickets', { email: 'm@p.example', subject: 'With file', description: 'd', status: '3', tags: ['x', 'y'], [`custom_fields[${ids.fields.custom_number}]`]: '12' }, [{ name: 'report.txt', bytes: Buffer.from('hello'), type: 'text/plain' }]);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ status: 3, tags: ['x', 'y'], custom_fields: { [ids.fields.custom_number]: 12 } });
    expect(reply.body.attachments).toEqual([expect.objectContaining({ name: 'report.txt', content_type: 'text/plain', size: 5 })]);
    const bytes = await fetch(reply.body.attachments[0].attachment_url);
    expect(await bytes.text()).toBe('hello');
    const json = await api.post('/api/v2/tickets', { email: 'm@p.example', subject: 's', description: 'd', attachments: ['aGVsbG8='] });
    expect(json.status).toBe(400);
    expect(json.body.errors[0]).toMatchObject({ field: 'attachments', code: 'datatype_mismatch' });
  });

  it('refuses a write that takes the ticket past 20 MB in total (ticket and conversations), writing nothing', async () => {
    const created = await api.multipart('POST', '/api/v2/tickets', { email: 'm@p.example', subject: 'Big', description: 'd' }, [{ name: 'a.bin', bytes: Buffer.alloc(12 * MB) }]);
    expect(created.status).toBe(201);
    const id = created.body.id;
    const tooMuch = await api.multipart('POST', `/api/v2/tickets/${id}/notes`, { body: 'more' }, [{ name: 'b.bin', bytes: Buffer.alloc(8 * MB + 1) }]);
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.errors[0]).toMatchObject({ field: 'attachments', code: 'invalid_value' });
    expect(sim.store.tickets.get(id)?.conversations).toHaveLength(0);
    const fits = await api.multipart('POST', `/api/v2/tickets/${id}/notes`, { body: 'fits' }, [{ name: 'c.bin', bytes: Buffer.alloc(8 * MB) }]);
    expect(fits.status).toBe(201);
    const update = await api.multipart('PUT', `/api/v2/tickets/${id}`, { priority: '2' }, [{ name: 'd.bin', bytes: Buffer.alloc(1) }]);
    expect(update.status).toBe(400);
    expect(sim.store.tickets.get(id)?.priority).toBe(1);
  });
});

describe('Freshdesk simulator: notes and replies', () => {
  it('stores notes as private, not incoming, source 2 by default; public customer messages as told; emails nobody', async () => {
    await start();
    const id = ids.recentTicket;
    const byDefault = await api.post(`/api/v2/tickets/${id}/notes`, { body: '<p>internal</p>' });
    expect(byDefault.status).toBe(201);
    expect(byDefault.body).toMatchObject({ private: true, incoming: false, source: 2, user_id: sim.store.currentAgentId, body_text: 'internal', ticket_id: id });
    const customer = await api.post(`/api/v2/tickets/${id}/notes`, { body: 'from the customer', private: false, incoming: true, user_id: ids.contacts[0] });
    expect(customer.body).toMatchObject({ private: false, incoming: true, source: 2, user_id: ids.contacts[0] });
    expect(sim.store.sentEmails).toEqual([]);
    expect((await api.post(`/api/v2/tickets/${id}/notes`, { body: 'x', created_at: '2020-01-01T00:00:00Z' })).body.errors[0]).toMatchObject({ field: 'created_at', code: 'invalid_field' });
  });

  it('sends a reply to the requester by email (source 0, public)', async () => {
    await start();
    const reply = await api.post(`/api/v2/tickets/${ids.recentTicket}/reply`, { body: 'answer' });
    expect(reply.body).toMatchObject({ source: 0, private: false, incoming: false });
    expect(sim.store.sentEmails).toEqual([expect.objectContaining({ ticket_id: ids.recentTicket, kind: 'reply' })]);
  });

  it('follows noteUserIsContact for a note written as a contact', async () => {
    await start({ policies: { noteUserIsContact: 'reject' } });
    const rejected = await api.post(`/api/v2/tickets/${ids.recentTicket}/notes`, { body: 'x', user_id: ids.contacts[0] });
    expect(rejected.body.errors[0]).toMatchObject({ field: 'user_id', code: 'invalid_value' });
    await sim.close();
    await start({ policies: { noteUserIsContact: 'drop' } });
    const dropped = await api.post(`/api/v2/tickets/${ids.recentTicket}/notes`, { body: 'x', user_id: ids.contacts[0] });
    expect(dropped.body.user_id).toBe(sim.store.currentAgentId);
  });
});
