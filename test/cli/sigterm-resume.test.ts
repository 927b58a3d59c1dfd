/**
 * SIGTERM or SIGINT (a runner cancelling the job, Ctrl-C) while a write hangs on a stalled endpoint: the CLI
 * stops within seconds, not after the request's timeout, exits with the "partial" code, leaves its
 * checkpoint and reports, and the next run resumes to a target identical to an uninterrupted run.
 * The CLI runs from src/ through tsx, so no bundle is needed; the simulators run in this process.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXIT } from '../../src/exit-codes.js';
import { chaosMappingYaml } from '../chaos/chaos-mapping.js';
import { CHAOS_ENV, chaosMapping, chaosWorkspace, duplicatesIn, normalizedStore, runInProcess, startIntercom, startZendesk, type IntercomSim, type ZendeskSim } from '../chaos/harness.js';
import { tempDir } from '../support/workspace.js';

const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const ENTRY = resolve('src/cli-entry.ts');
const IMPORTS = '/api/v2/imports/tickets/create_many';

function startCli(cwd: string) {
  const child = spawn(process.execPath, ['--import', TSX, ENTRY, 'run', '--config', 'migration.yml', '--mode', 'full', '--state', 'state', '--reports', 'reports'], {
    cwd,
    env: { ...process.env, ...CHAOS_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((done) => child.on('exit', (code, signal) => done({ code, signal, at: Date.now() })));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 90_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(['SIGTERM', 'SIGINT'] as const)('%s during a hanging write, then resume', (signal) => {
  const generated = chaosWorkspace(73);
  let intercom: IntercomSim;
  let clean: ZendeskSim;
  let zendesk: ZendeskSim;
  beforeAll(async () => {
    intercom = await startIntercom(generated);
    [clean, zendesk] = await Promise.all([startZendesk(generated), startZendesk(generated)]);
  });
  afterAll(async () => {
    await Promise.all([intercom?.close(), clean?.close(), zendesk?.close()]);
  });

  test('stops within seconds with the partial code, checkpoint and reports; the next run completes it without duplicates', async () => {
    await runInProcess(tempDir(), chaosMapping(intercom.url, clean.url, 2), 'full');

    const work = tempDir();
    // A long request timeout: only the signal can end this run soon.
    writeFileSync(join(work, 'migration.yml'), `${chaosMappingYaml('${INTERCOM_URL}', '${ZENDESK_URL}', 2)}  request_timeout_seconds: 300\n`.replace('${INTERCOM_URL}', intercom.url).replace('${ZENDESK_URL}', zendesk.url));
    zendesk.server.setFaults({ stallPaths: new RegExp(`^${IMPORTS}`) });
    const first = startCli(work);
    await until(() => zendesk.server.log.some((r) => r.path === IMPORTS), 'the first ticket import to hang');
    const signalled = Date.now();
    first.child.kill(signal);
    const ended = await first.exited;
    const { stdout, stderr } = first.output();
    expect(ended.code, stderr).toBe(EXIT.partial);
    expect(ended.at - signalled).toBeLessThan(10_000);
    expect(stderr).toContain(`${signal} received`);
    expect(stdout).toMatch(/^full stopped early: /);
    const summary = JSON.parse(readFileSync(join(work, 'reports', 'summary.json'), 'utf8')) as { complete: boolean; stoppedBecause?: string };
    expect(summary).toMatchObject({ complete: false, stoppedBecause: 'cancelled' });
    expect(existsSync(join(work, 'state', 'journal.jsonl'))).toBe(true);

    zendesk.server.setFaults({});
    const second = startCli(work);
    const resumed = await second.exited;
    expect(resumed.code, second.output().stderr).toBe(EXIT.ok);
    expect(second.output().stderr).toMatch(/Resuming run /);
    expect(duplicatesIn(zendesk.store)).toEqual([]);
    expect(normalizedStore(zendesk.store, zendesk.url)).toEqual(normalizedStore(clean.store, clean.url));
  }, 180_000);
});
