/**
 * The connection's own API host cannot be reached (refused, or its name does not resolve): every
 * other request would fail the same way after its retries, so the run stops at the first such
 * request, naming the host and what it was doing, checkpoint kept — instead of failing record after
 * record, each after a round of retries, for hours. A file on another host that is gone stays a
 * failure of its own record (see failure-kind.ts).
 */
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { summaryOf } from '../../src/engine/failure-summary.js';
import { archiveYaml, mapping, run, zendeskTarget } from '../platforms/zendesk/harness.js';
import { tempDir } from '../support/workspace.js';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

describe('a target API host that cannot be reached', () => {
  test('stops the run at the first request that cannot connect, naming the host and the phase', async () => {
    const port = await closedPort();
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 12, contacts: 8, companies: 3, articles: 0 });
    const m = mapping(archiveYaml(source), `  platform: zendesk\n  base_url: http://127.0.0.1:${port}\n  email: admin@example.test\n  token: \${ZD_TOKEN}\n`);
    const target = zendeskTarget(m);
    const error = await run(m, new ArchiveSource(source), target, work).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(
      new RegExp(`^Stopped while [a-z ]+ zendesk: GET http://127\\.0\\.0\\.1:${port}/\\S+: could not connect to 127\\.0\\.0\\.1:${port} \\(connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\) \\(gave up after 5 attempts\\); check the connection's base_url and that 127\\.0\\.0\\.1:${port} is reachable from here$`),
    );
    // One request's attempts, not a round of retries per record.
    expect(target.client.calls).toBeLessThanOrEqual(5);
    // Nothing was marked failed for good: the reports hold the error, the records are tried next run.
    expect(summaryOf(error)?.totals.failed ?? 0).toBe(0);
  }, 60_000);
});
