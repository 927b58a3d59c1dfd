/**
 * `desk-migrate merge-reports`, the last job of examples/workflows/sharded.yml: a base job and two
 * shards run through the Action's bundle (Node 24, as on runners) in one workflow run, their report
 * artifacts are "downloaded" from the simulator, and the command (src/cli.ts, in process) merges them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { EXIT } from '../../src/exit-codes.js';
import type { OutcomeRow } from '../../src/engine/outcome-log.js';
import { writeReports, type SummaryInput } from '../../src/engine/report.js';
import { startActionsRuntimeSim, type ActionsRuntimeSim } from '../sim/actions-runtime/index.js';
import { actionNode, prepareWorkspace, runBundle } from '../action/action-step.js';

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

const GITHUB_FILES = ['GITHUB_STEP_SUMMARY', 'GITHUB_OUTPUT'] as const;

/** `desk-migrate merge-reports …args`, its output captured; GITHUB_* files only when given. */
async function merge(args: string[], github: Partial<Record<(typeof GITHUB_FILES)[number], string>> = {}) {
  const saved = { out: process.stdout.write, err: process.stderr.write, env: GITHUB_FILES.map((k) => process.env[k]) };
  let stdout = '';
  let stderr = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  for (const key of GITHUB_FILES) {
    if (github[key]) process.env[key] = github[key];
    else delete process.env[key];
  }
  try {
    const code = await main(['merge-reports', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    GITHUB_FILES.forEach((key, i) => {
      const value = saved.env[i];
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    });
  }
}

const run = (runId: string, extra: Partial<SummaryInput> = {}): SummaryInput => ({
  runId, mode: 'full', source: 'archive', target: 'archive', startedAt: '2024-01-01T00:00:00Z', finishedAt: '2024-01-01T01:00:00Z', complete: true, ...extra,
});
const migrated = (entity: OutcomeRow['entity'], ...ids: string[]): OutcomeRow[] => ids.map((id) => ({ entity, sourceId: id, status: 'migrated', targetId: `t-${id}` }));
const read = (file: string) => readFileSync(file, 'utf8');

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
      const result = await runBundle(actionNode, step);
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).toContain(`Checkpoint restored from cache entry sharded-all-${runId}-1`);
      expect(result.outputs['checkpoint-key']).toBe(`sharded-shard-${shard[0]}-of-2-${runId}-1`);
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
    const summaryFile = join(root, 'step-summary.md');
    const outputFile = join(root, 'sharded-output');
    const result = await merge(['--out', out, downloaded], { GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile });
    expect(result.code, result.stderr).toBe(EXIT.ok);
    expect(result.stdout).toBe(`full complete: 96 migrated, 0 failed, 0 skipped of 96 read; 3 reports merged.\nReports: ${out}\n`);
    const merged = JSON.parse(read(join(out, 'summary.json')));
    expect(merged).toMatchObject({ mode: 'full', complete: true, totals: { read: 96, migrated: 96, failed: 0, skipped: 0 } });
    expect(merged.entities.tickets).toMatchObject({ read: 30, migrated: 30, skipped: 0, skippedBy: {} });
    expect(merged.entities.articles).toMatchObject({ read: 12, migrated: 12 });
    expect(merged.parts.map((p: { report: string }) => p.report)).toEqual(artifacts.map((a) => a.name).sort());
    const migratedCsv = read(join(out, 'migrated.csv')).trim().split('\n');
    expect(migratedCsv[0]).toBe('entity,source_id,target_id,reason_code,message,warning_codes');
    expect(migratedCsv).toHaveLength(97);
    expect(new Set(migratedCsv.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).size).toBe(96);
    expect(read(join(out, 'summary.md'))).toContain('| tickets | 30 | 30 | 0 | 0 |');
    expect(read(join(out, 'summary.md'))).toContain('> Merged 3 reports: desk-migrate-report-full-attempt-1 (run ');
    expect(read(summaryFile)).toContain('<tr><td>tickets</td><td align="right">30</td><td align="right">30</td>');
    expect(read(summaryFile)).toContain(`folder <code>${out}</code>`);
    expect(read(outputFile)).toBe('complete=true\n');
  });

  it('merges failure reasons, drops other shards\' skips, reports a partial job, and keeps cells and the job summary escaped', async () => {
    const dir = join(root, 'partial');
    const hostile = '"<script>x</script> | & 1"';
    writeReports(join(dir, 'a'), [
      ...migrated('contacts', 'c1', 'c2', 'c3'),
      { entity: 'contacts', sourceId: 'c7', status: 'failed', reason: 'invalid_phone', message: `${hostile}\nsecond line` },
      { entity: 'contacts', sourceId: '=HYPERLINK("http://evil.test","x")', status: 'failed', reason: 'invalid_phone', message: '@SUM(A1)' },
    ], run('r1'));
    writeReports(join(dir, 'b'), [
      ...migrated('tickets', 't0'),
      { entity: 'tickets', sourceId: 't1', status: 'failed', reason: 'invalid_phone', message: 'x' },
      { entity: 'tickets', sourceId: 't2', status: 'skipped', reason: 'dependency_failed', message: 'contact c7 failed' },
      { entity: 'tickets', sourceId: 't3', status: 'skipped', reason: 'dependency_failed', message: 'contact c7 failed' },
      ...['t4', 't5', 't6'].map((id): OutcomeRow => ({ entity: 'tickets', sourceId: id, status: 'skipped', reason: 'other_shard' })),
      { entity: 'tickets', sourceId: '', status: 'skipped', reason: 'already_migrated', count: 3 },
    ], run('r2', { complete: false, stoppedBecause: 'time budget reached' }));

    const out = join(root, 'partial-out');
    const summaryFile = join(root, 'partial-summary.md');
    const outputFile = join(root, 'partial-output');
    const result = await merge(['--out', out, join(dir, 'a'), join(dir, 'b')], { GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile });
    expect(result.code, result.stderr).toBe(EXIT.ok);
    expect(result.stdout).toContain('full stopped early: 4 migrated, 3 failed, 5 skipped of 12 read; 2 reports merged.');
    expect(result.stderr).toContain('Some jobs stopped early (b: time budget reached)');
    const merged = JSON.parse(read(join(out, 'summary.json')));
    expect(merged.totals).toEqual({ read: 12, migrated: 4, failed: 3, skipped: 5 });
    expect(merged.entities.tickets.skippedBy).toEqual({ dependency_failed: 2, already_migrated: 3 });
    expect(merged.topFailures).toEqual([{ reason: 'invalid_phone', count: 3, example: `contacts c7: ${hostile}\nsecond line` }]);
    expect(merged).toMatchObject({ complete: false, stoppedBecause: 'b: time budget reached' });
    expect(merged.parts).toEqual([
      { report: 'a', runId: 'r1', complete: true },
      { report: 'b', runId: 'r2', complete: false, stoppedBecause: 'time budget reached' },
    ]);
    expect(read(join(out, 'failed.csv'))).toBe(
      'entity,source_id,target_id,reason_code,message,warning_codes\n' +
        `contacts,c7,,invalid_phone,"""<script>x</script> | & 1""\nsecond line",\n` +
        `contacts,"'=HYPERLINK(""http://evil.test"",""x"")",,invalid_phone,'@SUM(A1),\n` +
        'tickets,t1,,invalid_phone,x,\n',
    );
    expect(read(join(out, 'skipped.csv')).trim().split('\n').slice(1)).toEqual(['tickets,t2,,dependency_failed,contact c7 failed,', 'tickets,t3,,dependency_failed,contact c7 failed,']);
    const html = read(summaryFile);
    expect(html).toContain('⏸️ <strong>Partial</strong> (b: time budget reached)');
    expect(html).toContain('&quot;&lt;script&gt;x&lt;/script&gt; | &amp; 1&quot;');
    expect(html).not.toContain('<script>');
    expect(read(outputFile)).toBe('complete=false\n');
  });

  it('merges only the latest attempt of a re-run job', async () => {
    const dir = join(root, 'attempts');
    const tickets = (prefix: string, n: number) => migrated('tickets', ...Array.from({ length: n }, (_, i) => `${prefix}${i}`));
    writeReports(join(dir, 'r-full-shard-1-of-2-attempt-1'), tickets('a', 5), run('s1-first', { complete: false, stoppedBecause: 'time budget reached' }));
    writeReports(join(dir, 'r-full-shard-1-of-2-attempt-2'), tickets('a', 15), run('s1-rerun'));
    writeReports(join(dir, 'r-full-shard-2-of-2-attempt-1'), tickets('b', 15), run('s2'));
    const result = await merge(['--out', join(root, 'attempts-out'), dir]);
    expect(result.code, result.stderr).toBe(EXIT.ok);
    const merged = JSON.parse(read(join(root, 'attempts-out', 'summary.json')));
    expect(merged.parts.map((p: { runId: string }) => p.runId)).toEqual(['s1-rerun', 's2']);
    expect(merged).toMatchObject({ complete: true, totals: { read: 30, migrated: 30 } });
  });

  describe('a folder or report it cannot read is named, and nothing is written', () => {
    const good = () => {
      const dir = mkdtempSync(join(root, 'bad-'));
      writeReports(join(dir, 'base'), migrated('tickets', 't1', 't2', 't3'), run('r1'));
      return dir;
    };
    const expectRefused = async (args: string[], message: string) => {
      const out = join(root, `refused-${Math.random().toString(36).slice(2)}`);
      const result = await merge(['--out', out, ...args]);
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr.split('\n')[0]).toBe(`error: ${message}`);
      expect(existsSync(out)).toBe(false);
    };

    it('a missing folder', async () => {
      await expectRefused([join(root, 'nowhere')], `${join(root, 'nowhere')}: no such folder; give the folders the report artifacts were downloaded to`);
    });

    it('a folder with no report in it', async () => {
      const empty = mkdtempSync(join(root, 'empty-'));
      await expectRefused([empty], `${empty}: no summary.json in it or below it; download the report artifacts there first (actions/download-artifact)`);
    });

    it('a summary.json that is not JSON, or not a summary', async () => {
      const dir = good();
      writeFileSync(join(dir, 'base', 'summary.json'), '{"runId": "r1", ');
      const result = await merge(['--out', join(dir, 'out'), dir]);
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain(`error: ${join(dir, 'base', 'summary.json')}: not JSON (`);
      writeFileSync(join(dir, 'base', 'summary.json'), JSON.stringify({ ...JSON.parse(read(join(good(), 'base', 'summary.json'))), complete: 'yes' }));
      await expectRefused([dir], `${join(dir, 'base', 'summary.json')}: not a desk-migrate summary (complete: Invalid input: expected boolean, received string); give the report folders desk-migrate wrote`);
    });

    it('a CSV cut short, or with rows of another run', async () => {
      const dir = good();
      const file = join(dir, 'base', 'migrated.csv');
      const lines = read(file).split('\n');
      writeFileSync(file, lines.slice(0, 3).join('\n') + '\n');
      await expectRefused(
        [dir],
        `${file} lists 2 migrated tickets, but ${join(dir, 'base', 'summary.json')} counts 3: the files are not one run's report (missing or cut short?); download the artifact again`,
      );
      writeFileSync(file, `${lines.join('\n')}tickets,t9,x,,,\n`);
      await expectRefused([dir], `${file} lists 4 migrated tickets, but ${join(dir, 'base', 'summary.json')} counts 3: the files are not one run's report (from another run?); download the artifact again`);
    });

    it('a CSV that is not a report CSV', async () => {
      const dir = good();
      const file = join(dir, 'base', 'failed.csv');
      writeFileSync(file, 'id,name\n1,x\n');
      await expectRefused([dir], `${file}: the first line is "id,name", not the report header "entity,source_id,target_id,reason_code,message,warning_codes"`);
      writeFileSync(file, 'entity,source_id,target_id,reason_code,message,warning_codes\nwidgets,1,,x,,\n');
      await expectRefused([dir], `${file}, row 1: "widgets" is not an entity (agents, teams, fields, companies, contacts, tags, tickets, kb_categories, kb_folders, articles)`);
      writeFileSync(file, 'entity,source_id,target_id,reason_code,message,warning_codes\ntickets,"1,,x\n');
      const result = await merge(['--out', join(dir, 'out'), dir]);
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain(`error: ${file}: not a report CSV (`);
    });

    it('reports of two different migrations', async () => {
      const dir = good();
      writeReports(join(dir, 'other'), migrated('tickets', 't9'), run('r9', { mode: 'delta' }));
      await expectRefused([dir], `${join(dir, 'other', 'summary.json')} is a mode delta report, ${join(dir, 'base', 'summary.json')} a mode full one: merge the reports of one migration`);
    });

    it('--out inside the reports being merged', async () => {
      const dir = good();
      const result = await merge(['--out', join(dir, 'base'), dir]);
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain(`--out ${join(dir, 'base')} is one of the reports to merge`);
    });
  });

  it('says what is missing from the command line', async () => {
    expect(await merge([])).toMatchObject({ code: EXIT.usage, stderr: expect.stringMatching(/^error: --out DIR is required: the folder to write the merged report to/) });
    expect(await merge(['--out', 'merged'])).toMatchObject({ code: EXIT.usage, stderr: expect.stringMatching(/^error: give the report folders to merge after --out DIR/) });
  });
});
