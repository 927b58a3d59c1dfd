/** `desk-migrate validate --offline` (no secrets set, as on a fork's pull request) and `--version`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { validateOffline } from '../../src/runtime/offline-validation.js';
import { tempDir } from '../support/workspace.js';

const ZENDESK = 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: zendesk\n  subdomain: acme\n  email: ${ZENDESK_EMAIL}\n  token: ${ZENDESK_TOKEN}\n';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('validate --offline', () => {
  it('accepts a mapping whose secrets (even an email kept in one) are not set, and names them', async () => {
    const file = join(tempDir(), 'migration.yml');
    writeFileSync(file, ZENDESK);
    const result = await validateOffline(file, {});
    expect(result).toEqual({ source: 'archive', target: 'zendesk', unresolved: [{ name: 'ZENDESK_EMAIL', line: 7 }, { name: 'ZENDESK_TOKEN', line: 8 }] });
    const run = await cli(['validate', '--offline', '--config', file]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('valid offline (archive → zendesk); not checked, unset: ${ZENDESK_EMAIL} (line 7), ${ZENDESK_TOKEN} (line 8)');
  });

  it('still reports every other mistake at file:line:column', async () => {
    const file = join(tempDir(), 'migration.yml');
    writeFileSync(file, `${ZENDESK}options:\n  atachments: false\n`);
    const run = await cli(['validate', '--offline', '--config', file]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`${file}:10:3: unknown key "atachments" in options; did you mean "attachments"?\n`);
  });

  it('without --offline, the unset secrets are errors', async () => {
    const file = join(tempDir(), 'migration.yml');
    writeFileSync(file, ZENDESK);
    const saved = { e: process.env.ZENDESK_EMAIL, t: process.env.ZENDESK_TOKEN };
    delete process.env.ZENDESK_EMAIL;
    delete process.env.ZENDESK_TOKEN;
    try {
      const run = await cli(['validate', '--config', file]);
      expect(run.code).toBe(2);
      expect(run.err).toContain('environment variable ZENDESK_TOKEN is not set');
    } finally {
      if (saved.e !== undefined) process.env.ZENDESK_EMAIL = saved.e;
      if (saved.t !== undefined) process.env.ZENDESK_TOKEN = saved.t;
    }
  });
});

describe('--version', () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, out: `desk-migrate ${version}\n`, err: '' });
  });
});
