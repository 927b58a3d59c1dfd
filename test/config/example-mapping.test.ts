import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mappingJsonSchema } from '../../src/config/json-schema.js';
import { loadMappingFile } from '../../src/config/load-mapping.js';

describe('mappings.example.yml', () => {
  test('loads, and sets every top-level key the schema has', async () => {
    const env = { INTERCOM_TOKEN: 'x-intercom', ZENDESK_EMAIL: 'admin@acme.test', ZENDESK_TOKEN: 'x-zendesk' };
    const { mapping, secrets } = await loadMappingFile('mappings.example.yml', env);
    // Every value from the environment is masked, not only the credential keys'.
    expect(secrets.sort()).toEqual(['admin@acme.test', 'x-intercom', 'x-zendesk']);
    // The optional base_url overrides are left out when their variables are unset.
    expect('base_url' in mapping.source || 'base_url' in mapping.target).toBe(false);
    const schemaKeys = Object.keys((mappingJsonSchema().properties ?? {}) as object);
    const text = readFileSync('mappings.example.yml', 'utf8');
    for (const key of schemaKeys) expect(text, `the example should show "${key}:"`).toMatch(new RegExp(`^${key}:`, 'm'));
    expect(mapping.filters.created_after).toBe('2020-01-01T00:00:00.000Z');
    expect(mapping.values.status).toEqual({ new: 'open' });
  });

  test('schema/migration.schema.json is generated from the current schema (run npm run build)', () => {
    const committed = JSON.parse(readFileSync('schema/migration.schema.json', 'utf8')) as unknown;
    expect(committed).toEqual(mappingJsonSchema());
  });
});
