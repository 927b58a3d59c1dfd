/**
 * The example workflows in examples/workflows/ are what teams copy: they must use the Action the same
 * way everywhere, pass only inputs it has, and keep the promises their comments make (a budget under
 * the job timeout, a delta that is never cancelled, shards that add up). The fork fallback is run
 * on a copy of the example mapping with no secret set.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './action-step.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}
interface Job {
  'timeout-minutes'?: number;
  needs?: string | string[];
  if?: string;
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const folder = join(repoRoot, 'examples/workflows');
const workflows = Object.fromEntries(
  readdirSync(folder)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, load(readFileSync(join(folder, f), 'utf8')) as Workflow]),
);
const action = load(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const actionSteps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.includes('desk-migrate')));

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('example workflows', () => {
  it('are the four the README describes', () => {
    expect(Object.keys(workflows).sort()).toEqual(['delta-cron.yml', 'full-migration.yml', 'pull-request.yml', 'sharded.yml']);
  });

  it('use the released Action the same way, with inputs it has and modes it documents', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      const steps = actionSteps(workflow);
      expect(steps.length, file).toBeGreaterThan(0);
      for (const step of steps) {
        expect(step.uses, file).toBe('desk-migrate/desk-migrate@v1');
        for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${file}: ${input}`).toContain(input);
        expect(['check', 'demo', 'full', 'delta', 'verify'], file).toContain(step.with?.mode);
      }
    }
  });

  it('ask for the least permissions, and give secrets only to the steps that migrate', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      expect(workflow.permissions.contents, file).toBe('read');
      expect(Object.keys(workflow.permissions).every((p) => ['contents', 'pull-requests', 'actions'].includes(p)), file).toBe(true);
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps) {
          if (JSON.stringify(step).includes('secrets.') && !step.uses?.includes('desk-migrate')) expect.fail(`${file}: a step that is not the Action sees secrets`);
        }
      }
    }
    expect(workflows['pull-request.yml']?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it('keep every time budget well below its job timeout', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      for (const [name, job] of Object.entries(workflow.jobs)) {
        for (const step of job.steps) {
          const budget = Number(step.with?.['time-budget'] ?? NaN);
          if (Number.isNaN(budget)) continue;
          expect(job['timeout-minutes'], `${file} ${name}`).toBeGreaterThanOrEqual(budget + 20);
        }
      }
    }
  });

  it('never cancel a running migration; a newer pull request push may cancel its demo', () => {
    for (const file of ['full-migration.yml', 'delta-cron.yml', 'sharded.yml']) {
      expect(workflows[file]?.concurrency, file).toEqual({ group: 'desk-migrate-zendesk-to-intercom', 'cancel-in-progress': false });
    }
    expect(Object.keys(workflows['delta-cron.yml']?.on ?? {})).toContain('schedule');
    expect(workflows['pull-request.yml']?.concurrency?.group).toContain('github.event.pull_request.number');
    expect(workflows['full-migration.yml']?.on).toHaveProperty('workflow_dispatch');
  });

  it('continue a stopped full migration with the Action\'s continue: dispatch, not hand-written steps', () => {
    const steps = workflows['full-migration.yml']?.jobs.migrate?.steps ?? [];
    expect(steps.some((s) => s.run?.includes('gh workflow run'))).toBe(false);
    expect(String(actionSteps(workflows['full-migration.yml']!)[0]?.with?.continue)).toContain("'dispatch'");
    expect(workflows['full-migration.yml']?.permissions.actions).toBe('write');
  });

  it('shard the way the merge expects: the matrix size matches every shard input, and the merge reads their artifacts', () => {
    const jobs = workflows['sharded.yml']?.jobs ?? {};
    const shards = (jobs.shards?.strategy?.matrix?.shard ?? []) as number[];
    const shardInput = String(actionSteps({ jobs: { s: jobs.shards! } } as unknown as Workflow)[0]?.with?.shard);
    expect(shardInput).toBe(`\${{ matrix.shard }}/${shards.length}`);
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    expect(jobs.shards?.strategy?.['fail-fast']).toBe(false);
    const base = actionSteps({ jobs: { b: jobs.base! } } as unknown as Workflow)[0];
    expect(base?.with?.['state-key-prefix']).toBe(actionSteps({ jobs: { s: jobs.shards! } } as unknown as Workflow)[0]?.with?.['state-key-prefix']);
    expect(base?.with?.shard).toBeUndefined();
    const download = jobs.merge?.steps.find((s) => s.uses?.startsWith('actions/download-artifact'));
    expect(download?.with?.pattern).toBe('desk-migrate-report-full*');
    // The published CLI merges them, as the README runs it: no checkout of this repository.
    const merge = jobs.merge?.steps.find((s) => s.run?.includes('merge-reports'));
    expect(merge?.run?.trim().split(' ')).toEqual(['npx', '--yes', 'desk-migrate@1', 'merge-reports', '--out', 'merged', String(download?.with?.path)]);
    expect(merge?.id).toBe('merged');
    expect(jobs.merge?.steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    const upload = jobs.merge?.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.path).toBe('merged');
  });

  it('give forks an offline validation of their own migration.yml, which needs no secret and no file of this repository', async () => {
    const pr = workflows['pull-request.yml']?.jobs.demo?.steps ?? [];
    const fallback = pr.find((s) => s.if === "env.HAS_SECRETS != 'true'");
    expect(fallback?.env).toBeUndefined();
    const args = fallback?.run?.split(' ') ?? [];
    expect(args.slice(0, 3)).toEqual(['npx', '--yes', 'desk-migrate@1']);
    expect(args.slice(3)).toEqual(['validate', '--offline', '--config', 'migration.yml']);

    // A user's migration.yml whose credentials come from secrets a fork does not get.
    const workspace = mkdtempSync(join(tmpdir(), 'desk-migrate-fork-'));
    roots.push(workspace);
    cpSync(join(repoRoot, 'mappings.example.yml'), join(workspace, 'migration.yml'));
    const { validateOffline } = await import('../../src/runtime/offline-validation.js');
    expect((await validateOffline(join(workspace, 'migration.yml'), {})).unresolved.length).toBeGreaterThan(0);
  });
});
