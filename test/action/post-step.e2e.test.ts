/**
 * The post step (dist/post/index.js): the main step records where the checkpoint is (GITHUB_STATE);
 * when it was killed before saving, the post step saves the folder it left to the cache.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Checkpoint } from '../../src/engine/checkpoint.js';
import { startActionsRuntimeSim, type ActionsRuntimeSim, type RunnerStep } from '../sim/actions-runtime/index.js';
import { actionNode, prepareWorkspace, repoRoot, runBundle } from './action-step.js';

const post = join(repoRoot, 'dist/post/index.js');
let sim: ActionsRuntimeSim;
beforeAll(async () => {
  if (!existsSync(post)) throw new Error('dist/post/index.js is missing: run `npm run build` first');
  sim = await startActionsRuntimeSim();
});
afterAll(async () => {
  await sim?.close();
});

async function runPost(step: RunnerStep): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(actionNode, [post], { cwd: step.workspace, env: step.vars, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stdout };
}

describe('the post step', () => {
  it('has nothing to do after a main step that saved the checkpoint', async () => {
    const main = sim.env({ inputs: { mode: 'demo' } });
    await prepareWorkspace(main.workspace);
    const run = await runBundle(actionNode, main);
    expect(run.code).toBe(0);
    const state = main.state();
    expect(state['checkpoint-saved']).toBe('true');
    expect(JSON.parse(state['checkpoint-location'] ?? '{}').location.stateDir).toBe(join(main.workspace, '.desk-migrate/state-desk-migrate')); // one folder per state-key-prefix (default desk-migrate)

    const after = sim.env({ workspace: main.workspace, runId: main.runId, vars: Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])) });
    const result = await runPost(after);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The main step saved the checkpoint; nothing to do.');
  });

  it('saves the checkpoint a killed main step left to the cache', async () => {
    const killed = sim.env();
    const stateDir = join(killed.workspace, '.desk-migrate/state');
    // What a main step killed mid-run leaves: its state recorded, the folder written, no "saved".
    mkdirSync(stateDir, { recursive: true });
    const checkpoint = Checkpoint.open(stateDir);
    checkpoint.beginRun('full', new Date('2026-11-01T00:00:00Z'));
    checkpoint.commit('contacts', [{ id: 'c1', entry: { targetId: 't1', hash: 'h' } }], []);
    checkpoint.close();
    const key = `killed-all-${killed.runId}-1`;
    const location = { stateDir, workspace: killed.workspace, keys: { save: key, restore: ['killed-all-'] } };
    const postStep = sim.env({ workspace: killed.workspace, runId: killed.runId, vars: { 'STATE_checkpoint-location': JSON.stringify({ location, restored: { from: 'none' } }) } });

    const result = await runPost(postStep);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ended without saving the checkpoint');
    expect(result.stdout).toContain(`::notice title=desk-migrate%3A checkpoint saved::The checkpoint of the stopped run was saved as ${key}`);
    expect(sim.caches().find((c) => c.key === key)).toMatchObject({ finalized: true });
  });
});
