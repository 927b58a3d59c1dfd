/**
 * An endpoint that accepts requests and never answers must end the run soon, with a message naming
 * the host and what the run was doing, not after every retry of every batch (it once took ~45 min).
 * The deadline comes from the mapping (`options.request_timeout_seconds`), kept short here; the bound
 * asserted is generous, since only the configured deadline is meant, not the machine's speed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/run.js';
import { silentLogger } from '../../src/log/logger.js';
import { tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { chaosMappingYaml } from './chaos-mapping.js';
import { CHAOS_ENV, chaosWorkspace, startZendesk } from './harness.js';
import { CHAOS_TUNINGS } from './tunings.js';

describe('a stalled endpoint', () => {
  const generated = chaosWorkspace(71);
  const sims = withChaosSims(generated, { zendesk: startZendesk });

  test('ends the run after a few unanswered requests, naming the host and what was being done', async () => {
    const { intercom, zendesk } = sims;
    const work = tempDir();
    const configFile = join(work, 'migration.yml');
    writeFileSync(configFile, `${chaosMappingYaml(intercom.url, zendesk.url, 2)}  request_timeout_seconds: 0.4\n`);
    zendesk.server.setFaults({ stallPaths: /^\/api\/v2\/imports\/tickets\/create_many/ });
    const started = Date.now();
    const error = await run({ configFile, mode: 'full', stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger, env: CHAOS_ENV, tunings: CHAOS_TUNINGS }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    const host = new URL(zendesk.url).host.replace(/\./g, '\\.');
    expect(error?.message).toMatch(
      new RegExp(
        `^Stopped while writing tickets to zendesk: POST http://${host}/api/v2/imports/tickets/create_many: ${host} did not answer within 0\\.4 s \\([3-9] requests in a row unanswered\\); options\\.request_timeout_seconds sets the limit$`,
      ),
    );
    // Three unanswered imports of 0.4 s in a row (and those of the other batches in flight by then,
    // three at most each), and everything before them: far under the 45 minutes it took.
    expect(Date.now() - started).toBeLessThan(60_000);
    const imports = zendesk.server.log.filter((r) => r.path === '/api/v2/imports/tickets/create_many').length;
    expect(imports).toBeGreaterThanOrEqual(3);
    expect(imports).toBeLessThanOrEqual(9);
  }, 90_000);

  test('check mode: its reads have the same deadline; a stalled source ends the check, not ready, naming the host', async () => {
    const { intercom, zendesk } = sims;
    const work = tempDir();
    const configFile = join(work, 'migration.yml');
    writeFileSync(configFile, `${chaosMappingYaml(intercom.url, zendesk.url, 2)}  request_timeout_seconds: 0.4\n`);
    zendesk.server.setFaults({});
    intercom.server.setFaults({ stallPaths: /^\/contacts/ });
    try {
      // check answers "not ready" (exit 2) with the reason, rather than crashing.
      const summary = await run({ configFile, mode: 'check', stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger, env: CHAOS_ENV, tunings: CHAOS_TUNINGS });
      expect(summary.check?.ready).toBe(false);
      const host = new URL(intercom.url).host.replace(/\./g, '\\.');
      const stalled = new RegExp(`http://${host}/contacts\\S*: ${host} did not answer within 0\\.4 s \\(\\d requests in a row unanswered[^)]*\\); options\\.request_timeout_seconds sets the limit$`);
      expect(summary.check?.access.filter((a) => !a.ok).map((a) => a.detail)).toContainEqual(expect.stringMatching(stalled));
    } finally {
      intercom.server.setFaults({});
    }
  }, 90_000);
});
