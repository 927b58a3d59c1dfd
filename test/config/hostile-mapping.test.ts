/**
 * Issue 10 §4: a mapping file is input from whoever opens a pull request (the PR workflow validates
 * the PR's own file). Whatever it holds, the loader answers with a mapping error, quickly and in
 * bounded memory.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureExpansion } from '../../src/config/alias-expansion.js';
import { loadMappingFile, parseMapping } from '../../src/config/load-mapping.js';
import { MappingError } from '../../src/config/mapping-error.js';
import { MAX_MAPPING_BYTES } from '../../src/config/mapping-text.js';
import { parseEvents } from 'js-yaml';

const base = 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: archive\n  path: b\n';

/** Nine levels of nine aliases: 9^9 (387 million) values once expanded. */
function aliasBomb(under: string): string {
  let yaml = `${base}${under}:\n  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
  for (let level = 1; level <= 9; level++) yaml += `  - &a${level} [${Array(9).fill(`*a${level - 1}`).join(', ')}]\n`;
  return yaml;
}

function errorOf(run: () => unknown): MappingError {
  try {
    run();
  } catch (error) {
    if (error instanceof MappingError) return error;
    throw error;
  }
  throw new Error('the mapping was accepted');
}

describe('alias expansion is bounded', () => {
  test('an alias bomb is refused at the alias that crosses the bound, before anything walks it', () => {
    // Unbounded, this takes minutes and about 850 MB (measured on main); refused, it is a parse.
    const error = errorOf(() => parseMapping(aliasBomb('blocked_extensions_bomb'), 'migration.yml', {}));
    expect(error.message).toBe(
      'migration.yml:13:10: this alias makes the mapping file expand to more than 100000 values (aliases nested in aliases); write the values out instead of nesting aliases',
    );
  });

  test('under a key the schema knows, too', () => {
    const yaml = aliasBomb('options').replace('options:\n', 'options:\n  blocked_extensions:\n').replace(/^ {2}- /gm, '    - ');
    expect(errorOf(() => parseMapping(yaml, 'migration.yml', {})).problems[0]?.message).toMatch(/^this alias makes the mapping file expand to more than 100000 values/);
  });

  test('ordinary aliases are fine', () => {
    const yaml = `${base}teams:\n  table: &teams\n    Support: Care\n    Sales: Revenue\nagents:\n  table: {}\nfields:\n  tickets: &f {a: b}\n  contacts: *f\n`;
    expect(parseMapping(yaml, 'm.yml', {}).mapping.fields).toEqual({ tickets: { a: 'b' }, contacts: { a: 'b' } });
  });

  test('the count is the expanded size', () => {
    const yaml = 'a: &x [1, 2, 3]\nb: [*x, *x]\n';
    // root, a, [1,2,3] (4 nodes), b, [*x, *x] (1 + 2 × 4)
    expect(measureExpansion(parseEvents(yaml, {}), yaml)).toEqual({ nodes: 1 + 1 + 4 + 1 + 1 + 8 });
    expect(measureExpansion(parseEvents(yaml, {}), yaml, 10).overflowAt).toBe(yaml.indexOf('*x'));
  });
});

describe('size and depth are bounded', () => {
  test('a file over the size bound is refused without being read whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huge-'));
    const file = join(dir, 'migration.yml');
    writeFileSync(file, `${base}# ${'x'.repeat(MAX_MAPPING_BYTES)}\n`);
    await expect(loadMappingFile(file, {})).rejects.toThrow(`${file}: the mapping file is larger than 2097152 bytes (2 MiB), the most a mapping file may be: is this the right file?`);
    // An endless file: only the bound plus one byte is read.
    await expect(loadMappingFile('/dev/zero', {})).rejects.toThrow('/dev/zero: the mapping file is larger than 2097152 bytes');
  });

  test('a folder given as the mapping file says so', async () => {
    await expect(loadMappingFile(tmpdir(), {})).rejects.toThrow(`${tmpdir()}: cannot load the mapping file: it is a folder; pass the path of your migration.yml`);
  });

  test('nesting ten thousand lists deep is a mapping error, not a stack overflow', () => {
    const yaml = `${base}entities: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    expect(errorOf(() => parseMapping(yaml, 'm.yml', {})).problems[0]).toMatchObject({ file: 'm.yml', line: 7 });
  });
});
