/** The `invalidPhone` policy: what the simulator does with a phone that is not valid E.164 (phone.ts). */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it } from 'vitest';
import { startIntercomSim, type IntercomSim } from './server.js';
import type { SimPolicy } from './phone.js';
import { BASIC_ADMINS, clientFor, errorCode } from './test-client.js';

let sim: IntercomSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(invalidPhone?: SimPolicy) {
  sim = await startIntercomSim({ checkRequests: false, seed: { admins: BASIC_ADMINS }, ...(invalidPhone ? { policies: { invalidPhone } } : {}) });
  return { sim, call: clientFor(sim) };
}

describe('invalidPhone policy', () => {
  it('reject (the default): 400 parameter_invalid on create and update, the contact untouched', async () => {
    const { call } = await start();
    expect(errorCode(await call('POST', '/contacts', { role: 'user', external_id: 'a', phone: '+1 (415) 555-2671' }))).toBe('parameter_invalid');
    const ok = await call<{ id: string }>('POST', '/contacts', { role: 'user', external_id: 'b', phone: '+14155552671' });
    expect((await call('PUT', `/contacts/${ok.body.id}`, { name: 'N', phone: '12' })).status).toBe(400);
    expect(sim?.store.contacts.get(ok.body.id)).toMatchObject({ phone: '+14155552671', name: null });
  });

  it('accept: stores and shows the number as given', async () => {
    const { call } = await start('accept');
    const created = await call<{ id: string; phone: string }>('POST', '/contacts', { role: 'user', external_id: 'a', phone: '+1 (415) 555-2671' });
    expect(created.status).toBe(200);
    expect(created.body.phone).toBe('+1 (415) 555-2671');
    expect((await call<{ phone: string }>('GET', `/contacts/${created.body.id}`)).body.phone).toBe('+1 (415) 555-2671');
  });

  it('drop: answers 200, applies the rest, keeps no phone (and a valid phone still lands)', async () => {
    const { call } = await start('drop');
    const created = await call<{ id: string; phone: string | null; name: string }>('POST', '/contacts', { role: 'user', external_id: 'a', name: 'Ann', phone: '555-1234' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ name: 'Ann', phone: null });
    const valid = await call<{ phone: string | null }>('PUT', `/contacts/${created.body.id}`, { phone: '+14155552671' });
    expect(valid.body.phone).toBe('+14155552671');
    // An invalid phone on update clears it: the service kept nothing of what it was sent.
    expect((await call<{ phone: string | null }>('PUT', `/contacts/${created.body.id}`, { phone: 'call me' })).body.phone).toBeNull();
  });
});
