#!/usr/bin/env node
// Merges the report folders of a sharded migration (the base job and every shard) into one:
// migrated.csv, failed.csv, skipped.csv, summary.json and summary.md, and prints summary.md (for
// `>> $GITHUB_STEP_SUMMARY`). Plain Node, no dependencies: the final job of a workflow runs it after
// actions/download-artifact.
//
//   node scripts/merge-reports.mjs <downloaded-artifacts-dir> <merged-dir>
//
// Every folder below <downloaded-artifacts-dir> holding a summary.json is one report. A shard reads
// every ticket and skips those of other shards (reason other_shard); those skips are not counted in the
// merge, so each record is counted once, by the job that owns it. When a job was re-run, the run holds
// one artifact per attempt (…-attempt-1, …-attempt-2): only the latest attempt of each job is merged.
// With GITHUB_OUTPUT set, it also writes the output complete=true|false.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const OTHER_SHARD = 'other_shard';
const STATUSES = ['migrated', 'failed', 'skipped'];
const ENTITY_ORDER = ['agents', 'teams', 'fields', 'companies', 'contacts', 'tags', 'tickets', 'kb_categories', 'kb_folders', 'articles'];

/** @returns {string[]} folders holding a summary.json, sorted */
export function findReports(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'summary.json')
    .map((e) => e.parentPath)
    .sort();
}

