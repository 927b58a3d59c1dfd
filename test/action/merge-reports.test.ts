/**
 * scripts/merge-reports.mjs, the last job of examples/workflows/sharded.yml: a base job and two shards
 * run through the bundle (Node 24, as on runners) in one workflow run, their report artifacts are
 * "downloaded" from the simulator, and the script merges them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startActionsRuntimeSim, type ActionsRuntimeSim } from '../sim/actions-runtime/index.js';
import { actionNode, prepareWorkspace, repoRoot, runBundle } from './action-step.js';

const script = join(repoRoot, 'scripts/merge-reports.mjs');
let sim: ActionsRuntimeSim;
let root: string;

beforeAll(async () => {
  sim = await startActionsRuntimeSim();
  root = mkdtempSync(join(tmpdir(), 'desk-migrate-merge-'));
});
afterAll(async () => {
  await sim?.close();
  rmSync(root, { recursive: true, force: true });
});

function merge(from: string, to: string) {
  return spawnSync(process.execPath, [script, from, to], { encoding: 'utf8' });
}

function writeReport(dir: string, summary: object, failedCsv = 'entity,source_id,target_id,reason_code,message\n'): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary));
  writeFileSync(join(dir, 'failed.csv'), failedCsv);
}

describe('merge-reports', () => {
  it('merges a base job and two shards of one workflow run into one report, counting each record once', async () => {
    const ws = join(root, 'ws');
    mkdirSync(ws);
    await prepareWorkspace(ws);
    const all = readFileSync(join(ws, 'migration.yml'), 'utf8');
    writeFileSync(join(ws, 'migration-base.yml'), `${all}entities: [agents, teams, fields, companies, contacts, tags, kb_categories, kb_folders]\n`);
    const runId = 4242;
    const inputs = { mode: 'full', 'state-key-prefix': 'sharded' };

    const base = sim.env({ workspace: ws, runId, job: 'base', inputs: { ...inputs, mapping: 'migration-base.yml' } });
    const baseRun = await runBundle(actionNode, base);
    expect(baseRun.code, baseRun.stdout).toBe(0);
    for (const shard of ['1/2', '2/2']) {
      rmSync(join(ws, '.desk-migrate'), { recursive: true, force: true }); // each matrix job is a fresh runner
      const step = sim.env({ workspace: ws, runId, job: `shard-${shard[0]}`, inputs: { ...inputs, shard } });
      const run = await runBundle(actionNode, step);
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toContain(`Checkpoint restored from cache entry sharded-all-${runId}-1`);
      expect(run.outputs['checkpoint-key']).toBe(`sharded-shard-${shard[0]}-of-2-${runId}-1`);
    }

    // actions/download-artifact with a pattern: one folder per artifact.
    const downloaded = join(root, 'downloaded');
    const artifacts = sim.artifacts().filter((a) => a.runBackendId === base.runBackendId);
    expect(artifacts.map((a) => a.name).sort()).toEqual([
      'desk-migrate-report-full-attempt-1',
      'desk-migrate-report-full-shard-1-of-2-attempt-1',
      'desk-migrate-report-full-shard-2-of-2-attempt-1',
    ]);
    for (const artifact of artifacts) {
      for (const [file, data] of Object.entries(artifact.files)) {
        mkdirSync(dirname(join(downloaded, artifact.name, file)), { recursive: true });
        writeFileSync(join(downloaded, artifact.name, file), data);
      }
    }

    const out = join(root, 'merged');
    const result = merge(downloaded, out);
    expect(result.status, result.stderr).toBe(0);
    const merged = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(merged).toMatchObject({ mode: 'full', complete: true, totals: { read: 96, migrated: 96, failed: 0, skipped: 0 } });
    expect(merged.entities.tickets).toMatchObject({ read: 30, migrated: 30, skipped: 0, skippedBy: {} });
    expect(merged.entities.articles).toMatchObject({ read: 12, migrated: 12 });
    expect(merged.parts).toHaveLength(3);
    const migratedCsv = readFileSync(join(out, 'migrated.csv'), 'utf8').trim().split('\n');
    expect(migratedCsv[0]).toBe('entity,source_id,target_id,reason_code,message,warning_codes');
    expect(migratedCsv).toHaveLength(97);
    expect(new Set(migratedCsv.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).size).toBe(96);
    expect(result.stdout).toContain('| tickets | 30 | 30 | 0 | 0 |');
    expect(result.stdout).toBe(readFileSync(join(out, 'summary.md'), 'utf8'));
  });

  it('escapes user text, reports a partial job, and merges failure reasons', () => {
    const dir = join(root, 'partial');
    const failure = { reason: 'invalid_phone', count: 2, example: 'contacts c7: "<script>x</script> | & 1"' };
    writeReport(join(dir, 'a'), {
      mode: 'full', source: 'archive', target: 'archive', runId: 'r1', complete: true,
      entities: { contacts: { read: 5, migrated: 3, failed: 2, skipped: 0, skippedBy: {}, failedBy: { invalid_phone: 2 } } },
      topFailures: [failure],
    }, 'entity,source_id,target_id,reason_code,message\ncontacts,c7,,invalid_phone,"multi\nline"\n');
    writeReport(join(dir, 'b'), {
      mode: 'full', source: 'archive', target: 'archive', runId: 'r2', complete: false, stoppedBecause: 'time budget reached',
      entities: { tickets: { read: 10, migrated: 1, failed: 1, skipped: 8, skippedBy: { other_shard: 6, dependency_failed: 2 }, failedBy: { invalid_phone: 1 } } },
      topFailures: [{ ...failure, count: 1 }],
    }, 'entity,source_id,target_id,reason_code,message\ntickets,t1,,invalid_phone,x\n');

    const result = merge(dir, join(root, 'partial-out'));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Some jobs stopped early');
    const merged = JSON.parse(readFileSync(join(root, 'partial-out', 'summary.json'), 'utf8'));
    expect(merged.totals).toEqual({ read: 9, migrated: 4, failed: 3, skipped: 2 });
    expect(merged.topFailures).toEqual([{ ...failure, count: 3 }]);
    expect(result.stdout).toContain('⏸️ **Partial**: b stopped early');
    expect(result.stdout).toContain('&quot;&lt;script&gt;x&lt;/script&gt; &#124; &amp; 1&quot;');
    expect(result.stdout).not.toContain('<script>');
    expect(readFileSync(join(root, 'partial-out', 'failed.csv'), 'utf8')).toBe(
      'entity,source_id,target_id,reason_code,message\ncontacts,c7,,invalid_phone,"multi\nline"\ntickets,t1,,invalid_phone,x\n',
    );
  });

  it('merges only the latest attempt of a re-run job, and writes the complete output', () => {
    const dir = join(root, 'attempts');
    const report = (runId: string, migrated: number, complete: boolean) => ({
      mode: 'full', source: 'archive', target: 'archive', runId, complete,
      entities: { tickets: { read: migrated, migrated, failed: 0, skipped: 0, skippedBy: {}, failedBy: {} } },
      topFailures: [],
    });
    writeReport(join(dir, 'r-full-shard-1-of-2-attempt-1'), report('s1-first', 5, false));
    writeReport(join(dir, 'r-full-shard-1-of-2-attempt-2'), report('s1-rerun', 15, true));
    writeReport(join(dir, 'r-full-shard-2-of-2-attempt-1'), report('s2', 15, true));
    const outputFile = join(root, 'github-output');
    writeFileSync(outputFile, '');
    const result = spawnSync(process.execPath, [script, dir, join(root, 'attempts-out')], { encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: outputFile } });
    expect(result.status, result.stderr).toBe(0);
    const merged = JSON.parse(readFileSync(join(root, 'attempts-out', 'summary.json'), 'utf8'));
    expect(merged.parts.map((p: { runId: string }) => p.runId)).toEqual(['s1-rerun', 's2']);
    expect(merged.totals.migrated).toBe(30);
    expect(readFileSync(outputFile, 'utf8')).toBe('complete=true\n');
  });

  it('fails with a clear message when nothing was downloaded', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const result = merge(empty, join(root, 'empty-out'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('no summary.json below');
  });
});
