/**
 * Issue 10 §1: a value from the environment is masked before anything is validated, and no message
 * quotes it, whatever key it was put under (`email: ${ZENDESK_TOKEN}`, `region: ${INTERCOM_TOKEN}`).
 */
import { readFileSync } from 'node:fs';
import { dump, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { nameEnvValues } from '../../src/config/env-references.js';
import { parseMapping } from '../../src/config/load-mapping.js';
import { MappingError } from '../../src/config/mapping-error.js';

const TOKEN = 'zd_T0ken-9f8e7d6c5b4a';

/** The message of the mapping's error, and what onSecrets had been told by the time it was thrown. */
function attempt(yaml: string, env: NodeJS.ProcessEnv): { message: string; maskedBeforeError: string[] } {
  const masked: string[] = [];
  try {
    parseMapping(yaml, 'migration.yml', env, { onSecrets: (values) => masked.push(...values) });
  } catch (error) {
    expect(error).toBeInstanceOf(MappingError);
    return { message: (error as Error).message, maskedBeforeError: [...masked] };
  }
  return { message: 'accepted', maskedBeforeError: masked };
}

describe('values from the environment in messages', () => {
  test('a token under a key that is not a credential key is named, not quoted, and masked first', () => {
    const yaml = 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: zendesk\n  subdomain: acme\n  email: ${ZENDESK_TOKEN}\n  token: ${ZENDESK_TOKEN}\n';
    const { message, maskedBeforeError } = attempt(yaml, { ZENDESK_TOKEN: TOKEN });
    expect(message).toBe('migration.yml:7:10: target.email must be an email address, not the value of ${ZENDESK_TOKEN}');
    expect(maskedBeforeError).toContain(TOKEN);
  });

  test('an enum key gets no "did you mean" drawn from the secret', () => {
    const yaml = 'source:\n  platform: intercom\n  token: ${INTERCOM_TOKEN}\n  region: ${INTERCOM_TOKEN}\ntarget:\n  platform: archive\n  path: b\n';
    const { message, maskedBeforeError } = attempt(yaml, { INTERCOM_TOKEN: 'eu1' + TOKEN });
    expect(message).toBe('migration.yml:4:11: source.region must be one of us, eu, au, not the value of ${INTERCOM_TOKEN}');
    expect(maskedBeforeError).toEqual(['eu1' + TOKEN]);
  });

  test('a value built from several variables names them all', () => {
    const yaml = 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: archive\n  path: b\nagents:\n  default: ${USER_PART}-${DOMAIN_PART}\n';
    const { message, maskedBeforeError } = attempt(yaml, { USER_PART: 'secret-user', DOMAIN_PART: 'secret-domain' });
    expect(message).toBe('migration.yml:8:12: agents.default must be an email address, not the value built from ${USER_PART}, ${DOMAIN_PART}');
    expect(maskedBeforeError.sort()).toEqual(['secret-domain', 'secret-user']);
  });

  test('a date filter from the environment is named in its message', () => {
    const yaml = 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: archive\n  path: b\nfilters:\n  created_after: ${SINCE}\n';
    expect(attempt(yaml, { SINCE: TOKEN }).message).toBe('migration.yml:8:18: filters.created_after: the value of ${SINCE} is not a date; write it as YYYY-MM-DD or 2024-01-31T12:00:00Z');
  });

  test('a fallback written in the file is not a secret and may be quoted', () => {
    const yaml = 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: archive\n  path: b\nagents:\n  default: ${NOT_SET:-nobody}\n';
    expect(attempt(yaml, {})).toEqual({ message: 'migration.yml:8:12: agents.default must be an email address, not "nobody"', maskedBeforeError: [] });
  });

  test('whatever key of the example mapping holds a token, no message quotes it', () => {
    const example = load(readFileSync('mappings.example.yml', 'utf8')) as Record<string, unknown>;
    const env = { INTERCOM_TOKEN: 'x-intercom', ZENDESK_EMAIL: 'admin@acme.test', ZENDESK_TOKEN: 'x-zendesk', LEAK: TOKEN };
    const leaves = [...leafPaths(example, [])];
    expect(leaves.length).toBeGreaterThan(30);
    for (const path of leaves) {
      const document = structuredClone(example);
      setAt(document, path, '${LEAK}');
      const { message, maskedBeforeError } = attempt(dump(document), env);
      expect(message, path.join('.')).not.toContain(TOKEN);
      expect(maskedBeforeError, path.join('.')).toContain(TOKEN);
    }
  });

  test('the last guard names any value from the environment that reached a message', () => {
    expect(nameEnvValues(`rejected ${TOKEN} and ${TOKEN}x, kept eu`, [{ name: 'T', value: TOKEN }, { name: 'R', value: 'eu' }])).toBe('rejected ${T} and ${T}x, kept eu');
  });
});

function* leafPaths(node: unknown, path: (string | number)[]): Generator<(string | number)[]> {
  if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* leafPaths(item, [...path, i]);
  else if (node && typeof node === 'object' && !(node instanceof Date)) for (const [k, v] of Object.entries(node)) yield* leafPaths(v, [...path, k]);
  else yield path;
}

function setAt(document: unknown, path: (string | number)[], value: unknown): void {
  let node = document as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}
