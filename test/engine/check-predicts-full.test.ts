/**
 * `check` predicts what `full` does: on every sandbox direction (the sandbox's Intercom workspace into
 * its Zendesk account with mappings.example.yml, a Zendesk account into Intercom, the example archive
 * into each target, Freshdesk included), check runs, then a full migration, and check's will-migrate / will-fail / will-skip
 * rows equal full's migrated / failed / skipped rows record for record, reason for reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Mapping } from '../../src/config/types.js';
import { check } from '../../src/engine/check.js';
import { migrate } from '../../src/engine/migrate.js';
import type { RunSummary } from '../../src/engine/report.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import type { Source, Target } from '../../src/platforms/contracts.js';
import { silentLogger } from '../../src/log/logger.js';
import { startIntercomSim, type IntercomSim } from '../sim/intercom/index.js';
import { generateZendeskAccount, startZendeskSim, type ZendeskSim } from '../sim/zendesk/index.js';
import { intercomBlock, intercomSource, intercomTarget, TOKEN } from '../platforms/intercom/harness.js';
import { archiveYaml, mapping, zendeskSource, zendeskTarget, zendeskYaml } from '../platforms/zendesk/harness.js';
import { freshdeskTarget, freshdeskYaml, mapping as freshdeskMapping, withSim as withFreshdesk } from '../platforms/freshdesk/harness.js';
import { readCsv, tempDir } from '../support/workspace.js';

const ENV = { INTERCOM_TOKEN: TOKEN };
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as never;

/** entity:id → status and reason, from a report folder's three files. */
function outcomes(folder: string, files: [string, string, string]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, status] of [
    [files[0], 'migrated'],
    [files[1], 'failed'],
    [files[2], 'skipped'],
  ] as const) {
    for (const row of readCsv(join(folder, file))) out.set(`${row[0]}:${row[1]}`, `${status} ${row[3] ?? ''}`.trim());
  }
  return out;
}

const counts = (summary: RunSummary) =>
  Object.fromEntries(Object.entries(summary.entities).map(([entity, c]) => [entity, { read: c.read, migrated: c.migrated, failed: c.failed, skipped: c.skipped, failedBy: c.failedBy, skippedBy: c.skippedBy }]));

/** check, then full, on the same source and target; both results. */
async function checkThenFull(m: Mapping, sides: () => { source: Source; target: Target }) {
  const work = tempDir();
  const first = sides();
  const predicted = await check({ mapping: m, ...first, reportsDir: join(work, 'check'), log: silentLogger });
  await Promise.all([first.source.close(), first.target.close()]);
  const second = sides();
  const done = await migrate({ mode: 'full', mapping: m, ...second, stateDir: join(work, 'state'), reportsDir: join(work, 'full'), log: silentLogger });
  await Promise.all([second.source.close(), second.target.close()]);
  return {
    predicted,
    done,
    checkRows: outcomes(join(work, 'check'), ['will-migrate.csv', 'will-fail.csv', 'will-skip.csv']),
    fullRows: outcomes(join(work, 'full'), ['migrated.csv', 'failed.csv', 'skipped.csv']),
  };
}

function expectPredicted(result: Awaited<ReturnType<typeof checkThenFull>>): void {

  expect(result.done.complete).toBe(true);
  expect(counts(result.predicted)).toEqual(counts(result.done));
  expect(Object.fromEntries(result.checkRows)).toEqual(Object.fromEntries(result.fullRows));
}

async function withSims<T>(intercomSeed: unknown, zendeskSeed: unknown, use: (intercom: IntercomSim, zendesk: ZendeskSim) => Promise<T>): Promise<T> {
  const intercom = await startIntercomSim({ token: TOKEN, seed: intercomSeed as never });
  const zendesk = await startZendeskSim({ jobs: { pollsBeforeComplete: 1 } });
  zendesk.seed(zendeskSeed as never);
  try {
    return await use(intercom, zendesk);
  } finally {
    await Promise.all([intercom.close(), zendesk.close()]);
  }
}

