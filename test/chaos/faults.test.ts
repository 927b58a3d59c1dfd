/**
 * Intercom → Zendesk while both simulators fail on purpose — 5% of requests answered 500/502/503, 1%
 * of connections dropped (half before the request is handled, half after: a write applied whose answer
 * is lost), and bursts of 429 with Retry-After — ends, in one run, with the same Zendesk account as a
 * run without faults, and nothing written twice.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCsv, tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { faultCounts, faults } from './fault-mix.js';
import { chaosMapping, chaosWorkspace, duplicatesIn, normalizedStore, runInProcess, startZendesk } from './harness.js';

describe('faults on both sides, Intercom → Zendesk', () => {
  const generated = chaosWorkspace();
  const sims = withChaosSims(generated, { faulty: startZendesk, clean: startZendesk });

  test('5% 5xx, 1% dropped connections and 429 bursts: the same account as a clean run, nothing twice', async () => {
    const { intercom, faulty, clean } = sims;
    const work = tempDir();
    const reference = await runInProcess(join(work, 'clean'), chaosMapping(intercom.url, clean.url, 2), 'full');
    expect(reference.summary.totals.failed).toBe(0);

    intercom.server.setFaults(faults(4, 40));
    // The dice alone give a lost import answer only in some runs (batches in flight change which
    // request draws which fault): the answer of the first import is always lost.
    faulty.setFaults({ ...faults(5, 70), rules: [{ method: 'POST', path: /\/imports\/tickets\/create_many$/, times: 1, fault: 'drop-after' }] });
    const run = await runInProcess(join(work, 'faulty'), chaosMapping(intercom.url, faulty.url, 2), 'full');
    intercom.server.setFaults({});
    faulty.setFaults({});

    // The faults did happen, of every kind, writes included.
    const both = faultCounts([...intercom.server.log, ...faulty.server.log]);
    const zendesk = faultCounts(faulty.server.log);
    expect(both.throttled).toBeGreaterThan(5);
    expect(both.failed).toBeGreaterThan(5);
    expect(zendesk.failedWrites).toBeGreaterThan(2);
    expect(both.dropped).toBeGreaterThan(3);
    // One import job was created whose answer never arrived: a write applied, its answer lost.
    const imports = faulty.server.log.filter((r) => r.path === '/api/v2/imports/tickets/create_many');
    expect(faulty.store.jobs.size).toBeGreaterThan(imports.filter((r) => typeof r.status === 'number' && r.status < 300).length);

    expect(readCsv(join(work, 'faulty', 'reports', 'failed.csv'))).toEqual([]);
    expect(run.summary.totals).toEqual(reference.summary.totals);
    expect(duplicatesIn(faulty.store)).toEqual([]);
    expect(normalizedStore(faulty.store, faulty.url)).toEqual(normalizedStore(clean.store, clean.url));
  }, 60_000);
});
