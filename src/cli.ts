/** CLI entry: `desk-migrate run --config migration.yml --mode demo|full`, `desk-migrate merge-reports --out DIR REPORTS…`. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mappingJsonSchema } from './config/json-schema.js';
import { loadMappingFile } from './config/load-mapping.js';
import { MappingError } from './config/mapping-error.js';
import { EXIT } from './exit-codes.js';
import { summaryOf } from './engine/failure-summary.js';
import { StateFolderError, StateLockedError } from './engine/state-errors.js';
import { runIn } from './run.js';
import { parseRunOptions, type RunOptionsText } from './run-options.js';
import { terminalLogger } from './runtime/local.js';
import { Redactor } from './http/redact.js';
import { FolderRuntime } from './runtime/folder-runtime.js';
import { TerminalProgress } from './runtime/terminal-progress.js';
import { validateOffline } from './runtime/offline-validation.js';
import { countsText, modeWords } from './engine/mode-words.js';
import { MergeError } from './engine/merge-reports.js';
import { mergeReportFolders } from './merge-command.js';
import { ReportFolderError } from './runtime/report-folder.js';
import { VERSION } from './version.js';

const USAGE = `Usage:
  desk-migrate run --config FILE --mode check|demo|full|delta|verify [--state DIR] [--reports DIR] [--time-budget MINUTES]
  desk-migrate validate --config FILE [--offline]
  desk-migrate schema                    print the mapping file's JSON Schema
  desk-migrate merge-reports --out DIR REPORTS...
                                         merge the reports of a sharded migration into DIR (each REPORTS a report
                                         folder, or a folder of them, e.g. the downloaded artifacts)
  desk-migrate sandbox                   Intercom → Zendesk on local simulators: check, demo, full, verify (no credentials)
  desk-migrate --version

Options:
  --config FILE          mapping file (migration.yml)
  --mode MODE            check: no writes, what would happen; demo: a small reproducible sample;
                         full: everything (resumes after an interruption); delta: only what changed since the last run;
                         verify: read the target back and compare it with the source
  --sample N             verify: compare N records per entity (a seeded sample) instead of all
  --state DIR            checkpoint folder (default .desk-migrate/state, from the current folder)
  --reports DIR          reports folder (default .desk-migrate/reports)
  --time-budget MINUTES  stop cleanly after this long, checkpoint saved; run again to continue
  --shard I/N            migrate only slice I of N of tickets and articles (the rest must be migrated first)
  --offline              validate: without the secrets set (a fork's pull request); \${NAME} references may be unset
  --out DIR              merge-reports: the folder to write the merged report to; in a GitHub Actions job the
                         merged job summary and the output complete=true|false are written too
  --debug                more logs
  --version              print the version

Exit codes: 0 complete, 1 unexpected error, 2 bad command line, mapping file or (check) missing permission,
            3 complete with failed records (check: records will fail), 4 stopped early (run again to continue),
            5 the state folder is in use by another run (nothing was done).
            merge-reports: 0 once the merged report is written (complete or not: see its summary),
            2 when a folder or a report in it cannot be read (nothing was written).`;

/** The flag each run option is read from. */
const CLI_FLAG: Record<keyof RunOptionsText, string> = { mode: 'mode', timeBudget: 'time-budget', shard: 'shard', sample: 'sample' };

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  mode: { type: 'string', short: 'm' },
  state: { type: 'string' },
  reports: { type: 'string' },
  'time-budget': { type: 'string' },
  shard: { type: 'string' },
  sample: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  offline: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  version: { type: 'boolean', short: 'V' },
} as const;

/**
 * Every option takes one value: given twice (`--config a.yml … --config b.yml`, often a script that
 * appends its own), the last would silently win. Say which, and what was given.
 */
function repeatedOption(tokens: ReturnType<typeof parseArgs>['tokens']): string | undefined {
  const seen = new Map<string, string[]>();
  for (const token of tokens ?? []) {
    if (token.kind !== 'option') continue;
    const given = seen.get(token.name) ?? [];
    given.push(token.value ?? token.rawName);
    seen.set(token.name, given);
  }
  for (const [name, given] of seen) {
    if (given.length < 2) continue;
    const values = OPTIONS[name as keyof typeof OPTIONS].type === 'string' ? ` (${given.map((v) => `"${v}"`).join(', ')})` : '';
    return `--${name} is given ${given.length} times${values}; give it once`;
  }
  return undefined;
}

