/**
 * Child-process entry of the chaos tests: one Intercom → Zendesk run through the registry and
 * `run()`, as the CLI makes it, in a process the test can SIGKILL at any instruction. The mapping is
 * built from the environment:
 *   CHAOS_WORK          folder of the mapping file, state/ and reports/
 *   CHAOS_MODE          full | delta (default full)
 *   CHAOS_INTERCOM_URL  CHAOS_ZENDESK_URL  simulator (or proxy) base URLs
 *   CHAOS_BATCH_SIZE    options.batch_size (small batches: more commit points to be killed between)
 *   CHAOS_TARGET        zendesk | freshdesk (default zendesk); for freshdesk, CHAOS_ZENDESK_URL is the Freshdesk URL
 *   INTERCOM_TOKEN  ZD_TOKEN  FD_KEY  credentials, referenced from the mapping as ${…}
 * Prints the run summary as one JSON line on stdout; exits like the CLI (0 ok, 3 failed records, 4 partial).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/exit-codes.js';
import { run, type Mode } from '../../src/run.js';
import type { Logger } from '../../src/log/logger.js';
import { CHAOS_TUNINGS } from './tunings.js';
import { chaosMappingYaml } from './chaos-mapping.js';
import { freshdeskChaosMappingYaml, FRESHDESK_TUNING } from './freshdesk-mapping.js';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function main(): Promise<number> {
  const work = env('CHAOS_WORK');
  mkdirSync(work, { recursive: true });
  const configFile = join(work, 'migration.yml');
  const yaml = process.env['CHAOS_TARGET'] === 'freshdesk' ? freshdeskChaosMappingYaml : chaosMappingYaml;
  writeFileSync(configFile, yaml('${CHAOS_INTERCOM_URL}', '${CHAOS_ZENDESK_URL}', Number(process.env['CHAOS_BATCH_SIZE'] ?? 100)));
  const line = (level: string) => (message: string) => void process.stderr.write(`${level}${message}\n`);
  const log: Logger = { debug() {}, info: line(''), warn: line('warning: '), error: line('error: ') };
  const summary = await run({
    configFile,
    mode: (process.env['CHAOS_MODE'] ?? 'full') as Mode,
    stateDir: join(work, 'state'),
    reportsDir: join(work, 'reports'),
    log,
    env: process.env,
    tunings: { ...CHAOS_TUNINGS, freshdesk: FRESHDESK_TUNING },
  });
  process.stdout.write(`${JSON.stringify({ complete: summary.complete, totals: summary.totals })}\n`);
  if (!summary.complete) return EXIT.partial;
  return summary.totals.failed > 0 ? EXIT.failedRecords : EXIT.ok;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(EXIT.error);
  },
);
