/**
 * Intercom → Freshdesk while the Freshdesk simulator fails on purpose — 5% of requests answered
 * 500/502/503, 1% of connections dropped (half before the request is handled, half after: a write
 * applied whose answer is lost), and bursts of 429 with Retry-After — ends, in one run, with the same
 * Freshdesk account as a run without faults, nothing failed and nothing written twice.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCsv, tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { faultCounts, faults } from './fault-mix.js';
import { chaosWorkspace } from './harness.js';
import { duplicatesInFreshdesk, freshdeskChaosMapping, normalizedFreshdesk, runIntoFreshdesk, startFreshdesk } from './freshdesk-harness.js';

const WRITES = new Set(['POST', 'PUT', 'DELETE']);

describe('faults on Freshdesk, Intercom → Freshdesk', () => {
  const generated = chaosWorkspace();
  const sims = withChaosSims(generated, { faulty: startFreshdesk, clean: startFreshdesk });

  test('5% 5xx, 1% dropped connections and 429 bursts: the same account as a clean run, nothing twice', async () => {
    const { intercom, faulty, clean } = sims;
    const work = tempDir();
    const reference = await runIntoFreshdesk(join(work, 'clean'), freshdeskChaosMapping(intercom.url, clean.url, 2), 'full');
    expect(reference.summary.totals.failed).toBe(0);
    expect(clean.store.tickets.size).toBeGreaterThan(10);

    faulty.setFaults(faults(5, 90));
    const run = await runIntoFreshdesk(join(work, 'faulty'), freshdeskChaosMapping(intercom.url, faulty.url, 2), 'full');
    faulty.setFaults({});

    // The faults did happen, of every kind, writes among them.
    const log = faulty.server.log;
    const kinds = {
      ...faultCounts(log, (method) => WRITES.has(method)),
      // Writes the simulator applied (it records each one it handled) against those whose answer left
      // it: the difference is writes applied whose answer was lost.
      lostAnswers:
        faulty.writes.length - log.filter((r) => (r.method === 'POST' || r.method === 'PUT') && typeof r.status === 'number' && ![429, 500, 502, 503].includes(r.status)).length,
    };
    expect(kinds.throttled, JSON.stringify(kinds)).toBeGreaterThan(5);
    expect(kinds.failed, JSON.stringify(kinds)).toBeGreaterThan(5);
    expect(kinds.failedWrites, JSON.stringify(kinds)).toBeGreaterThan(2);
    expect(kinds.dropped, JSON.stringify(kinds)).toBeGreaterThan(3);
    expect(kinds.droppedWrites, JSON.stringify(kinds)).toBeGreaterThan(0);
    expect(kinds.lostAnswers, JSON.stringify(kinds)).toBeGreaterThan(0);

    expect(readCsv(join(work, 'faulty', 'reports', 'failed.csv'))).toEqual([]);
    expect(run.summary.complete).toBe(true);
    expect(run.summary.totals).toEqual(reference.summary.totals);
    expect(duplicatesInFreshdesk(faulty.store)).toEqual([]);
    const snapshot = normalizedFreshdesk(faulty.store);
    expect(Object.keys(snapshot['tickets'] as object)).toHaveLength(clean.store.tickets.size);
    expect(snapshot).toEqual(normalizedFreshdesk(clean.store));
  }, 60_000);
});
