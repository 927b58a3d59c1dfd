/**
 * The reports of a sharded migration (a base job and every shard, each a report folder) merged into
 * one report, written by the same writer as a run's (report.ts): the same CSV columns and escaping,
 * the same summary.json and summary.md. A shard reads every ticket and skips those of other shards
 * (reason other_shard); those skips are dropped, so each record is counted once, by the job that owns
 * it. When a job was re-run, only its latest attempt is merged (`latestAttempts`).
 *
 * Each report's rows are checked against its own summary.json before anything is written: a file from
 * another run, or one cut short, is named in the error instead of silently changing the totals.
 */
import { join } from 'node:path';
import { ENTITY_ORDER, type EntityName } from '../model/entities.js';
import { REASONS } from '../model/outcomes.js';
import type { OutcomeRow } from './outcome-log.js';
import { UNLISTED_REASONS, writeReports, type MergedPart, type ReportFiles, type RunSummary, type SummaryInput } from './report.js';

/** One job's report, as read back from its folder. */
export interface ReportPart {
  /** How the merged report names it: the folder, relative to the folder it was found in. */
  name: string;
  folder: string;
  summary: RunSummary;
  /** The per-record files it was read from (for messages). */
  files: ReportFiles;
  /** Every row of its CSV files, in file order. */
  rows: OutcomeRow[];
}

/** A report that cannot be merged: the message names the folder or file and what is wrong. */
export class MergeError extends Error {
  override name = 'MergeError';
}

/** Counted in a summary but never listed in the CSVs, so the difference is expected (report.ts). */
const COUNTED_NOT_LISTED: readonly string[] = [...UNLISTED_REASONS, REASONS.alreadyMigrated];

/** One report per job: of `name-attempt-1` and `name-attempt-2`, the second. Sorted by name. */
export function latestAttempts<T extends { name: string }>(reports: readonly T[]): T[] {
  const byJob = new Map<string, { report: T; attempt: number }>();
  for (const report of reports) {
    const match = /^(.*)-attempt-(\d+)$/.exec(report.name);
    const job = match?.[1] ?? report.name;
    const attempt = match ? Number(match[2]) : 0;
    const kept = byJob.get(job);
    if (!kept || attempt > kept.attempt) byJob.set(job, { report, attempt });
  }
  return [...byJob.values()].map((k) => k.report).sort((a, b) => a.name.localeCompare(b.name));
}

/** Writes the merged report of `parts` into `out` and returns its summary. */
export function mergeReports(out: string, parts: readonly ReportPart[]): RunSummary {
  const first = parts[0];
  if (!first) throw new MergeError('no report to merge');
  for (const key of ['mode', 'source', 'target'] as const) {
    const other = parts.find((p) => p.summary[key] !== first.summary[key]);
    if (other) {
      throw new MergeError(
        `${join(other.folder, 'summary.json')} is a ${key} ${other.summary[key]} report, ${join(first.folder, 'summary.json')} a ${key} ${first.summary[key]} one: merge the reports of one migration`,
      );
    }
  }
  const remainders = parts.map(countedNotListed);
  function* rows(): Generator<OutcomeRow> {
    for (const part of parts) for (const row of part.rows) if (row.reason !== REASONS.otherShard) yield row;
    for (const remainder of remainders) yield* remainder;
  }
  return writeReports(out, rows(), mergedInput(parts), first.files);
}

/**
 * The rows a part's summary counts but its CSVs do not list (outside the run's scope, unchanged since
 * an earlier run), as count rows; every other count must match the rows exactly.
 */
