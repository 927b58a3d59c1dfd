/**
 * Property: whatever a mapping file holds (valid, slightly wrong, or hostile), the real loader either
 * returns a mapping or throws a MappingError whose every problem says file:line:column and carries no
 * stack trace. Generated: YAML structures of any shape, wrong types, unknown keys, bad dates, aliases,
 * odd unicode, broken syntax, bytes that are not UTF-8.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseMapping } from '../../src/config/load-mapping.js';
import { MappingError } from '../../src/config/mapping-error.js';
import { decodeMappingText } from '../../src/config/mapping-text.js';

const FILE = 'migration.yml';
const ENV = { TOKEN: 'env-token-123456', EMAIL: 'admin@acme.test', URL: 'http://acme.example', EMPTY: '' };

/** Loads and checks the property; returns whether the mapping was accepted. */
function loadsOrExplains(text: string): boolean {
  try {
    parseMapping(text, FILE, ENV);
    return true;
  } catch (error) {
    if (!(error instanceof MappingError)) throw new Error(`not a mapping error for ${JSON.stringify(text)}: ${String((error as Error)?.stack ?? error)}`);
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) {
      expect(problem.file).toBe(FILE);
      expect(problem.line, problem.message).toBeGreaterThanOrEqual(1);
      expect(problem.column, problem.message).toBeGreaterThanOrEqual(1);
      expect(problem.message).not.toMatch(/\n\s+at |Error:|undefined|\[object Object\]/);
    }
    expect(error.message).not.toContain(ENV.TOKEN);
    return false;
  }
}

// --- pieces -------------------------------------------------------------------------------------

const oddText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', 'é', '\u0000', '\uFEFF', '\u2028', '\u202E', '😀', '\t', '\r\n', '${TOKEN}', '${NOPE}', '${EMPTY:-}', '${NOPE:-x}', '${TOKEN}@${EMAIL}', 'http://x', '~', 'null', 'yes', '0x1F', '.inf', '1e400'),
);
const dates = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2023-02-30', '2024-02-29', 'yesterday', '2024-01-01T24:00:00Z', '2024-01-01 10:00:00+01:00', '${TOKEN}'),
);
const scalar = fc.oneof(oddText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), dates);
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.oneof(oddText, fc.constantFrom('platform', 'path', 'token')), tie('value'), { maxKeys: 4 })),
})).value;

const KEYS: Record<string, fc.Arbitrary<unknown>> = {
  version: fc.oneof(fc.constant(1), fc.constant('1'), fc.integer(), scalar),
  entities: fc.oneof(fc.array(fc.constantFrom('tickets', 'agents', 'contacts', 'articles', 'tikets', 'kb_folders'), { maxLength: 4 }), anyValue),
  options: fc.oneof(
    fc.record(
      {
        attachments: fc.oneof(fc.boolean(), scalar),
        default_country: fc.oneof(fc.constantFrom('US', 'FR', 'XX', 'fr', 'France'), scalar),
        batch_size: fc.oneof(fc.integer({ min: -5, max: 2000 }), scalar),
        invalid_phone: fc.oneof(fc.constantFrom('drop', 'fail', 'keep', 'remove'), scalar),
        tag: scalar,
        atachments: scalar,
      },
      { requiredKeys: [] },
    ),
    anyValue,
  ),
  demo: fc.oneof(fc.record({ tickets: fc.oneof(fc.integer({ min: -2, max: 50 }), scalar), articles: scalar, seed: scalar }, { requiredKeys: [] }), anyValue),
  filters: fc.oneof(fc.record({ created_after: dates, created_before: dates, updated_after: dates }, { requiredKeys: [] }), anyValue),
  agents: fc.oneof(fc.record({ default: fc.oneof(fc.constantFrom('a@b.co', '${EMAIL}', '${TOKEN}'), scalar), table: anyValue }, { requiredKeys: [] }), anyValue),
  values: anyValue,
  teams: anyValue,
  unknown_top_level: anyValue,
};

const connection = fc.oneof(
  fc.record({ platform: fc.constant('archive'), path: fc.oneof(fc.constantFrom('out', '${NOPE}', '${EMPTY:-}'), scalar) }, { requiredKeys: ['platform'] }),
  fc.record(
    {
      platform: fc.constant('zendesk'),
      subdomain: fc.oneof(fc.constantFrom('acme', 'acme.zendesk.com'), scalar),
      base_url: fc.oneof(fc.constantFrom('https://acme.zendesk.com', 'http://acme.zendesk.com', 'http://127.0.0.1:9', '${URL}', 'not a url'), scalar),
      allow_insecure_http: fc.oneof(fc.boolean(), scalar),
      email: fc.oneof(fc.constantFrom('admin@acme.test', '${EMAIL}', '${TOKEN}'), scalar),
      token: fc.oneof(fc.constantFrom('${TOKEN}', 'literal-token', '${NOPE}'), scalar),
      requests_per_minute: fc.oneof(fc.integer(), scalar),
    },
    { requiredKeys: ['platform'] },
  ),
  fc.record(
    {
      platform: fc.oneof(fc.constant('intercom'), fc.constantFrom('zendsk', 'freshdesk', '${TOKEN}'), scalar),
      token: fc.oneof(fc.constant('${TOKEN}'), scalar),
      region: fc.oneof(fc.constantFrom('us', 'eu', 'mars', '${TOKEN}'), scalar),
    },
    { requiredKeys: ['platform'] },
  ),
  anyValue,
);

const documents = fc
  .tuple(fc.option(connection, { nil: undefined }), fc.option(connection, { nil: undefined }), fc.record(KEYS, { requiredKeys: [] }))
  .map(([source, target, rest]) => ({ ...(source === undefined ? {} : { source }), ...(target === undefined ? {} : { target }), ...rest }));

