/**
 * The simulators' request check: a request the vendored description does not allow is recorded and
 * fails the test on close, naming the operation and the field; a valid one passes; an exception
 * removes only what it matches.
 */
import { describe, expect, test } from 'vitest';
import { startIntercomSim } from '../sim/intercom/index.js';
import { clientFor } from '../sim/intercom/test-client.js';
import { startZendeskSim } from '../sim/zendesk/index.js';
import { client } from '../sim/zendesk/test-client.js';
import { requestViolations } from './request-checks.js';

describe('request check against the vendored OAS', () => {
  test('Zendesk Support: a ticket type outside the enum fails the test on close, naming it', async () => {
    const sim = await startZendeskSim();
    const zendesk = client(sim);
    await zendesk.post('/api/v2/tickets', { ticket: { subject: 'Hi', comment: { body: 'x' } } });
    expect(sim.server.requestViolations).toEqual([]);
    await zendesk.post('/api/v2/tickets', { ticket: { subject: 'Hi', comment: { body: 'x' }, type: 'bug' } });
    expect(sim.server.requestViolations.join('\n')).toMatch(/POST \/api\/v2\/tickets: body \/ticket\/type: must be equal to one of the allowed values/);
    await expect(sim.close()).rejects.toThrow(/Zendesk simulator: 1 request\(s\).*\n.*\/ticket\/type/);
  });

  test('Zendesk Help Center (help-center-oas.yaml): an unknown category attribute and an undeclared query parameter', async () => {
    const sim = await startZendeskSim();
    const zendesk = client(sim);
    await zendesk.post('/api/v2/help_center/categories', { category: { name: 'Billing', locale: 'en-us' } });
    expect(sim.server.requestViolations).toEqual([]);
    await zendesk.post('/api/v2/help_center/categories', { category: { titel: 'Billing', locale: 'en-us' } });
    await zendesk.get('/api/v2/help_center/categories?pagesize=5');
    expect(sim.server.requestViolations).toEqual([
      expect.stringMatching(/^POST \/api\/v2\/help_center\/categories: body \/category: must NOT have additional properties 'titel'/),
      expect.stringMatching(/^GET \/api\/v2\/help_center\/categories: query parameter pagesize is not declared/),
    ]);
    await expect(sim.close()).rejects.toThrow(/titel/);
  });

  test('Intercom: an operation the description does not have, and a wrongly typed body field', async () => {
    const sim = await startIntercomSim();
    const call = clientFor(sim);
    await call('POST', '/contacts', { role: 'user', email: 'a@example.test' });
    expect(sim.server.requestViolations).toEqual([]);
    await call('POST', '/contacts', { role: 'user', email: 'b@example.test', unsubscribed_from_emails: 'yes' });
    await call('DELETE', '/admins/1');
    expect(sim.server.requestViolations).toEqual([
      expect.stringMatching(/^POST \/contacts: body \/unsubscribed_from_emails: must be boolean/),
      expect.stringMatching(/^POST \/contacts: body \(root\): must match a schema in anyOf/),
      expect.stringMatching(/^DELETE \/admins\/1: no such operation/),
    ]);
    await expect(sim.close()).rejects.toThrow(/Intercom simulator/);
  });

  test('an exception for clearing a field with null does not cover a wrong value', () => {
    const put = (type: unknown) => ({ method: 'PUT', path: '/api/v2/tickets/7', query: new URLSearchParams(), body: { ticket: { type } } });
    expect(requestViolations('zendesk', put(null))).toEqual([]);
    expect(requestViolations('zendesk', put('bug'))).toEqual([expect.stringMatching(/\/ticket\/type: must be equal to one of the allowed values/)]);
  });

  test('an exception removes only the violation it matches, and only on its simulator', () => {
    const request = { method: 'POST', path: '/api/v2/uploads', query: new URLSearchParams('filename=a.png&bogus=1'), body: undefined };
    expect(requestViolations('zendesk', request)).toEqual([expect.stringMatching(/query parameter bogus is not declared/)]);
    expect(requestViolations('zendesk', request, [])).toHaveLength(2);
  });
});
