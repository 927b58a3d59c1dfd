/**
 * Mistakes in the mapping file that used to be accepted, or answered with a message that pointed at
 * the wrong line or said nothing useful (issue 10, "Messages that say what to fix"). Each message is
 * exact: it is what a user reads.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMappingFile, parseMapping } from '../../src/config/load-mapping.js';

const base = 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: archive\n  path: b\n';

function messageOf(yaml: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    parseMapping(yaml, 'migration.yml', env);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('YAML syntax errors point at the mistake', () => {
  test.each([
    ['an unclosed flow list', 'source:\n  platform: archive\n  path: a\nentities: [tickets, agents\ntarget:\n  platform: archive\n  path: b\n', 'migration.yml:4:11: this is not valid YAML: the list opened with [ here is never closed: add ] after its last item'],
    ['an unclosed flow mapping', 'source: {platform: archive, path: a\ntarget:\n  platform: archive\n  path: b\n', 'migration.yml:1:9: this is not valid YAML: the mapping opened with { here is never closed: add } after its last entry'],
    ['an unclosed quote', 'source:\n  platform: archive\n  path: "a\ntarget:\n  platform: archive\n  path: b\n', 'migration.yml:3:9: this is not valid YAML: the text quoted with " here is never closed: add the closing "'],
    ['a bracket inside a quoted value or a comment is not an opener', 'source:\n  platform: archive # [not a list\n  path: "[a"\ntarget: [1\n', 'migration.yml:4:9: this is not valid YAML: the list opened with [ here is never closed: add ] after its last item'],
  ])('%s', (_name, yaml, message) => {
    expect(messageOf(yaml)).toBe(message);
  });

  test('a flow list over several lines is valid YAML', () => {
    expect(parseMapping(`entities: [tickets,\n  agents]\n${base}`, 'm.yml', {}).mapping.entities).toEqual(['tickets', 'agents']);
  });

  test('any other syntax error keeps the parser’s own position', () => {
    expect(messageOf('source:\n  platform: archive\n  path: a: b\n')).toBe('migration.yml:3:10: this is not valid YAML: bad indentation of a mapping entry');
  });
});

describe('values that used to be accepted or misexplained', () => {
  test.each([
    ['version quoted', `version: "1"\n${base}`, 'migration.yml:1:11: version must be the number 1, not the string "1": write version: 1'],
    ['a quoted boolean', `${base}options:\n  attachments: "false"\n`, 'migration.yml:8:17: options.attachments must be true or false, not the string "false": write attachments: false'],
    ['a quoted number', `${base}options:\n  batch_size: "50"\n`, 'migration.yml:8:16: options.batch_size must be a number, not the string "50": write batch_size: 50'],
    ['30 February', `${base}filters:\n  created_after: 2023-02-30\n`, 'migration.yml:8:18: filters.created_after: "2023-02-30" is not a date: February 2023 has 28 days'],
    ['29 February of a common year', `${base}filters:\n  created_before: 2023-02-29T10:00:00Z\n`, 'migration.yml:8:19: filters.created_before: "2023-02-29T10:00:00Z" is not a date: February 2023 has 28 days'],
    ['month 13', `${base}filters:\n  updated_after: 2024-13-01\n`, 'migration.yml:8:18: filters.updated_after: "2024-13-01" is not a date: there is no month 13'],
    ['hour 25', `${base}filters:\n  updated_after: 2024-01-01T25:00:00Z\n`, 'migration.yml:8:18: filters.updated_after: "2024-01-01T25:00:00Z" is not a time of day: hours go to 23, minutes and seconds to 59'],
    [
      'a country code no country has',
      `${base}options:\n  default_country: XX\n`,
      'migration.yml:8:20: options.default_country must be a two-letter country code such as US or FR, not "XX": no country has that code (ISO 3166-1 alpha-2)',
    ],
    [
      'a demo of no tickets',
      `${base}demo:\n  tickets: 0\n`,
      'migration.yml:8:12: demo.tickets must be at least 1, not 0; to leave the entity out, list the entities to migrate under entities:',
    ],
    [
      'a demo of no articles',
      `${base}demo:\n  articles: 0\n`,
      'migration.yml:8:13: demo.articles must be at least 1, not 0; to leave the entity out, list the entities to migrate under entities:',
    ],
    [
      'created_before earlier than created_after',
      `${base}filters:\n  created_after: 2024-06-01\n  created_before: 2024-01-01\n`,
      'migration.yml:9:19: filters.created_before is not later than filters.created_after, so no record can match and every record would be skipped as filtered_out; swap the two dates or remove one',
    ],
    [
      'created_before equal to created_after',
      `${base}filters:\n  created_after: 2024-06-01\n  created_before: 2024-06-01T00:00:00Z\n`,
      'migration.yml:9:19: filters.created_before is not later than filters.created_after, so no record can match and every record would be skipped as filtered_out; swap the two dates or remove one',
    ],
  ])('%s', (_name, yaml, message) => {
    expect(messageOf(yaml)).toBe(message);
  });

  test('real dates, countries, samples and bounds are still accepted', () => {
    const yaml = `${base}filters:\n  created_after: 2024-02-29\n  created_before: 2024-03-01T00:00:00+01:00\noptions:\n  default_country: FR\ndemo:\n  tickets: 1\n`;
    const { mapping } = parseMapping(yaml, 'm.yml', {});
    expect(mapping.filters).toEqual({ created_after: '2024-02-29T00:00:00.000Z', created_before: '2024-02-29T23:00:00.000Z' });
    expect(mapping.options.default_country).toBe('FR');
    expect(mapping.demo.tickets).toBe(1);
  });
});

describe('a mapping file that is not UTF-8', () => {
  test('is refused with the line and column of the first bad byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'latin1-'));
    const file = join(dir, 'migration.yml');
    // "Équipe" in Latin-1: É is the single byte 0xC9, which UTF-8 never has alone.
    const latin1 = Buffer.concat([Buffer.from(`${base}teams:\n  table:\n    Support: `), Buffer.from([0xc9]), Buffer.from('quipe\n')]);
    writeFileSync(file, latin1);
    await expect(loadMappingFile(file, {})).rejects.toThrow(
      `${file}:9:14: the mapping file is not UTF-8 text: byte 0xC9 here is not valid UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8`,
    );
  });

  test('a UTF-8 file with accents, emoji and a byte order mark loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'utf8-'));
    const file = join(dir, 'migration.yml');
    mkdirSync(join(dir, 'a')); // the archive source must exist and hold an archive
    writeFileSync(join(dir, 'a', 'agents.jsonl'), '');
    writeFileSync(file, `\uFEFF${base}teams:\n  table:\n    Support: Équipe 🚀\n`);
    expect((await loadMappingFile(file, {})).mapping.teams.table).toEqual({ Support: 'Équipe 🚀' });
  });
});