/** Files that are valid by construction: they must load. */
const validDocuments = fc.record(
  {
    source: fc.oneof(
      fc.record({ platform: fc.constant('archive'), path: fc.constantFrom('in', './in', '${NOPE:-in}', 'dossier é 😀') }),
      fc.record({ platform: fc.constant('intercom'), token: fc.constant('${TOKEN}'), region: fc.constantFrom('us', 'eu', 'au') }),
    ),
    target: fc.oneof(
      fc.record({ platform: fc.constant('archive'), path: fc.constantFrom('out', '${NOPE:-out}') }),
      fc.record({
        platform: fc.constant('zendesk'),
        base_url: fc.constantFrom('https://acme.zendesk.com', 'http://127.0.0.1:4010', 'http://[::1]:1'),
        email: fc.constantFrom('admin@acme.test', '${EMAIL}'),
        token: fc.constant('${TOKEN}'),
      }),
    ),
    version: fc.constant(1),
    demo: fc.record({ tickets: fc.integer({ min: 1, max: 500 }), articles: fc.integer({ min: 1, max: 50 }), seed: fc.oneof(fc.integer(), fc.string()) }, { requiredKeys: [] }),
    filters: fc
      .tuple(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), fc.integer({ min: 1, max: 10_000 }))
      .map(([after, days]) => ({ created_after: after.toISOString().slice(0, 10), created_before: new Date(after.getTime() + days * 86_400_000).toISOString() })),
    options: fc.record({ default_country: fc.constantFrom('US', 'FR', 'DE', 'JP', 'BR'), batch_size: fc.integer({ min: 1, max: 1000 }), tag: fc.string({ minLength: 1, unit: 'grapheme' }) }, { requiredKeys: [] }),
    teams: fc.record({ table: fc.dictionary(fc.string({ minLength: 1, unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), { maxKeys: 5 }) }),
  },
  { requiredKeys: ['source', 'target'] },
);

const yamlOf = (document: unknown) => dump(document, { lineWidth: -1 } as never);

/** Text edits that break YAML in the ways people (and attackers) do. */
const FRAGMENTS = ['[', ']', '{', '}', '"', "'", ':', ': ', '- ', '\n', '\n  ', '\t', '#', '&a ', '*a', '*zz', '<<: *a\n', '!!binary ', '!!js/function ', '%YAML 1.2\n', '---\n', '...\n', '|\n', '>-\n', '? ', ',', '\u0000', '\uFEFF', 'é', '\r', '\\', '@', '`'];
const edited = fc
  .tuple(documents, fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...FRAGMENTS), oddText), fc.nat({ max: 3 })), { minLength: 1, maxLength: 4 }))
  .map(([document, edits]) => {
    let text = yamlOf(document);
    for (const [at, fragment, remove] of edits) {
      const i = text.length === 0 ? 0 : at % text.length;
      text = text.slice(0, i) + fragment + text.slice(i + remove);
    }
    return text;
  });

/** Anchors and aliases over the sections of a valid file, nested a few levels. */
const aliased = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('values', 'teams', 'options', 'unknown', 'blocked')).map(([levels, width, under]) => {
  let text = 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: archive\n  path: b\n';
  text += under === 'blocked' ? 'options:\n  blocked_extensions:\n' : `${under}:\n  x:\n`;
  const indent = under === 'blocked' ? '    - ' : '    - ';
  text += `${indent}&l0 [exe, bat]\n`;
  for (let level = 1; level <= levels; level++) text += `${indent}&l${level} [${Array(width).fill(`*l${level - 1}`).join(', ')}]\n`;
  return text;
});

// --- properties ---------------------------------------------------------------------------------

describe('the mapping loader, on generated files', () => {
  test('valid files load', () => {
    fc.assert(
      fc.property(validDocuments, (document) => {
        const text = yamlOf(document);
        expect(loadsOrExplains(text), text).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('documents of every shape load or are explained at file:line:column', () => {
    fc.assert(fc.property(documents, (document) => void loadsOrExplains(yamlOf(document))), { numRuns: 300 });
  });

  test('broken YAML syntax is explained at file:line:column', () => {
    fc.assert(fc.property(edited, (text) => void loadsOrExplains(text)), { numRuns: 300 });
  });

  test('arbitrary YAML values as the whole file', () => {
    fc.assert(fc.property(anyValue, (value) => void loadsOrExplains(yamlOf(value))), { numRuns: 200 });
  });

  test('aliases nested in aliases, of any width and depth', () => {
    fc.assert(fc.property(aliased, (text) => void loadsOrExplains(text)), { numRuns: 40 });
  });

  test('bytes that may not be UTF-8', () => {
    const valid = new TextEncoder().encode('source:\n  platform: archive\n  path: a\ntarget:\n  platform: archive\n  path: b\n');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8 }), fc.nat(), (bytes, at) => {
        const i = at % (valid.length + 1);
        const file = new Uint8Array([...valid.subarray(0, i), ...bytes, ...valid.subarray(i)]);
        const decoded = decodeMappingText(file, FILE);
        if (decoded.ok) {
          loadsOrExplains(decoded.text);
          return;
        }
        expect(decoded.problem).toMatchObject({ file: FILE, line: expect.any(Number), column: expect.any(Number) });
        // The position is right: everything before it is the valid text the file starts with.
        expect(decoded.problem.message).toMatch(/^the mapping file is not UTF-8 text: byte 0x[0-9A-F]{2} here is not valid UTF-8/);
      }),
      { numRuns: 300 },
    );
  });
});
