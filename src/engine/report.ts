/**
 * The reports of a run: migrated.csv, failed.csv, skipped.csv (one row per record), summary.json
 * and summary.md. Records outside the run's scope (not in the demo sample, outside the date filters)
 * are counted but not listed, so a demo of 20 tickets does not produce a 100,000-row file; so are
 * records unchanged since an earlier run migrated them (the outcome log counts them, unless their
 * write left warnings), so a rerun does not list the whole migration again.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_ORDER, type EntityName } from '../model/entities.js';
import { REASONS } from '../model/outcomes.js';
import { csvLine } from './csv-cells.js';
import { modeWords } from './mode-words.js';
import type { OutcomeRow } from './outcome-log.js';

export const UNLISTED_REASONS: readonly string[] = [REASONS.notInSample, REASONS.filteredOut, REASONS.otherShard];

export interface EntityCounts {
  read: number;
  migrated: number;
  failed: number;
  skipped: number;
  /** Skipped rows by reason, including the unlisted ones. */
  skippedBy: Record<string, number>;
  failedBy: Record<string, number>;
}

/** What `check` found besides per-record outcomes. */
export interface CheckDetails {
  /** False when a credential or permission is missing. */
  ready: boolean;
  accounts: { source: string; target: string };
  access: { side: 'source' | 'target'; permission: string; ok: boolean; detail: string }[];
  estimate: { apiCalls: number; minutes: number };
  reminders: string[];
  /** Findings by reason or warning code: invalid_phone, dependency_failed, unassigned, default_folder, … */
  findings: Record<string, number>;
}

/** What `verify` compared. */
export interface VerifyDetails {
  /** Records compared, and how many matched field for field. */
  compared: number;
  matched: number;
  /** Fields that differ, by entity.field. */
  mismatchedFields: Record<string, number>;
  sampled: boolean;
  /**
   * Values the source has and the target does not hold although nothing said it would leave them
   * out (the target dropped them silently), by entity.field; each one is in `lost-values.csv`.
   */
  lostValues?: Record<string, number>;
  /** Values the migration left out knowingly, with a warning, by entity.field (also in `lost-values.csv`). */
  leftOutValues?: Record<string, number>;
}

export interface RunSummary {
  runId: string;
  mode: string;
  source: string;
  target: string;
  startedAt: string;
  finishedAt: string;
  /** False when the run stopped early (time budget, error) and will resume. */
  complete: boolean;
  stoppedBecause?: string;
  /** The error that stopped the run, when one did: the counts are the outcomes up to it. */
  error?: string;
  totals: Omit<EntityCounts, 'skippedBy' | 'failedBy'>;
  entities: Partial<Record<EntityName, EntityCounts>>;
  topFailures: { reason: string; count: number; example: string }[];
  apiCalls?: Record<string, number>;
  notes: string[];
  check?: CheckDetails;
  verify?: VerifyDetails;
  /** A merged report (merge-reports.ts): the job reports it was merged from. */
  parts?: MergedPart[];
}

/** One job's report in a merged report. */
export interface MergedPart {
  /** Its folder, relative to the folder it was found in (an artifact's name). */
  report: string;
  runId: string;
  complete: boolean;
  stoppedBecause?: string;
  error?: string;
}

/** What a run says about itself; the counts are computed from its outcomes. */
export type SummaryInput = Omit<RunSummary, 'totals' | 'entities' | 'topFailures' | 'notes'> & { notes?: string[] };

/** The summary input of a run that reads and reports in one go (check, verify): never partial. */
export function oneShotRun(mode: 'check' | 'verify', source: string, target: string, startedAt: string, finishedAt: string, notes: string[]): SummaryInput {
  return { runId: `${mode}-${startedAt.replace(/[-:.]/g, '')}`, mode, source, target, startedAt, finishedAt, complete: true, notes };
}

export type ReportFiles = Record<'migrated' | 'failed' | 'skipped', string>;
const RUN_FILES: ReportFiles = { migrated: 'migrated.csv', failed: 'failed.csv', skipped: 'skipped.csv' };

/**
 * Streams the run's outcomes into the three CSV files while counting them, then writes the
 * summaries. Returns the summary.
 */
