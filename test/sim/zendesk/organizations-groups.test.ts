// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it } from 'vitest';
import { startZendeskSim, type ZendeskSim } from './index.js';
import { client, type Client } from './test-client.js';

let sim: ZendeskSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(): Promise<{ sim: ZendeskSim; c: Client }> {
  sim = await startZendeskSim({ checkRequests: false });
  return { sim, c: client(sim) };
}

describe('organizations', () => {
  it('requires unique names (case-insensitively) with a 422 DuplicateValue', async () => {
    const { c } = await start();
    expect((await c.post('/api/v2/organizations', { organization: { name: 'Acme' } })).status).toBe(201);
    const dup = await c.post('/api/v2/organizations', { organization: { name: 'ACME' } });
    expect(dup.status).toBe(422);
    expect(dup.body).toEqual({ error: 'RecordInvalid', description: 'Record validation errors', details: { name: [{ description: 'Name: has already been taken', error: 'DuplicateValue' }] } });
    expect((await c.post('/api/v2/organizations', { organization: {} })).status).toBe(422);
  });

  it('create_or_update matches id or external_id, never the name', async () => {
    const { c } = await start();
    const acme = await c.post('/api/v2/organizations', { organization: { name: 'Acme', external_id: 'EXT-1' } });
    const byExternal = await c.post('/api/v2/organizations/create_or_update', { organization: { name: 'Acme Inc', external_id: 'ext-1', domain_names: ['acme.com'] } });
    expect(byExternal.status).toBe(200);
    expect(byExternal.body.organization).toMatchObject({ id: acme.body.organization.id, name: 'Acme Inc', domain_names: ['acme.com'] });
    const byName = await c.post('/api/v2/organizations/create_or_update', { organization: { name: 'Acme Inc', notes: 'x' } });
    expect(byName.status).toBe(422);
    expect(byName.body.details.name[0].error).toBe('DuplicateValue');
    const created = await c.post('/api/v2/organizations/create_or_update', { organization: { name: 'Beta', external_id: 'EXT-2' } });
    expect(created.status).toBe(201);
    expect((await c.post('/api/v2/organizations/create_or_update', { organization: { id: 424242, name: 'Ghost' } })).status).toBe(404);
    expect((await c.get('/api/v2/organizations/search?external_id=EXT-2')).body.organizations[0].name).toBe('Beta');
    expect((await c.get('/api/v2/organizations/search?name=beta')).body.organizations).toHaveLength(1);
    expect((await c.get(`/api/v2/organizations/show_many?ids=${acme.body.organization.id}&external_ids=ext-2`)).body.organizations).toHaveLength(2);
  });

  it('validates organization_fields and runs create_many as a job', async () => {
    const { c, sim } = await start();
    await c.post('/api/v2/organization_fields', { organization_field: { key: 'region', type: 'text', title: 'Region' } });
    const ok = await c.post('/api/v2/organizations', { organization: { name: 'F', organization_fields: { region: 'EMEA' } } });
    expect(ok.body.organization.organization_fields).toEqual({ region: 'EMEA' });
    expect((await c.post('/api/v2/organizations', { organization: { name: 'G', organization_fields: { region: 5 } } })).status).toBe(422);
    const job = await c.post('/api/v2/organizations/create_many', { organizations: [{ name: 'H' }, { name: 'F' }] });
    expect(sim.store.organizationByName('H')).toBeUndefined();
    const done = await c.waitForJob(job.body.job_status.id);
    expect(done.results).toEqual([
      { index: 0, id: sim.store.organizationByName('H')?.id },
      { index: 1, error: 'RecordInvalid', details: 'Name: has already been taken', success: false },
    ]);
  });

  it('manages organization memberships: default membership, duplicates, create_many', async () => {
    const { c, sim } = await start();
    const [o1, o2] = [await c.post('/api/v2/organizations', { organization: { name: 'O1' } }), await c.post('/api/v2/organizations', { organization: { name: 'O2' } })];
    const user = await c.post('/api/v2/users', { user: { name: 'U' } });
    const uid = user.body.user.id;
    const m1 = await c.post('/api/v2/organization_memberships', { organization_membership: { user_id: uid, organization_id: o1.body.organization.id } });
    expect(m1.status).toBe(201);
    expect(m1.body.organization_membership).toMatchObject({ default: true, organization_name: 'O1' });
    expect(sim.store.users.get(uid)?.organization_id).toBe(o1.body.organization.id);
    expect((await c.post('/api/v2/organization_memberships', { organization_membership: { user_id: uid, organization_id: o1.body.organization.id } })).status).toBe(422);
    const job = await c.post('/api/v2/organization_memberships/create_many', {
      organization_memberships: [
        { user_id: uid, organization_id: o2.body.organization.id },
        { user_id: 1, organization_id: o2.body.organization.id },
      ],
    });
    const done = await c.waitForJob(job.body.job_status.id);
    expect(done.results[0]).toEqual({ index: 0, id: expect.any(Number) });
    expect(done.results[1]).toMatchObject({ index: 1, success: false });
    expect(sim.store.users.get(uid)?.organization_id).toBe(o1.body.organization.id);
    const list = await c.get('/api/v2/organization_memberships?page[size]=10');
    expect(list.body.organization_memberships).toHaveLength(2);
  });
});

describe('groups', () => {
  it('creates groups and only lets agents join them', async () => {
    const { c, sim } = await start();
    const g = await c.post('/api/v2/groups', { group: { name: 'Tier 1', description: 'first line' } });
    expect(g.status).toBe(201);
    expect((await c.post('/api/v2/groups', { group: { name: 'tier 1' } })).status).toBe(422);
    const agent = await c.post('/api/v2/users', { user: { name: 'Agent', role: 'agent' } });
    const customer = await c.post('/api/v2/users', { user: { name: 'Customer' } });
    const m = await c.post('/api/v2/group_memberships', { group_membership: { user_id: agent.body.user.id, group_id: g.body.group.id } });
    expect(m.status).toBe(201);
    expect(m.body.group_membership.default).toBe(true);
    expect(sim.store.users.get(agent.body.user.id)?.default_group_id).toBe(g.body.group.id);
    const refused = await c.post('/api/v2/group_memberships', { group_membership: { user_id: customer.body.user.id, group_id: g.body.group.id } });
    expect(refused.status).toBe(422);
    const job = await c.post('/api/v2/group_memberships/create_many', { group_memberships: [{ user_id: customer.body.user.id, group_id: g.body.group.id }] });
    const done = await c.waitForJob(job.body.job_status.id);
    expect(done.results[0]).toMatchObject({ index: 0, success: false, error: 'InvalidValue' });
    expect((await c.get(`/api/v2/groups/${g.body.group.id}/memberships`)).body.group_memberships).toHaveLength(1);
    expect((await c.get(`/api/v2/users/${agent.body.user.id}/group_memberships`)).body.group_memberships).toHaveLength(1);
    expect((await c.get('/api/v2/groups?page[size]=1')).body.groups[0].name).toBe('Tier 1');
  });
});
