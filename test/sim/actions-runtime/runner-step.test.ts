/**
 * The runner environment from `sim.env()`, checked two ways:
 * - directly (token claims, files, variables, no leaks from the test process);
 * - by spawning a fresh Node process with exactly `step.vars`, running the real toolkit clients the way an
 *   action does: restore a checkpoint by prefix, save it under a new key, upload a report, post or update a
 *   sticky PR comment with `getOctokit(token)` and no explicit baseUrl (so GITHUB_API_URL must be read at
 *   import time from the environment), set outputs and a job summary. This is the shape of the end-to-end
 *   test of dist/index.js; the inline script stands in for the bundle.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFileCommand, parseWorkflowCommands, startActionsRuntimeSim, type ActionsRuntimeSim, type RunnerStep } from './index.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let sim: ActionsRuntimeSim;

beforeAll(async () => {
  sim = await startActionsRuntimeSim();
});

afterAll(async () => {
  await sim?.close();
});

describe('runner environment', () => {
  it('carries a runtime JWT with the Actions.Results scope and cache scopes, and the runner variables', () => {
    const step = sim.env({ runId: 77, runAttempt: 2, inputs: { 'state-key-prefix': 'tickets', 'time budget': 30, dry: true } });
    const [, payload] = step.runtimeToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { scp: string; ac: string };
    expect(claims.scp).toContain(`Actions.Results:${step.runBackendId}:${step.jobBackendId}`);
    expect(JSON.parse(claims.ac)).toEqual([{ Scope: 'refs/heads/main', Permission: 3 }]);

    expect(step.vars).toMatchObject({
      ACTIONS_RUNTIME_TOKEN: step.runtimeToken,
      ACTIONS_RESULTS_URL: `${sim.url}/`,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: sim.apiUrl,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKSPACE: step.workspace,
      RUNNER_TEMP: step.runnerTemp,
      'INPUT_STATE-KEY-PREFIX': 'tickets',
      INPUT_TIME_BUDGET: '30',
      INPUT_DRY: 'true',
    });
    for (const file of Object.values(step.files)) expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(step.files.event, 'utf8'))).toMatchObject({ ref: 'refs/heads/main', repository: { full_name: 'octo-org/octo-repo' } });

    // A re-run attempt keeps the run's backend id (artifacts belong to the run) but is another job run.
    const rerun = sim.env({ runId: 77, runAttempt: 3 });
    expect(rerun.runBackendId).toBe(step.runBackendId);
    expect(rerun.jobBackendId).not.toBe(step.jobBackendId);
    expect(sim.env().runId).not.toBe(sim.env().runId);
  });

  it('writes a pull_request payload and gives fork PRs a read-only token', () => {
    const step = sim.env({ pullRequest: { number: 31, headRef: 'topic', fork: true } });
    expect(step.vars).toMatchObject({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/31/merge', GITHUB_HEAD_REF: 'topic', GITHUB_BASE_REF: 'main' });
    expect(JSON.parse(readFileSync(step.files.event, 'utf8'))).toMatchObject({
      number: 31,
      pull_request: { number: 31, head: { ref: 'topic', repo: { fork: true } }, base: { ref: 'main' } },
    });
    expect(step.githubToken).toBe(sim.readOnlyGithubToken);
    expect(sim.env({ pullRequest: { number: 31 } }).githubToken).toBe(sim.githubToken);
  });

  it('does not leak the test process\'s runner variables, and applyToProcessEnv restores them', () => {
    process.env.ACTIONS_CACHE_MODE = 'none';
    process.env.INPUT_LEAK = 'x';
    try {
      const step = sim.env();
      expect(step.vars.ACTIONS_CACHE_MODE).toBeUndefined();
      expect(step.vars.INPUT_LEAK).toBeUndefined();
      const restore = step.applyToProcessEnv();
      expect(process.env.ACTIONS_CACHE_MODE).toBeUndefined();
      expect(process.env.GITHUB_WORKSPACE).toBe(step.workspace);
      restore();
      expect(process.env.ACTIONS_CACHE_MODE).toBe('none');
      expect(process.env.GITHUB_WORKSPACE).toBeUndefined();
    } finally {
      delete process.env.ACTIONS_CACHE_MODE;
      delete process.env.INPUT_LEAK;
    }
  });

  it('parses file commands and workflow commands as the runner does', () => {
    expect(parseFileCommand('a=1\nmulti<<ghadelimiter_x\nline 1\nline 2\nghadelimiter_x\na=2\n')).toEqual({ a: '2', multi: 'line 1\nline 2' });
    expect(() => parseFileCommand('x<<EOF\nunterminated\n')).toThrow(/delimiter/);
    expect(parseWorkflowCommands('hello\n::error file=m.yml,line=4,title=Bad%2C really::oops%0Anext\n::endgroup::\n')).toEqual([
      { command: 'error', properties: { file: 'm.yml', line: '4', title: 'Bad, really' }, message: 'oops\nnext' },
      { command: 'endgroup', properties: {}, message: '' },
    ]);
  });
});

/** A stand-in for the action: real toolkit clients, configured only by the environment. */
const ACTION = String.raw`
import * as core from '@actions/core';
import * as cache from '@actions/cache';
import { DefaultArtifactClient } from '@actions/artifact';
import * as github from '@actions/github';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

// node -e resolves imports from its cwd (the repository); a runner starts the step in the workspace.
process.chdir(process.env.GITHUB_WORKSPACE);
const run = process.env.GITHUB_RUN_ID + '-' + process.env.GITHUB_RUN_ATTEMPT;
const prefix = 'ckpt-' + core.getInput('state-key-prefix', { required: true }) + '-';
const restored = await cache.restoreCache(['.desk-migrate'], prefix + run, [prefix]);
const previous = restored ? JSON.parse(readFileSync('.desk-migrate/state.json', 'utf8')).run : '';
mkdirSync('.desk-migrate', { recursive: true });
writeFileSync('.desk-migrate/state.json', JSON.stringify({ run }));
const saved = await cache.saveCache(['.desk-migrate'], prefix + run);

mkdirSync('reports', { recursive: true });
writeFileSync('reports/summary.csv', 'entity,run\ntickets,' + run + '\n');
const uploaded = await new DefaultArtifactClient().uploadArtifact('report-' + run, ['reports/summary.csv'], 'reports', { retentionDays: 3 });

const marker = '<!-- desk-migrate -->';
const body = marker + '\nrun ' + run;
const octokit = github.getOctokit(core.getInput('github-token', { required: true }));
const { owner, repo, number } = github.context.issue;
const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
const existing = comments.find((c) => c.body?.includes(marker));
let commented = 'skipped';
try {
  if (existing) {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    commented = 'updated';
  } else {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
    commented = 'created';
  }
} catch (error) {
  if (error.status !== 403) throw error;
  core.notice('PR comment skipped: ' + error.message);
}

core.setOutput('restored', restored ?? '');
core.setOutput('previous', previous);
core.setOutput('saved', String(saved));
core.setOutput('artifact-id', String(uploaded.id));
core.setOutput('commented', commented);
core.setOutput('multiline', 'a\nb');
core.setSecret('s3cr3t');
core.warning('check the mapping', { file: 'mapping.yml', startLine: 3 });
await core.summary.addHeading('Run ' + run).addRaw('<b>ok</b>').write();
`;

