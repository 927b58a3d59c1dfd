/**
 * A wrong Freshdesk API key stops the run at its first 401, on either side, with what to fix (the
 * shared failure classifier): never one refused request per record, never a record marked failed for it.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import { AccessDeniedError } from '../../../src/http/index.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../../src/platforms/archive/target.js';
import { generateFreshdeskAccount } from '../../sim/freshdesk/index.js';
import { tempDir } from '../../support/workspace.js';
import { archiveYaml, freshdeskSource, freshdeskTarget, freshdeskYaml, mapping, run, withSim } from './harness.js';

const WRONG = { FD_KEY: 'revoked-key' };
const MESSAGE = /Freshdesk did not accept the API key \(GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/\S+ → 401[^)]*\): check api_key in the mapping file/;

async function stoppedWith(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('a wrong Freshdesk API key', () => {
  test('as the source: the run stops at the first 401 with what to fix', async () => {
    await withSim({}, async (sim) => {
      sim.seed(generateFreshdeskAccount({ seed: 3 }).account);
      const out = join(tempDir(), 'archive');
      const m = mapping(freshdeskYaml(sim), archiveYaml(out), '', WRONG);
      const error = await stoppedWith(run(m, freshdeskSource(m), new ArchiveTarget(out)));
      expect(error).toBeInstanceOf(AccessDeniedError);
      expect((error as Error).message).toMatch(MESSAGE);
      expect(sim.server.log.filter((r) => r.status === 401)).toHaveLength(1);
    });
  });

  test('as the target: the run stops at the first 401 with what to fix', async () => {
    await withSim({}, async (sim) => {
      const src = join(tempDir(), 'src');
      await generateArchive(src, { tickets: 6, contacts: 4 });
      const m = mapping(archiveYaml(src), freshdeskYaml(sim), '', WRONG);
      const error = await stoppedWith(run(m, new ArchiveSource(src), freshdeskTarget(m)));
      expect(error).toBeInstanceOf(AccessDeniedError);
      expect((error as Error).message).toMatch(/Freshdesk did not accept the API key .*check api_key in the mapping file/);
      expect(sim.server.log.filter((r) => r.status === 401)).toHaveLength(1);
    });
  });
});
