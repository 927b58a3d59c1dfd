/**
 * .github/workflows/e2e.yml, run here step by step against the Actions runtime simulator: each
 * `uses: ./` step runs dist/index.js with its `with:` inputs (as the runner does with action.yml),
 * each `run:` step runs in bash with the outputs of the steps before it. The same job on GitHub runs
 * against the runner's real cache and artifact services.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { startActionsRuntimeSim } from '../sim/actions-runtime/index.js';
import { actionNode, repoRoot, runBundle } from '../action/action-step.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}
const workflow = load(readFileSync(join(repoRoot, '.github/workflows/e2e.yml'), 'utf8')) as { jobs: { action: { steps: Step[] } } };

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The expressions the workflow uses; any other fails the test, so the workflow cannot outgrow it. */
function evaluate(text: string, context: { runId: string; outputs: Record<string, Record<string, string>> }): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.run_id') return context.runId;
    if (expression === 'github.run_attempt') return '1';
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return context.outputs[output[1] ?? '']?.[output[2] ?? ''] ?? '';
    throw new Error(`e2e.yml uses an expression this test does not know: ${expression}`);
  });
}

describe('.github/workflows/e2e.yml', () => {
  it('a demo, then a rerun on a fresh workspace that restores the checkpoint and migrates nothing twice', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'desk-migrate-e2e-job-'));
    roots.push(workspace);
    // actions/checkout: the files the job reads (uses: ./ runs the bundle of this checkout).
    for (const path of ['.github', 'examples/archive', 'action.yml']) cpSync(join(repoRoot, path), join(workspace, path), { recursive: true });
    const sim = await startActionsRuntimeSim();
    const runId = String(Date.now());
    const context = { runId, outputs: {} as Record<string, Record<string, string>> };
    const steps = workflow.jobs.action.steps;
    expect(steps.filter((s) => s.uses === './')).toHaveLength(2);
    try {
      for (const step of steps) {
        if (step.uses?.startsWith('actions/checkout')) continue;
        if (step.uses === './') {
          const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(String(v), context)]));
          const run = await runBundle(actionNode, sim.env({ workspace, runId, inputs }));
          expect(run.code, run.stdout + run.stderr).toBe(0);
          if (step.id) context.outputs[step.id] = run.outputs;
          continue;
        }
        const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, context)]));
        execFileSync('bash', ['-eo', 'pipefail', '-c', evaluate(step.run ?? '', context)], { cwd: workspace, env: { PATH: process.env.PATH, ...env }, stdio: 'pipe' });
      }
    } finally {
      await sim.close();
    }
    expect(Number(context.outputs.demo?.migrated)).toBeGreaterThan(0);
    expect(context.outputs.rerun).toMatchObject({ migrated: '0', complete: 'true' });
  });
});
