/**
 * `desk-migrate merge-reports --out DIR REPORTS…`: the reports of a sharded migration (the base job's
 * and every shard's, as actions/download-artifact leaves them) read back, merged by the engine and
 * written to DIR. In a GitHub Actions job it also appends the merged job summary (the Action's own
 * renderer: every value escaped, within GitHub's size limit) and sets the step output `complete`.
 */
import { appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { latestAttempts, mergeReports } from './engine/merge-reports.js';
import { modeWords } from './engine/mode-words.js';
import type { RunSummary } from './engine/report.js';
import { renderSummaryHtml, ROWS_PER_ENTITY } from './runtime/job-summary.js';
import { findReportFolders, readReportFolder, ReportFolderError } from './runtime/report-folder.js';
import { readReportRows } from './runtime/report-rows.js';

export interface Merged {
  summary: RunSummary;
  /** How many reports were merged (the latest attempt of each job). */
  reports: number;
}

export function mergeReportFolders(out: string, dirs: readonly string[], env: NodeJS.ProcessEnv = process.env): Merged {
  const found = findReportFolders(dirs);
  const inside = found.find((f) => resolve(f.folder) === resolve(out));
  if (inside) throw new ReportFolderError(`--out ${out} is one of the reports to merge (found in ${dirs.join(', ')}); write the merged report to another folder`);
  const parts = latestAttempts(found).map(({ name, folder }) => readReportFolder(name, folder));
  const summary = mergeReports(out, parts);
  if (env.GITHUB_STEP_SUMMARY) {
    const failed = readReportRows(join(out, modeWords(summary.mode).files.failed), ROWS_PER_ENTITY);
    appendFileSync(env.GITHUB_STEP_SUMMARY, `${renderSummaryHtml({ summary, failed, folder: out })}\n`);
  }
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `complete=${summary.complete}\n`);
  return { summary, reports: parts.length };
}
