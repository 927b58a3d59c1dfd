/**
 * The run's report as HTML, for the job summary (and, with a smaller budget, the PR comment): status,
 * counts per entity, top failure reasons, collapsed per-entity failure lists, and a link to the report
 * artifact that holds every row.
 *
 * Every value comes through the `html` template, which escapes it. GitHub refuses a step summary over
 * 1 MiB, so details are added only while they fit the byte budget; when one does not, the summary says
 * that something was left out and where to find it.
 */
import type { RunSummary } from '../engine/report.js';
import { UNLISTED_REASONS } from '../engine/report.js';
import { modeWords } from '../engine/mode-words.js';
import type { Shard } from '../engine/shard.js';
import { ENTITY_ORDER } from '../model/entities.js';
import { html, lines, type SafeHtml } from './html.js';
import type { ListedRows } from './report-rows.js';

/** 1 MiB is 1,048,576 bytes; the margin leaves room for what other steps of the job append. */
export const JOB_SUMMARY_MAX_BYTES = 1_000_000;
/** Failed rows shown per entity; the artifact has them all. */
export const ROWS_PER_ENTITY = 50;

export interface SummaryView {
  summary: RunSummary;
  /** The first rows of failed.csv. */
  failed: ListedRows;
  shard?: Shard | undefined;
  /** The report artifact; `url` is missing when the server did not give an id. */
  artifact?: { name: string; url?: string | undefined } | undefined;
  /** The workflow run's page (for the PR comment, which is read outside the run). */
  runUrl?: string | undefined;
  /** Where every row is when there is no artifact (merge-reports: a later step uploads the folder). */
  folder?: string | undefined;
}

export function renderSummaryHtml(view: SummaryView, maxBytes = JOB_SUMMARY_MAX_BYTES): string {
  const essential = lines([heading(view), status(view.summary), checkFindings(view.summary), verifyResult(view.summary), countsTable(view.summary), topFailures(view.summary)]);
  const footer = artifactLink(view);
  const omitted = html`<p><em>Some details were left out to keep this report under ${Math.floor(maxBytes / 1024)} KiB; the report artifact has every row.</em></p>`;

  const parts: SafeHtml[] = [essential];
  let size = bytes(essential) + bytes(footer) + bytes(omitted) + 2;
  if (size > maxBytes) return lines([heading(view), status(view.summary), omitted]).value;
  let leftOut = false;
  for (const section of details(view)) {
    const cost = bytes(section) + 1;
    if (size + cost > maxBytes) {
      leftOut = true;
      continue;
    }
    parts.push(section);
    size += cost;
  }
  if (leftOut) parts.push(omitted);
  parts.push(footer);
  return lines(parts).value;
}

function heading({ summary, shard }: SummaryView): SafeHtml {
  const slice = shard ? ` (shard ${shard.index}/${shard.count})` : '';
  return html`<h2>desk-migrate ${summary.mode}: ${summary.source} → ${summary.target}${slice}</h2>`;
}

function status(summary: RunSummary): SafeHtml {
  const t = summary.totals;
  const w = modeWords(summary.mode).outcome;
  const counts = html`<strong>${t.migrated}</strong> ${w.migrated}, <strong>${t.failed}</strong> ${w.failed}, <strong>${t.skipped}</strong> ${w.skipped} of ${t.read} records read.`;
  const notReady = summary.check && !summary.check.ready;
  const state = summary.error
    ? html`❌ <strong>Stopped by an error:</strong> ${summary.error.slice(0, 500)}. The counts are the outcomes up to it; the checkpoint is saved, so fix it and run the workflow again to continue.`
    : notReady
      ? html`❌ <strong>Not ready</strong>: a credential or permission is missing (see below).`
      : summary.complete
        ? html`✅ <strong>${summary.check ? 'Checked.' : summary.verify ? 'Verified.' : 'Complete.'}</strong>`
        : html`⏸️ <strong>Partial</strong> (${summary.stoppedBecause ?? 'stopped early'}): the checkpoint is saved; run the workflow again to continue.`;
  return html`<p>${state} ${counts} Run <code>${summary.runId}</code>, finished ${summary.finishedAt}.</p>`;
}

/** What check found besides the per-record outcomes: access, the estimate, findings, reminders. */
function checkFindings({ check }: RunSummary): SafeHtml {
  if (!check) return html``;
  const access = check.access.map((a) => html`<tr><td>${a.side}</td><td>${a.permission}</td><td>${a.ok ? '✅' : '❌'}</td><td>${clip(a.detail, 300)}</td></tr>`);
  const findings = Object.entries(check.findings);
  return lines([
    html`<p>Source: ${check.accounts.source}. Target: ${check.accounts.target}. Estimate: <strong>${check.estimate.apiCalls} API calls, about ${check.estimate.minutes} minutes</strong> at the rate limits.</p>`,
    access.length > 0 ? lines([html`<table><thead><tr><th>Side</th><th>Permission</th><th>OK</th><th>How it was checked</th></tr></thead><tbody>`, ...access, html`</tbody></table>`]) : html``,
    findings.length > 0
      ? lines([html`<h3>Findings</h3>`, html`<table><thead><tr><th>Finding</th><th>Records</th></tr></thead><tbody>`, ...findings.map(([kind, n]) => html`<tr><td><code>${kind}</code></td><td align="right">${n}</td></tr>`), html`</tbody></table>`])
      : html``,
    check.reminders.length > 0 ? lines([html`<h3>Review before migrating</h3><ul>`, ...check.reminders.map((r) => html`<li>${r}</li>`), html`</ul>`]) : html``,
  ]);
}

