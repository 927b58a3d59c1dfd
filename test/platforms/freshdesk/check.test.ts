/**
 * `check` with Freshdesk on either side: the account reached, each permission proven by a cheap read,
 * a time estimate from the plan's per-minute budget, nothing written (no POST, PUT or DELETE reaches
 * the simulator), and its will-migrate / will-fail / will-skip rows equal, record for record and
 * reason for reason, what the `full` run that follows does.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import type { Mapping } from '../../../src/config/types.js';
import { check } from '../../../src/engine/check.js';
import { migrate } from '../../../src/engine/migrate.js';
import type { RunSummary } from '../../../src/engine/report.js';
import { silentLogger } from '../../../src/log/logger.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../../src/platforms/archive/target.js';
import type { Source, Target } from '../../../src/platforms/contracts.js';
import { generateFreshdeskAccount, type FreshdeskSim } from '../../sim/freshdesk/index.js';
import { readCsv, tempDir } from '../../support/workspace.js';
import { archiveYaml, freshdeskSource, freshdeskTarget, mapping, TEST_TUNING, withSim } from './harness.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const writesTo = (sim: FreshdeskSim) => sim.server.log.filter((r) => WRITES.has(r.method)).map((r) => `${r.method} ${r.path}`);

/** A connection on a real plan's budget (no requests_per_minute override): the estimate comes from it. */
const planYaml = (sim: FreshdeskSim, plan: string) => `  platform: freshdesk\n  base_url: ${sim.url}\n  api_key: \${FD_KEY}\n  plan: '${plan}'\n`;
/** What the connector may use of a plan's budget per minute: 90 %, the rest left to other integrations. */
const usable = (perMinute: number) => Math.floor(perMinute * 0.9);

/** entity:id → status and reason, from a report folder's three files. */
function outcomes(folder: string, files: [string, string, string]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, status] of [
    [files[0], 'migrated'],
    [files[1], 'failed'],
    [files[2], 'skipped'],
  ] as const) {
    for (const row of readCsv(join(folder, file))) out[`${row[0]}:${row[1]}`] = `${status} ${row[3] ?? ''}`.trim();
  }
  return out;
}

const counts = (summary: RunSummary) =>
  Object.fromEntries(Object.entries(summary.entities).map(([entity, c]) => [entity, { read: c.read, migrated: c.migrated, failed: c.failed, skipped: c.skipped, failedBy: c.failedBy, skippedBy: c.skippedBy }]));

/** check (its simulator writes asserted empty right after), then full on fresh connections. */
async function checkThenFull(m: Mapping, sides: () => { source: Source; target: Target }, sim: FreshdeskSim) {
  const work = tempDir();
  const first = sides();
  const predicted = await check({ mapping: m, ...first, reportsDir: join(work, 'check'), log: silentLogger });
  await Promise.all([first.source.close(), first.target.close()]);
  const writesDuringCheck = writesTo(sim);
  const readsDuringCheck = sim.server.log.length;
  const second = sides();
  const done = await migrate({ mode: 'full', mapping: m, ...second, stateDir: join(work, 'state'), reportsDir: join(work, 'full'), log: silentLogger });
  await Promise.all([second.source.close(), second.target.close()]);
  return {
    predicted,
    done,
    writesDuringCheck,
    readsDuringCheck,
    checkRows: outcomes(join(work, 'check'), ['will-migrate.csv', 'will-fail.csv', 'will-skip.csv']),
    fullRows: outcomes(join(work, 'full'), ['migrated.csv', 'failed.csv', 'skipped.csv']),
  };
}

