/**
 * Every mistake a user can make in migration.yml gets one exact message: what is wrong, where
 * (file:line:column) and how to fix it. These are the messages users read; change them on purpose.
 */
import { describe, expect, test } from 'vitest';
import { resolveEnvReferences } from '../../src/config/env-references.js';
import { loadMappingFile, parseMapping } from '../../src/config/load-mapping.js';
import { MappingError } from '../../src/config/mapping-error.js';
import { indexPositions } from '../../src/config/yaml-positions.js';

const base = 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: archive\n  path: b\n';

const cases: [name: string, yaml: string, message: string][] = [
  ['broken YAML', 'source: [1\ntarget: 2\n', 'migration.yml:1:9: this is not valid YAML: the list opened with [ here is never closed: add ] after its last item'],
  ['a list instead of a mapping', '- a\n- b\n', 'migration.yml:1:1: the mapping file must be a YAML mapping with at least `source:` and `target:`; see mappings.example.yml'],
  ['no source', 'target:\n  platform: archive\n  path: x\n', 'migration.yml:1:1: source is required: add it (a block of keys; see mappings.example.yml)'],
  ['misspelt top-level key', `${base}optoins:\n  attachments: true\n`, 'migration.yml:7:1: unknown key "optoins"; did you mean "options"?'],
  ['misspelt option', `${base}options:\n  atachments: true\n`, 'migration.yml:8:3: unknown key "atachments" in options; did you mean "attachments"?'],
  ['string for a boolean', `${base}options:\n  attachments: "yes"\n`, 'migration.yml:8:17: options.attachments must be true or false, not "yes"'],
  ['value outside an enum', `${base}options:\n  invalid_phone: remove\n`, 'migration.yml:8:18: options.invalid_phone must be one of drop, fail, keep, not "remove"'],
  ['unknown platform', 'source:\n  platform: zendsk\n  path: a\ntarget:\n  platform: archive\n  path: b\n', 'migration.yml:2:13: source.platform "zendsk" is not a platform desk-migrate knows; did you mean "zendesk"?'],
  ['missing connection key', 'source:\n  platform: archive\ntarget:\n  platform: archive\n  path: b\n', 'migration.yml:2:3: source.path is required: add it (a text value)'],
  [
    'unset environment variable',
    'source:\n  platform: archive\n  path: ${ARCHIVE_DIR}\ntarget:\n  platform: archive\n  path: b\n',
    'migration.yml:3:9: environment variable ARCHIVE_DIR is not set (used by source.path); set it, e.g. in the workflow step: env: ARCHIVE_DIR: ${{ secrets.ARCHIVE_DIR }}',
  ],
  [
    'misspelt entity',
    `${base}entities: [tickets, tikets]\n`,
    'migration.yml:7:21: entities[1] must be one of agents, teams, fields, companies, contacts, tags, tickets, kb_categories, kb_folders, articles, not "tikets"; did you mean "tickets"?',
  ],
  ['bad email', `${base}agents:\n  default: not-an-email\n`, 'migration.yml:8:12: agents.default must be an email address, not "not-an-email"'],
  ['bad date', `${base}filters:\n  created_after: last tuesday\n`, 'migration.yml:8:18: filters.created_after: "last tuesday" is not a date; write it as YYYY-MM-DD or 2024-01-31T12:00:00Z'],
  ['unknown status in a value map', `${base}values:\n  status:\n    snoozed: open\n`, 'migration.yml:9:5: unknown key "snoozed" in values.status; valid keys are: new, open, pending, hold, solved, closed'],
  [
    'negative sample size',
    `${base}demo:\n  tickets: -5\n`,
    'migration.yml:8:12: demo.tickets must be at least 1, not -5; to leave the entity out, list the entities to migrate under entities:',
  ],
  ['country name instead of code', `${base}options:\n  default_country: France\n`, 'migration.yml:8:20: options.default_country must be a two-letter country code such as US or FR, not "France"'],
  ['unsupported version', `version: 2\n${base}`, 'migration.yml:1:10: version must be one of 1, not 2'],
  ['empty entity list', `${base}entities: []\n`, 'migration.yml:7:11: entities must list at least 1 item'],
  ['duplicated key', 'source:\n  platform: archive\n  path: a\nsource:\n  platform: archive\n  path: b\n', 'migration.yml:4:1: this is not valid YAML: duplicated mapping key'],
  ['fractional batch size', `${base}options:\n  batch_size: 2.5\n`, 'migration.yml:8:15: options.batch_size must be a whole number, not 2.5'],
  [
    'misspelt connection key, reported with the missing one',
    'source:\n  platform: archive\n  paht: a\ntarget:\n  platform: archive\n  path: b\n',
    'migration.yml:2:3: source.path is required: add it (a text value)\nmigration.yml:3:3: unknown key "paht" in source; did you mean "path"?',
  ],
];

