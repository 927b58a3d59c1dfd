/**
 * The Action run as GitHub's own local runner runs it: `npx local-action run <repo> src/main.ts .env`
 * (@github/local-action), which imports src/main.ts, calls its run() and replaces the toolkit
 * (@actions/core, cache, artifact, github) by its own stubs. The .env holds the inputs and the
 * connection secrets of the Intercom and Zendesk simulators, seeded with the sandbox data.
 *
 * The stubs decide what this can show: outputs are printed as `::set-output` lines, the job summary
 * goes to GITHUB_STEP_SUMMARY, the report artifact is zipped into LOCAL_ACTION_ARTIFACT_PATH, and the
 * cache stub lacks isFeatureAvailable() (so the Action warns and keeps its checkpoint in the workspace
 * only). The stub's setFailed() leaves the exit status at 0; the Action sets it itself. The post step
 * is not run: it runs only when the main step was cancelled or failed (post-if), which local-action's
 * `--post` ignores.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntercomSim, type IntercomSim } from '../sim/intercom/index.js';
import { startZendeskSim, type ZendeskSim } from '../sim/zendesk/index.js';
import { readZip } from '../sim/actions-runtime/zip.js';
import { repoRoot } from './action-step.js';

const INTERCOM_TOKEN = 'local-action-intercom-token';
const ZENDESK_EMAIL = 'admin@sandbox.test';
const ZENDESK_TOKEN = 'local-action-zendesk-token';
/** Guards against a hung child, not measures: a demo on the sandbox data takes seconds. */
const GUARD_MS = 240_000;
const TEST_TIMEOUT_MS = 300_000;

interface LocalRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  artifacts: string[];
  artifactDir: string;
}

const json = (file: string) => JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as never;

