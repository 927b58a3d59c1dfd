/** The bundled CLI, run as a user runs it: commands, messages and exit codes. */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { runCli } from '../support/built-cli.js';
import { readJsonl, tempDir } from '../support/workspace.js';

describe('desk-migrate (bundled)', () => {
  test('runs a demo then a full migration with documented exit codes', async () => {
    const dir = tempDir();
    await generateArchive(join(dir, 'src'), { tickets: 30 });
    writeFileSync(join(dir, 'm.yml'), 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: out\noptions:\n  invalid_phone: keep\n');

    const demo = runCli(['run', '--config', 'm.yml', '--mode', 'demo'], dir);
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/^demo complete: \d+ migrated, 0 failed, \d+ skipped of 96 read\.\nReports: .*\.desk-migrate\/reports\n$/);
    expect(demo.stderr).toMatch(/^tickets: 30 read, 20 migrated, 0 failed, 10 skipped in [\d.]+s$/m);

    const full = runCli(['run', '--config', 'm.yml', '--mode', 'full'], dir);
    expect(full.status).toBe(0);
    expect(readJsonl(join(dir, 'out', 'tickets.jsonl'))).toHaveLength(30);
  });

  test('failed records give exit code 3; a stopped run gives 4', async () => {
    const dir = tempDir();
    await generateArchive(join(dir, 'src'), { tickets: 5 });
    writeFileSync(join(dir, 'm.yml'), 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: out\noptions:\n  invalid_phone: fail\n');
    expect(runCli(['run', '--config', 'm.yml', '--mode', 'full'], dir).status).toBe(3);
    const stopped = runCli(['run', '--config', 'm.yml', '--mode', 'full', '--state', 'other', '--time-budget', '0.00001'], dir);
    expect(stopped.status).toBe(4);
    expect(stopped.stderr).toContain('Stopping early (time budget reached); the checkpoint is saved and the next run continues from here.');
  });

  test('a bad mapping file exits 2 with file:line:column', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'm.yml'), 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: archive\n  path: b\noptions:\n  atachments: false\n');
    const result = runCli(['validate', '--config', 'm.yml'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('m.yml:8:3: unknown key "atachments" in options; did you mean "attachments"?\n');
  });

  test('usage errors exit 2 and print the usage', () => {
    const dir = tempDir();
    const result = runCli(['run', '--config', 'm.yml', '--mode', 'everything'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: --mode must be one of check, demo, full, delta, verify, not "everything"\n\nUsage:/);
    expect(runCli(['--help'], dir).status).toBe(0);
  });

  test('schema prints the JSON Schema of the mapping file', () => {
    const result = runCli(['schema'], tempDir());
    expect(JSON.parse(result.stdout)).toMatchObject({ title: 'desk-migrate mapping file (migration.yml)', type: 'object' });
  });
});
