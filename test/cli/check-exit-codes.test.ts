/**
 * `check` is how a user learns whether a migration can start: a refused credential or a host that
 * cannot be reached makes it say NOT READY and exit 2 (as the README's table says), with a message
 * that names what to fix — never exit 1 with a stack of retries, and never "check email and token"
 * for a host that did not answer at all. The CLI runs from src/ through tsx; the simulator in-process.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { EXIT } from '../../src/exit-codes.js';
import { seedAgents } from '../platforms/zendesk/harness.js';
import { startIntercomSim } from '../sim/intercom/index.js';
import { startZendeskSim, type ZendeskSim } from '../sim/zendesk/index.js';
import { tempDir } from '../support/workspace.js';

const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const ENTRY = resolve('src/cli-entry.ts');

function check(cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', TSX, ENTRY, 'run', '--config', 'migration.yml', '--mode', 'check', '--reports', 'reports'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, stdout, stderr })));
}

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

async function archiveTo(target: string): Promise<string> {
  const work = tempDir();
  await generateArchive(join(work, 'src'), { tickets: 4, contacts: 3, companies: 1, articles: 0 });
  writeFileSync(join(work, 'migration.yml'), `source:\n  platform: archive\n  path: src\ntarget:\n${target}`);
  return work;
}

describe('check on a connection that cannot work', () => {
  let zendesk: ZendeskSim;
  beforeAll(async () => {
    zendesk = await startZendeskSim({});
    seedAgents(zendesk, 4);
  });
  afterAll(async () => {
    await zendesk?.close();
  });
  const target = (url: string) => `  platform: zendesk\n  base_url: ${url}\n  email: admin@example.test\n  token: \${ZD_TOKEN}\n`;

  test('a refused token: NOT READY, exit 2, the 401 and what to fix', async () => {
    const work = await archiveTo(target(zendesk.url));
    const result = await check(work, { ZD_TOKEN: 'revoked-token' });
    expect(result.code, result.stderr).toBe(EXIT.usage);
    expect(result.stdout).toMatch(/^check: NOT READY \(a host cannot be reached, or a credential or permission is missing: see the errors above\); /);
    expect(result.stderr).toContain("Zendesk did not accept the credentials (GET");
    expect(result.stderr).toContain("check the connection's email and token");
    // Said once per cause, not twice in one line.
    expect(result.stderr).not.toContain('then run again.; check');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain('revoked-token');
  }, 120_000);

  test('a host nothing answers on: NOT READY, exit 2, "could not connect" naming the host, not the credentials', async () => {
    const port = await closedPort();
    const work = await archiveTo(target(`http://127.0.0.1:${port}`));
    const result = await check(work, { ZD_TOKEN: 'sim-api-token' });
    expect(result.code, result.stderr).toBe(EXIT.usage);
    expect(result.stdout).toMatch(/^check: NOT READY \(a host cannot be reached, or a credential or permission is missing: see the errors above\); /);
    expect(result.stderr).toContain(`could not connect to 127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port})`);
    expect(result.stderr).not.toMatch(/email and token|credential/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  test('a refused Intercom token on the source side: NOT READY, exit 2, which token and what to check', async () => {
    const intercom = await startIntercomSim({});
    try {
      const work = tempDir();
      writeFileSync(join(work, 'migration.yml'), `source:\n  platform: intercom\n  token: \${INTERCOM_TOKEN}\n  base_url: ${intercom.url}\ntarget:\n  platform: archive\n  path: out\n`);
      const result = await check(work, { INTERCOM_TOKEN: 'revoked-token' });
      expect(result.code, result.stderr).toBe(EXIT.usage);
      expect(result.stdout).toMatch(/^check: NOT READY/);
      expect(result.stderr).toContain('Intercom refused the access token (401 unauthorized)');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stderr).not.toContain('revoked-token');
    } finally {
      await intercom.close();
    }
  }, 120_000);
});