describe('the Action under @github/local-action', () => {
  let intercom: IntercomSim;
  let zendesk: ZendeskSim;
  const roots: string[] = [];

  beforeAll(async () => {
    intercom = await startIntercomSim({ token: INTERCOM_TOKEN, seed: json('examples/sandbox/intercom-workspace.json') });
    zendesk = await startZendeskSim({ email: ZENDESK_EMAIL, apiToken: ZENDESK_TOKEN, jobs: { pollsBeforeComplete: 1 } });
    zendesk.seed(json('examples/sandbox/zendesk-account.json'));
  });

  afterAll(async () => {
    await Promise.all([intercom?.close(), zendesk?.close()]);
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  /** A workspace holding the example mapping, and a .env next to it, as a developer would write it. */
  async function runLocalAction(inputs: Record<string, string>): Promise<LocalRun> {
    const root = mkdtempSync(join(tmpdir(), 'desk-migrate-local-action-'));
    roots.push(root);
    const workspace = join(root, 'workspace');
    const artifacts = join(root, 'artifacts');
    const summaryFile = join(root, 'step-summary.md');
    cpSync(join(repoRoot, 'mappings.example.yml'), join(workspace, 'migration.yml'));
    mkdirSync(artifacts);
    const dotenv = {
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      LOCAL_ACTION_WORKSPACE: workspace,
      LOCAL_ACTION_ARTIFACT_PATH: artifacts,
      INTERCOM_TOKEN,
      INTERCOM_API_URL: intercom.url,
      ZENDESK_EMAIL,
      ZENDESK_TOKEN,
      ZENDESK_API_URL: zendesk.url,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    };
    const envFile = join(root, '.env');
    writeFileSync(envFile, Object.entries(dotenv).map(([k, v]) => `${k}="${v}"`).join('\n') + '\n');

    // local-action runs `npm ls` and `npm exec tsx` from its working directory: the repository root.
    // The Node running the tests goes first on PATH so npx, npm and tsx all run on it (22 or 24).
    const child = spawn('npx', ['--no', 'local-action', 'run', repoRoot, 'src/main.ts', envFile], {
      cwd: repoRoot,
      env: { ...hostEnv(), PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group: the guard ends npx and the npm and tsx it starts
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const guard = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), GUARD_MS);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(guard);
    return {
      code,
      stdout,
      stderr,
      outputs: outputsOf(stdout),
      summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
      artifacts: existsSync(artifacts) ? readdirSync(artifacts).sort() : [],
      artifactDir: artifacts,
    };
  }

  it('demo: exits 0, creates the sample in Zendesk, sets the outputs, writes the job summary and the report artifact', async () => {
    const ticketsBefore = zendesk.store.tickets.size;
    const run = await runLocalAction({ mapping: 'migration.yml', mode: 'demo', 'pr-comment': 'false' });
    const log = `${run.stdout}\n${run.stderr}`;
    expect(run.code, log).toBe(0);
    expect(run.stdout, log).not.toMatch(/^::error/m);

    // The report artifact, zipped by the artifact stub, says what the run did; Zendesk holds it.
    expect(run.artifacts, log).toEqual(['desk-migrate-report-demo-attempt-1.zip']);
    const files = readZip(readFileSync(join(run.artifactDir, 'desk-migrate-report-demo-attempt-1.zip')));
    expect(Object.keys(files).sort()).toEqual(['failed.csv', 'migrated.csv', 'skipped.csv', 'summary.json', 'summary.md']);
    const summary = JSON.parse(files['summary.json']?.toString('utf8') ?? '{}') as { totals: Record<string, number>; entities: Record<string, { migrated: number }> };
    const ticketsMigrated = summary.entities.tickets?.migrated ?? 0;
    expect(ticketsMigrated).toBeGreaterThan(0);
    expect(zendesk.store.tickets.size - ticketsBefore).toBe(ticketsMigrated);

    expect(run.outputs, log).toMatchObject({
      migrated: String(summary.totals.migrated),
      failed: String(summary.totals.failed),
      skipped: String(summary.totals.skipped),
      complete: 'true',
      'report-artifact-id': '1',
      'report-artifact-url': 'https://github.com/octo-org/octo-repo/actions/runs/4242/artifacts/1',
    });
    expect(run.summary).toContain('<h2>desk-migrate demo: intercom → zendesk</h2>');
    expect(run.summary).toContain(`✅ <strong>Complete.</strong> <strong>${summary.totals.migrated}</strong> migrated`);

    // The cache stub has no isFeatureAvailable(): a warning, not a crash (issue 16 item 2).
    expect(run.stdout).toContain('::warning::This runtime’s @actions/cache has no isFeatureAvailable(): the checkpoint cache is not used.');
    expect(run.outputs['checkpoint-key']).toBe('');

    // Secrets from the .env reach neither the log nor the reports.
    for (const text of [log, run.summary, ...Object.values(files).map((f) => f.toString('utf8'))]) {
      expect(text).not.toContain(INTERCOM_TOKEN);
      expect(text).not.toContain(ZENDESK_TOKEN);
    }
  }, TEST_TIMEOUT_MS);

  it('a wrong input: the step fails with the input named, sets no outputs and writes nothing', async () => {
    const requestsBefore = zendesk.server.log.length;
    const run = await runLocalAction({ mapping: 'migration.yml', mode: 'demo-run', 'pr-comment': 'false' });
    const log = `${run.stdout}\n${run.stderr}`;
    expect(run.code, log).not.toBe(0);
    expect(run.stdout).toMatch(/^::error::.*\bmode\b.*"demo-run"/m); // names the input and the value given
    expect(run.outputs).toEqual({});
    expect(run.artifacts).toEqual([]);
    expect(zendesk.server.log.length).toBe(requestsBefore);
  }, TEST_TIMEOUT_MS);
});

/** The test process's environment without a runner's variables, which would leak into the step. */
function hostEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|LOCAL_ACTION_)/.test(name)));
}

/** local-action prints each setOutput() as a `::set-output name=…::value` line. */
function outputsOf(stdout: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) outputs[match[1] ?? ''] = match[2] ?? '';
  return outputs;
}