/** One report per job: of `name-attempt-1` and `name-attempt-2`, the second. */
export function latestAttempts(reports) {
  const byJob = new Map();
  for (const report of reports) {
    const match = /^(.*)-attempt-(\d+)$/.exec(report.name);
    const job = match ? match[1] : report.name;
    const attempt = match ? Number(match[2]) : 0;
    const kept = byJob.get(job);
    if (!kept || attempt > kept.attempt) byJob.set(job, { ...report, attempt });
  }
  return [...byJob.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function mergeSummaries(parts) {
  const entities = {};
  const totals = { read: 0, migrated: 0, failed: 0, skipped: 0 };
  const failures = new Map();
  for (const { summary } of parts) {
    for (const [entity, c] of Object.entries(summary.entities ?? {})) {
      const notOurs = c.skippedBy?.[OTHER_SHARD] ?? 0;
      const m = (entities[entity] ??= { read: 0, migrated: 0, failed: 0, skipped: 0, skippedBy: {}, failedBy: {} });
      m.read += c.read - notOurs;
      m.migrated += c.migrated;
      m.failed += c.failed;
      m.skipped += c.skipped - notOurs;
      for (const [reason, n] of Object.entries(c.skippedBy ?? {})) if (reason !== OTHER_SHARD) m.skippedBy[reason] = (m.skippedBy[reason] ?? 0) + n;
      for (const [reason, n] of Object.entries(c.failedBy ?? {})) m.failedBy[reason] = (m.failedBy[reason] ?? 0) + n;
      totals.read += c.read - notOurs;
      totals.migrated += c.migrated;
      totals.failed += c.failed;
      totals.skipped += c.skipped - notOurs;
    }
    for (const f of summary.topFailures ?? []) {
      const known = failures.get(f.reason) ?? { reason: f.reason, count: 0, example: f.example };
      known.count += f.count;
      failures.set(f.reason, known);
    }
  }
  const first = parts[0]?.summary ?? {};
  return {
    mode: first.mode,
    source: first.source,
    target: first.target,
    complete: parts.every((p) => p.summary.complete),
    parts: parts.map((p) => ({ report: p.name, runId: p.summary.runId, complete: p.summary.complete, ...(p.summary.stoppedBecause ? { stoppedBecause: p.summary.stoppedBecause } : {}) })),
    totals,
    entities,
    topFailures: [...failures.values()].sort((a, b) => b.count - a.count).slice(0, 10),
  };
}

/** One CSV with one header: a report CSV's first line is its header, records never span it. */
export function concatCsv(files) {
  let header;
  const bodies = [];
  for (const file of files) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n') + 1;
    header ??= text.slice(0, end);
    bodies.push(text.slice(end));
  }
  return (header ?? 'entity,source_id,target_id,reason_code,message,warning_codes\n') + bodies.join('');
}

const escapeHtml = (s) => String(s).replace(/[&<>"'|]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '|': '&#124;' })[c]);
const cell = (s, max = 200) => {
  const line = String(s).replace(/\s+/g, ' ').trim();
  return escapeHtml(line.length > max ? `${line.slice(0, max - 1)}…` : line);
};

export function renderMarkdown(merged) {
  const t = merged.totals;
  const lines = [];
  lines.push(`## desk-migrate ${cell(merged.mode)}: ${cell(merged.source)} → ${cell(merged.target)}, ${merged.parts.length} jobs merged`, '');
  const incomplete = merged.parts.filter((p) => !p.complete);
  lines.push(
    merged.complete
      ? `✅ **Complete.** **${t.migrated}** migrated, **${t.failed}** failed, **${t.skipped}** skipped of ${t.read} records.`
      : `⏸️ **Partial**: ${incomplete.map((p) => cell(p.report)).join(', ')} stopped early; run the workflow again to continue. **${t.migrated}** migrated, **${t.failed}** failed, **${t.skipped}** skipped of ${t.read} records so far.`,
    '',
  );
  lines.push('| entity | read | migrated | failed | skipped |', '| --- | ---: | ---: | ---: | ---: |');
  const names = [...ENTITY_ORDER.filter((e) => merged.entities[e]), ...Object.keys(merged.entities).filter((e) => !ENTITY_ORDER.includes(e))];
  for (const e of names) {
    const c = merged.entities[e];
    lines.push(`| ${cell(e)} | ${c.read} | ${c.migrated} | ${c.failed} | ${c.skipped} |`);
  }
  lines.push(`| **total** | **${t.read}** | **${t.migrated}** | **${t.failed}** | **${t.skipped}** |`, '');
  if (merged.topFailures.length > 0) {
    lines.push('### Top failure reasons', '', '| reason | records | example |', '| --- | ---: | --- |');
    for (const f of merged.topFailures) lines.push(`| \`${cell(f.reason, 60)}\` | ${f.count} | ${cell(f.example)} |`);
    lines.push('');
  }
  lines.push('<details><summary>Jobs merged</summary>', '', '| report | run | state |', '| --- | --- | --- |');
  for (const p of merged.parts) lines.push(`| ${cell(p.report)} | \`${cell(p.runId)}\` | ${p.complete ? 'complete' : `partial (${cell(p.stoppedBecause ?? 'stopped early')})`} |`);
  lines.push('', '</details>', '', 'Every row: `migrated.csv`, `failed.csv`, `skipped.csv` in the merged report.', '');
  return lines.join('\n');
}

export function mergeReports(root, out) {
  const found = findReports(root);
  if (found.length === 0) throw new Error(`no summary.json below ${root}: download the report artifacts there first`);
  const folders = latestAttempts(found.map((folder) => ({ folder, name: relative(root, folder) || '.' })));
  const parts = folders.map(({ folder, name }) => ({ folder, name, summary: JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')) }));
  const merged = mergeSummaries(parts);
  mkdirSync(out, { recursive: true });
  for (const status of STATUSES) writeFileSync(join(out, `${status}.csv`), concatCsv(folders.map(({ folder }) => join(folder, `${status}.csv`))));
  writeFileSync(join(out, 'summary.json'), JSON.stringify(merged, null, 2) + '\n');
  const markdown = renderMarkdown(merged);
  writeFileSync(join(out, 'summary.md'), markdown);
  return { merged, markdown };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, out] = process.argv.slice(2);
  if (!root || !out) {
    process.stderr.write('usage: node scripts/merge-reports.mjs <downloaded-artifacts-dir> <merged-dir>\n');
    process.exit(2);
  }
  mkdirSync(dirname(out), { recursive: true });
  const { merged, markdown } = mergeReports(root, out);
  process.stdout.write(markdown);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `complete=${merged.complete}\n`);
  if (!merged.complete) process.stderr.write('Some jobs stopped early: run the workflow again to continue.\n');
}