export async function main(argv: string[]): Promise<number> {
  // Secrets arrive in several calls (the mapping's values, then credentials a platform derives): keep them all.
  const known = new Set<string>();
  let redactor = new Redactor();
  const addSecrets = (secrets: readonly string[]) => {
    for (const secret of secrets) known.add(secret);
    redactor = new Redactor([...known]);
  };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, tokens: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const repeated = repeatedOption(parsed.tokens);
  if (repeated) return usageError(repeated);
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.version) {
    process.stdout.write(`desk-migrate ${VERSION}\n`);
    return EXIT.ok;
  }
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (command === 'schema') {
    process.stdout.write(`${JSON.stringify(mappingJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  if (command === 'merge-reports') return mergeCommand(values.out, positionals.slice(1));
  if (values.out) return usageError('--out DIR is for merge-reports; run writes its reports to --reports DIR');
  const log = terminalLogger(() => redactor, process.stderr, values.debug ?? false);
  if (!values.config) return usageError('--config FILE is required: the path of your mapping file (see mappings.example.yml)');

  if (command === 'validate' && values.offline) {
    try {
      const { source, target, unresolved } = await validateOffline(values.config);
      const unset = unresolved.length > 0 ? `; not checked, unset: ${unresolved.map((u) => `\${${u.name}} (line ${u.line})`).join(', ')}` : '';
      process.stdout.write(`${values.config}: valid offline (${source} → ${target})${unset}\n`);
      return EXIT.ok;
    } catch (error) {
      return reportError(error);
    }
  }
  if (command === 'validate') {
    try {
      const loaded = await loadMappingFile(values.config, process.env, { onSecrets: addSecrets });
      process.stdout.write(`${values.config}: valid (${String(loaded.mapping.source.platform)} → ${String(loaded.mapping.target.platform)})\n`);
      return EXIT.ok;
    } catch (error) {
      return reportError(error);
    }
  }
  if (command !== 'run') return usageError(`unknown command "${command}"; use run, validate or merge-reports`);
  const runOptions = parseRunOptions(
    { mode: values.mode, timeBudget: values['time-budget'], shard: values.shard, sample: values.sample },
    (option) => `--${CLI_FLAG[option]}`,
  );
  if ('problems' in runOptions) return usageError(runOptions.problems.join('\nerror: '));
  const { mode, timeBudgetMs, shard, sample } = runOptions.options;

  const stateDir = resolve(values.state ?? '.desk-migrate/state');
  const reportsDir = resolve(values.reports ?? '.desk-migrate/reports');
  const runtime = new FolderRuntime({
    stateDir,
    reportsDir,
    log,
    names: { state: '--state', reports: '--reports' },
    onSecrets: addSecrets,
    progress: (runMode) => new TerminalProgress(process.stderr, Boolean(process.stderr.isTTY), 5000, Date.now, modeWords(runMode)),
    stop: 'process',
  });
  try {
    const summary = await runIn(runtime, {
      configFile: values.config,
      mode,
      ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
      ...(shard ? { shard } : {}),
      ...(sample !== undefined ? { sample } : {}),
    });
    const t = summary.totals;
    if (summary.check) {
      const c = summary.check;
      process.stdout.write(
        redactor.text(
          `check: ${c.ready ? 'ready' : 'NOT READY (a host cannot be reached, or a credential or permission is missing: see the errors above)'}; ${t.migrated} will migrate, ${t.failed} will fail, ${t.skipped} will be skipped of ${t.read} read; about ${c.estimate.apiCalls} API calls, ${c.estimate.minutes} min.\nReports: ${reportsDir}\n`,
        ),
      );
      if (!c.ready) return EXIT.usage;
      return t.failed > 0 ? EXIT.failedRecords : EXIT.ok;
    }
    if (summary.verify) {
      const v = summary.verify;
      process.stdout.write(redactor.text(`verify: ${v.matched} of ${v.compared} records match${v.sampled ? ' (sample)' : ''}; ${v.compared - v.matched} differ (mismatches.csv).\nReports: ${reportsDir}\n`));
      return v.matched === v.compared ? EXIT.ok : EXIT.failedRecords;
    }
    process.stdout.write(
      redactor.text(
        `${summary.mode} ${summary.complete ? 'complete' : 'stopped early'}: ${t.migrated} migrated, ${t.failed} failed, ${t.skipped} skipped of ${t.read} read.\nReports: ${reportsDir}\n`,
      ),
    );
    if (!summary.complete) return EXIT.partial;
    return t.failed > 0 ? EXIT.failedRecords : EXIT.ok;
  } catch (error) {
    const code = reportError(error);
    if (summaryOf(error)) process.stderr.write(`Reports (with this error): ${reportsDir}\n`);
    return code;
  }

  function mergeCommand(out: string | undefined, reports: string[]): number {
    if (!out) return usageError('--out DIR is required: the folder to write the merged report to (desk-migrate merge-reports --out merged reports)');
    if (reports.length === 0) return usageError('give the report folders to merge after --out DIR: each a report folder (with its summary.json) or a folder of them');
    try {
      const { summary, reports: merged } = mergeReportFolders(out, reports);
      const words = modeWords(summary.mode);
      process.stdout.write(
        `${summary.mode} ${summary.complete ? 'complete' : 'stopped early'}: ${countsText(words, summary.totals)} of ${summary.totals.read} read; ${merged} reports merged.\nReports: ${resolve(out)}\n`,
      );
      if (!summary.complete) process.stderr.write(`Some jobs stopped early (${summary.stoppedBecause ?? ''}): re-run them to continue from their checkpoints, then merge again.\n`);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof ReportFolderError || error instanceof MergeError) return usageError(error.message);
      return reportError(error);
    }
  }

  function usageError(message: string): number {
    process.stderr.write(`error: ${message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }

  function reportError(error: unknown): number {
    if (error instanceof MappingError) {
      process.stderr.write(`${redactor.text(error.message)}\n`);
      return EXIT.usage;
    }
    if (error instanceof StateFolderError) {
      process.stderr.write(`error: ${redactor.text(error.message)}\n`);
      return error instanceof StateLockedError ? EXIT.locked : EXIT.usage;
    }
    const message = error instanceof Error ? (values.debug ? (error.stack ?? error.message) : error.message) : String(error);
    process.stderr.write(`error: ${redactor.text(message)}\n`);
    return EXIT.error;
  }
}