describe('mapping file errors', () => {
  test.each(cases)('%s', (_name, yaml, message) => {
    let error: unknown;
    try {
      parseMapping(yaml, 'migration.yml', {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MappingError);
    expect((error as MappingError).message).toBe(message);
  });

  test('a missing file says so and what to pass', async () => {
    await expect(loadMappingFile('/nonexistent/migration.yml')).rejects.toThrow(
      '/nonexistent/migration.yml: cannot load the mapping file: the file does not exist; pass the path of your migration.yml',
    );
  });

  test('several problems are reported together, in file order', () => {
    const yaml = `${base}options:\n  attachments: maybe\n  invalid_phone: remove\n`;
    expect(() => parseMapping(yaml, 'm.yml', {})).toThrow(
      'm.yml:8:16: options.attachments must be true or false, not "maybe"\nm.yml:9:18: options.invalid_phone must be one of drop, fail, keep, not "remove"',
    );
  });

  test('a credential written in the file is refused; one from the environment is returned for masking', () => {
    const yaml = 'target:\n  token: abc123\n  other: ${TOKEN}\n';
    const positions = indexPositions(yaml);
    const literal = resolveEnvReferences({ target: { token: 'abc123' } }, {}, 'm.yml', positions, (p) => p[1] === 'token');
    expect(literal.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '2:10 target.token is a credential written in the file; keep it in a secret and write ${TARGET_TOKEN} instead',
    ]);
    const fromEnv = resolveEnvReferences({ target: { token: '${TOKEN}' } }, { TOKEN: 's3cr3t-value' }, 'm.yml', positions, (p) => p[1] === 'token');
    expect(fromEnv.problems).toEqual([]);
    expect(fromEnv.secrets).toEqual(['s3cr3t-value']);
    expect(fromEnv.value).toEqual({ target: { token: 's3cr3t-value' } });
  });

  test('${NAME:-fallback} uses the fallback only when NAME is unset', () => {
    const yaml = 'source:\n  platform: archive\n  path: ${IN:-examples/archive}\ntarget:\n  platform: archive\n  path: ${OUT:-out}\n';
    expect(parseMapping(yaml, 'm.yml', { OUT: '/tmp/x' }).mapping.source).toMatchObject({ path: 'examples/archive' });
    expect(parseMapping(yaml, 'm.yml', { OUT: '/tmp/x' }).mapping.target).toMatchObject({ path: '/tmp/x' });
  });

  test('a key whose value is ${NAME:-} with NAME unset is left out (an optional override)', () => {
    const yaml = 'source:\n  platform: archive\n  path: in\n  page_size: ${PAGE:-}\ntarget:\n  platform: archive\n  path: out\n';
    expect(parseMapping(yaml, 'm.yml', {}).mapping.source).toEqual({ platform: 'archive', path: 'in', page_size: 100 });
    expect(() => parseMapping(yaml, 'm.yml', { PAGE: 'many' })).toThrow('m.yml:4:14: source.page_size must be a number, not the value of ${PAGE}');
  });

  test('environment references inside text are replaced and defaults are filled', () => {
    const { mapping } = parseMapping('source:\n  platform: archive\n  path: ${ROOT}/in\ntarget:\n  platform: archive\n  path: out\n', 'm.yml', { ROOT: '/data' });
    expect(mapping.source).toEqual({ platform: 'archive', path: '/data/in', page_size: 100 });
    expect(mapping.options.invalid_phone).toBe('drop');
    expect(mapping.demo).toEqual({ tickets: 20, articles: 20, seed: 1 });
    expect(mapping.knowledge_base.default_category).toBe('Source Default Category');
  });
});
