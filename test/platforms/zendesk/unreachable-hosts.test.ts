/**
 * A file on a host that does not resolve is tried through the whole retry schedule once per run; the
 * next files on that host fail at once, with the same kind of error (not an outage: the attachment is
 * left out, not the record failed). Files on other hosts are fetched as before.
 */
import { describe, expect, test } from 'vitest';
import { isTransient, NetworkError } from '../../../src/http/index.js';
import type { Attachment } from '../../../src/model/records.js';
import { mapping, TEST_TUNING, withSim, zendeskSource, zendeskYaml } from './harness.js';

const file = (url: string): Attachment => ({ id: url, fileName: 'a.png', contentType: 'image/png', url });

describe('unreachable attachment hosts', () => {
  test('are remembered for the run: the second file on a gone host costs no request', async () => {
    await withSim({}, async (sim) => {
      const asked: string[] = [];
      const fetchOrFail: typeof fetch = async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        asked.push(url);
        if (url.includes('images.gone.invalid')) {
          throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND images.gone.invalid'), { code: 'ENOTFOUND' }) });
        }
        return fetch(input, init);
      };
      const m = mapping(zendeskYaml(sim), '  platform: archive\n  path: /tmp/desk-migrate-unused\n');
      const source = zendeskSource(m, { ...TEST_TUNING, http: { ...TEST_TUNING.http, fetch: fetchOrFail, maxAttempts: 3 } });
      const first = await source.openAttachment(file('https://images.gone.invalid/1.png')).catch((e: unknown) => e);
      expect(asked.filter((u) => u.includes('gone'))).toHaveLength(3);
      const second = await source.openAttachment(file('https://images.gone.invalid/2.png')).catch((e: unknown) => e);
      expect(asked.filter((u) => u.includes('gone'))).toHaveLength(3);
      for (const error of [first, second]) {
        expect(error).toBeInstanceOf(NetworkError);
        expect(isTransient(error)).toBe(false);
      }
      expect((second as Error).message).toMatch(/images\.gone\.invalid could not be reached earlier in this run .*not tried again/);
      // Another host is not affected.
      const own = await source.openAttachment(file(`${sim.url}/api/v2/users/me`)).catch((e: unknown) => e);
      expect(own).not.toBeInstanceOf(NetworkError);
    });
  });
});
