/**
 * The environment a GitHub-hosted runner gives a `node24` action step (research §2.5), pointed at an
 * Actions runtime simulator, plus readers for what the step writes back (file commands, workflow
 * commands on stdout).
 *
 * `vars` is complete on purpose: it starts from a small allow-list of the parent's variables (PATH, HOME,
 * locale, temp dir, proxies) and adds every runner variable, so nothing leaks in from the process running
 * the tests (which, in GitHub Actions CI, has a real ACTIONS_RUNTIME_TOKEN, GITHUB_OUTPUT, …). Spawn the
 * step with `{ env: step.vars, cwd: step.workspace }` (a runner starts steps in GITHUB_WORKSPACE).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CacheScope } from './tokens.js';
import { sha256Hex, signJwt, uuidFrom } from './tokens.js';

export interface PullRequestOptions {
  number: number;
  /** Head branch; default `feature-<number>`. */
  headRef?: string;
  /** Base branch; default the repository's default branch. */
  baseRef?: string;
  /** Head repository is a fork: the step's `githubToken` is then read-only, as GITHUB_TOKEN is on fork PRs. */
  fork?: boolean;
  title?: string;
}

export interface RunnerEnvOverrides {
  /** GITHUB_RUN_ID; default a new id per call (each call is a new workflow run). */
  runId?: number | string;
  /** GITHUB_RUN_ATTEMPT; default 1. A re-run keeps runId (and the run's backend id) and increments this. */
  runAttempt?: number;
  runNumber?: number;
  /** Backend ids in the token's `scp`; default derived from repository + runId (run) and job + attempt (job). */
  runBackendId?: string;
  jobBackendId?: string;
  /** GITHUB_JOB; default `migrate`. */
  job?: string;
  workflow?: string;
  actor?: string;
  /** GITHUB_EVENT_NAME; default `pull_request` when `pullRequest` is given, else `push`. */
  eventName?: string;
  /** Makes this a pull_request run: event payload, refs, cache scopes. */
  pullRequest?: PullRequestOptions;
  /** Replaces the generated event payload written to GITHUB_EVENT_PATH. */
  event?: Record<string, unknown>;
  /** GITHUB_REF; default `refs/heads/<default branch>` or `refs/pull/<n>/merge`. */
  ref?: string;
  sha?: string;
  /** `INPUT_<NAME>` variables: name upper-cased, spaces → `_`, hyphens kept (as @actions/core reads them). */
  inputs?: Record<string, string | number | boolean>;
  /** Use this directory as GITHUB_WORKSPACE instead of a new empty one (it is not deleted on cleanup). */
  workspace?: string;
  /** The token's `ac` claim; default: own ref read/write, then base and default branch read-only. */
  cacheScopes?: CacheScope[];
  /** GITHUB_RETENTION_DAYS (caps artifact retention); default 90. */
  retentionDays?: number;
  /**
   * GITHUB_SERVER_URL; default `https://github.com`. The cache and artifact clients treat any host other
   * than github.com, *.ghe.com or *.localhost as GHES (cache falls back to v1, artifact throws
   * GHESNotSupportedError), so `http://127.0.0.1:…` here would break them: that is how a real GHES behaves.
   */
  serverUrl?: string;
  /** Extra variables, applied last; `undefined` removes one (e.g. `{ ACTIONS_CACHE_SERVICE_V2: undefined }`). */
  vars?: Record<string, string | undefined>;
}

/** What the simulator supplies to build a step's environment. */
export interface RunnerContext {
  resultsUrl: string;
  apiUrl: string;
  repository: string;
  repositoryId: number;
  defaultBranch: string;
  tokenSecret: Buffer;
  /** A GitHub token for the step (read-only for fork PRs). */
  githubToken(readOnly: boolean): string;
  nextRunId(): number;
}

export interface RunnerStep {
  /** The complete environment for the step process. */
  vars: Record<string, string>;
  /** Temporary root holding workspace, temp dir, file-command files and the event payload. */
  root: string;
  workspace: string;
  runnerTemp: string;
  files: { output: string; stepSummary: string; state: string; env: string; path: string; event: string };
  runtimeToken: string;
  /** A GitHub REST token for this run: read-only when the PR is from a fork. Pass it as an input. */
  githubToken: string;
  runId: string;
  runAttempt: number;
  runBackendId: string;
  jobBackendId: string;
  cacheScopes: CacheScope[];
  /** The payload written to GITHUB_EVENT_PATH. */
  event: Record<string, unknown>;
  /** Outputs the step set via GITHUB_OUTPUT. */
  outputs(): Record<string, string>;
  /** Contents of GITHUB_STEP_SUMMARY. */
  summary(): string;
  /** State saved via GITHUB_STATE. */
  state(): Record<string, string>;
  /** Variables exported via GITHUB_ENV. */
  exportedEnv(): Record<string, string>;
  /** Directories added via GITHUB_PATH. */
  addedPaths(): string[];
  /**
   * For running a toolkit client in this process: removes every GITHUB_*, ACTIONS_*, RUNNER_*, INPUT_* and
   * STATE_* variable from process.env, sets `vars`, and returns a function that restores process.env.
   */
  applyToProcessEnv(): () => void;
  /** Deletes `root` (the simulator's close() does this for every step it made). */
  cleanup(): void;
}

