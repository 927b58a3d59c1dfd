/** The `unknownUserField` and `unknownTicketField` policies (custom-fields.ts, ticket-fields.ts). */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it } from 'vitest';
import { startZendeskSim, type SimPolicy, type ZendeskSim } from './index.js';
import { client } from './test-client.js';

let sim: ZendeskSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(policy?: SimPolicy) {
  sim = await startZendeskSim({ checkRequests: false, ...(policy ? { policies: { unknownUserField: policy, unknownTicketField: policy } } : {}) });
  const seeded = sim.seed({
    userFields: [{ key: 'plan', type: 'text', title: 'Plan' }],
    organizationFields: [{ key: 'tier', type: 'text', title: 'Tier' }],
    ticketFields: [{ type: 'text', title: 'Order number' }],
    users: [{ name: 'Req', email: 'req@example.test' }],
  });
  return { c: client(sim), field: seeded.ticketFields[0] as number, requester: seeded.users[0] as number };
}

const UNKNOWN_ID = 999_999_001;

describe('unknown custom field policies', () => {
  it('reject (the default): 422 for the whole user, organization and ticket', async () => {
    const { c, field, requester } = await start();
    expect((await c.post('/api/v2/users', { user: { name: 'A', user_fields: { plan: 'pro', nope: 'x' } } })).status).toBe(422);
    expect((await c.post('/api/v2/organizations', { organization: { name: 'O', organization_fields: { tier: 'gold', nope: 'x' } } })).status).toBe(422);
    const ticket = await c.post('/api/v2/tickets', { ticket: { requester_id: requester, comment: { body: 'x' }, custom_fields: [{ id: field, value: '1' }, { id: UNKNOWN_ID, value: 'x' }] } });
    expect(ticket.status).toBe(422);
    expect(JSON.stringify(ticket.body)).toContain(`${UNKNOWN_ID} is not a custom ticket field`);
  });

  it('accept: stores and shows the unknown key or id with its value', async () => {
    const { c, field, requester } = await start('accept');
    const user = await c.post('/api/v2/users', { user: { name: 'A', user_fields: { plan: 'pro', nope: 'x' } } });
    expect(user.body.user.user_fields).toEqual({ plan: 'pro', nope: 'x' });
    const org = await c.post('/api/v2/organizations', { organization: { name: 'O', organization_fields: { nope: 'y' } } });
    expect(org.body.organization.organization_fields).toEqual({ tier: null, nope: 'y' });
    const ticket = await c.post('/api/v2/tickets', { ticket: { requester_id: requester, comment: { body: 'x' }, custom_fields: [{ id: field, value: '1' }, { id: UNKNOWN_ID, value: 'x' }] } });
    expect(ticket.body.ticket.custom_fields).toEqual([{ id: field, value: '1' }, { id: UNKNOWN_ID, value: 'x' }]);
  });

  it('drop: writes the record, keeps the known values, and no trace of the unknown one', async () => {
    const { c, field, requester } = await start('drop');
    const user = await c.post('/api/v2/users', { user: { name: 'A', user_fields: { plan: 'pro', nope: 'x' } } });
    expect(user.status).toBe(201);
    expect(user.body.user.user_fields).toEqual({ plan: 'pro' });
    const org = await c.post('/api/v2/organizations', { organization: { name: 'O', organization_fields: { tier: 'gold', nope: 'y' } } });
    expect(org.body.organization.organization_fields).toEqual({ tier: 'gold' });
    const ticket = await c.post('/api/v2/tickets', { ticket: { requester_id: requester, comment: { body: 'x' }, custom_fields: [{ id: field, value: '1' }, { id: UNKNOWN_ID, value: 'x' }] } });
    expect(ticket.status).toBe(201);
    expect(ticket.body.ticket.custom_fields).toEqual([{ id: field, value: '1' }]);
  });
});
