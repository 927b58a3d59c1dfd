/**
 * The README's first command: a real Intercom → Zendesk migration with no credentials. It starts the
 * Intercom and Zendesk simulators on 127.0.0.1, seeded from examples/sandbox/, and runs the bundled
 * CLI with mappings.example.yml through check → demo → full → verify, printing where each report is.
 * `--target freshdesk` runs Intercom → Freshdesk instead: the Freshdesk simulator gets the same agents
 * and languages, and the mapping is mappings.example.yml with its target block swapped.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFreshdeskSim } from '../test/sim/freshdesk/index.js';
import { startIntercomSim } from '../test/sim/intercom/index.js';
import { startZendeskSim } from '../test/sim/zendesk/index.js';
import type { ZendeskAccount } from '../test/sim/zendesk/index.js';

const INTERCOM_TOKEN = 'sandbox-intercom-token';
const ZENDESK_EMAIL = 'admin@sandbox.test';
const ZENDESK_TOKEN = 'sandbox-zendesk-token';
const FRESHDESK_API_KEY = 'sandbox-freshdesk-key';
const root = '.desk-migrate/sandbox';

/** The one option: `--target zendesk` (default) or `--target freshdesk`. */
function targetOption(argv: string[]): 'zendesk' | 'freshdesk' {
  const at = argv.findIndex((a) => a === '--target' || a.startsWith('--target='));
  if (at < 0) return 'zendesk';
  const value = argv[at]?.includes('=') ? argv[at]?.split('=')[1] : argv[at + 1];
  if (value === 'zendesk' || value === 'freshdesk') return value;
  console.error(`desk-migrate sandbox: --target takes zendesk or freshdesk, not ${value ?? 'nothing'}`);
  process.exit(2);
}
const targetPlatform = targetOption(process.argv.slice(2));

/** The Freshdesk target block that replaces the Zendesk one of mappings.example.yml. */
const FRESHDESK_TARGET = [
  'target:',
  '  platform: freshdesk',
  '  base_url: ${FRESHDESK_API_URL}',
  '  api_key: ${FRESHDESK_API_KEY}',
  '  plan: enterprise',
  '',
].join('\n');

/**
 * The package's files (examples/sandbox, mappings.example.yml, bin/): next to this script in a clone
 * (`npm run sandbox`), next to the bundle in an installed package (`npx desk-migrate sandbox`). The
 * state and reports go to the current folder either way.
 */
function packageRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'mappings.example.yml'))) return dir;
  }
  throw new Error('desk-migrate sandbox: cannot find the package folder (mappings.example.yml)');
}
const home = packageRoot();

const json = (file: string) => JSON.parse(readFileSync(join(home, file), 'utf8')) as never;

rmSync(root, { recursive: true, force: true });
// The packed sandbox ships without specs/; the test suite runs the same simulators with the request check on
// (Freshdesk publishes no OpenAPI description, so its simulator has no such check).
const NO_SPEC_CHECK = { checkRequests: false } as const;
const intercom = await startIntercomSim({ token: INTERCOM_TOKEN, seed: json('examples/sandbox/intercom-workspace.json'), ...NO_SPEC_CHECK });
const target = targetPlatform === 'zendesk' ? await zendeskTarget() : await freshdeskTarget();
console.log(`Intercom simulator: ${intercom.url}\n${target.name} simulator: ${target.url}`);

const env = { ...process.env, INTERCOM_TOKEN, INTERCOM_API_URL: intercom.url, ...target.env };

async function zendeskTarget() {
  const zendesk = await startZendeskSim({ email: ZENDESK_EMAIL, apiToken: ZENDESK_TOKEN, jobs: { pollsBeforeComplete: 1 }, ...NO_SPEC_CHECK });
  zendesk.seed(json('examples/sandbox/zendesk-account.json'));
  return { name: 'Zendesk', url: zendesk.url, config: join(home, 'mappings.example.yml'), env: { ZENDESK_EMAIL, ZENDESK_TOKEN, ZENDESK_API_URL: zendesk.url }, log: zendesk.server.log, close: () => zendesk.close() };
}

/** Freshdesk has what its API cannot create, as the Zendesk sample account has: the agents and the languages. */
async function freshdeskTarget() {
  const sample = json('examples/sandbox/zendesk-account.json') as ZendeskAccount;
  const languages = (sample.locales?.enabled ?? []).map((l) => l.split('-')[0] as string);
  const freshdesk = await startFreshdeskSim({ apiKey: FRESHDESK_API_KEY, plan: 'enterprise', features: { multilingual: true }, languages: { primary: languages[0] ?? 'en', supported: languages.slice(1) } });
  freshdesk.seed({ agents: (sample.users ?? []).filter((u) => u.role === 'agent' || u.role === 'admin').map((u) => ({ name: u.name, email: u.email as string })) });
  const example = readFileSync(join(home, 'mappings.example.yml'), 'utf8');
  const config = join(root, 'mappings-freshdesk.yml');
  mkdirSync(root, { recursive: true });
  writeFileSync(config, example.replace(/^target:\n(?:[ \t]+.*\n)+/m, FRESHDESK_TARGET));
  return { name: 'Freshdesk', url: freshdesk.url, config, env: { FRESHDESK_API_KEY, FRESHDESK_API_URL: freshdesk.url }, log: freshdesk.server.log, close: () => freshdesk.close() };
}

let failedStep = false;
for (const mode of ['check', 'demo', 'full', 'verify']) {
  console.log(`\n== desk-migrate run --mode ${mode}`);
  const reports = `${root}/reports-${mode}`;
  const args = [join(home, 'bin/desk-migrate.js'), 'run', '--config', target.config, '--mode', mode, '--state', `${root}/state`, '--reports', reports];
  // Child process: the CLI runs as a user runs it, against the simulators this process serves.
  const run = await new Promise<number | null>((done) => {
    const child = spawnChild(args, env);
    child.on('exit', (code) => done(code));
  });
  // 3 = complete with some records failed (or, for verify, differing): the sample has invalid phones on purpose.
  if (run !== 0 && run !== 3) {
    failedStep = true;
    console.log(`desk-migrate stopped with exit code ${String(run)}; the steps after it are not run.`);
    break;
  }
  console.log(`reports: ${reports}/summary.md`);
}
// The simulators keep the real rate limits (Zendesk Suite Professional, Freshdesk Enterprise,
// Intercom's per app): say how often the CLI met one and waited, as it would against the real services.
const limited = [...intercom.server.log, ...target.log].filter((r) => r.status === 429).length;
console.log(`\nRate limits: the simulators answered ${limited} request${limited === 1 ? '' : 's'} with 429; each was waited out and retried.`);
await Promise.all([intercom.close(), target.close()]);
console.log(`\nState: ${root}/state. Run the sandbox again to start over.`);
process.exitCode = failedStep ? 1 : 0;

function spawnChild(args: string[], childEnv: NodeJS.ProcessEnv) {
  // spawn, not spawnSync: this process must keep serving the simulators while the CLI runs.
  return spawn(process.execPath, args, { stdio: 'inherit', env: childEnv });
}
