/**
 * Intercom → Zendesk while both simulators fail on purpose — 5% of requests answered 500/502/503, 1%
 * of connections dropped (half before the request is handled, half after: a write applied whose answer
 * is lost), and bursts of 429 with Retry-After — ends, in one run, with the same Zendesk account as a
 * run without faults, and nothing written twice.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FaultOptions } from '../sim/common/sim-server.js';
import { readCsv, tempDir } from '../support/workspace.js';
import { chaosMapping, chaosWorkspace, duplicatesIn, normalizedStore, runInProcess, startIntercom, startZendesk, type IntercomSim, type ZendeskSim } from './harness.js';

const faults = (seed: number, every: number): FaultOptions => ({
  errorRate: 0.05,
  dropBeforeRate: 0.005,
  dropAfterRate: 0.005,
  // Retry-After is whole seconds: each burst costs the run a second of waiting, so a few bursts only.
  burst429: { every, length: 3, retryAfterSeconds: 1 },
  seed,
});

describe('faults on both sides, Intercom → Zendesk', () => {
  const generated = chaosWorkspace();
  let intercom: IntercomSim;
  let faulty: ZendeskSim;
  let clean: ZendeskSim;
  beforeAll(async () => {
    intercom = await startIntercom(generated);
    faulty = await startZendesk(generated);
    clean = await startZendesk(generated);
  });
  afterAll(async () => {
    await Promise.all([intercom?.close(), faulty?.close(), clean?.close()]);
  });

  test('5% 5xx, 1% dropped connections and 429 bursts: the same account as a clean run, nothing twice', async () => {
    const work = tempDir();
    const reference = await runInProcess(join(work, 'clean'), chaosMapping(intercom.url, clean.url, 2), 'full');
    expect(reference.summary.totals.failed).toBe(0);

    intercom.server.setFaults(faults(4, 40));
    faulty.setFaults(faults(5, 70));
    const run = await runInProcess(join(work, 'faulty'), chaosMapping(intercom.url, faulty.url, 2), 'full');
    intercom.server.setFaults({});
    faulty.setFaults({});

    // The faults did happen, of every kind, writes included.
    const log = [...intercom.server.log, ...faulty.server.log];
    expect(log.filter((r) => r.status === 429).length).toBeGreaterThan(5);
    expect(log.filter((r) => r.status === 500 || r.status === 502 || r.status === 503).length).toBeGreaterThan(5);
    expect(faulty.server.log.filter((r) => r.method !== 'GET' && typeof r.status === 'number' && r.status >= 500).length).toBeGreaterThan(2);
    expect(log.filter((r) => r.status === 'dropped').length).toBeGreaterThan(3);
    // One import job was created whose answer never arrived: a write applied, its answer lost.
    const imports = faulty.server.log.filter((r) => r.path === '/api/v2/imports/tickets/create_many');
    expect(faulty.store.jobs.size).toBeGreaterThan(imports.filter((r) => typeof r.status === 'number' && r.status < 300).length);

    expect(readCsv(join(work, 'faulty', 'reports', 'failed.csv'))).toEqual([]);
    expect(run.summary.totals).toEqual(reference.summary.totals);
    expect(duplicatesIn(faulty.store)).toEqual([]);
    expect(normalizedStore(faulty.store, faulty.url)).toEqual(normalizedStore(clean.store, clean.url));
  }, 60_000);
});
