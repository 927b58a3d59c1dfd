/**
 * The mapping file's schema. It is the single definition of what `migration.yml` may say: the loader
 * validates against it, and `schema/migration.schema.json` (for editors) is generated from it. It sits
 * above the platforms: the connection blocks come from the registry, the other keys from src/rules/mapping-rules.ts.
 */
import { z } from 'zod';
import { platformConnectionSchemas } from '../platforms/registry.js';
import { INSECURE_HTTP_KEY } from './cleartext-urls.js';
import { mappingRuleShape } from '../rules/mapping-rules.js';

/** Every connection block may opt out of the cleartext check (cleartext-urls.ts), whatever its platform. */
const insecureHttp = {
  [INSECURE_HTTP_KEY]: z
    .boolean()
    .optional()
    .describe('Allow http:// addresses to hosts other than this machine. Credentials then travel in clear text: only for a network you trust.'),
};

export function buildMappingSchema() {
  const [first, ...rest] = platformConnectionSchemas().map((connection) => connection.safeExtend(insecureHttp));
  if (!first) throw new Error('no platform is registered');
  const endpoint = rest.length > 0 ? z.discriminatedUnion('platform', [first, ...rest]) : first;
  return z
    .object({
      version: z.literal(1).default(1),
      source: endpoint,
      target: endpoint,
      ...mappingRuleShape,
    })
    .strict();
}

export type MappingSchema = ReturnType<typeof buildMappingSchema>;
