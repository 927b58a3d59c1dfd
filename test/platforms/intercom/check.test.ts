/**
 * `check` with Intercom on either side: the workspace reached, every read permission proven, the
 * cost estimate, the settings to review, a missing permission named, and nothing written.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { check } from '../../../src/engine/check.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../../src/platforms/archive/target.js';
import { TARGET_REMINDERS } from '../../../src/platforms/intercom/preflight.js';
import { silentLogger } from '../../../src/log/logger.js';
import { generateIntercomWorkspace, startIntercomSim, type IntercomSim } from '../../sim/intercom/index.js';
import { tempDir } from '../../support/workspace.js';
import { archiveBlock, intercomBlock, intercomSource, intercomTarget, intercomToArchive, mappingFor, TUNING, writeRequests } from './harness.js';

let sims: IntercomSim[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

async function start(seed = generateIntercomWorkspace({ seed: 6 }).workspace): Promise<IntercomSim> {
  const sim = await startIntercomSim({ seed });
  sims.push(sim);
  return sim;
}

describe('check', () => {
  test('Intercom → archive: the workspace, read permissions proven by one-record reads, and the cost', async () => {
    const sim = await start();
    const work = tempDir();
    const mapping = mappingFor(intercomBlock(sim), archiveBlock(join(work, 'archive')));
    const summary = await check({ mapping, source: intercomSource(mapping), target: new ArchiveTarget(join(work, 'archive')), reportsDir: join(work, 'reports'), log: silentLogger });
    expect(summary.check?.ready).toBe(true);
    expect(summary.check?.accounts.source).toBe('Intercom workspace Simulated Workspace (simapp01, region US) as ana@sim.test');
    expect(summary.check?.access.map((a) => `${a.side}:${a.permission}:${a.ok}`)).toEqual([
      'source:Read admins:true',
      'source:Read data attributes:true',
      'source:Read and list users and companies:true',
      'source:Read tags:true',
      'source:Read conversations:true',
      'source:Read tickets:true',
      'source:Read articles:true',
      'target:write the archive folder:true',
    ]);
    // About one call per thread (its parts) plus list pages.
    const threads = sim.store.conversations.size + sim.store.tickets.size;
    expect(summary.check?.estimate.apiCalls).toBeGreaterThanOrEqual(threads);
    expect(summary.check?.estimate.apiCalls).toBeLessThan(threads * 2);
    expect(summary.check?.findings).toMatchObject({ source_truncated_500_parts: 2 });
  });

  test('archive → Intercom: what to review in the workspace, a missing permission named, nothing written', async () => {
    const source = await start();
    const work = tempDir();
    await intercomToArchive(join(work, 'read'), source, join(work, 'archive'));
    const target = await start({ admins: [{ name: 'Ana', email: 'ana@sim.test' }] });
    const mapping = mappingFor(archiveBlock(join(work, 'archive')), intercomBlock(target));
    const noTickets: typeof fetch = async (input, init) =>
      new URL(String(input)).pathname === '/ticket_types'
        ? new Response(JSON.stringify({ type: 'error.list', errors: [{ code: 'forbidden', message: 'Insufficient permissions' }] }), { status: 403 })
        : fetch(input, init);
    const summary = await check({
      mapping,
      source: new ArchiveSource(join(work, 'archive')),
      target: intercomTarget(mapping, { ...TUNING, http: { ...TUNING.http, fetch: noTickets } }),
      reportsDir: join(work, 'reports'),
      log: silentLogger,
    });
    expect(summary.check?.ready).toBe(false);
    expect(summary.check?.access.find((a) => a.permission === 'Read tickets')).toMatchObject({
      side: 'target',
      ok: false,
      detail: expect.stringContaining('lacks the "Read tickets" permission needed for GET /ticket_types'),
    });
    expect(summary.check?.reminders).toEqual(expect.arrayContaining(TARGET_REMINDERS));
    // Teammates Intercom does not have are found before the run.
    expect(summary.check?.findings).toMatchObject({ unmatched_agent: 2 });
    expect(writeRequests(target)).toEqual([]);
  });
});
