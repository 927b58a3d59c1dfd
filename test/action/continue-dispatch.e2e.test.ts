/**
 * `continue: dispatch` end to end: the bundle (dist/index.js, `npm run build` first) runs as a
 * workflow_dispatch step against the Actions runtime simulator, whose GitHub REST API records the
 * workflow dispatches it receives.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startActionsRuntimeSim, type ActionsRuntimeSim, type RunnerEnvOverrides } from '../sim/actions-runtime/index.js';
import { bundle, commandsNamed, machineNode, prepareWorkspace, runBundle, type StepRun } from './action-step.js';

const MAPPING = 'source:\n  platform: archive\n  path: src\n  page_size: 10\ntarget:\n  platform: archive\n  path: out\noptions:\n  batch_size: 10\n';
/** What the person typed when starting the workflow: passed on to the next run unchanged. */
const EVENT_INPUTS = { mode: 'full', note: 'weekend cut-over', dry: false };

describe('continue: dispatch', () => {
  let sim: ActionsRuntimeSim;
  const roots: string[] = [];

  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run build` first');
    sim = await startActionsRuntimeSim();
  });

  afterAll(async () => {
    await sim?.close();
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  async function runStep(prefix: string, inputs: Record<string, string>, overrides: Partial<RunnerEnvOverrides> = {}): Promise<{ run: StepRun; ref: string }> {
    const ws = mkdtempSync(join(tmpdir(), 'desk-migrate-continue-'));
    roots.push(ws);
    await prepareWorkspace(ws, { mapping: MAPPING });
    const step = sim.env({
      workspace: ws,
      eventName: 'workflow_dispatch',
      event: { inputs: EVENT_INPUTS, ref: 'refs/heads/main', workflow: '.github/workflows/migrate.yml' },
      inputs: { mode: 'full', 'state-key-prefix': prefix, continue: 'dispatch', 'github-token': sim.githubToken, ...inputs },
      ...overrides,
    });
    const run = await runBundle(machineNode(), step);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    return { run, ref: step.vars.GITHUB_REF ?? '' };
  }

  const warnings = (run: StepRun) => commandsNamed(run, 'warning').map((c) => c.message).join('\n');

  it('a run stopped on its time budget dispatches the same workflow once, on the same ref, with the same inputs', async () => {
    const before = sim.dispatches().length;
    const { run, ref } = await runStep('continue-partial', { 'time-budget': '0.000001' });
    expect(run.outputs.complete).toBe('false');
    expect(ref).toBe('refs/heads/main');
    expect(sim.dispatches().slice(before)).toEqual([{ workflow: 'migrate.yml', ref, inputs: EVENT_INPUTS }]);
    expect(run.stdout).toContain('dispatched migrate.yml again on refs/heads/main to continue');
    expect(warnings(run)).not.toMatch(/dispatch/);
  });

  it('a complete run dispatches nothing', async () => {
    const before = sim.dispatches().length;
    const { run } = await runStep('continue-complete', {});
    expect(run.outputs.complete).toBe('true');
    expect(sim.dispatches()).toHaveLength(before);
  });

  it('without continue, a stopped run dispatches nothing', async () => {
    const before = sim.dispatches().length;
    const { run } = await runStep('continue-off', { 'time-budget': '0.000001', continue: '' });
    expect(run.outputs.complete).toBe('false');
    expect(sim.dispatches()).toHaveLength(before);
  });

  it('a token without actions: write is a warning that says what to fix, and the step succeeds', async () => {
    const before = sim.dispatches().length;
    const { run } = await runStep('continue-readonly', { 'time-budget': '0.000001', 'github-token': sim.readOnlyGithubToken });
    expect(run.outputs.complete).toBe('false');
    expect(sim.dispatches()).toHaveLength(before);
    expect(warnings(run)).toContain('The next run of migrate.yml could not be dispatched (the token may not dispatch workflows: give the job `permissions: actions: write`)');
    expect(commandsNamed(run, 'error')).toEqual([]);
  });

  it('a wrong value fails the step naming the input', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'desk-migrate-continue-'));
    roots.push(ws);
    await prepareWorkspace(ws, { mapping: MAPPING });
    const step = sim.env({ workspace: ws, inputs: { mode: 'full', continue: 'yes' } });
    const run = await runBundle(machineNode(), step);
    expect(run.code).not.toBe(0);
    expect(commandsNamed(run, 'error').map((c) => c.message).join('\n')).toContain('continue: must be dispatch or empty, not "yes"');
  });
});
