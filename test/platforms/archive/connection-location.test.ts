/**
 * A typo in an archive path is an error, not a successful migration of nothing: `validate` and every
 * run refuse a source folder that does not exist (or holds no archive) and a target that is a file,
 * naming the key at file:line:column and the resolved path.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import { main } from '../../../src/cli.js';
import { loadMappingFile } from '../../../src/config/load-mapping.js';
import { EXIT } from '../../../src/exit-codes.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { tempDir, writeArchiveMapping } from '../../support/workspace.js';

const SUFFIX = "(paths are read from the mapping file's folder)";

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs the CLI in-process; returns its exit code and what it printed. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('where an archive connection points', () => {
  test('a source folder that does not exist is refused at file:line:column with the resolved path', async () => {
    const work = tempDir();
    const file = writeArchiveMapping(work, 'arcive', 'out');
    await expect(loadMappingFile(file, {})).rejects.toThrow(`${file}:3:9: source.path: the archive folder ${join(work, 'arcive')} does not exist; check the path ${SUFFIX}`);
  });

  test('a source that is a file, or a folder without an archive, is refused', async () => {
    const work = tempDir();
    writeFileSync(join(work, 'tickets.jsonl'), '');
    mkdirSync(join(work, 'empty'));
    await expect(loadMappingFile(writeArchiveMapping(work, 'tickets.jsonl', 'out'), {})).rejects.toThrow(`source.path: ${join(work, 'tickets.jsonl')} is a file, not an archive folder`);
    await expect(loadMappingFile(writeArchiveMapping(work, 'empty', 'out'), {})).rejects.toThrow(
      `source.path: ${join(work, 'empty')} holds no archive (no manifest.json and no agents.jsonl, teams.jsonl, fields.jsonl, … file); check the path`,
    );
  });

  test('a target may be missing (it is created) but not be or lie under a file', async () => {
    const work = tempDir();
    await generateArchive(join(work, 'in'), { tickets: 1 });
    writeFileSync(join(work, 'taken'), 'x');
    await expect(loadMappingFile(writeArchiveMapping(work, 'in', 'new/folder'), {})).resolves.toBeDefined();
    await expect(loadMappingFile(writeArchiveMapping(work, 'in', 'taken'), {})).rejects.toThrow(
      /migration\.yml:6:9: target\.path: .*taken is a file; the archive target is a folder \(created when missing\)/,
    );
    await expect(loadMappingFile(writeArchiveMapping(work, 'in', 'taken/out'), {})).rejects.toThrow(`target.path: ${join(work, 'taken/out')} cannot be created: ${join(work, 'taken')} is a file`);
  });

  test('validate and run exit 2 with the message; run migrates nothing and reports no success', async () => {
    const work = tempDir();
    const file = writeArchiveMapping(work, 'arcive', 'out');
    const validate = await cli(['validate', '--config', file]);
    expect(validate.code).toBe(EXIT.usage);
    expect(validate.err).toContain(`${file}:3:9: source.path: the archive folder ${join(work, 'arcive')} does not exist`);
    expect(validate.out).toBe('');

    const run = await cli(['run', '--config', file, '--mode', 'full', '--state', join(work, 'state'), '--reports', join(work, 'reports')]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.err).toContain('source.path: the archive folder');
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(run.out).not.toContain('complete');
  });

  test('a source folder removed after validation stops the read instead of reading nothing', async () => {
    const source = new ArchiveSource(join(tempDir(), 'gone'));
    const read = async () => {
      for await (const _ of source.streams.tickets!.read({})) void _;
    };
    await expect(read()).rejects.toThrow(/the archive folder .*gone does not exist or is not a folder; check source\.path/);
  });
});
