// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startZendeskSim, type ZendeskSim, type ZendeskSimOptions } from './index.js';
import { client, type Client } from './test-client.js';

let sim: ZendeskSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(options: ZendeskSimOptions = {}): Promise<{ sim: ZendeskSim; c: Client }> {
  sim = await startZendeskSim({ checkRequests: false, ...options });
  return { sim, c: client(sim) };
}

const orgJob = (c: Client, name: string) => c.post('/api/v2/organizations/create_many', { organizations: [{ name }] });

describe('job statuses', () => {
  it('go queued → working → completed over polls (configurable)', async () => {
    const { c } = await start({ jobs: { pollsBeforeComplete: 3 } });
    const job = (await orgJob(c, 'A')).body.job_status;
    expect(job.status).toBe('queued');
    const states: string[] = [];
    for (let i = 0; i < 4; i++) states.push((await c.get(`/api/v2/job_statuses/${job.id}`)).body.job_status.status);
    expect(states).toEqual(['working', 'working', 'working', 'completed']);
  });

  it('can complete in the background after a delay, and show_many polls several jobs', async () => {
    const { c, sim } = await start({ jobs: { pollsBeforeComplete: 100, completeAfterMs: 30 } });
    const a = (await orgJob(c, 'A')).body.job_status.id;
    const b = (await orgJob(c, 'B')).body.job_status.id;
    // No poll reaches these jobs: their timers complete them (waited for, not slept on — whether the
    // timer fired before the second request is up to the machine's load).
    await vi.waitFor(() => expect(sim.store.organizationByName('A')).toBeDefined(), { timeout: 10_000, interval: 10 });
    await vi.waitFor(() => expect(sim.store.organizationByName('B')).toBeDefined(), { timeout: 10_000, interval: 10 });
    const many = await c.get(`/api/v2/job_statuses/show_many?ids=${a},${b},unknown`);
    expect(many.body.job_statuses.map((j: { id: string; status: string }) => [j.id, j.status])).toEqual([
      [a, 'completed'],
      [b, 'completed'],
    ]);
  });

  it('keeps only the newest 100 jobs and expires them after an hour', async () => {
    let now = Date.parse('2024-01-01T00:00:00Z');
    const { c, sim } = await start({ clock: () => now, jobs: { pollsBeforeComplete: 0 } });
    const first = (await orgJob(c, 'org-0')).body.job_status.id;
    await c.get(`/api/v2/job_statuses/${first}`);
    for (let i = 1; i <= 100; i++) {
      const id = (await orgJob(c, `org-${i}`)).body.job_status.id;
      sim.completeJobs();
      expect(id).toEqual(expect.any(String));
    }
    expect(sim.store.jobs.size).toBe(100);
    const gone = await c.get(`/api/v2/job_statuses/${first}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    const recent = [...sim.store.jobs.keys()].at(-1) as string;
    expect((await c.get(`/api/v2/job_statuses/${recent}`)).status).toBe(200);
    now += 61 * 60 * 1000;
    expect((await c.get(`/api/v2/job_statuses/${recent}`)).status).toBe(404);
  });

  it('refuses a new job with 429 while too many are queued or working', async () => {
    const { c } = await start({ jobs: { maxConcurrent: 2 } });
    const a = (await orgJob(c, 'A')).body.job_status.id;
    await orgJob(c, 'B');
    const third = await orgJob(c, 'C');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('1');
    await c.waitForJob(a);
    expect((await orgJob(c, 'C')).status).toBe(200);
  });
});
