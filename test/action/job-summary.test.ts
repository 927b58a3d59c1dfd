import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/engine/report.js';
import { inlineText } from '../../src/runtime/html.js';
import { JOB_SUMMARY_MAX_BYTES, renderSummaryHtml, ROWS_PER_ENTITY, type SummaryView } from '../../src/runtime/job-summary.js';
import type { ListedRows, ReportRow } from '../../src/runtime/report-rows.js';

const EVIL = '<img src=x onerror=alert(1)> & "quoted" \'single\'';

function summary(overrides: Partial<RunSummary> = {}): RunSummary {
  return {
    runId: `run-${EVIL}`,
    mode: 'demo',
    source: 'archive',
    target: 'zendesk',
    startedAt: '2026-11-01T10:00:00.000Z',
    finishedAt: '2026-11-01T10:05:00.000Z',
    complete: true,
    totals: { read: 10, migrated: 7, failed: 2, skipped: 1 },
    entities: {
      contacts: { read: 10, migrated: 7, failed: 2, skipped: 1, skippedBy: { [`odd_${EVIL}`]: 1 }, failedBy: { invalid_phone: 2 } },
    },
    topFailures: [{ reason: `invalid_phone${EVIL}`, count: 2, example: `contacts c7: ${EVIL}` }],
    notes: [`note ${EVIL}`],
    ...overrides,
  };
}

function failedRows(entity: string, count: number, message = EVIL): ListedRows {
  const rows: ReportRow[] = [];
  for (let i = 0; i < Math.min(count, ROWS_PER_ENTITY); i++) rows.push({ entity, sourceId: `c${i}${EVIL}`, targetId: '', reason: 'invalid_phone', message });
  return { byEntity: new Map([[entity, { rows, total: count }]]) };
}

const view = (overrides: Partial<SummaryView> = {}): SummaryView => ({
  summary: summary(),
  failed: failedRows('contacts', 2),
  artifact: { name: `report-${EVIL}`, url: 'https://github.com/o/r/actions/runs/1/artifacts/2?a=1&b=2' },
  ...overrides,
});

/** Text outside tags must hold no raw `<`, `>` or unescaped `&` (or the planted markup got through). */
function plantedMarkupGotThrough(html: string): boolean {
  return /<img|onerror=alert\(1\)>|& "quoted"|"quoted"/.test(html);
}

