/** The Freshdesk state identity: the account a connection reaches, so a state folder is never reused for another account. */
import { expect, test } from 'vitest';
import { freshdeskPlatform } from '../../../src/platforms/freshdesk/index.js';

const identityOf = (block: Record<string, unknown>): string =>
  freshdeskPlatform.identity(freshdeskPlatform.connection.parse({ platform: 'freshdesk', api_key: 'k', ...block }) as never, {} as never);

test('one account is one identity whether named by domain or by base_url; another account differs; the key is not part of it', () => {
  expect(identityOf({ domain: 'acme' })).toBe('https://acme.freshdesk.com');
  expect(identityOf({ base_url: 'https://acme.freshdesk.com/' })).toBe('https://acme.freshdesk.com');
  expect(identityOf({ domain: 'other' })).not.toBe(identityOf({ domain: 'acme' }));
  expect(identityOf({ domain: 'acme', api_key: 'secret-key' })).not.toContain('secret-key');
});