function countedNotListed(part: ReportPart): OutcomeRow[] {
  const listed = new Map<string, number>();
  for (const row of part.rows) {
    const key = keyOf(row.entity, row.status, row.reason ?? '');
    listed.set(key, (listed.get(key) ?? 0) + 1);
  }
  const counted = new Map<string, number>();
  for (const entity of ENTITY_ORDER) {
    const c = part.summary.entities[entity];
    if (!c) continue;
    counted.set(keyOf(entity, 'migrated', ''), c.migrated);
    for (const status of ['failed', 'skipped'] as const) {
      const byReason = status === 'failed' ? c.failedBy : c.skippedBy;
      let withReason = 0;
      for (const [reason, n] of Object.entries(byReason)) {
        counted.set(keyOf(entity, status, reason), n);
        withReason += n;
      }
      if (c[status] !== withReason) counted.set(keyOf(entity, status, ''), c[status] - withReason);
    }
  }
  const counts: OutcomeRow[] = [];
  for (const key of new Set([...counted.keys(), ...listed.keys()])) {
    const [entity, status, reason] = key.split('\t') as [EntityName, OutcomeRow['status'], string];
    const inSummary = counted.get(key) ?? 0;
    const inFile = listed.get(key) ?? 0;
    if (inSummary === inFile) continue;
    if (inSummary > inFile && status === 'skipped' && COUNTED_NOT_LISTED.includes(reason)) {
      if (reason !== REASONS.otherShard) counts.push({ entity, sourceId: '', status, reason, count: inSummary - inFile });
      continue;
    }
    const what = `${status} ${entity}${reason ? ` (${reason})` : ''}`;
    throw new MergeError(
      `${join(part.folder, part.files[status])} lists ${inFile} ${what}, but ${join(part.folder, 'summary.json')} counts ${inSummary}: ` +
        `the files are not one run's report (${inFile < inSummary ? 'missing or cut short?' : 'from another run?'}); download the artifact again`,
    );
  }
  return counts;
}

function keyOf(entity: string, status: string, reason: string): string {
  return `${entity}\t${status}\t${reason}`;
}

/** What the merged report says about itself; its counts come from the rows. */
function mergedInput(parts: readonly ReportPart[]): SummaryInput {
  const summaries = parts.map((p) => p.summary);
  const startedAt = summaries.map((s) => s.startedAt).sort()[0] ?? '';
  const finishedAt = summaries.map((s) => s.finishedAt).sort().at(-1) ?? '';
  const stopped = parts.filter((p) => !p.summary.complete);
  const failed = parts.filter((p) => p.summary.error);
  const merged: MergedPart[] = parts.map(({ name, summary: s }) => ({
    report: name,
    runId: s.runId,
    complete: s.complete,
    ...(s.stoppedBecause ? { stoppedBecause: s.stoppedBecause } : {}),
    ...(s.error ? { error: s.error } : {}),
  }));
  const apiCalls: Record<string, number> = {};
  for (const s of summaries) for (const [side, n] of Object.entries(s.apiCalls ?? {})) apiCalls[side] = (apiCalls[side] ?? 0) + n;
  const state = (p: MergedPart) => (p.complete ? 'complete' : `partial: ${p.error ?? p.stoppedBecause ?? 'stopped early'}`);
  const notes = [`Merged ${parts.length} reports: ${merged.map((p) => `${p.report} (run ${p.runId}, ${state(p)})`).join('; ')}.`];
  for (const s of summaries) for (const note of s.notes ?? []) if (!notes.includes(note)) notes.push(note);
  const first = summaries[0] as RunSummary;
  return {
    runId: `merged-${finishedAt.replace(/[-:.]/g, '')}`,
    mode: first.mode,
    source: first.source,
    target: first.target,
    startedAt,
    finishedAt,
    complete: stopped.length === 0,
    ...(stopped.length > 0 ? { stoppedBecause: stopped.map((p) => `${p.name}: ${p.summary.stoppedBecause ?? (p.summary.error ? 'error' : 'stopped early')}`).join('; ') } : {}),
    ...(failed.length > 0 ? { error: failed.map((p) => `${p.name}: ${p.summary.error}`).join('; ') } : {}),
    ...(Object.keys(apiCalls).length > 0 ? { apiCalls } : {}),
    notes,
    parts: merged,
  };
}
