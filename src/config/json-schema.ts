/** The mapping schema as JSON Schema, for editors (`# yaml-language-server: $schema=…`). */
import { z } from 'zod';
import { buildMappingSchema } from './schema.js';

export function mappingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(buildMappingSchema(), { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: 'https://raw.githubusercontent.com/desk-migrate/desk-migrate/v1/schema/migration.schema.json',
    title: 'desk-migrate mapping file (migration.yml)',
  };
}
