/**
 * Issue 10 §3: an http:// connection address to another machine would send the token in clear
 * text. One rule for every platform and every key of a connection block.
 */
import { describe, expect, test } from 'vitest';
import { isLoopback } from '../../src/config/cleartext-urls.js';
import { parseMapping } from '../../src/config/load-mapping.js';

const env = { ZD_TOKEN: 'zd-token-value', IC_TOKEN: 'ic-token-value', ZD_URL: 'http://acme.zendesk.com' };
const archive = (side: string) => `${side}:\n  platform: archive\n  path: out\n`;
const zendesk = (side: string, extra: string) => `${side}:\n  platform: zendesk\n  email: admin@acme.test\n  token: \${ZD_TOKEN}\n${extra}`;
const intercom = (side: string, extra: string) => `${side}:\n  platform: intercom\n  token: \${IC_TOKEN}\n${extra}`;

function messageOf(yaml: string): string {
  try {
    parseMapping(yaml, 'migration.yml', env);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('cleartext connection addresses', () => {
  test.each([
    [
      'Zendesk base_url over http',
      zendesk('target', '  base_url: http://acme.zendesk.com\n') + archive('source'),
      'migration.yml:5:13: target.base_url: http:// to acme.zendesk.com would send the credentials in clear text; use https://, or, only for a network you trust, add allow_insecure_http: true under target:',
    ],
    [
      'Intercom base_url over http, in capitals',
      intercom('source', '  base_url: HTTP://api.intercom.io\n') + archive('target'),
      'migration.yml:4:13: source.base_url: http:// to api.intercom.io would send the credentials in clear text; use https://, or, only for a network you trust, add allow_insecure_http: true under source:',
    ],
    [
      'an address from the environment is named, not quoted',
      zendesk('target', '  base_url: ${ZD_URL}\n') + archive('source'),
      'migration.yml:5:13: target.base_url: the value of ${ZD_URL} is an http:// address of another machine, which would send the credentials in clear text; use https://, or, only for a network you trust, add allow_insecure_http: true under target:',
    ],
    [
      'an address that looks like loopback but is not',
      zendesk('target', '  base_url: http://127.0.0.1.nip.io:8080\n') + archive('source'),
      'migration.yml:5:13: target.base_url: http:// to 127.0.0.1.nip.io would send the credentials in clear text; use https://, or, only for a network you trust, add allow_insecure_http: true under target:',
    ],
  ])('%s is refused', (_name, yaml, message) => {
    expect(messageOf(yaml)).toBe(message);
  });

  test.each([
    ['https', zendesk('target', '  base_url: https://acme.zendesk.com\n')],
    ['127.0.0.1 (the simulators)', zendesk('target', '  base_url: http://127.0.0.1:4010\n')],
    ['localhost', zendesk('target', '  base_url: http://localhost:4010/\n')],
    ['::1', zendesk('target', '  base_url: http://[::1]:4010\n')],
    ['an explicit opt-in', zendesk('target', '  base_url: http://proxy.corp.internal\n  allow_insecure_http: true\n')],
  ])('%s is accepted', (_name, yaml) => {
    expect(messageOf(yaml + archive('source'))).toBe('accepted');
  });

  test('the opt-in is a key of every platform’s block, documented in the schema', () => {
    expect(messageOf(`${archive('source')}${archive('target').replace('path: out', 'path: out\n  allow_insecure_http: false')}`)).toBe('accepted');
    expect(messageOf(`${archive('source')}${archive('target').replace('path: out', 'path: out\n  allow_insecure_http: "yes"')}`)).toBe(
      'migration.yml:7:25: target.allow_insecure_http must be true or false, not "yes"',
    );
  });

  test('loopback is 127.0.0.0/8, ::1 and localhost only', () => {
    const loopback = (url: string) => isLoopback(new URL(url).hostname);
    expect(['http://127.0.0.1', 'http://127.255.0.9', 'http://[::1]', 'http://[0:0:0:0:0:0:0:1]', 'http://[::ffff:127.0.0.1]', 'http://localhost', 'http://LOCALHOST'].map(loopback)).toEqual(
      Array(7).fill(true),
    );
    expect(['http://128.0.0.1', 'http://10.0.0.1', 'http://[::2]', 'http://localhost.evil.com', 'http://a.localhost', 'http://0.0.0.0'].map(loopback)).toEqual(Array(6).fill(false));
  });
});
