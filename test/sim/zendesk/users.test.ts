// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it } from 'vitest';
import { startZendeskSim, type ZendeskSim } from './index.js';
import { client, type Client } from './test-client.js';

let sim: ZendeskSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(bulkUserImport = false): Promise<{ sim: ZendeskSim; c: Client }> {
  sim = await startZendeskSim({ checkRequests: false, bulkUserImport });
  sim.seed({
    userFields: [
      { key: 'plan', type: 'dropdown', title: 'Plan', custom_field_options: [{ name: 'Pro', value: 'plan_pro' }] },
      { key: 'seats', type: 'integer', title: 'Seats' },
    ],
  });
  return { sim, c: client(sim) };
}

describe('users', () => {
  it('creates users with roles and refuses a duplicate email with the exact 422 shape', async () => {
    const { c } = await start();
    const created = await c.post('/api/v2/users', { user: { name: 'Ann', email: 'ann@example.com', role: 'agent', created_at: '2001-01-01T00:00:00Z' } });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ name: 'Ann', email: 'ann@example.com', role: 'agent', external_id: null, organization_id: null });
    expect(created.body.user.created_at).not.toBe('2001-01-01T00:00:00Z');
    const dup = await c.post('/api/v2/users', { user: { name: 'Ann 2', email: 'ANN@example.com' } });
    expect(dup.status).toBe(422);
    expect(dup.body).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { email: [{ description: 'Email: ANN@example.com is already being used by another user', error: 'DuplicateValue' }] },
    });
    expect((await c.post('/api/v2/users', { user: { name: 'X', role: 'superhero' } })).status).toBe(422);
    expect((await c.post('/api/v2/users', { user: { email: 'noname@example.com' } })).status).toBe(422);
    const agents = await c.get('/api/v2/users?role=agent');
    expect(agents.body.users.map((u: { name: string }) => u.name)).toEqual(['Ann']);
    const endUser = await c.post('/api/v2/users', { user: { name: 'Default role' } });
    expect(endUser.body.user.role).toBe('end-user');
  });

  it('matches external ids case-insensitively everywhere and create_or_update rewrites their case', async () => {
    const { c, sim } = await start();
    const first = await c.post('/api/v2/users/create_or_update', { user: { name: 'Ian', external_id: 'ian1', email: 'ian@example.com' } });
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe(`${sim.url}/api/v2/users/${first.body.user.id}.json`);
    const again = await c.post('/api/v2/users/create_or_update', { user: { name: 'Ian Updated', external_id: 'IAN1' } });
    expect(again.status).toBe(200);
    expect(again.body.user).toMatchObject({ id: first.body.user.id, name: 'Ian Updated', external_id: 'IAN1' });
    expect(sim.store.users.get(first.body.user.id)?.external_id).toBe('IAN1');
    const byEmail = await c.post('/api/v2/users/create_or_update', { user: { name: 'By email', email: 'IAN@example.com' } });
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.user.id).toBe(first.body.user.id);

    expect((await c.get('/api/v2/users?external_id=iAn1')).body.users).toHaveLength(1);
    expect((await c.get('/api/v2/users/search?external_id=ian1')).body.users[0].id).toBe(first.body.user.id);
    expect((await c.get('/api/v2/users/search?query=email:ian@example.com')).body.users).toHaveLength(1);
    const many = await c.get(`/api/v2/users/show_many?external_ids=IAN1&ids=${sim.store.currentUserId}`);
    expect(many.body.users).toHaveLength(2);
    const clash = await c.post('/api/v2/users', { user: { name: 'Other', external_id: 'Ian1' } });
    expect(clash.status).toBe(422);
    expect(clash.body.details.external_id[0].error).toBe('DuplicateValue');
  });

  it('adds a secondary identity when an update changes the email', async () => {
    const { c } = await start();
    const u = await c.post('/api/v2/users', { user: { name: 'Eve', email: 'eve@example.com' } });
    const updated = await c.put(`/api/v2/users/${u.body.user.id}`, { user: { email: 'eve2@example.com' } });
    expect(updated.body.user.email).toBe('eve@example.com');
    const identities = await c.get(`/api/v2/users/${u.body.user.id}/identities`);
    expect(identities.body.identities.map((i: { value: string; primary: boolean }) => [i.value, i.primary])).toEqual([
      ['eve@example.com', true],
      ['eve2@example.com', false],
    ]);
    // The secondary address is taken too.
    expect((await c.post('/api/v2/users', { user: { name: 'Mallory', email: 'eve2@example.com' } })).status).toBe(422);
  });

  it('validates user_fields against the definitions and lists every key', async () => {
    const { c } = await start();
    const ok = await c.post('/api/v2/users', { user: { name: 'F', user_fields: { plan: 'plan_pro', seats: '12' } } });
    expect(ok.body.user.user_fields).toEqual({ plan: 'plan_pro', seats: 12 });
    const bare = await c.post('/api/v2/users', { user: { name: 'G' } });
    expect(bare.body.user.user_fields).toEqual({ plan: null, seats: null });
    expect((await c.post('/api/v2/users', { user: { name: 'H', user_fields: { plan: 'Pro' } } })).status).toBe(422);
    expect((await c.post('/api/v2/users', { user: { name: 'H', user_fields: { seats: 'many' } } })).status).toBe(422);
    expect((await c.post('/api/v2/users', { user: { name: 'H', user_fields: { unknown: 1 } } })).status).toBe(422);
    const fields = await c.get('/api/v2/user_fields');
    expect(fields.body.user_fields.map((f: { key: string }) => f.key)).toEqual(['plan', 'seats']);
    const created = await c.post('/api/v2/user_fields', { user_field: { key: 'vip', type: 'checkbox', title: 'VIP' } });
    expect(created.status).toBe(201);
    expect((await c.post('/api/v2/user_fields', { user_field: { key: 'vip', type: 'text', title: 'again' } })).status).toBe(422);
  });

  it('refuses bulk user endpoints with 403 unless bulk import is enabled', async () => {
    const { c } = await start(false);
    for (const path of ['/api/v2/users/create_many', '/api/v2/users/create_or_update_many']) {
      const r = await c.post(path, { users: [{ name: 'A' }] });
      expect(r.status).toBe(403);
      expect(r.body.error).toBe('Forbidden');
    }
  });

  it('runs create_many as a job: nothing is written until it completes, failures are per item', async () => {
    const { c, sim } = await start(true);
    await c.post('/api/v2/users', { user: { name: 'Existing', email: 'taken@example.com' } });
    const before = sim.store.users.size;
    const queued = await c.post('/api/v2/users/create_many', { users: [{ name: 'A', email: 'a@example.com' }, { name: 'B', email: 'taken@example.com' }, { name: 'C' }] });
    expect(queued.status).toBe(200);
    expect(queued.body.job_status).toMatchObject({ status: 'queued', total: 3, results: null });
    expect(sim.store.users.size).toBe(before);
    const working = await c.get(`/api/v2/job_statuses/${queued.body.job_status.id}`);
    expect(working.body.job_status.status).toBe('working');
    expect(sim.store.users.size).toBe(before);
    const done = await c.get(`/api/v2/job_statuses/${queued.body.job_status.id}`);
    expect(done.body.job_status).toMatchObject({ status: 'completed', progress: 3 });
    const [a, b, cc] = done.body.job_status.results;
    expect(a).toEqual({ index: 0, id: expect.any(Number) });
    expect(b).toEqual({ index: 1, error: 'DuplicateValue', details: 'Email: taken@example.com is already being used by another user', success: false });
    expect(cc).toEqual({ index: 2, id: expect.any(Number) });
    expect(sim.store.users.size).toBe(before + 2);
  });

  it('reports Created/Updated per item from create_or_update_many and refuses more than 100', async () => {
    const { c } = await start(true);
    const existing = await c.post('/api/v2/users', { user: { name: 'Old', external_id: 'X-1' } });
    const job = await c.post('/api/v2/users/create_or_update_many', { users: [{ name: 'Old renamed', external_id: 'x-1' }, { name: 'New', external_id: 'x-2' }] });
    const done = await c.waitForJob(job.body.job_status.id);
    expect(done.results).toEqual([
      { index: 0, id: existing.body.user.id, status: 'Updated', email: null, external_id: 'x-1' },
      { index: 1, id: expect.any(Number), status: 'Created', email: null, external_id: 'x-2' },
    ]);
    const tooMany = await c.post('/api/v2/users/create_many', { users: Array.from({ length: 101 }, (_, i) => ({ name: `U${i}` })) });
    expect(tooMany.status).toBe(400);
  });

  it('creates a default organization membership when a user gets an organization_id', async () => {
    const { c, sim } = await start();
    const org = await c.post('/api/v2/organizations', { organization: { name: 'Acme' } });
    const user = await c.post('/api/v2/users', { user: { name: 'Member', organization_id: org.body.organization.id } });
    expect(user.body.user.organization_id).toBe(org.body.organization.id);
    const memberships = await c.get(`/api/v2/users/${user.body.user.id}/organization_memberships`);
    expect(memberships.body.organization_memberships).toEqual([expect.objectContaining({ organization_id: org.body.organization.id, default: true })]);
    expect((await c.post('/api/v2/users', { user: { name: 'Bad', organization_id: 999_999 } })).status).toBe(422);
    expect(sim.store.organizationMemberships.size).toBe(1);
  });
});
