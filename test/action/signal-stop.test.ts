/**
 * Issue 10 §13 for the Action: the runner cancels a job with SIGINT (then SIGTERM). Sent while a write
 * hangs on a stalled endpoint, the step stops within seconds, saves its checkpoint, publishes its
 * outputs with `complete=false` and a notice, and the next run completes the migration. The Action
 * runs from src/ through tsx (no bundle needed), against the Actions runtime simulator.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { startActionsRuntimeSim, type ActionsRuntimeSim, type RunnerStep } from '../sim/actions-runtime/index.js';
import { parseWorkflowCommands } from '../sim/actions-runtime/index.js';
import { seedAgents } from '../platforms/zendesk/harness.js';
import { startZendeskSim, type ZendeskSim } from '../sim/zendesk/index.js';
import { duplicatesIn } from '../chaos/harness.js';

const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const ENTRY = resolve('src/index.ts');
const IMPORTS = '/api/v2/imports/tickets/create_many';

function startAction(step: RunnerStep) {
  const child = spawn(process.execPath, ['--import', TSX, ENTRY], { cwd: step.workspace, env: step.vars, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((done) => child.on('exit', (code) => done({ code, at: Date.now() })));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 90_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the Action cancelled while a write hangs', () => {
  let runtime: ActionsRuntimeSim;
  let zendesk: ZendeskSim;
  const roots: string[] = [];
  beforeAll(async () => {
    runtime = await startActionsRuntimeSim();
    zendesk = await startZendeskSim({ jobs: { completeAfterMs: 25 } });
    seedAgents(zendesk, 4);
  });
  afterAll(async () => {
    await Promise.all([runtime?.close(), zendesk?.close()]);
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  test('SIGINT: stops within seconds with complete=false and a notice; the next run completes without duplicates', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'desk-migrate-signal-'));
    roots.push(workspace);
    await generateArchive(join(workspace, 'src'), { tickets: 12, contacts: 6, companies: 2, articles: 0 });
    // A long request timeout: only the signal can end this run soon.
    writeFileSync(
      join(workspace, 'migration.yml'),
      `source:\n  platform: archive\n  path: src\ntarget:\n  platform: zendesk\n  base_url: ${zendesk.url}\n  email: ${zendesk.options.email}\n  token: \${ZD_TOKEN}\noptions:\n  batch_size: 5\n  request_timeout_seconds: 300\n`,
    );
    const inputs = { mode: 'full', 'state-key-prefix': 'signal', 'pr-comment': false };
    const vars = { ZD_TOKEN: 'sim-api-token' };

    zendesk.server.setFaults({ stallPaths: new RegExp(`^${IMPORTS}`) });
    const first = runtime.env({ workspace, inputs, vars });
    const running = startAction(first);
    await until(() => zendesk.server.log.some((r) => r.path === IMPORTS), 'the first ticket import to hang');
    const signalled = Date.now();
    running.child.kill('SIGINT');
    const ended = await running.exited;
    const { stdout, stderr } = running.output();
    expect(ended.at - signalled).toBeLessThan(10_000);
    expect(ended.code, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toContain('SIGINT received');
    expect(first.outputs()).toMatchObject({ complete: 'false' });
    expect(first.outputs()['checkpoint-key']).toMatch(/^signal-/);
    expect(parseWorkflowCommands(stdout).filter((c) => c.command === 'notice').map((c) => c.message).join('\n')).toContain('Stopped early (cancelled)');

    zendesk.server.setFaults({});
    const second = runtime.env({ workspace, inputs, vars });
    const resumed = startAction(second);
    expect((await resumed.exited).code, resumed.output().stdout).toBe(0);
    expect(second.outputs()).toMatchObject({ complete: 'true', failed: '0' });
    expect(duplicatesIn(zendesk.store)).toEqual([]);
    expect(zendesk.store.tickets.size).toBe(12);
  }, 180_000);
});
