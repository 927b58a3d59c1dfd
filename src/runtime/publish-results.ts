/**
 * What a finished (or stopped) run leaves for people and later steps: step outputs, the report
 * artifact, the job summary, the sticky PR comment, and one annotation saying what to do next.
 * None of these failing fails the step: the migration itself is done and its checkpoint saved.
 */
import * as core from '@actions/core';
import { context } from '@actions/github';
import { join } from 'node:path';
import { modeWords } from '../engine/mode-words.js';
import type { RunSummary } from '../engine/report.js';
import type { Redactor } from '../http/redact.js';
import type { ActionInputs } from './action-inputs.js';
import { renderSummaryHtml, ROWS_PER_ENTITY, type SummaryView } from './job-summary.js';
import type { Logger } from '../log/logger.js';
import { commentMarker, upsertStickyComment } from './pr-comment.js';
import { reportArtifactName, uploadReports } from './report-artifact.js';
import { readReportRows } from './report-rows.js';
import { clause, errorText } from './error-text.js';

/** Leaves room under the 65,536-character limit for the marker and GitHub's own counting. */
const COMMENT_BUDGET_BYTES = 60_000;

export async function publishResults(summary: RunSummary, inputs: ActionInputs, reportsDir: string, redactor: Redactor, log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const t = summary.totals;
  const words = modeWords(summary.mode);
  // Each mode sets its own counts (check: will-migrate, …; verify: matched, …), never another's.
  core.setOutput(words.outputs.migrated, t.migrated);
  core.setOutput(words.outputs.failed, t.failed);
  core.setOutput(words.outputs.skipped, t.skipped);
  core.setOutput('complete', summary.complete);
  if (summary.check) core.setOutput('ready', summary.check.ready);

  const artifact = await core.group('Upload the reports', () =>
    uploadReports(reportsDir, reportArtifactName(inputs.reportName, inputs.mode, inputs.shard, env.GITHUB_RUN_ATTEMPT ?? '1'), inputs.reportRetentionDays, log, env),
  );
  core.setOutput('report-artifact-id', artifact?.id ?? '');
  core.setOutput('report-artifact-url', artifact?.url ?? '');

  const failed = readReportRows(join(reportsDir, words.files.failed), ROWS_PER_ENTITY);
  for (const group of failed.byEntity.values()) {
    group.rows = group.rows.map((r) => redactor.value(r));
  }
  const runUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
  const view: SummaryView = { summary: redactor.value(summary), failed, shard: inputs.shard, artifact, runUrl };
  await writeJobSummary(redactor.text(renderSummaryHtml(view)), log);

  await commentOnPullRequest(view, inputs, redactor, log, env);

  if (!summary.complete) {
    core.notice(`Stopped early (${summary.stoppedBecause ?? 'interrupted'}) with the checkpoint saved: run the workflow again to continue where this run stopped.`, { title: 'desk-migrate: partial run' });
  }
  if (t.failed > 0) {
    const what = summary.check ? 'will fail' : summary.verify ? 'differ between source and target' : 'failed';
    core.warning(`${t.failed} records ${what}; the job summary lists the reasons and ${words.files.failed} in the report artifact has every one.`, { title: `desk-migrate ${summary.mode}: ${words.outcome.failed}` });
  }
}

/** Appends to GITHUB_STEP_SUMMARY; a missing or unwritable file is logged, never fatal. */
async function writeJobSummary(text: string, log: Logger): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log.info('No GITHUB_STEP_SUMMARY in this environment: the job summary is not written (the reports folder has summary.md).');
    return false;
  }
  try {
    await core.summary.addRaw(text, true).write();
    return true;
  } catch (error) {
    log.warn(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  } finally {
    core.summary.emptyBuffer();
  }
}

async function commentOnPullRequest(view: SummaryView, inputs: ActionInputs, redactor: Redactor, log: Logger, env: NodeJS.ProcessEnv): Promise<void> {
  const number = context.payload.pull_request?.number;
  if (!inputs.prComment) return;
  if (number === undefined) {
    log.info('Not a pull request event: no PR comment.');
    return;
  }
  if (!inputs.githubToken) {
    core.notice('No github-token: the PR comment is skipped. Pass github-token (the default is the job’s GITHUB_TOKEN).', { title: 'desk-migrate: PR comment skipped' });
    return;
  }
  try {
    const result = await upsertStickyComment({
      token: inputs.githubToken,
      apiUrl: env.GITHUB_API_URL,
      owner: context.repo.owner,
      repo: context.repo.repo,
      issueNumber: number,
      marker: commentMarker(inputs.stateKeyPrefix, inputs.shard),
      body: redactor.text(renderSummaryHtml(view, COMMENT_BUDGET_BYTES)),
    });
    if (result.status === 'skipped') core.notice(`PR comment skipped: ${clause(result.reason)}.`, { title: 'desk-migrate: PR comment skipped' });
    else log.info(`PR comment ${result.status}: ${result.url}`);
  } catch (error) {
    const where = `${env.GITHUB_API_URL ?? 'https://api.github.com'}/repos/${context.repo.owner}/${context.repo.repo}/issues/${number}/comments`;
    log.warn(`The PR comment could not be written (${where}): ${redactor.text(errorText(error))}`);
  }
}
