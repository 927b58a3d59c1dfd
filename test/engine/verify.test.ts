/** verify finds every difference planted in a target, by record and field, and none in a clean one. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { verify } from '../../src/engine/verify.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../src/platforms/archive/target.js';
import { silentLogger } from '../../src/log/logger.js';
import { runArchive } from '../support/run-archive.js';
import { archiveMapping, readCsv, readJsonl, tempDir } from '../support/workspace.js';

const EXTRA = 'options:\n  invalid_phone: drop\nvalues:\n  status:\n    pending: open\n';

async function migrated() {
  const work = tempDir();
  const source = join(work, 'source');
  await generateArchive(source, { tickets: 30, articles: 8 });
  await runArchive(work, source, 'full', EXTRA);
  const run = (sample?: number) =>
    verify({
      mapping: archiveMapping(source, join(work, 'target'), EXTRA),
      source: new ArchiveSource(source),
      target: new ArchiveTarget(join(work, 'target')),
      targetReader: new ArchiveSource(join(work, 'target')),
      stateDir: join(work, 'state'),
      reportsDir: join(work, 'verify'),
      log: silentLogger,
      ...(sample ? { sample } : {}),
    });
  return { work, run };
}

function edit<T extends { id: string }>(file: string, change: (rows: T[]) => T[]): void {
  writeFileSync(file, change(readJsonl<T>(file)).map((r) => JSON.stringify(r)).join('\n') + '\n');
}

describe('verify', () => {
  test('a clean target matches record for record, with the mapping applied (statuses mapped, phones dropped)', async () => {
    const { work, run } = await migrated();
    const summary = await run();
    const { leftOutValues, ...rest } = summary.verify ?? {};
    expect(rest).toEqual({ compared: summary.totals.read, matched: summary.totals.read, mismatchedFields: {}, sampled: false, lostValues: {} });
    expect(summary.totals.failed).toBe(0);
    // The phones the mapping dropped are named as left out, with their warning, not as lost.
    const phones = readCsv(join(work, 'verify', 'lost-values.csv'));
    expect(leftOutValues).toEqual({ 'contacts.phone': phones.length });
    expect(phones.length).toBeGreaterThan(0);
    for (const row of phones) expect(row.slice(3, 7)).toEqual(['phone', expect.any(String), 'left_out', 'phone_dropped']);
  });

  test('finds every planted difference, by record and field', async () => {
    const { work, run } = await migrated();
    const target = join(work, 'target');
    type Row = { id: string; [k: string]: unknown };
    edit<Row>(join(target, 'tickets.jsonl'), (rows) =>
      rows
        .filter((t) => t.id !== 't9') // a ticket lost
        .map((t) => {
          if (t.id === 't2') return { ...t, status: 'hold' };
          if (t.id === 't3') return { ...t, comments: (t.comments as unknown[]).slice(1) }; // a comment lost
          if (t.id === 't4') return { ...t, tags: ['wrong'] };
          return t;
        }),
    );
    edit<Row>(join(target, 'articles.jsonl'), (rows) => rows.map((a) => (a.id === 'ar2' ? { ...a, title: 'Renamed', translations: [] } : a)));
    edit<Row>(join(target, 'contacts.jsonl'), (rows) => rows.map((c) => (c.id === 'c5' ? { ...c, email: 'someone@else.test' } : c)));

    const summary = await run();
    const mismatches = readCsv(join(work, 'verify', 'mismatches.csv')).map((r) => `${r[0]} ${r[1]} ${r[3]}: ${r[4]} → ${r[5]}`);
    expect(mismatches.sort()).toEqual([
      'articles ar2 title: How to 2 → Renamed',
      'contacts c5 email: customer5@example.test → someone@else.test',
      'tickets t2 status: open → hold', // the source says pending, which the mapping sends as open
      'tickets t3 attachments: ["report-3.pdf"] → []',
      'tickets t3 commentAuthors: ["contact:c3","agent:a3","contact:c3","agent:a3","contact:c3"] → ["agent:a3","contact:c3","agent:a3","contact:c3"]',
      'tickets t3 commentDates: ["2023-01-01T02:30:00.000Z","2023-01-01T02:37:00.000Z","2023-01-01T02:44:00.000Z","2023-01-01T02:51:00.000Z","2023-01-01T02:58:00.000Z"] → ["2023-01-01T02:37:00.000Z","2023-01-01T02:44:00.000Z","2023-01-01T02:51:00.000Z","2023-01-01T02:58:00.000Z"]',
      'tickets t3 commentVisibility: ["public","public","public","private","public"] → ["public","public","private","public"]',
      'tickets t3 comments: 5 → 4',
      'tickets t4 tags: [] → ["wrong"]',
      'tickets t9 (record): present → missing',
    ]);
    expect(summary.verify?.compared).toBe(summary.totals.read);
    expect(summary.verify?.matched).toBe(summary.totals.read - 6);
    expect(summary.verify?.mismatchedFields).toMatchObject({ 'tickets.status': 1, 'tickets.(record)': 1, 'articles.title': 1, 'contacts.email': 1 });
    expect(readCsv(join(work, 'verify', 'mismatched.csv')).map((r) => `${r[0]} ${r[1]}`).sort()).toEqual(
      ['articles ar2', 'contacts c5', 'tickets t2', 'tickets t3', 'tickets t4', 'tickets t9'].sort(),
    );
  });

  test('a seeded sample compares a reproducible subset', async () => {
    const { run } = await migrated();
    const a = await run(5);
    const b = await run(5);
    expect(a.verify?.sampled).toBe(true);
    expect(a.verify?.compared).toBeLessThan(a.totals.read);
    expect(a.verify?.compared).toBe(b.verify?.compared);
    expect(a.verify?.matched).toBe(a.verify?.compared);
  });
});