describe('job summary HTML', () => {
  it('escapes every value that comes from the data, the run or the inputs', () => {
    const html = renderSummaryHtml(view());
    expect(plantedMarkupGotThrough(html)).toBe(false);
    const escaped = '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;';
    // In the run id, top failure reason and example, failed rows (id and message), skip reason, note, artifact name.
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(9);
    expect(html).toContain('<a href="https://github.com/o/r/actions/runs/1/artifacts/2?a=1&amp;b=2">report-');
  });

  it('keeps user text on one line, so a blank line cannot end the HTML block and start Markdown', () => {
    const html = renderSummaryHtml(view({ failed: failedRows('contacts', 1, 'first line\n\n# heading\r\n\r\n| table |') }));
    expect(html).not.toMatch(/\n\s*\n/);
    expect(html).toContain('first line # heading | table |');
  });

  it('defuses @mentions so a comment cannot notify people, but leaves e-mail addresses alone', () => {
    expect(inlineText('ask @octocat or mail ana@example.com')).toBe('ask @\u200boctocat or mail ana@example.com');
  });

  it('shows counts per entity, the top failure reasons, collapsed failed rows and the artifact link', () => {
    const html = renderSummaryHtml(view({ summary: summary({ complete: false, stoppedBecause: 'time budget reached' }) }));
    expect(html).toContain('<h2>desk-migrate demo: archive → zendesk</h2>');
    expect(html).toContain('<strong>Partial</strong> (time budget reached)');
    expect(html).toContain('<tr><td>contacts</td><td align="right">10</td><td align="right">7</td><td align="right">2</td><td align="right">1</td></tr>');
    expect(html).toContain('<h3>Top failure reasons</h3>');
    expect(html).toContain('<details><summary>Failed contacts (2)</summary>');
    expect(html.indexOf('<details>')).toBeGreaterThan(html.indexOf('Top failure reasons'));
    expect(html.trimEnd().endsWith('</p>')).toBe(true);
    expect(html).toMatch(/artifact <a href=.*>report-/);
  });

  it('lists at most ROWS_PER_ENTITY failed rows and says how many more are in failed.csv', () => {
    const html = renderSummaryHtml(view({ failed: failedRows('contacts', 1234) }));
    expect(html.match(/<tr><td><code>c\d+/g)).toHaveLength(ROWS_PER_ENTITY);
    expect(html).toContain(`… and ${1234 - ROWS_PER_ENTITY} more in <code>failed.csv</code>.`);
  });

  it('stays under the byte budget by leaving out details, and says so', () => {
    const byEntity = new Map<string, { rows: ReportRow[]; total: number }>();
    const long = `${'x'.repeat(480)} ${EVIL}`;
    for (let e = 0; e < 120; e++) {
      const rows = Array.from({ length: ROWS_PER_ENTITY }, (_, i) => ({ entity: `e${e}`, sourceId: `id${i}`, targetId: '', reason: 'api_error', message: long }));
      byEntity.set(`entity${e}`, { rows, total: 100_000 });
    }
    const html = renderSummaryHtml(view({ failed: { byEntity } }));
    const size = Buffer.byteLength(html);
    expect(size).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES);
    expect(size).toBeGreaterThan(JOB_SUMMARY_MAX_BYTES * 0.9);
    expect(html).toContain('Some details were left out to keep this report under 976 KiB; the report artifact has every row.');
    expect(html).toContain('<h3>Top failure reasons</h3>');
    expect(html).toMatch(/artifact <a href=/);

    const small = renderSummaryHtml(view({ failed: { byEntity } }), 60_000);
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(60_000);
    expect(small).toContain('Some details were left out to keep this report under 58 KiB');
  });

  it('falls back to the status line when even the counts do not fit', () => {
    const html = renderSummaryHtml(view(), 600);
    expect(html).toContain('<h2>desk-migrate demo');
    expect(html).not.toContain('<table>');
    expect(html).toContain('Some details were left out');
  });

  it('a check speaks of what will happen, shows its findings, and lists the files its artifact holds', () => {
    const check = {
      ready: true,
      accounts: { source: 'Acme (intercom)', target: 'acme.zendesk.com' },
      access: [{ side: 'target' as const, permission: 'create users', ok: true, detail: 'GET /api/v2/users/me: admin' }],
      estimate: { apiCalls: 240, minutes: 3 },
      reminders: ['Create the ticket form first'],
      findings: { invalid_phone: 2, unassigned: 5, too_deep: 1 },
    };
    const html = renderSummaryHtml(view({ summary: summary({ mode: 'check', check }) }));
    expect(html).toContain('✅ <strong>Checked.</strong> <strong>7</strong> will migrate, <strong>2</strong> will fail, <strong>1</strong> will be skipped of 10 records read.');
    expect(html).not.toMatch(/\bComplete\b|\d+<\/strong> migrated|Failed contacts|<code>failed\.csv<\/code>/);
    expect(html).toContain('<th>Will migrate</th><th>Will fail</th><th>Will be skipped</th>');
    expect(html).toContain('<details><summary>Will fail: contacts (2)</summary>');
    expect(html).toContain('Estimate: <strong>240 API calls, about 3 minutes</strong>');
    for (const finding of ['invalid_phone', 'unassigned', 'too_deep']) expect(html).toContain(`<tr><td><code>${finding}</code></td>`);
    expect(html).toContain('<li>Create the ticket form first</li>');
    expect(html).toContain('<code>will-migrate.csv</code>, <code>will-fail.csv</code>, <code>will-skip.csv</code>, <code>summary.json</code>');
  });

  it('a check that is not ready says so instead of a tick', () => {
    const check = { ready: false, accounts: { source: 's', target: 't' }, access: [{ side: 'target' as const, permission: 'create users', ok: false, detail: '403' }], estimate: { apiCalls: 1, minutes: 1 }, reminders: [], findings: {} };
    expect(renderSummaryHtml(view({ summary: summary({ mode: 'check', check }) }))).toContain('❌ <strong>Not ready</strong>');
  });

  it('a verify speaks of matches and differences and lists its own files', () => {
    const verify = { compared: 9, matched: 7, mismatchedFields: { 'contacts.phone': 2 }, sampled: false };
    const html = renderSummaryHtml(view({ summary: summary({ mode: 'verify', verify }) }));
    expect(html).toContain('✅ <strong>Verified.</strong> <strong>7</strong> match, <strong>2</strong> differ, <strong>1</strong> not compared');
    expect(html).toContain('<strong>7 of 9</strong> records match field for field.');
    expect(html).toContain('<tr><td><code>contacts.phone</code></td><td align="right">2</td></tr>');
    expect(html).toContain('<details><summary>Differ: contacts (2)</summary>');
    expect(html).toContain('<code>matched.csv</code>, <code>mismatched.csv</code>, <code>not-compared.csv</code>, <code>mismatches.csv</code>, <code>lost-values.csv</code>, <code>summary.json</code>');
  });
});
