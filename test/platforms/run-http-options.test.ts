/**
 * The run's stop signal and request timeout reach every HTTP client of every registered platform,
 * through the one PlatformContext the registry builds platforms with (tuningOf): a platform that
 * ignored them would keep a stopped or stalled run waiting. Found missing for Freshdesk.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { tuningOf, type PlatformContext } from '../../src/platforms/descriptor.js';
import { readEntity } from '../../src/platforms/declared-entities.js';
import { findPlatform } from '../../src/platforms/registry.js';

/** Accepts every request and never answers. */
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer(() => {});
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const CONNECTIONS: Record<string, () => Record<string, unknown>> = {
  intercom: () => ({ platform: 'intercom', base_url: url, token: 'tok' }),
  zendesk: () => ({ platform: 'zendesk', base_url: url, email: 'admin@example.com', token: 'tok' }),
  freshdesk: () => ({ platform: 'freshdesk', base_url: url, api_key: 'key' }),
};

describe('every HTTP platform honours the run', () => {
  for (const name of Object.keys(CONNECTIONS)) {
    test(`${name}: an aborted run stops a request that gets no answer`, async () => {
      const platform = findPlatform(name)!;
      const connection = platform.connection.parse(CONNECTIONS[name]!());
      const stop = new AbortController();
      // One attempt, a long timeout: only the signal can end the read quickly.
      const context: PlatformContext = { log: silentLogger, baseDir: '.', http: { signal: stop.signal, timeoutMs: 600_000 }, tunings: { [name]: { http: { maxAttempts: 1 } } } };
      const source = platform.createSource!(connection as never, context);
      const read = (async () => {
        for await (const page of readEntity(source, 'contacts', {})) void page;
      })();
      stop.abort(new Error('stopped by the test'));
      await expect(read).rejects.toThrow();
    });
  }
});

describe('tuningOf', () => {
  test('layers the defaults, the caller overrides for the platform, then the run http options', () => {
    const signal = new AbortController().signal;
    const context: PlatformContext = { log: silentLogger, baseDir: '.', http: { timeoutMs: 9, signal }, tunings: { p: { polls: 2, http: { baseDelayMs: 1, timeoutMs: 5 } }, other: { polls: 7 } } };
    expect(tuningOf('p', { polls: 1, keep: true, http: { baseDelayMs: 500, maxDelayMs: 900 } }, context)).toEqual({
      polls: 2,
      keep: true,
      http: { baseDelayMs: 1, maxDelayMs: 900, timeoutMs: 9, signal },
    });
  });
});