/** The Zendesk account's agents and groups, as Intercom teammates and teams (what its API cannot create). */
function intercomFor(account: ReturnType<typeof generateZendeskAccount>['account']) {
  const agents = account.users!.filter((u) => u.role === 'agent' || u.role === 'admin');
  return {
    admins: [...agents.map((a, i) => ({ name: a.name, email: a.email as string, id: String(991_600_001 + i) })), { name: 'Sim Admin', email: 'admin@example.com', id: '991600999' }],
    teams: account.groups!.map((g, i) => ({ name: g.name, id: String(5_029_001 + i) })),
    helpCenters: [{ default: true, locales: ['en', 'de'] }],
  };
}

describe('check predicts full', () => {
  test('Intercom → Zendesk: the sandbox workspace with mappings.example.yml', async () => {
    await withSims(json('examples/sandbox/intercom-workspace.json'), json('examples/sandbox/zendesk-account.json'), async (intercom, zendesk) => {
      // The example mapping's rules, pointed at the simulators and without their rate limits.
      const rules = readFileSync('mappings.example.yml', 'utf8').replace(/^source:[\s\S]*?^entities:/m, 'entities:');
      const m = mapping(intercomBlock(intercom), zendeskYaml(zendesk), rules, ENV);
      const result = await checkThenFull(m, () => ({ source: intercomSource(m), target: zendeskTarget(m) }));
      expectPredicted(result);
      // Zendesk has no tag list: both say the tags are skipped, and why.
      expect(result.predicted.entities.tags?.skippedBy).toEqual({ entity_not_supported: result.predicted.entities.tags?.read });
      expect(result.predicted.entities.tickets?.migrated).toBeGreaterThan(10);
    });
  }, 120_000);

  test('Zendesk → Intercom: tickets without a type fail in check as in full', async () => {
    const { account } = generateZendeskAccount({ seed: 4 });
    await withSims(intercomFor(account), account, async (intercom, zendesk) => {
      const m = mapping(zendeskYaml(zendesk), intercomBlock(intercom), '', ENV);
      const result = await checkThenFull(m, () => ({ source: zendeskSource(m), target: intercomTarget(m) }));
      expectPredicted(result);
      const untyped = account.tickets!.filter((t) => !t.type).length;
      expect(untyped).toBeGreaterThan(0);
      expect(result.predicted.entities.tickets?.failedBy).toEqual({ invalid_record: untyped });
      expect(result.predicted.check?.findings).toMatchObject({ invalid_record: untyped });
    });
  }, 120_000);

  test('archive → Zendesk and archive → Intercom: the example archive', async () => {
    await withSims(
      { admins: [1, 2, 3, 4].map((i) => ({ name: `Agent ${i}`, email: `agent${i}@helpdesk.test`, id: String(991_700_000 + i) })), helpCenters: [{ default: true, locales: ['en', 'fr'] }] },
      { users: [1, 2, 3].map((i) => ({ name: `Agent ${i}`, email: `agent${i}@helpdesk.test`, role: 'agent' })), locales: { enabled: ['en-us', 'fr'], default: 'en-us' } },
      async (intercom, zendesk) => {
        const toZendesk = mapping(archiveYaml('examples/archive'), zendeskYaml(zendesk));
        expectPredicted(await checkThenFull(toZendesk, () => ({ source: new ArchiveSource('examples/archive'), target: zendeskTarget(toZendesk) })));
        const toIntercom = mapping(archiveYaml('examples/archive'), intercomBlock(intercom), '', ENV);
        const result = await checkThenFull(toIntercom, () => ({ source: new ArchiveSource('examples/archive'), target: intercomTarget(toIntercom) }));
        expectPredicted(result);
      },
    );
  }, 120_000);
  test('archive → Freshdesk: the example archive', async () => {
    await withFreshdesk({}, async (freshdesk) => {
      // Freshdesk has what its API cannot create: the agents (three of the archive's four).
      freshdesk.seed({ agents: [1, 2, 3].map((i) => ({ name: `Agent ${i}`, email: `agent${i}@helpdesk.test` })) });
      const m = freshdeskMapping(archiveYaml('examples/archive'), freshdeskYaml(freshdesk));
      expectPredicted(await checkThenFull(m, () => ({ source: new ArchiveSource('examples/archive'), target: freshdeskTarget(m) })));
    });
  }, 120_000);
});
