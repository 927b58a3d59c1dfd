/**
 * A source that yields the same id twice: the first record is migrated, every later one fails
 * `duplicate_source_id` with a row of its own, so read = migrated + failed + skipped and the
 * target holds one record per id. A resumed run re-reading its own writes is not a duplicate.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { runArchive } from '../support/run-archive.js';
import { readCsv, readJsonl, tempDir } from '../support/workspace.js';

const KEEP = 'options:\n  invalid_phone: keep\n  batch_size: 3\n';

function lines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

function writeLines(file: string, rows: Record<string, unknown>[]): void {
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

describe('duplicate source ids', () => {
  test('50 tickets and one repeated: 50 migrated, 1 failed duplicate_source_id, 50 in the target', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 50 });
    const tickets = lines(join(source, 'tickets.jsonl'));
    appendFileSync(join(source, 'tickets.jsonl'), JSON.stringify({ ...tickets[9], subject: 'second copy' }) + '\n');

    const summary = await runArchive(work, source, 'full', KEEP);
    expect(summary.entities.tickets).toMatchObject({ read: 51, migrated: 50, failed: 1, failedBy: { duplicate_source_id: 1 } });
    const target = readJsonl<{ id: string; subject: string }>(join(work, 'target', 'tickets.jsonl'));
    expect(target).toHaveLength(50);
    expect(target.find((t) => t.id === tickets[9]?.id)?.subject).toBe(tickets[9]?.subject);
    expect(readCsv(join(work, 'reports', 'failed.csv'))).toEqual([
      ['tickets', 't10', '', 'duplicate_source_id', 'ticket t10 appears 2 times in the source; only its first record is used. Ids must be unique: fix the source and run again', ''],
    ]);
    expect(readCsv(join(work, 'reports', 'migrated.csv')).filter((r) => r[0] === 'tickets')).toHaveLength(50);
  });

  test('in the same batch, in a later batch, three times, and of a record that failed', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 12, contacts: 20 });
    const tags = lines(join(source, 'tags.jsonl'));
    // Right after itself (same batch of 3) and twice more, much later.
    writeLines(join(source, 'tags.jsonl'), [tags[0]!, tags[0]!, ...tags.slice(1), tags[0]!, tags[1]!]);
    // Contact 7 has an invalid phone and fails with invalid_phone: fail; its copy fails as a duplicate.
    const contacts = lines(join(source, 'contacts.jsonl'));
    appendFileSync(join(source, 'contacts.jsonl'), JSON.stringify(contacts[6]) + '\n');

    const summary = await runArchive(work, source, 'full', 'options:\n  invalid_phone: fail\n  batch_size: 3\n');
    expect(summary.entities.tags).toMatchObject({ read: tags.length + 3, migrated: tags.length, failed: 3, failedBy: { duplicate_source_id: 3 } });
    expect(summary.entities.contacts).toMatchObject({ read: 21, failedBy: { invalid_phone: 2, duplicate_source_id: 1 } });
    const failedTags = readCsv(join(work, 'reports', 'failed.csv')).filter((r) => r[0] === 'tags');
    expect(failedTags.map((r) => [r[1], r[4]?.match(/appears (\d) times/)?.[1]])).toEqual([
      [tags[0]?.id, '2'],
      [tags[0]?.id, '3'],
      [tags[1]?.id, '2'],
    ]);
    expect(readJsonl(join(work, 'target', 'tags.jsonl'))).toHaveLength(tags.length);
    expect(summary.totals.read).toBe(summary.totals.migrated + summary.totals.failed + summary.totals.skipped);
  });

  test('a rerun reports the duplicate again and writes nothing', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 8 });
    appendFileSync(join(source, 'tickets.jsonl'), JSON.stringify(lines(join(source, 'tickets.jsonl'))[2]) + '\n');
    await runArchive(work, source, 'full', KEEP);
    const before = readFileSync(join(work, 'target', 'tickets.jsonl'), 'utf8');
    const again = await runArchive(work, source, 'full', KEEP);
    expect(again.entities.tickets).toMatchObject({ read: 9, skipped: 8, failed: 1, failedBy: { duplicate_source_id: 1 } });
    expect(readFileSync(join(work, 'target', 'tickets.jsonl'), 'utf8')).toBe(before);
  });

  test('a resumed run re-reading the records it wrote before it stopped finds no duplicate', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 30 });
    // A time budget of 0 stops after the first batch of 3, inside the first page of 7: the resumed
    // run reads that page again, records already written by this run included.
    const stopped = await runArchive(work, source, 'full', KEEP, { timeBudgetMs: 0 });
    expect(stopped.complete).toBe(false);
    let summary = stopped;
    for (let i = 0; i < 200 && !summary.complete; i++) summary = await runArchive(work, source, 'full', KEEP, { timeBudgetMs: 0 });
    expect(summary.complete).toBe(true);
    expect(summary.totals.failed).toBe(0);
    expect(readCsv(join(work, 'reports', 'failed.csv'))).toEqual([]);
    expect(readJsonl(join(work, 'target', 'tickets.jsonl'))).toHaveLength(30);
  });
});