function runAction(step: RunnerStep): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module', '-e', ACTION], { cwd: repoRoot, env: step.vars, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('a spawned step with only the runner environment', () => {
  it('restores, saves, uploads, comments once, and writes outputs and summary; a fork PR skips the comment', async () => {
    const inputs = { 'state-key-prefix': 'tickets', 'github-token': sim.githubToken };
    const first = sim.env({ pullRequest: { number: 12 }, inputs });
    const r1 = await runAction(first);
    expect(r1.code, r1.stderr).toBe(0);
    const out1 = first.outputs();
    expect(out1).toMatchObject({ restored: '', previous: '', commented: 'created', multiline: 'a\nb' });
    expect(Number(out1.saved)).toBeGreaterThan(0);
    expect(first.summary()).toContain(`<h1>Run ${first.runId}-1</h1>`);
    const commands = parseWorkflowCommands(r1.stdout);
    expect(commands).toContainEqual({ command: 'warning', properties: { file: 'mapping.yml', line: '3' }, message: 'check the mapping' });
    expect(commands).toContainEqual({ command: 'add-mask', properties: {}, message: 's3cr3t' });

    const firstKey = `ckpt-tickets-${first.runId}-1`;
    expect(sim.caches().find((e) => e.key === firstKey)).toMatchObject({ scope: 'refs/pull/12/merge', finalized: true });
    const report = sim.artifacts().find((a) => a.id === Number(out1['artifact-id']));
    expect(report?.name).toBe(`report-${first.runId}-1`);
    expect(report?.files['summary.csv']?.toString('utf8')).toBe(`entity,run\ntickets,${first.runId}-1\n`);
    expect(sim.comments(12).map((c) => c.body)).toEqual([`<!-- desk-migrate -->\nrun ${first.runId}-1`]);

    const second = sim.env({ pullRequest: { number: 12 }, inputs });
    const r2 = await runAction(second);
    expect(r2.code, r2.stderr).toBe(0);
    expect(second.outputs()).toMatchObject({ restored: firstKey, previous: `${first.runId}-1`, commented: 'updated' });
    expect(sim.comments(12).map((c) => c.body)).toEqual([`<!-- desk-migrate -->\nrun ${second.runId}-1`]);
    expect(sim.artifacts().map((a) => a.name)).toEqual([`report-${first.runId}-1`, `report-${second.runId}-1`]);

    const fork = sim.env({ pullRequest: { number: 12, fork: true }, inputs: { ...inputs, 'github-token': sim.readOnlyGithubToken } });
    const r3 = await runAction(fork);
    expect(r3.code, r3.stderr).toBe(0);
    expect(fork.outputs()).toMatchObject({ restored: `ckpt-tickets-${second.runId}-1`, commented: 'skipped' });
    expect(parseWorkflowCommands(r3.stdout)).toContainEqual(
      expect.objectContaining({ command: 'notice', message: expect.stringContaining('Resource not accessible by integration') }),
    );
    expect(sim.comments(12).map((c) => c.body)).toEqual([`<!-- desk-migrate -->\nrun ${second.runId}-1`]);
  });
});
