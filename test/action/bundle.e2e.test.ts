/**
 * End-to-end test of the bundle: `node dist/index.js` spawned with a runner step's environment against
 * the Actions runtime simulator, so the real @actions/cache, @actions/artifact and @actions/github
 * clients talk to it unchanged. Archive → archive migrations in the step's workspace. The same
 * scenarios run on the Node running the tests (22 or 24; CI runs both).
 *
 * dist/ must be current: `npm run build` after changing src/.
 *
 * With E2E_SUMMARY_HTML=<file> the demo run's job summary is written there (scripts/render-summary.mjs
 * turns it into docs/job-summary.png).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES } from '../../src/run.js';
import { startActionsRuntimeSim, type ActionsRuntimeSim, type RunnerEnvOverrides, type RunnerStep } from '../sim/actions-runtime/index.js';
import { bundle, commandsNamed, machineNode, actionNode, nodeVersion, prepareWorkspace, readTree, runBundle, type StepRun } from './action-step.js';

/** The Node running the tests, and another one if DESK_MIGRATE_NODE names it (CI runs the suite on 22 and 24). */
const NODES = [...new Set([machineNode(), actionNode])].map((bin, i) => ({ label: `Node ${nodeVersion(bin)}`, bin, writesPicture: i === 0 }));

const REPORT_FILES = ['failed.csv', 'migrated.csv', 'skipped.csv', 'summary.json', 'summary.md'];

interface Summary {
  complete: boolean;
  totals: { read: number; migrated: number; failed: number; skipped: number };
  entities: Record<string, { read: number; skipped: number; skippedBy: Record<string, number> }>;
}

