/**
 * A run's report folder read back whole, for `desk-migrate merge-reports`: summary.json, checked
 * field by field, and every row of its CSV files (engine/report.ts's contract: the header
 * `entity,source_id,target_id,reason_code,message,warning_codes`, RFC 4180, formula-like cells
 * escaped with a leading quote, undone here). A file that is not what the writer writes is an error
 * naming it, never a guess.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { z } from 'zod';
import type { ReportPart } from '../engine/merge-reports.js';
import { modeWords } from '../engine/mode-words.js';
import type { OutcomeRow } from '../engine/outcome-log.js';
import type { ReportFiles, RunSummary } from '../engine/report.js';
import { unescapeCell } from '../engine/csv-cells.js';
import { ENTITY_ORDER, isEntityName } from '../model/entities.js';
import type { Warning } from '../model/outcomes.js';
import { parseCsv } from './report-rows.js';

export const REPORT_HEADER = ['entity', 'source_id', 'target_id', 'reason_code', 'message', 'warning_codes'] as const;

/** A report folder (or the folder given to find them in) that cannot be read: the message names it. */
export class ReportFolderError extends Error {
  override name = 'ReportFolderError';
}

const count = z.number().int().nonnegative();
const entityCounts = z.object({ read: count, migrated: count, failed: count, skipped: count, skippedBy: z.record(z.string(), count), failedBy: z.record(z.string(), count) });
const summarySchema = z.looseObject({
  runId: z.string(),
  mode: z.string(),
  source: z.string(),
  target: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  complete: z.boolean(),
  stoppedBecause: z.string().optional(),
  error: z.string().optional(),
  totals: z.object({ read: count, migrated: count, failed: count, skipped: count }),
  entities: z.partialRecord(z.enum(ENTITY_ORDER), entityCounts),
  topFailures: z.array(z.object({ reason: z.string(), count, example: z.string() })),
  apiCalls: z.record(z.string(), count).optional(),
  notes: z.array(z.string()).default([]),
});

/**
 * The report folders given: each folder that holds a summary.json is one; a folder that does not is
 * searched for them (a folder of downloaded artifacts, one folder each). Named by their path below
 * the folder given, or by their own name when given directly.
 */
export function findReportFolders(dirs: readonly string[]): { name: string; folder: string }[] {
  const found: { name: string; folder: string }[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) throw new ReportFolderError(`${dir}: no such folder; give the folders the report artifacts were downloaded to`);
    if (!statSync(dir).isDirectory()) throw new ReportFolderError(`${dir}: not a folder; give report folders (each with a summary.json), or a folder holding them`);
    if (existsSync(join(dir, 'summary.json'))) {
      found.push({ name: basename(dir), folder: dir });
      continue;
    }
    const below = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name === 'summary.json')
      .map((e) => e.parentPath)
      .sort();
    if (below.length === 0) throw new ReportFolderError(`${dir}: no summary.json in it or below it; download the report artifacts there first (actions/download-artifact)`);
    for (const folder of below) found.push({ name: relative(dir, folder), folder });
  }
  return found;
}

/** One report folder: its summary and every row of its three CSV files. */
export function readReportFolder(name: string, folder: string): ReportPart {
  const summary = readSummary(join(folder, 'summary.json'));
  const files: ReportFiles = modeWords(summary.mode).files;
  const rows: OutcomeRow[] = [];
  for (const status of ['migrated', 'failed', 'skipped'] as const) rows.push(...readRows(join(folder, files[status]), status));
  return { name, folder, summary, files, rows };
}

function readSummary(file: string): RunSummary {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ReportFolderError(`${file}: not JSON (${(error as Error).message}); download the artifact again`);
  }
  const parsed = summarySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the file';
    throw new ReportFolderError(`${file}: not a desk-migrate summary (${where}: ${issue?.message ?? 'invalid'}); give the report folders desk-migrate wrote`);
  }
  return parsed.data as RunSummary;
}

/** A missing file has no rows (the summary's counts then say whether it should have had some). */
function readRows(file: string, status: OutcomeRow['status']): OutcomeRow[] {
  if (!existsSync(file)) return [];
  let records: string[][];
  try {
    records = parseCsv(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ReportFolderError(`${file}: not a report CSV (${(error as Error).message})`);
  }
  const [header, ...body] = records;
  if (!header || header.join(',') !== REPORT_HEADER.join(',')) {
    throw new ReportFolderError(`${file}: the first line is "${(header ?? []).join(',')}", not the report header "${REPORT_HEADER.join(',')}"`);
  }
  return body.map((fields, i) => {
    if (fields.length !== REPORT_HEADER.length) throw new ReportFolderError(`${file}, row ${i + 1}: ${fields.length} fields, not ${REPORT_HEADER.length}`);
    const [entity, sourceId, targetId, reason, message, codes] = fields.map(unescapeCell) as [string, string, string, string, string, string];
    if (!isEntityName(entity)) throw new ReportFolderError(`${file}, row ${i + 1}: "${entity}" is not an entity (${ENTITY_ORDER.join(', ')})`);
    const warnings: Warning[] = codes ? codes.split(' ').map((code) => ({ code, message: '' })) : [];
    return {
      entity,
      sourceId,
      status,
      ...(targetId ? { targetId } : {}),
      ...(reason ? { reason } : {}),
      ...(message ? { message } : {}),
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  });
}
