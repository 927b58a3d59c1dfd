/**
 * A credential that is wrong for one run (a rotated Zendesk token not yet updated in the secrets)
 * must not cost anything for good: the run stops at once on the refused credential, and once the
 * token is fixed the target ends exactly as a clean migration leaves it (groups, comment authors).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseMapping } from '../../src/config/load-mapping.js';
import { AccessDeniedError } from '../../src/http/index.js';
import { tempDir } from '../support/workspace.js';
import { chaosMappingYaml } from './chaos-mapping.js';
import { CHAOS_ENV, chaosMapping, chaosWorkspace, duplicatesIn, normalizedStore, runInProcess, startIntercom, startZendesk, type IntercomSim, type ZendeskSim } from './harness.js';

describe('a run with a wrong Zendesk token, then the right one', () => {
  const generated = chaosWorkspace(67);
  let intercom: IntercomSim;
  let clean: ZendeskSim;
  let faulty: ZendeskSim;
  beforeAll(async () => {
    intercom = await startIntercom(generated);
    [clean, faulty] = await Promise.all([startZendesk(generated), startZendesk(generated)]);
  });
  afterAll(async () => {
    await Promise.all([intercom?.close(), clean?.close(), faulty?.close()]);
  });

  test('stops at once on the refused token, and the next run leaves the target as a clean run does', async () => {
    const reference = await runInProcess(tempDir(), chaosMapping(intercom.url, clean.url, 5), 'full');
    expect(reference.summary.totals.failed).toBe(0);

    const work = tempDir();
    const wrong = parseMapping(chaosMappingYaml(intercom.url, faulty.url, 5), 'migration.yml', { ...CHAOS_ENV, ZD_TOKEN: 'revoked-token' }).mapping;
    const mark = faulty.server.log.length;
    const error = await runInProcess(work, wrong, 'full').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as Error).message).toMatch(/^Stopped while [a-z ]+ zendesk: Zendesk did not accept the credentials \(GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/\S+ → 401 Unauthorized: Couldn't authenticate you\): check the connection's email and token \(or oauth_token\) in the mapping file/);
    // Stopped at the first refusal: not one request per record.
    expect(faulty.server.log.slice(mark).filter((r) => r.status === 401).length).toBe(1);

    const fixed = await runInProcess(work, chaosMapping(intercom.url, faulty.url, 5), 'full');
    expect(fixed.summary.totals.failed).toBe(0);
    expect(duplicatesIn(faulty.store)).toEqual([]);
    expect(normalizedStore(faulty.store, faulty.url)).toEqual(normalizedStore(clean.store, clean.url));
  }, 60_000);
});