describe.each(NODES)('dist/index.js on $label', ({ bin, writesPicture }) => {
  let sim: ActionsRuntimeSim;
  const roots: string[] = [];
  /** Everything the runs printed or wrote, for the token check at the end. */
  const produced: string[] = [];

  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run build` first');
    if (!existsSync(bin)) throw new Error(`${bin} is missing (DESK_MIGRATE_NODE)`);
    // 22 is the oldest the package supports (engines >=22); runners run the Action on node24.
    expect(Number(nodeVersion(bin).slice(1).split('.')[0])).toBeGreaterThanOrEqual(22);
    sim = await startActionsRuntimeSim();
  });

  afterAll(async () => {
    await sim?.close();
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'desk-migrate-e2e-'));
    roots.push(dir);
    return dir;
  }

  async function runStep(overrides: RunnerEnvOverrides): Promise<{ step: RunnerStep; run: StepRun }> {
    const step = sim.env(overrides);
    const run = await runBundle(bin, step);
    produced.push(run.stdout, run.stderr, run.summary);
    return { step, run };
  }

  function artifactOf(run: StepRun) {
    const artifact = sim.artifacts().find((a) => String(a.id) === run.outputs['report-artifact-id']);
    if (!artifact) throw new Error(`no artifact ${run.outputs['report-artifact-id']}`);
    return artifact;
  }

  function summaryOf(run: StepRun): Summary {
    return JSON.parse(artifactOf(run).files['summary.json']?.toString('utf8') ?? '{}') as Summary;
  }

  const ok = (run: StepRun) => expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);

  let prWorkspace = '';
  let prCheckpointKey = '';

  it('demo on a pull request: outputs, report artifact, escaped job summary, one PR comment', async () => {
    prWorkspace = workspace();
    await prepareWorkspace(prWorkspace, { planted: true });
    const { step, run } = await runStep({ workspace: prWorkspace, pullRequest: { number: 12 }, inputs: { mapping: 'migration.yml', mode: 'demo', 'github-token': sim.githubToken } });
    ok(run);

    const artifact = artifactOf(run);
    expect(artifact.name).toBe('desk-migrate-report-demo-attempt-1');
    expect(Object.keys(artifact.files).sort()).toEqual(REPORT_FILES);
    const summary = summaryOf(run);
    expect(run.outputs).toMatchObject({
      migrated: String(summary.totals.migrated),
      failed: '4',
      skipped: String(summary.totals.skipped),
      complete: 'true',
      'report-artifact-url': `https://github.com/octo-org/octo-repo/actions/runs/${step.runId}/artifacts/${artifact.id}`,
    });
    expect(summary.totals.migrated).toBeGreaterThan(50);
    expect(artifact.files['failed.csv']?.toString('utf8')).toContain('contacts,c7,,invalid_phone,"""<script>alert(""x"")</script> & 12345""');

    // The planted HTML reaches the summary only escaped; the details and the artifact link are there.
    expect(run.summary).toContain('&quot;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 12345&quot; is not a phone number');
    expect(run.summary).not.toMatch(/<script/i);
    expect(run.summary).toContain('<details><summary>Failed contacts (4)</summary>');
    expect(run.summary).toContain(`<a href="${run.outputs['report-artifact-url']}">desk-migrate-report-demo-attempt-1</a>`);
    expect(commandsNamed(run, 'group').map((c) => c.message)).toEqual(
      expect.arrayContaining(['Restore the checkpoint', 'agents (4 in the source)', 'tickets (30 in the source)', 'Save the checkpoint', 'Upload the reports']),
    );

    const comments = sim.comments(12);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith('<!-- desk-migrate:desk-migrate -->\n')).toBe(true);
    expect(comments[0]?.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(comments[0]?.body).not.toMatch(/<script/i);

    prCheckpointKey = run.outputs['checkpoint-key'] ?? '';
    expect(prCheckpointKey).toBe(`desk-migrate-all-${step.runId}-1`);
    expect(sim.caches().find((c) => c.key === prCheckpointKey)).toMatchObject({ scope: 'refs/pull/12/merge', finalized: true });

    if (writesPicture && process.env.E2E_SUMMARY_HTML) writeFileSync(process.env.E2E_SUMMARY_HTML, run.summary);
  });

  it('a second run on the same pull request restores the checkpoint and updates the same comment', async () => {
    const before = sim.comments(12)[0];
    rmSync(join(prWorkspace, '.desk-migrate'), { recursive: true, force: true }); // a fresh runner
    const { step, run } = await runStep({ workspace: prWorkspace, pullRequest: { number: 12 }, inputs: { mode: 'demo', 'github-token': sim.githubToken } });
    ok(run);
    expect(run.stdout).toContain(`Checkpoint restored from cache entry ${prCheckpointKey}`);
    expect(run.outputs).toMatchObject({ migrated: '0', failed: '4', complete: 'true' });

    const comments = sim.comments(12);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(before?.id);
    expect(comments[0]?.body).toContain(`/actions/runs/${step.runId}"`);
    expect(comments[0]?.body).not.toBe(before?.body);
  });

  it('on a fork pull request the read-only token skips the comment with a notice, and the step succeeds', async () => {
    const ws = workspace();
    await prepareWorkspace(ws);
    const { run } = await runStep({
      workspace: ws,
      pullRequest: { number: 13, fork: true },
      inputs: { mode: 'demo', 'state-key-prefix': 'fork-demo', 'github-token': sim.readOnlyGithubToken },
    });
    ok(run);
    expect(run.outputs.complete).toBe('true');
    expect(commandsNamed(run, 'notice').map((c) => c.message).join('\n')).toMatch(/PR comment skipped: the token cannot write to this pull request \(HTTP 403\)/);
    expect(commandsNamed(run, 'error')).toEqual([]);
    expect(sim.comments(13)).toEqual([]);
  });

  it('a full run, then a rerun on a fresh runner restores the checkpoint from the cache and writes nothing', async () => {
    const ws = workspace();
    await prepareWorkspace(ws);
    // Each scenario has its own key prefix: they share the simulator's cache, as migrations share a repository's.
    const inputs = { mode: 'full', 'state-key-prefix': 'full-rerun' };
    const first = await runStep({ workspace: ws, inputs: { ...inputs, 'report-retention-days': 5 } });
    ok(first.run);
    expect(first.run.outputs).toMatchObject({ failed: '0', skipped: '0', complete: 'true' });
    const key = first.run.outputs['checkpoint-key'] ?? '';
    expect(key).toBe(`full-rerun-all-${first.step.runId}-1`);
    expect(sim.caches().find((c) => c.key === key)).toMatchObject({ scope: 'refs/heads/main', finalized: true });
    const firstArtifact = artifactOf(first.run);
    expect(firstArtifact.name).toBe('desk-migrate-report-full-attempt-1');
    const days = ((firstArtifact.expiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4.9);
    expect(days).toBeLessThanOrEqual(5);

    const target = snapshot(join(ws, 'out'));
    rmSync(join(ws, '.desk-migrate'), { recursive: true, force: true }); // a fresh runner
    const second = await runStep({ workspace: ws, inputs });
    ok(second.run);
    expect(second.run.stdout).toContain(`Checkpoint restored from cache entry ${key}`);
    expect(second.run.outputs).toMatchObject({ migrated: '0', failed: '0', complete: 'true' });
    const summary = summaryOf(second.run);
    expect(summary.totals.read).toBe(summaryOf(first.run).totals.migrated);
    expect(summary.totals.skipped).toBe(summary.totals.read);
    for (const [entity, counts] of Object.entries(summary.entities)) {
      expect({ entity, skippedBy: counts.skippedBy }).toEqual({ entity, skippedBy: { already_migrated: counts.read } });
    }
    // The archive target stamps manifest.json with the time it closed; the records and files are untouched.
    expect(withoutCloseStamp(snapshot(join(ws, 'out')))).toEqual(withoutCloseStamp(target));
  });

  it('a time budget stops the run partial; a newer checkpoint in the workspace beats the older cache entry; the next run completes', async () => {
    const ws = workspace();
    await prepareWorkspace(ws, { mapping: 'source:\n  platform: archive\n  path: src\n  page_size: 10\ntarget:\n  platform: archive\n  path: out\noptions:\n  batch_size: 10\n' });
    const full = { mode: 'full', 'state-key-prefix': 'budget' };
    const budget = { ...full, 'time-budget': '0.000001' };

    const first = await runStep({ workspace: ws, inputs: budget });
    ok(first.run);
    expect(first.run.outputs.complete).toBe('false');
    expect(commandsNamed(first.run, 'notice').map((c) => c.message).join('\n')).toContain('Stopped early (time budget reached)');
    const firstKey = first.run.outputs['checkpoint-key'] ?? '';
    expect(firstKey).toMatch(/^budget-all-\d+-1$/);

    // The same (self-hosted) workspace; the cache refuses the save, so the workspace gets ahead of it.
    sim.switches.cacheWriteDenied = true;
    try {
      const second = await runStep({ workspace: ws, inputs: budget });
      ok(second.run);
      expect(second.run.outputs).toMatchObject({ complete: 'false', 'checkpoint-key': '' });
      expect(commandsNamed(second.run, 'warning').map((c) => c.message).join('\n')).toContain(`The next run will start from cache entry ${firstKey}`);
    } finally {
      sim.switches.cacheWriteDenied = false;
    }

    const third = await runStep({ workspace: ws, inputs: full });
    ok(third.run);
    expect(third.run.stdout).toContain(`Keeping the workspace’s checkpoint: it is ahead of cache entry ${firstKey}`);
    expect(third.run.outputs).toMatchObject({ complete: 'true', failed: '0', skipped: '0' });
    const summary = summaryOf(third.run);
    expect(summary.totals.migrated).toBe(summary.totals.read);
    expect(third.run.outputs['checkpoint-key']).toBe(`budget-all-${third.step.runId}-1`);
  });

  it('two migrations in one workspace keep apart: each state-key-prefix has its own state folder, guarded by the source and target it belongs to', async () => {
    const ws = workspace();
    await prepareWorkspace(ws);
    const first = await runStep({ workspace: ws, inputs: { mode: 'full', 'state-key-prefix': 'first-migration' } });
    ok(first.run);
    writeFileSync(join(ws, 'second.yml'), 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: second-out\n');

    // A second desk-migrate step with its own prefix migrates everything into its own target.
    const second = await runStep({ workspace: ws, inputs: { mapping: 'second.yml', mode: 'full', 'state-key-prefix': 'second-migration' } });
    ok(second.run);
    expect(second.run.outputs).toMatchObject({ complete: 'true', skipped: '0' });
    expect(summaryOf(second.run).totals.migrated).toBe(summaryOf(first.run).totals.migrated);
    expect(readFileSync(join(ws, 'second-out', 'tickets.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(30);

    // The same prefix for another target is refused before anything is written; the failed run still
    // publishes its reports (artifact and job summary) with the error.
    const wrong = await runStep({ workspace: ws, inputs: { mapping: 'second.yml', mode: 'full', 'state-key-prefix': 'first-migration' } });
    expect(wrong.run.code).toBe(1);
    expect(commandsNamed(wrong.run, 'error').at(-1)?.message).toMatch(/belongs to another migration: its target is archive:.*\/out, and this mapping file's is archive:.*\/second-out/);
    expect(wrong.run.outputs).toMatchObject({ complete: 'false', migrated: '0' });
    const reports = artifactOf(wrong.run).files;
    expect(JSON.parse(reports['summary.json']?.toString('utf8') ?? '{}').error).toMatch(/belongs to another migration/);
    expect(wrong.run.summary).toContain('Stopped by an error:');
  });

  it('mapping-file errors become annotations on the file and line and fail the step before the cache is touched', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'migration.yml'), 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: out\noptions:\n  invalid_phone: remove\n');
    const cacheCalls = () => sim.requests().results.filter((r) => r.path.includes('CacheService')).length;
    const before = cacheCalls();
    const { run } = await runStep({ workspace: ws, inputs: { mode: 'full' } });
    expect(run.code).toBe(1);
    const errors = commandsNamed(run, 'error');
    expect(errors[0]).toMatchObject({ properties: { file: 'migration.yml', line: '8', col: '18', title: 'desk-migrate: mapping file' } });
    expect(errors[0]?.message).toContain('options.invalid_phone must be one of drop, fail, keep, not "remove"');
    expect(errors.at(-1)?.message).toBe('The mapping file has 1 problem (see the annotations); nothing was migrated.');
    expect(cacheCalls()).toBe(before);
    expect(run.outputs).toEqual({});
  });

  it('a missing mapping file names the path it looked at and, in an empty workspace, the forgotten actions/checkout', async () => {
    const ws = workspace();
    const { run } = await runStep({ workspace: ws, inputs: { mode: 'demo', mapping: 'config/migration.yml' } });
    expect(run.code).toBe(1);
    expect(commandsNamed(run, 'error').map((c) => c.message)).toEqual([
      `mapping: ${join(ws, 'config/migration.yml')} does not exist (the input is resolved from the workspace, ${ws}). The workspace is empty: add \`- uses: actions/checkout@v5\` before this step.`,
    ]);
    writeFileSync(join(ws, 'README.md'), 'checked out\n');
    const again = await runStep({ workspace: ws, inputs: { mode: 'demo', mapping: 'config/migration.yml' } });
    expect(commandsNamed(again.run, 'error')[0]?.message).toContain('Commit the file, or set the `mapping` input to its path relative to the repository root.');
  });

  it('a mode that does not exist fails the step with the modes this version has', async () => {
    const { run } = await runStep({ workspace: workspace(), inputs: { mode: 'sync' } });
    expect(run.code).toBe(1);
    expect(commandsNamed(run, 'error').map((c) => c.message)).toEqual([`mode: must be one of ${MODES.join(', ')}, not "sync"`]);
  });

  it('the GitHub token appears nowhere but in the mask commands: not in logs, summaries, comments, artifacts, caches or workspace files', async () => {
    const caches = workspace();
    for (const [i, entry] of sim.caches().entries()) {
      const dir = join(caches, String(i));
      mkdirSync(dir);
      await sim.extractCache(entry, dir);
    }
    const texts = [
      ...produced,
      ...[12, 13].flatMap((n) => sim.comments(n).map((c) => c.body)),
      ...sim.artifacts().flatMap((a) => Object.values(a.files).map((f) => f.toString('utf8'))),
      ...roots.flatMap((root) => readTree(root)),
    ];
    expect(texts.length).toBeGreaterThan(50);
    expect(produced.join('\n')).toContain(`::add-mask::${sim.githubToken}`);
    for (const token of [sim.githubToken, sim.readOnlyGithubToken]) {
      const leaks = texts.flatMap((t) => t.split('\n')).filter((line) => line.includes(token) && !line.startsWith('::add-mask::'));
      expect(leaks).toEqual([]);
    }
  });
});

/** Content and modification time of every file: "writes nothing" means neither changes. */
function snapshot(dir: string): Record<string, { text: string; mtimeMs: number }> {
  const out: Record<string, { text: string; mtimeMs: number }> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out[file] = { text: readFileSync(file, 'utf8'), mtimeMs: statSync(file).mtimeMs };
  }
  return out;
}

function withoutCloseStamp(files: ReturnType<typeof snapshot>): ReturnType<typeof snapshot> {
  const out = { ...files };
  for (const [file, entry] of Object.entries(out)) {
    if (file.endsWith('/manifest.json')) out[file] = { text: entry.text.replace(/"writtenAt": "[^"]*"/, '"writtenAt": "…"'), mtimeMs: 0 };
  }
  return out;
}
