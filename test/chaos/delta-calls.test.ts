/**
 * What a delta costs: API calls (every HTTP request each simulator received, attachment downloads
 * included) of a delta after 1% of the tickets changed, against a full migration of the same
 * workspace. Prints one JSON line; asserts only what the delta must not do (read or write unchanged
 * threads), never on time.
 */
import { describe, expect, test } from 'vitest';
import { generateIntercomWorkspace } from '../sim/intercom/index.js';
import { clientFor } from '../sim/intercom/test-client.js';
import { tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { chaosMapping, runInProcess, startZendesk } from './harness.js';

/** Requests per route template, from a slice of a simulator log. */
function byRoute(log: { method: string; path: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of log) {
    const key = `${r.method} ${r.path.replace(/\/[0-9a-f]{24,}|\/\d+/g, '/{id}').replace(/\/_files\/.*/, '/_files/{file}')}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(out).sort(([, a], [, b]) => b - a));
}

describe('API calls of a delta', () => {
  // ~100 threads, so that one changed thread is 1%.
  const generated = generateIntercomWorkspace({ seed: 64, contacts: 40, companies: 5, conversations: 92, tickets: 4, longThreadParts: 24, longTicketParts: 16 });
  const sims = withChaosSims(generated, { zendesk: startZendesk });

  test('a delta after 1% of the tickets changed, against a full migration', async () => {
    const { intercom, zendesk } = sims;
    const work = tempDir();
    const m = chaosMapping(intercom.url, zendesk.url, 100);
    const mark = () => ({ intercom: intercom.server.log.length, zendesk: zendesk.server.log.length });
    const since = (from: ReturnType<typeof mark>) => ({ intercom: intercom.server.log.slice(from.intercom), zendesk: zendesk.server.log.slice(from.zendesk) });

    const beforeFull = mark();
    const full = await runInProcess(work, m, 'full');
    const fullLog = since(beforeFull);
    const threads = full.summary.entities.tickets?.read ?? 0;
    expect(full.summary.totals.failed).toBe(0);
    expect(threads).toBeGreaterThanOrEqual(100);

    // 1% of the tickets change: a reply on one conversation migrated earlier.
    const changed = Math.max(1, Math.round(threads / 100));
    const open = [...intercom.store.conversations.values()].filter((c) => c.state === 'open').slice(0, changed);
    const api = clientFor(intercom);
    for (const c of open) {
      const reply = await api('POST', `/conversations/${c.id}/reply`, { message_type: 'comment', type: 'admin', admin_id: '991200001', body: '<p>A follow-up.</p>' });
      expect(reply.status).toBe(200);
    }

    const beforeDelta = mark();
    const delta = await runInProcess(work, m, 'delta', { reports: 'delta' });
    const deltaLog = since(beforeDelta);
    expect(delta.summary.totals.failed).toBe(0);
    expect(delta.summary.entities.tickets).toMatchObject({ read: changed, migrated: changed });

    const count = (log: ReturnType<typeof since>) => ({ intercom: log.intercom.length, zendesk: log.zendesk.length, total: log.intercom.length + log.zendesk.length });
    const figures = {
      benchmark: 'delta-after-1%-of-tickets',
      workspace: Object.fromEntries(Object.entries(full.summary.entities).map(([e, c]) => [e, c.read])),
      changedTickets: changed,
      full: count(fullLog),
      delta: count(deltaLog),
      deltaShareOfFull: Number((count(deltaLog).total / count(fullLog).total).toFixed(3)),
      deltaByRoute: { intercom: byRoute(deltaLog.intercom), zendesk: byRoute(deltaLog.zendesk) },
    };
    console.log(JSON.stringify(figures));

    // A delta reads only the changed threads (one search per kind, one GET per changed thread) and
    // writes only to them.
    const threadReads = deltaLog.intercom.filter((r) => /^\/(conversations|tickets)\/\d+$/.test(r.path));
    expect(threadReads).toHaveLength(changed);
    const writes = deltaLog.zendesk.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(open.map(() => expect.stringMatching(/^PUT \/api\/v2\/tickets\/\d+$/)));
  }, 60_000);
});
