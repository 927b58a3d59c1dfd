/**
 * The README's first command: a real Intercom → Zendesk migration with no credentials. It starts the
 * Intercom and Zendesk simulators on 127.0.0.1, seeded from examples/sandbox/, and runs the bundled
 * CLI with mappings.example.yml through check → demo → full → verify, printing where each report is.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startIntercomSim } from '../test/sim/intercom/index.js';
import { startZendeskSim } from '../test/sim/zendesk/index.js';

const INTERCOM_TOKEN = 'sandbox-intercom-token';
const ZENDESK_EMAIL = 'admin@sandbox.test';
const ZENDESK_TOKEN = 'sandbox-zendesk-token';
const root = '.desk-migrate/sandbox';

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
// The packed sandbox ships without specs/; the test suite runs the same simulators with the request check on.
const NO_SPEC_CHECK = { checkRequests: false } as const;
const intercom = await startIntercomSim({ token: INTERCOM_TOKEN, seed: json('examples/sandbox/intercom-workspace.json'), ...NO_SPEC_CHECK });
const zendesk = await startZendeskSim({ email: ZENDESK_EMAIL, apiToken: ZENDESK_TOKEN, jobs: { pollsBeforeComplete: 1 }, ...NO_SPEC_CHECK });
zendesk.seed(json('examples/sandbox/zendesk-account.json'));
console.log(`Intercom simulator: ${intercom.url}\nZendesk simulator:  ${zendesk.url}`);

const env = {
  ...process.env,
  INTERCOM_TOKEN,
  INTERCOM_API_URL: intercom.url,
  ZENDESK_EMAIL,
  ZENDESK_TOKEN,
  ZENDESK_API_URL: zendesk.url,
};

let failedStep = false;
for (const mode of ['check', 'demo', 'full', 'verify']) {
  console.log(`\n== desk-migrate run --mode ${mode}`);
  const reports = `${root}/reports-${mode}`;
  const args = [join(home, 'bin/desk-migrate.js'), 'run', '--config', join(home, 'mappings.example.yml'), '--mode', mode, '--state', `${root}/state`, '--reports', reports];
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
// The simulators keep the real rate limits (Zendesk Suite Professional, Intercom's per app): say how
// often the CLI met one and waited, as it would against the real services.
const limited = [...intercom.server.log, ...zendesk.server.log].filter((r) => r.status === 429).length;
console.log(`\nRate limits: the simulators answered ${limited} request${limited === 1 ? '' : 's'} with 429; each was waited out and retried.`);
await Promise.all([intercom.close(), zendesk.close()]);
console.log(`\nState: ${root}/state. Run the sandbox again to start over.`);
process.exitCode = failedStep ? 1 : 0;

function spawnChild(args: string[], childEnv: NodeJS.ProcessEnv) {
  // spawn, not spawnSync: this process must keep serving the simulators while the CLI runs.
  return spawn(process.execPath, args, { stdio: 'inherit', env: childEnv });
}