describe('check with Freshdesk', () => {
  test('as the target: reads only, permissions proven, the estimate from the plan, predictions equal full', async () => {
    await withSim({}, async (sim) => {
      // Three of the archive's four agents are in Freshdesk: the fourth is predicted unmatched, as full finds it.
      sim.seed({ agents: [1, 2, 3].map((i) => ({ name: `Agent ${i}`, email: `agent${i}@helpdesk.test` })) });
      const work = tempDir();
      const archive = join(work, 'archive');
      await generateArchive(archive, { tickets: 12, contacts: 8, companies: 3, articles: 4 });
      const m = mapping(archiveYaml(archive), planYaml(sim, 'trial'), 'options:\n  invalid_phone: keep\n');
      const result = await checkThenFull(m, () => ({ source: new ArchiveSource(archive), target: freshdeskTarget(m) }), sim);

      expect(result.writesDuringCheck).toEqual([]);
      expect(result.readsDuringCheck).toBeGreaterThan(0);
      const details = result.predicted.check;
      expect(details?.accounts.target).toBe(`${sim.url} as admin@sim.freshdesk.com (agent ${sim.store.currentAgentId})`);
      expect(details?.access.filter((a) => a.side === 'target').map((a) => [a.permission, a.ok])).toEqual([
        ['sign in to the Freshdesk API', true],
        ['read ticket fields (to write tickets and their custom fields)', true],
        ['admin: ticket fields', true],
        ['contacts', true],
        ['Solutions (knowledge base)', true],
      ]);
      expect(details?.ready).toBe(true);
      // The archive costs no call: the time is the target's calls over the trial plan's budget (50 a minute).
      const calls = details?.estimate.apiCalls ?? 0;
      expect(calls).toBeGreaterThan(50);
      expect(details?.estimate.minutes).toBe(Math.ceil(calls / usable(50)));
      expect(details?.reminders.some((r) => r.includes('Freshdesk sets the creation date'))).toBe(true);
      expect(result.predicted.entities.agents?.failedBy).toEqual({ unmatched_agent: 1 });

      expect(result.done.complete).toBe(true);
      expect(result.done.entities.tickets?.migrated).toBe(12);
      expect(counts(result.predicted)).toEqual(counts(result.done));
      expect(result.checkRows).toEqual(result.fullRows);
    });
  });

  test('as the source: reads only, the estimate from the plan, predictions equal full', async () => {
    const { account } = generateFreshdeskAccount({ seed: 7 });
    await withSim({ clock: () => Date.parse('2026-01-01T00:00:00Z') }, async (sim) => {
      sim.seed(account);
      const work = tempDir();
      const archive = join(work, 'archive');
      const m = mapping(planYaml(sim, 'pro'), archiveYaml(archive), 'options:\n  invalid_phone: keep\n');
      // The generator numbers its tickets from 10,000: the archived pass starts there.
      const tuning = { ...TEST_TUNING, firstTicketId: 10_000 };
      const result = await checkThenFull(m, () => ({ source: freshdeskSource(m, 'source', tuning), target: new ArchiveTarget(archive) }), sim);

      expect(result.writesDuringCheck).toEqual([]);
      const details = result.predicted.check;
      expect(details?.accounts.source).toBe(`${sim.url} as admin@sim.freshdesk.com (agent ${sim.store.currentAgentId})`);
      expect(details?.access.filter((a) => a.side === 'source').map((a) => [a.permission, a.ok])).toEqual([
        ['sign in to the Freshdesk API', true],
        ['read tickets', true],
        ['contacts', true],
        ['Solutions (knowledge base)', true],
      ]);
      expect(details?.ready).toBe(true);
      // The source's own reminder is shown, not only the target's.
      expect(details?.reminders.some((r) => /archives tickets closed and inactive for 120 days/.test(r))).toBe(true);
      // About one call per ticket (its conversations) plus list pages, over the pro plan's 400 a minute.
      const tickets = result.done.entities.tickets?.migrated ?? 0;
      const calls = details?.estimate.apiCalls ?? 0;
      expect(tickets).toBeGreaterThan(10);
      expect(calls).toBeGreaterThanOrEqual(tickets);
      expect(calls).toBeLessThan(tickets * 2);
      expect(details?.estimate.minutes).toBe(Math.ceil(calls / usable(400)));

      expect(result.done.complete).toBe(true);
      expect(counts(result.predicted)).toEqual(counts(result.done));
      expect(result.checkRows).toEqual(result.fullRows);
    });
  });
});