const INHERITED = [
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'TEMP', 'TMP',
  'SYSTEMROOT', 'COMSPEC', 'PATHEXT', 'WINDIR', 'NODE_EXTRA_CA_CERTS',
  'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy',
];

const RUNNER_PREFIXES = /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|STATE_)/;

export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function createRunnerStep(context: RunnerContext, overrides: RunnerEnvOverrides = {}): RunnerStep {
  const repository = context.repository;
  const [owner, repoName] = repository.split('/') as [string, string];
  const runId = String(overrides.runId ?? context.nextRunId());
  const runAttempt = overrides.runAttempt ?? 1;
  const job = overrides.job ?? 'migrate';
  const pr = overrides.pullRequest;
  const eventName = overrides.eventName ?? (pr ? 'pull_request' : 'push');
  const defaultRef = `refs/heads/${context.defaultBranch}`;
  const ref = overrides.ref ?? (pr ? `refs/pull/${pr.number}/merge` : defaultRef);
  const sha = overrides.sha ?? sha256Hex(`${repository}:${runId}:sha`).slice(0, 40);
  const runBackendId = overrides.runBackendId ?? uuidFrom(`${repository}:run:${runId}`);
  const jobBackendId = overrides.jobBackendId ?? uuidFrom(`${runBackendId}:job:${job}:${runAttempt}`);
  const baseRef = pr ? (pr.baseRef ?? context.defaultBranch) : '';
  const headRef = pr ? (pr.headRef ?? `feature-${pr.number}`) : '';

  const cacheScopes = overrides.cacheScopes ?? defaultCacheScopes(ref, baseRef ? `refs/heads/${baseRef}` : undefined, defaultRef);
  const nowSeconds = Math.floor(Date.now() / 1000);
  const runtimeToken = signJwt(
    {
      nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
      scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
      ac: JSON.stringify(cacheScopes),
      repository_id: String(context.repositoryId),
      ref,
      sha,
      job_id: jobBackendId,
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vso:actions-runtime-sim',
      iat: nowSeconds,
      nbf: nowSeconds - 60,
      exp: nowSeconds + 6 * 3600,
    },
    context.tokenSecret,
  );
  const githubToken = context.githubToken(pr?.fork === true);

  const root = mkdtempSync(join(tmpdir(), 'actions-runtime-sim-'));
  const workspace = overrides.workspace ?? join(root, 'work', repoName, repoName);
  const runnerTemp = join(root, 'temp');
  const commands = join(root, 'file_commands');
  for (const dir of [workspace, runnerTemp, commands, join(root, 'tool_cache')]) mkdirSync(dir, { recursive: true });
  const files = {
    output: join(commands, 'set_output'),
    stepSummary: join(commands, 'step_summary'),
    state: join(commands, 'save_state'),
    env: join(commands, 'set_env'),
    path: join(commands, 'add_path'),
    event: join(root, 'event.json'),
  };
  for (const file of [files.output, files.stepSummary, files.state, files.env, files.path]) writeFileSync(file, '');

  const repositoryPayload = {
    id: context.repositoryId,
    name: repoName,
    full_name: repository,
    owner: { login: owner, type: 'Organization' },
    default_branch: context.defaultBranch,
    private: false,
    html_url: `https://github.com/${repository}`,
  };
  const sender = { login: overrides.actor ?? 'octocat', type: 'User' };
  const event = overrides.event ?? generatedEvent(eventName, { ref, sha, pr, headRef, baseRef, repositoryPayload, sender, owner, repoName });
  writeFileSync(files.event, JSON.stringify(event, null, 2));

  const vars: Record<string, string> = {};
  for (const name of INHERITED) {
    const value = process.env[name];
    if (value !== undefined) vars[name] = value;
  }
  Object.assign(vars, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ACTIONS_RUNTIME_TOKEN: runtimeToken,
    ACTIONS_RESULTS_URL: `${context.resultsUrl}/`,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_SERVER_URL: overrides.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: context.apiUrl,
    GITHUB_GRAPHQL_URL: `${context.apiUrl}/graphql`,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_ID: String(context.repositoryId),
    GITHUB_REPOSITORY_OWNER_ID: '9919',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: String(runAttempt),
    GITHUB_RUN_NUMBER: String(overrides.runNumber ?? runId),
    GITHUB_WORKFLOW: overrides.workflow ?? 'desk-migrate',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/migrate.yml@${ref}`,
    GITHUB_JOB: job,
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: sender.login,
    GITHUB_TRIGGERING_ACTOR: sender.login,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: headRef,
    GITHUB_BASE_REF: baseRef,
    GITHUB_SHA: sha,
    GITHUB_RETENTION_DAYS: String(overrides.retentionDays ?? 90),
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.stepSummary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(root, 'tool_cache'),
    RUNNER_WORKSPACE: join(root, 'work', repoName),
    RUNNER_OS: process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
  });
  for (const [name, value] of Object.entries(overrides.inputs ?? {})) vars[inputVariable(name)] = String(value);
  for (const [name, value] of Object.entries(overrides.vars ?? {})) {
    if (value === undefined) delete vars[name];
    else vars[name] = value;
  }

  return {
    vars,
    root,
    workspace,
    runnerTemp,
    files,
    runtimeToken,
    githubToken,
    runId,
    runAttempt,
    runBackendId,
    jobBackendId,
    cacheScopes,
    event,
    outputs: () => parseFileCommand(readFileSync(files.output, 'utf8')),
    summary: () => readFileSync(files.stepSummary, 'utf8'),
    state: () => parseFileCommand(readFileSync(files.state, 'utf8')),
    exportedEnv: () => parseFileCommand(readFileSync(files.env, 'utf8')),
    addedPaths: () => readFileSync(files.path, 'utf8').split(/\r?\n/).filter(Boolean),
    applyToProcessEnv: () => {
      const saved = { ...process.env };
      for (const name of Object.keys(process.env)) if (RUNNER_PREFIXES.test(name)) delete process.env[name];
      Object.assign(process.env, vars);
      return () => {
        for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
        Object.assign(process.env, saved);
      };
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

function defaultCacheScopes(ref: string, baseRef: string | undefined, defaultRef: string): CacheScope[] {
  const scopes: CacheScope[] = [{ Scope: ref, Permission: 3 }];
  for (const scope of [baseRef, defaultRef]) {
    if (scope && !scopes.some((s) => s.Scope === scope)) scopes.push({ Scope: scope, Permission: 1 });
  }
  return scopes;
}

interface EventParts {
  ref: string;
  sha: string;
  pr: PullRequestOptions | undefined;
  headRef: string;
  baseRef: string;
  repositoryPayload: Record<string, unknown>;
  sender: Record<string, unknown>;
  owner: string;
  repoName: string;
}

function generatedEvent(eventName: string, p: EventParts): Record<string, unknown> {
  if (p.pr) {
    const headRepo = p.pr.fork
      ? { ...p.repositoryPayload, full_name: `forker/${p.repoName}`, owner: { login: 'forker', type: 'User' }, fork: true }
      : { ...p.repositoryPayload, fork: false };
    return {
      action: 'synchronize',
      number: p.pr.number,
      pull_request: {
        number: p.pr.number,
        title: p.pr.title ?? `Pull request ${p.pr.number}`,
        state: 'open',
        html_url: `https://github.com/${p.owner}/${p.repoName}/pull/${p.pr.number}`,
        user: p.sender,
        head: { ref: p.headRef, sha: sha256Hex(`${p.sha}:head`).slice(0, 40), repo: headRepo, label: `${p.pr.fork ? 'forker' : p.owner}:${p.headRef}` },
        base: { ref: p.baseRef, sha: sha256Hex(`${p.sha}:base`).slice(0, 40), repo: p.repositoryPayload, label: `${p.owner}:${p.baseRef}` },
      },
      repository: p.repositoryPayload,
      sender: p.sender,
    };
  }
  switch (eventName) {
    case 'workflow_dispatch':
      return { inputs: {}, ref: p.ref, repository: p.repositoryPayload, sender: p.sender, workflow: '.github/workflows/migrate.yml' };
    case 'schedule':
      return { schedule: '17 3 * * *', workflow: '.github/workflows/migrate.yml' };
    default:
      return { ref: p.ref, before: '0'.repeat(40), after: p.sha, repository: p.repositoryPayload, sender: p.sender, pusher: { name: String(p.sender.login) } };
  }
}

/**
 * Parses a file-command file (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV): `name<<DELIM\nvalue\nDELIM`
 * blocks as @actions/core writes them, and single-line `name=value`. Later assignments win.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '');
      if (i >= lines.length) throw new Error(`file command for ${name}: delimiter ${delimiter} not found`);
      result[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`file command line is neither name=value nor name<<DELIMITER: ${line}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/**
 * The workflow commands (`::error file=a,line=3::msg`, `::add-mask::x`, `::group::name`, …) in a step's
 * stdout, decoded as the runner decodes them.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: match[1] ?? '', properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}
