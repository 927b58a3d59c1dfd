/**
 * Issue 10 §5: a record id or message that starts like a spreadsheet formula is written escaped (a
 * leading single quote, as OWASP recommends) in every CSV the project writes, and everything that
 * reads the CSVs back gets the original value.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { escapeCell, unescapeCell } from '../../src/engine/csv-cells.js';
import type { OutcomeRow } from '../../src/engine/outcome-log.js';
import { modeWords } from '../../src/engine/mode-words.js';
import { oneShotRun, writeReports } from '../../src/engine/report.js';
import { mergeReportFolders } from '../../src/merge-command.js';
import { verify } from '../../src/engine/verify.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../src/platforms/archive/target.js';
import { parseCsv, readReportRows } from '../../src/runtime/report-rows.js';
import { silentLogger } from '../../src/log/logger.js';
import { runArchive } from '../support/run-archive.js';
import { archiveMapping, readJsonl, tempDir } from '../support/workspace.js';

const HOSTILE: readonly [string, ...string[]] = ['=HYPERLINK("http://evil.test","x")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1)', '\tleading tab', '\rleading CR', '＝full-width', "'=already quoted", "'plain quote", "''", 'plain'];

/** Every cell of a CSV file, raw (as a spreadsheet would read it). */
const rawCells = (file: string) => [...parseCsv(readFileSync(file, 'utf8'))].flat();
const formulaLike = (cell: string) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell);

describe('CSV cells', () => {
  test('a cell that starts like a formula gets a leading quote; reading undoes exactly that', () => {
    expect(HOSTILE.map(escapeCell)).toEqual([
      '\'=HYPERLINK("http://evil.test","x")',
      "'+1+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(A1)",
      "'\tleading tab",
      "'\rleading CR",
      "'＝full-width",
      "''=already quoted",
      "'plain quote",
      "'''",
      'plain',
    ]);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', ',', '"', '\n', '＝') }), (value) => {
        expect(unescapeCell(escapeCell(value))).toBe(value);
        expect(formulaLike(escapeCell(value))).toBe(false);
      }),
    );
  });

  test('the run reports escape every cell, and the job summary reads back the original values', () => {
    const folder = tempDir();
    const rows: OutcomeRow[] = HOSTILE.flatMap((value, i): OutcomeRow[] => [
      { entity: 'tickets', sourceId: value, status: 'failed', reason: 'invalid_phone', message: value },
      { entity: 'contacts', sourceId: `c${i}`, status: 'migrated', targetId: value, message: value },
      { entity: 'tags', sourceId: value, status: 'skipped', reason: 'unchanged', message: value },
    ]);
    writeReports(folder, rows, oneShotRun('check', 'archive', 'archive', '2024-01-01T00:00:00Z', '2024-01-01T00:00:01Z', []));
    for (const name of ['failed.csv', 'migrated.csv', 'skipped.csv']) expect(rawCells(join(folder, name)).filter(formulaLike), name).toEqual([]);
    const read = readReportRows(join(folder, 'failed.csv'), 100).byEntity.get('tickets')?.rows ?? [];
    expect(read.map((r) => [r.sourceId, r.message])).toEqual(HOSTILE.map((v) => [v, v]));
  });

  test("verify's mismatches.csv escapes a target value that starts like a formula", async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 5, articles: 0 });
    await runArchive(work, source, 'full');
    const target = join(work, 'target');
    const tickets = readJsonl<{ id: string; subject: string }>(join(target, 'tickets.jsonl'));
    writeFileSync(join(target, 'tickets.jsonl'), tickets.map((t, i) => JSON.stringify(i === 0 ? { ...t, subject: HOSTILE[0] } : t)).join('\n') + '\n');
    await verify({
      mapping: archiveMapping(source, target),
      source: new ArchiveSource(source),
      target: new ArchiveTarget(target),
      targetReader: new ArchiveSource(target),
      stateDir: join(work, 'state'),
      reportsDir: join(work, 'verify'),
      log: silentLogger,
    });
    const cells = rawCells(join(work, 'verify', 'mismatches.csv'));
    expect(cells).toContain(`'${HOSTILE[0]}`);
    expect(cells.filter(formulaLike)).toEqual([]);
  });

  test('merge-reports keeps the escaping, and the merged file reads back to the original values', () => {
    const root = tempDir();
    const CHECK_FILES = modeWords('check').files;
    const summary = oneShotRun('check', 'archive', 'archive', '2024-01-01T00:00:00Z', '2024-01-01T00:00:01Z', []);
    const [first, , , at] = HOSTILE as [string, string, string, string];
    for (const [job, value] of [['base', first], ['shard-1', at]] as const) {
      mkdirSync(join(root, 'in', job), { recursive: true });
      writeReports(join(root, 'in', job), [{ entity: 'tickets', sourceId: value, status: 'failed', reason: 'x', message: value }], summary, CHECK_FILES);
    }
    mergeReportFolders(join(root, 'out'), [join(root, 'in')], {});
    expect(rawCells(join(root, 'out', CHECK_FILES.failed)).filter(formulaLike)).toEqual([]);
    const read = readReportRows(join(root, 'out', CHECK_FILES.failed), 10).byEntity.get('tickets')?.rows ?? [];
    expect(read.map((r) => r.sourceId)).toEqual([first, at]);
  });
});
