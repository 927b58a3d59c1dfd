/**
 * A sink that declares `batchesInFlight` gets that many batches at once (Zendesk: import jobs, mostly
 * waited on). The batches settle in the order they were sent whatever order the target answers in,
 * so a run's reports, ledger and cursor are those of one batch at a time, and a run stopped with
 * batches in flight resumes without writing a record twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { migrate } from '../../src/engine/migrate.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Ticket } from '../../src/model/records.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../src/platforms/archive/target.js';
import type { Sink, Target } from '../../src/platforms/contracts.js';
import { archiveMapping, readCsv, readJsonl, tempDir } from '../support/workspace.js';

interface Watch {
  inFlight: number;
  most: number;
  written: string[];
  /** Called with the number of batches sent so far, before each one is written. */
  before?: (sent: number) => void;
  /** How long the answer to the n-th batch waits (default: less for each of three in a row). */
  delay?: (sent: number) => number;
}

/**
 * The archive target, with a tickets sink that takes `window` batches at once and answers the
 * earlier ones last (each batch waits less than the one before). The archive's own writes run one
 * after another, in the order sent: only the answers come back out of order.
 */
function slowTarget(dir: string, window: number, watch: Watch): Target {
  const target = new ArchiveTarget(dir);
  const tickets = target.sinks.tickets as Sink<Ticket>;
  let chain: Promise<unknown> = Promise.resolve();
  let sent = 0;
  const sink: Sink<Ticket> = {
    ...tickets,
    batchesInFlight: window,
    write: async (items, context) => {
      watch.before?.(sent);
      const delay = watch.delay?.(sent) ?? 60 - 20 * (sent % 3);
      sent++;
      watch.inFlight++;
      watch.most = Math.max(watch.most, watch.inFlight);
      const written = chain.then(() => tickets.write(items, context));
      chain = written.catch(() => undefined);
      try {
        const outcomes = await written;
        watch.written.push(...items.map((i) => i.record.id));
        await sleep(delay);
        return outcomes;
      } finally {
        watch.inFlight--;
      }
    },
  };
  return Object.assign(Object.create(target) as Target, { sinks: { ...target.sinks, tickets: sink } });
}

async function archive(work: string) {
  const source = join(work, 'source');
  await generateArchive(source, { tickets: 40, contacts: 6, companies: 2, articles: 0 });
  return source;
}

const rowsOf = (reports: string, file: string) => readCsv(join(reports, file)).map((r) => r.slice(0, 4).join(' '));

describe('batches in flight', () => {
  test('three at a time, settled in the order sent: the same reports as one at a time', async () => {
    const work = tempDir();
    const source = await archive(work);
    const runWith = async (window: number, name: string) => {
      const watch: Watch = { inFlight: 0, most: 0, written: [] };
      const m = archiveMapping(source, join(work, name, 'target'), 'options:\n  batch_size: 4\n');
      const summary = await migrate({ mode: 'full', mapping: m, source: new ArchiveSource(source), target: slowTarget(join(work, name, 'target'), window, watch), stateDir: join(work, name, 'state'), reportsDir: join(work, name, 'reports'), log: silentLogger });
      return { summary, watch, reports: join(work, name, 'reports') };
    };
    const one = await runWith(1, 'one');
    const three = await runWith(3, 'three');
    expect(one.watch.most).toBe(1);
    expect(three.watch.most).toBe(3);
    expect(three.summary.totals).toEqual(one.summary.totals);
    expect(three.summary.entities.tickets).toMatchObject({ migrated: 40, failed: 0 });
    // Row for row, in the same order: the answers came back out of order, the outcomes did not.
    expect(rowsOf(three.reports, 'migrated.csv')).toEqual(rowsOf(one.reports, 'migrated.csv'));
    const ids = readJsonl<Ticket>(join(source, 'tickets.jsonl')).map((t) => t.id);
    expect(readJsonl<Ticket>(join(work, 'three', 'target', 'tickets.jsonl')).map((t) => t.id)).toEqual(ids);
  });

  test('a run stopped with batches in flight lets them finish; the resume writes each ticket once', async () => {
    const work = tempDir();
    const source = await archive(work);
    const target = join(work, 'target');
    const m = archiveMapping(source, target, 'options:\n  batch_size: 4\n');
    const stop = new AbortController();
    // Stopped as the sixth batch is sent; the answers of the last ones take long, so a run that did not
    // wait for them would end before they come.
    const first: Watch = { inFlight: 0, most: 0, written: [], before: (sent) => sent === 5 && stop.abort(), delay: (sent) => (sent >= 3 ? 500 : 10) };
    const options = { mode: 'full' as const, mapping: m, stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger };
    const stopped = await migrate({ ...options, source: new ArchiveSource(source), target: slowTarget(target, 3, first), signal: stop.signal });
    expect(stopped.entities.tickets?.migrated).toBeLessThan(40);
    // Nothing was left half-sent: every batch handed to the target was written and answered.
    expect(first.inFlight).toBe(0);
    expect(first.written.length).toBeGreaterThan(8);
    expect(first.written.length).toBeLessThan(40);

    const second: Watch = { inFlight: 0, most: 0, written: [] };
    const summary = await migrate({ ...options, source: new ArchiveSource(source), target: slowTarget(target, 3, second) });
    expect([...first.written, ...second.written].sort()).toEqual(readJsonl<Ticket>(join(source, 'tickets.jsonl')).map((t) => t.id).sort());
    expect(summary.entities.tickets).toMatchObject({ failed: 0 });
    const stored = readFileSync(join(target, 'tickets.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as Ticket).id);
    expect(new Set(stored).size).toBe(40);
    expect(readCsv(join(work, 'reports', 'migrated.csv')).filter((r) => r[0] === 'tickets')).toHaveLength(40);
  });
});
