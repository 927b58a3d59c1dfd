/**
 * The CLI's own handling of its arguments and of the mapping's secrets (src/cli.ts, in process).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { EXIT } from '../../src/exit-codes.js';

let stdout = '';
let stderr = '';
const writes = { out: process.stdout.write, err: process.stderr.write };
beforeEach(() => {
  stdout = stderr = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
});
afterEach(() => {
  process.stdout.write = writes.out;
  process.stderr.write = writes.err;
  delete process.env.CLI_TEST_TOKEN;
});

const firstLine = (text: string) => text.split('\n')[0];

describe('an option given twice is refused, not last-one-wins', () => {
  test.each([
    [['validate', '--config', 'a.yml', '--config', 'b.yml'], 'error: --config is given 2 times ("a.yml", "b.yml"); give it once'],
    [['validate', '-c', 'a.yml', '--config=b.yml'], 'error: --config is given 2 times ("a.yml", "b.yml"); give it once'],
    [['run', '--config', 'a.yml', '--mode', 'full', '--mode', 'demo'], 'error: --mode is given 2 times ("full", "demo"); give it once'],
    [['run', '--config', 'a.yml', '--mode', 'full', '--state', 's1', '--state', 's2', '--state', 's3'], 'error: --state is given 3 times ("s1", "s2", "s3"); give it once'],
    [['validate', '--config', 'a.yml', '--debug', '--debug'], 'error: --debug is given 2 times; give it once'],
  ])('%j', async (argv, message) => {
    expect(await main(argv)).toBe(EXIT.usage);
    expect(firstLine(stderr)).toBe(message);
  });
});

describe('validate with a secret in the wrong key', () => {
  test('prints the variable, never its value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-secret-'));
    const file = join(dir, 'migration.yml');
    writeFileSync(file, 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: zendesk\n  subdomain: acme\n  email: ${CLI_TEST_TOKEN}\n  token: ${CLI_TEST_TOKEN}\n');
    process.env.CLI_TEST_TOKEN = 'zd_cli-T0ken-0123456789';
    expect(await main(['validate', '--config', file])).toBe(EXIT.usage);
    expect(stderr).toBe(`${file}:7:10: target.email must be an email address, not the value of \${CLI_TEST_TOKEN}\n`);
    expect(stdout + stderr).not.toContain('zd_cli-T0ken-0123456789');
  });
});
