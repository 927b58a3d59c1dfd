/** docs/mapping-keys.md is generated from the mapping file's JSON Schema and kept in sync with it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mappingJsonSchema } from '../../src/config/json-schema.js';
import { renderMappingReference } from '../../scripts/mapping-reference.mjs';
import { repoRoot } from '../action/action-step.js';

describe('docs/mapping-keys.md', () => {
  it('is what scripts/mapping-reference.mjs makes of the current schema (run it after changing the schema)', () => {
    const page = readFileSync(join(repoRoot, 'docs/mapping-keys.md'), 'utf8');
    expect(page).toBe(`${renderMappingReference(JSON.parse(JSON.stringify(mappingJsonSchema())))}\n`);
  });

  it('names every top-level key and every platform', () => {
    const page = readFileSync(join(repoRoot, 'docs/mapping-keys.md'), 'utf8');
    const schema = mappingJsonSchema() as { properties: Record<string, unknown> };
    for (const key of Object.keys(schema.properties)) expect(page).toContain(`| \`${key}\` |`);
    for (const platform of ['archive', 'intercom', 'zendesk']) expect(page).toContain(`### \`platform: ${platform}\``);
  });
});
