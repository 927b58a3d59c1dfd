/**
 * Teams run delta migrations on a schedule until cut-over: each moves only what changed, and the
 * target ends equal to a fresh full migration of the final source. A lost checkpoint must not
 * cause duplicates either.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import type { Ticket } from '../../src/model/records.js';
import type { Logger } from '../../src/log/logger.js';
import { runArchive } from '../support/run-archive.js';
import { readArchive, readJsonl, tempDir } from '../support/workspace.js';

const OPTIONS = 'options:\n  invalid_phone: keep\n  batch_size: 7\n';

function editTickets(sourceDir: string, edit: (tickets: Ticket[]) => Ticket[]): void {
  const file = join(sourceDir, 'tickets.jsonl');
  writeFileSync(file, edit(readJsonl<Ticket>(file)).map((t) => JSON.stringify(t)).join('\n') + '\n');
}

const later = () => new Date(Date.now() + 1000).toISOString();

describe('delta', () => {
  test('three deltas over a changing source end equal to a fresh full migration, reading only what changed', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 40 });
    await runArchive(work, source, 'full', OPTIONS);

    // 1: two new tickets, a reply on t3, t4 closed.
    editTickets(source, (tickets) => {
      const t3 = tickets.find((t) => t.id === 't3') as Ticket;
      t3.comments.push({ id: 't3-reply', authorType: 'agent', authorId: 'a1', body: '<p>Following up</p>', public: true, createdAt: later(), attachments: [] });
      t3.updatedAt = later();
      const t4 = tickets.find((t) => t.id === 't4') as Ticket;
      Object.assign(t4, { status: 'closed', updatedAt: later() });
      const fresh = (id: string): Ticket => ({ ...structuredClone(tickets[1] as Ticket), id, comments: [], createdAt: later(), updatedAt: later() });
      return [...tickets, fresh('t41'), fresh('t42')];
    });
    const first = await runArchive(work, source, 'delta', OPTIONS);
    expect(first.entities.tickets).toMatchObject({ read: 4, migrated: 4, failed: 0, skipped: 0 });

    // 2: t41 reassigned and reopened, t5 edited.
    editTickets(source, (tickets) =>
      tickets.map((t) => (t.id === 't41' ? { ...t, assigneeId: 'a3', status: 'open', updatedAt: later() } : t.id === 't5' ? { ...t, subject: 'Edited subject', updatedAt: later() } : t)),
    );
    const second = await runArchive(work, source, 'delta', OPTIONS);
    // The overlap window rereads the records of the first delta: unchanged ones are skipped.
    expect(second.entities.tickets).toMatchObject({ read: 5, migrated: 2, skipped: 3 });
    expect(second.entities.tickets?.skippedBy).toEqual({ already_migrated: 3 });

    // 3: nothing changed.
    const third = await runArchive(work, source, 'delta', OPTIONS);
    expect(third.entities.tickets?.migrated).toBe(0);
    expect(third.entities.tickets?.read).toBe(5);

    const fresh = tempDir();
    await runArchive(fresh, source, 'full', OPTIONS);
    // Same records; an updated record sits at the end of its file, so compare by id.
    const byId = (dir: string) => Object.fromEntries(Object.entries(readArchive(dir)).map(([e, rows]) => [e, [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)))]));
    expect(byId(join(work, 'target'))).toEqual(byId(join(fresh, 'target')));
    const t3 = readJsonl<Ticket>(join(work, 'target', 'tickets.jsonl')).find((t) => t.id === 't3');
    expect(t3?.comments.map((c) => c.id).filter((id) => id === 't3-reply')).toHaveLength(1);
  });

  test('a delta with no earlier run reads everything and says so', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 5 });
    const lines: string[] = [];
    const log: Logger = { debug() {}, info() {}, warn: (m) => lines.push(m), error() {} };
    const summary = await runArchive(work, source, 'delta', OPTIONS, { log });
    expect(summary.entities.tickets?.migrated).toBe(5);
    expect(lines).toContain('tickets: no earlier full or delta run recorded where it stopped, so this delta reads all of them (the ledger keeps it from writing twice).');
  });
});

describe('lost checkpoint', () => {
  test('the ledger is rebuilt from the target: nothing is written twice', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 25 });
    await runArchive(work, source, 'full', OPTIONS);
    const before = readArchive(join(work, 'target'));
    rmSync(join(work, 'state'), { recursive: true });

    const lines: string[] = [];
    const log: Logger = { debug() {}, info: (m) => lines.push(m), warn: (m) => lines.push(m), error() {} };
    const again = await runArchive(work, source, 'full', OPTIONS, { log });
    expect(lines[0]).toBe(
      `No checkpoint in ${join(work, 'state')}: before writing, each record is looked up in archive (by the source id stored with it, or by email or name where archive keeps none), so records an earlier run wrote are kept, not duplicated.`,
    );
    expect(again.totals.failed).toBe(0);
    expect(again.totals.migrated).toBe(again.totals.read);
    expect(readArchive(join(work, 'target'))).toEqual(before);

    // The rebuilt ledger is complete: the next run finds everything already migrated.
    const third = await runArchive(work, source, 'full', OPTIONS);
    expect(third.totals.skipped).toBe(third.totals.read);
  });
});