export function writeReports(folder: string, rows: Iterable<OutcomeRow>, input: SummaryInput, names: ReportFiles = RUN_FILES): RunSummary {
  mkdirSync(folder, { recursive: true });
  // warning_codes: the record's warning codes, space-separated, to filter on (its messages are in `message`).
  const header = ['entity', 'source_id', 'target_id', 'reason_code', 'message', 'warning_codes'];
  const files = {
    migrated: openSync(join(folder, names.migrated), 'w'),
    failed: openSync(join(folder, names.failed), 'w'),
    skipped: openSync(join(folder, names.skipped), 'w'),
  };
  const entities: Partial<Record<EntityName, EntityCounts>> = {};
  const totals = { read: 0, migrated: 0, failed: 0, skipped: 0 };
  const failures = new Map<string, { count: number; example: string }>();
  try {
    for (const fd of Object.values(files)) writeSync(fd, csvLine(header));
    for (const row of rows) {
      const counts = (entities[row.entity] ??= { read: 0, migrated: 0, failed: 0, skipped: 0, skippedBy: {}, failedBy: {} });
      const n = row.count ?? 1;
      counts.read += n;
      counts[row.status] += n;
      totals.read += n;
      totals[row.status] += n;
      if (row.status === 'skipped' && row.reason) counts.skippedBy[row.reason] = (counts.skippedBy[row.reason] ?? 0) + n;
      if (row.status === 'failed' && row.reason) {
        counts.failedBy[row.reason] = (counts.failedBy[row.reason] ?? 0) + n;
        const f = failures.get(row.reason) ?? { count: 0, example: `${row.entity} ${row.sourceId}: ${row.message ?? ''}` };
        f.count += n;
        failures.set(row.reason, f);
      }
      if (row.count !== undefined || (row.reason && UNLISTED_REASONS.includes(row.reason))) continue;
      const codes = [...new Set((row.warnings ?? []).map((w) => w.code))].join(' ');
      writeSync(files[row.status], csvLine([row.entity, row.sourceId, row.targetId ?? '', row.reason ?? '', row.message ?? '', codes]));
    }
  } finally {
    for (const fd of Object.values(files)) closeSync(fd);
  }
  const topFailures = [...failures.entries()]
    .map(([reason, f]) => ({ reason, ...f }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 10);
  const summary: RunSummary = { ...input, notes: input.notes ?? [], totals, entities, topFailures };
  for (const key of ['stoppedBecause', 'error', 'apiCalls', 'check', 'verify', 'parts'] as const) if (summary[key] === undefined) delete summary[key];
  writeFileSync(join(folder, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  writeFileSync(join(folder, 'summary.md'), renderSummaryMarkdown(summary, names));
  return summary;
}

export function renderSummaryMarkdown(summary: RunSummary, names: ReportFiles = RUN_FILES): string {
  const lines: string[] = [];
  const state = summary.error ? 'failed' : summary.complete ? 'complete' : `partial${summary.stoppedBecause ? ` (${summary.stoppedBecause})` : ''}`;
  lines.push(`# desk-migrate ${summary.mode}: ${summary.source} → ${summary.target}`, '');
  lines.push(`Run \`${summary.runId}\`, ${state}. Started ${summary.startedAt}, finished ${summary.finishedAt}.`, '');
  if (summary.error) lines.push(`**Stopped by an error:** ${escapeCell(summary.error)}`, '', 'The counts below are the outcomes up to it; run again once it is fixed to continue from the checkpoint.', '');
  const { migrated: m, failed: f, skipped: s } = modeWords(summary.mode).outcome;
  lines.push(`**${summary.totals.migrated} ${m}, ${summary.totals.failed} ${f}, ${summary.totals.skipped} ${s}** of ${summary.totals.read} records read.`, '');
  if (summary.check) lines.push(...renderCheck(summary.check));
  if (summary.verify) lines.push(...renderVerify(summary.verify));
  lines.push(`| entity | read | ${m} | ${f} | ${s} |`, '| --- | ---: | ---: | ---: | ---: |');
  for (const entity of ENTITY_ORDER) {
    const c = summary.entities[entity];
    if (c) lines.push(`| ${entity} | ${c.read} | ${c.migrated} | ${c.failed} | ${c.skipped} |`);
  }
  lines.push('');
  if (summary.topFailures.length > 0) {
    lines.push('## Top failure reasons', '', '| reason | count | example |', '| --- | ---: | --- |');
    for (const f of summary.topFailures) lines.push(`| ${f.reason} | ${f.count} | ${escapeCell(f.example)} |`);
    lines.push('');
  }
  const skipReasons = new Map<string, number>();
  for (const c of Object.values(summary.entities)) {
    for (const [reason, n] of Object.entries(c.skippedBy)) skipReasons.set(reason, (skipReasons.get(reason) ?? 0) + n);
  }
  if (skipReasons.size > 0) {
    lines.push('## Skipped, by reason', '');
    for (const [reason, n] of skipReasons) {
      const why = UNLISTED_REASONS.includes(reason)
        ? ' (outside this run’s scope: counted, not listed in skipped.csv)'
        : reason === REASONS.alreadyMigrated
          ? ' (unchanged since an earlier run migrated them: counted; skipped.csv lists only those whose write left warnings)'
          : '';
      lines.push(`- ${reason}: ${n}${why}`);
    }
    lines.push('');
  }
  if (summary.apiCalls) {
    lines.push('## API calls', '');
    for (const [side, n] of Object.entries(summary.apiCalls)) lines.push(`- ${side}: ${n}`);
    lines.push('');
  }
  for (const note of summary.notes) lines.push(`> ${note}`, '');
  lines.push(`Per-record detail: \`${names.migrated}\`, \`${names.failed}\`, \`${names.skipped}\`.`, '');
  return lines.join('\n');
}

function renderCheck(check: CheckDetails): string[] {
  const lines = [
    check.ready ? 'Credentials and permissions: **ready**.' : 'Credentials and permissions: **not ready** (see below).',
    '',
    `Source: ${check.accounts.source}. Target: ${check.accounts.target}.`,
    '',
    `Estimate: **${check.estimate.apiCalls} API calls, about ${check.estimate.minutes} minutes** at the rate limits.`,
    '',
  ];
  if (check.access.length > 0) {
    lines.push('| side | permission | ok | how it was checked |', '| --- | --- | --- | --- |');
    for (const a of check.access) lines.push(`| ${a.side} | ${a.permission} | ${a.ok ? 'yes' : '**no**'} | ${escapeCell(a.detail)} |`);
    lines.push('');
  }
  const findings = Object.entries(check.findings);
  if (findings.length > 0) {
    lines.push('## Findings', '');
    for (const [kind, n] of findings) lines.push(`- ${kind}: ${n}`);
    lines.push('');
  }
  if (check.reminders.length > 0) {
    lines.push('## Review before migrating', '');
    for (const r of check.reminders) lines.push(`- ${r}`);
    lines.push('');
  }
  return lines;
}

function renderVerify(verify: VerifyDetails): string[] {
  const lines = [`**${verify.matched} of ${verify.compared} records match** field for field${verify.sampled ? ' (a seeded sample)' : ''}.`, ''];
  const fields = Object.entries(verify.mismatchedFields).sort((a, b) => b[1] - a[1]);
  if (fields.length > 0) {
    lines.push('| field | records that differ |', '| --- | ---: |');
    for (const [field, n] of fields) lines.push(`| ${field} | ${n} |`);
    lines.push('', 'Each difference is listed in `mismatches.csv`.', '');
  }
  const lost = Object.entries(verify.lostValues ?? {}).sort((a, b) => b[1] - a[1]);
  const leftOut = Object.entries(verify.leftOutValues ?? {}).sort((a, b) => b[1] - a[1]);
  if (lost.length > 0 || leftOut.length > 0) {
    lines.push('| value | lost by the target (silently) | left out with a warning |', '| --- | ---: | ---: |');
    for (const field of [...new Set([...lost, ...leftOut].map(([f]) => f))].sort()) {
      lines.push(`| ${field} | ${verify.lostValues?.[field] ?? 0} | ${verify.leftOutValues?.[field] ?? 0} |`);
    }
    lines.push('', 'Each value, with its record and the source value, is listed in `lost-values.csv`.', '');
  }
  return lines;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').slice(0, 200);
}