function verifyResult({ verify }: RunSummary): SafeHtml {
  if (!verify) return html``;
  const fields = Object.entries(verify.mismatchedFields).sort((a, b) => b[1] - a[1]);
  return lines([
    html`<p><strong>${verify.matched} of ${verify.compared}</strong> records match field for field${verify.sampled ? ' (a seeded sample)' : ''}.</p>`,
    fields.length > 0
      ? lines([html`<table><thead><tr><th>Field</th><th>Records that differ</th></tr></thead><tbody>`, ...fields.map(([field, n]) => html`<tr><td><code>${field}</code></td><td align="right">${n}</td></tr>`), html`</tbody></table>`])
      : html``,
  ]);
}

function countsTable(summary: RunSummary): SafeHtml {
  const rows = ENTITY_ORDER.flatMap((entity) => {
    const c = summary.entities[entity];
    return c ? [html`<tr><td>${entity}</td><td align="right">${c.read}</td><td align="right">${c.migrated}</td><td align="right">${c.failed}</td><td align="right">${c.skipped}</td></tr>`] : [];
  });
  const t = summary.totals;
  const w = modeWords(summary.mode).outcome;
  return lines([
    html`<table>`,
    html`<thead><tr><th>Entity</th><th>Read</th><th>${capital(w.migrated)}</th><th>${capital(w.failed)}</th><th>${capital(w.skipped)}</th></tr></thead>`,
    html`<tbody>`,
    ...rows,
    html`<tr><td><strong>Total</strong></td><td align="right"><strong>${t.read}</strong></td><td align="right"><strong>${t.migrated}</strong></td><td align="right"><strong>${t.failed}</strong></td><td align="right"><strong>${t.skipped}</strong></td></tr>`,
    html`</tbody></table>`,
  ]);
}

function topFailures(summary: RunSummary): SafeHtml {
  if (summary.topFailures.length === 0) return html``;
  return lines([
    html`<h3>Top failure reasons</h3>`,
    html`<table><thead><tr><th>Reason</th><th>Records</th><th>Example</th></tr></thead><tbody>`,
    ...summary.topFailures.map((f) => html`<tr><td><code>${f.reason}</code></td><td align="right">${f.count}</td><td>${clip(f.example, 300)}</td></tr>`),
    html`</tbody></table>`,
  ]);
}

/** Optional sections, most useful first. */
function* details({ summary, failed }: SummaryView): Generator<SafeHtml> {
  const words = modeWords(summary.mode);
  for (const [entity, { rows, total }] of failed.byEntity) {
    const more = total > rows.length ? html`<p>… and ${total - rows.length} more in <code>${words.files.failed}</code>.</p>` : html``;
    yield lines([
      html`<details><summary>${words.failedList} ${entity} (${total})</summary>`,
      html`<table><thead><tr><th>Source id</th><th>Reason</th><th>Message</th></tr></thead><tbody>`,
      ...rows.map((r) => html`<tr><td><code>${r.sourceId}</code></td><td><code>${r.reason}</code></td><td>${r.message}</td></tr>`),
      html`</tbody></table>${more}</details>`,
    ]);
  }
  const skipped = new Map<string, number>();
  for (const counts of Object.values(summary.entities)) {
    for (const [reason, n] of Object.entries(counts.skippedBy)) skipped.set(reason, (skipped.get(reason) ?? 0) + n);
  }
  if (skipped.size > 0) {
    yield lines([
      html`<details><summary>Skipped, by reason</summary>`,
      html`<table><thead><tr><th>Reason</th><th>Records</th><th>In ${words.files.skipped}</th></tr></thead><tbody>`,
      ...[...skipped].map(([reason, n]) => html`<tr><td><code>${reason}</code></td><td align="right">${n}</td><td>${UNLISTED_REASONS.includes(reason) ? 'no (outside this run’s scope)' : 'yes'}</td></tr>`),
      html`</tbody></table></details>`,
    ]);
  }
  if (summary.notes.length > 0) {
    yield lines([html`<details><summary>Notes (${summary.notes.length})</summary><ul>`, ...summary.notes.map((n) => html`<li>${n}</li>`), html`</ul></details>`]);
  }
}

function artifactLink({ artifact, runUrl, summary, folder }: SummaryView): SafeHtml {
  const run = runUrl ? html` · <a href="${runUrl}">workflow run</a>` : html``;
  const words = modeWords(summary.mode);
  const files = [...Object.values(words.files), ...words.extraFiles, 'summary.json'].map((f) => html`<code>${f}</code>`);
  if (!artifact && folder) return html`<p>📦 Every row (${joinHtml(files)}): folder <code>${folder}</code>${run}</p>`;
  if (!artifact) return html`<p>The report artifact was not uploaded (see the step log).${run}</p>`;
  const name = artifact.url ? html`<a href="${artifact.url}">${artifact.name}</a>` : html`<code>${artifact.name}</code>`;
  return html`<p>📦 Every row (${joinHtml(files)}): artifact ${name}${run}</p>`;
}

function joinHtml(parts: SafeHtml[]): SafeHtml {
  return parts.reduce((all, part, i) => (i === 0 ? part : html`${all}, ${part}`), html``);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function bytes(fragment: SafeHtml): number {
  return Buffer.byteLength(fragment.value);
}
