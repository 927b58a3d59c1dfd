/**
 * Records unchanged since an earlier run migrated them are counted, not listed: a rerun of a
 * finished migration reports how many per entity, writes a line a page to the outcome log, and a
 * resumed process that reads pages again does not count them twice.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { OutcomeLog, toRow, type OutcomeRow } from '../../src/engine/outcome-log.js';
import { failed, migrated, REASONS, skipped, warning } from '../../src/model/outcomes.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import type { Source } from '../../src/platforms/contracts.js';
import { runArchive } from '../support/run-archive.js';
import { readCsv, tempDir } from '../support/workspace.js';

const unchanged = (id: string) => toRow('tickets', id, skipped(REASONS.alreadyMigrated, 'unchanged since it was migrated', `T${id}`));
const counted = (rows: OutcomeRow[]) => rows.filter((r) => r.count !== undefined);

describe('already migrated records are counted, not listed', () => {
  test('a process that reads again from the cursor saved last does not count the pages after it twice', () => {
    const state = tempDir();
    // The first process reads three pages of 2; the checkpoint saved the cursor after page 1 only
    // (killed between the outcome log's append and the cursor's).
    const first = new OutcomeLog(state, 'run1');
    first.startReading('tickets', undefined);
    for (const [page, ids] of [['p1', ['1', '2']], ['p2', ['3', '4']], ['p3', ['5', '6']]] as const) {
      for (const id of ids) first.add(unchanged(id));
      first.pageRead('tickets', page);
    }
    first.flush();
    first.close();
    // The resumed process reads pages 2 and 3 again, and a fourth.
    const second = new OutcomeLog(state, 'run1');
    second.startReading('tickets', 'p1');
    for (const [page, ids] of [['p2', ['3', '4']], ['p3', ['5', '6']], ['p4', ['7']]] as const) {
      for (const id of ids) second.add(unchanged(id));
      second.pageRead('tickets', page);
    }
    second.entityRead('tickets');
    const rows = [...second.lastOutcomes()];
    second.close();
    expect(rows).toEqual([{ entity: 'tickets', sourceId: '', status: 'skipped', reason: 'already_migrated', count: 7 }]);
  });

  test('a process that reads from the beginning again drops every earlier count; an entity finished keeps its own', () => {
    const state = tempDir();
    const first = new OutcomeLog(state, 'run1');
    first.startReading('contacts', undefined);
    first.add({ ...unchanged('c1'), entity: 'contacts' });
    first.pageRead('contacts', 'p1');
    first.entityRead('contacts');
    first.startReading('tickets', undefined);
    for (const id of ['1', '2', '3']) first.add(unchanged(id));
    first.pageRead('tickets', 'p1');
    first.flush();
    first.close();
    const second = new OutcomeLog(state, 'run1');
    second.startReading('tickets', undefined);
    for (const id of ['1', '2', '3']) second.add(unchanged(id));
    second.pageRead('tickets', 'p1');
    expect(counted([...second.lastOutcomes()]).map((r) => [r.entity, r.count])).toEqual([
      ['contacts', 1],
      ['tickets', 3],
    ]);
    second.close();
  });

  test('a record whose write left warnings, or read without page counting, keeps its row', () => {
    const state = tempDir();
    const log = new OutcomeLog(state, 'run1');
    const withWarning = { ...skipped(REASONS.alreadyMigrated, 'unchanged since it was migrated', 'T9'), warnings: [warning('default_agent', 'mapped to the default agent')] };
    log.add(unchanged('0')); // no startReading: listed as before
    log.startReading('tickets', undefined);
    log.add(toRow('tickets', '9', withWarning));
    log.add(unchanged('1'));
    log.pageRead('tickets', 'p1');
    const rows = [...log.lastOutcomes()];
    log.close();
    expect(rows.map((r) => [r.sourceId, r.count])).toEqual([
      ['0', undefined],
      ['9', undefined],
      ['', 1],
    ]);
  });

  test('a record settled again by a resumed process has its last outcome only, also after a log without reading points', () => {
    for (const oldFirst of [false, true]) {
      const state = tempDir();
      const first = new OutcomeLog(state, 'run1');
      if (!oldFirst) first.startReading('tickets', undefined);
      first.add(toRow('tickets', '1', migrated('T1')));
      first.add(toRow('tickets', '2', failed(REASONS.apiError, 'timeout', { transient: true })));
      first.flush();
      first.close();
      const second = new OutcomeLog(state, 'run1');
      second.startReading('tickets', 'p1');
      second.add(toRow('tickets', '2', migrated('T2')));
      const rows = [...second.lastOutcomes()];
      second.close();
      expect(rows.map((r) => [r.sourceId, r.status]), `older log first: ${oldFirst}`).toEqual([
        ['1', 'migrated'],
        ['2', 'migrated'],
      ]);
    }
  });

  test('a rerun of a finished migration reports the counts per entity, lists none in skipped.csv, and writes a line a page', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 60, contacts: 20 });
    const first = await runArchive(work, source, 'full', 'options:\n  invalid_phone: keep\n');
    const again = await runArchive(work, source, 'full', 'options:\n  invalid_phone: keep\n');
    expect(again.totals).toEqual({ read: first.totals.read, migrated: 0, failed: 0, skipped: first.totals.read });
    for (const [entity, counts] of Object.entries(again.entities)) {
      expect({ entity, skippedBy: counts.skippedBy }).toEqual({ entity, skippedBy: { already_migrated: first.entities[entity as keyof typeof first.entities]?.migrated } });
    }
    expect(readCsv(join(work, 'reports', 'skipped.csv'))).toEqual([]);
    expect(readFileSync(join(work, 'reports', 'summary.md'), 'utf8')).toMatch(/already_migrated: \d+ \(unchanged since an earlier run migrated them: counted/);
    // 60 tickets in pages of 7: 9 page lines, not 60 rows.
    const log = join(work, 'state', `outcomes-${again.runId}.jsonl`);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.filter((l) => l.includes('"tickets"')).length).toBeLessThanOrEqual(11);
    expect(statSync(log).size).toBeLessThan(6000);
  });

  test('a rerun stopped by a failing source and resumed counts every record once', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 40, contacts: 20 });
    const options = 'options:\n  invalid_phone: keep\n';
    const first = await runArchive(work, source, 'full', options);
    // The rerun's source fails after two pages of tickets; the next run resumes the same run.
    const archive = new ArchiveSource(source, 7);
    let pages = 0;
    const tickets = archive.streams.tickets;
    const failing: Source = Object.assign(Object.create(archive) as Source, {
      streams: {
        ...archive.streams,
        tickets: tickets && {
          ...tickets,
          async *read(opts: Parameters<typeof tickets.read>[0]) {
            for await (const page of tickets.read(opts)) {
              if (++pages > 2) throw new Error('disk unplugged');
              yield page;
            }
          },
        },
      },
    });
    await expect(runArchive(work, source, 'full', options, { source: failing })).rejects.toThrow('disk unplugged');
    const resumed = await runArchive(work, source, 'full', options);
    expect(resumed.totals).toEqual({ read: first.totals.read, migrated: 0, failed: 0, skipped: first.totals.read });
    expect(resumed.entities.tickets?.skippedBy).toEqual({ already_migrated: 40 });
  });
});
