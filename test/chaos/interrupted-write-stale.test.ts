/**
 * The same class as a lost checkpoint (issue 10 §10), one record wide: a run is killed after a write
 * reached the target but before its outcome was recorded (the ledger holds only the intent), and the
 * source changes before the resume. The version found in the target is the one that was sent, not the
 * current one: the resume must update it, not adopt it as current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import type { Ticket } from '../../src/model/records.js';
import { runArchive } from '../support/run-archive.js';
import { readJsonl, tempDir } from '../support/workspace.js';

/** Rewrites the journal as a kill between the target's write and the ledger's commit leaves it. */
function interruptAfterWrite(stateDir: string, entity: string, id: string): void {
  const file = join(stateDir, 'journal.jsonl');
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  const put = lines.find((l) => l.t === 'put' && l.e === entity && l.id === id);
  if (!put) throw new Error(`no ledger entry for ${entity} ${id}`);
  // Killed mid-entity: the run has not ended, the entity is not finished, its cursor is from before.
  const cut = (l: Record<string, unknown>) => l === put || l.t === 'run_end' || ((l.t === 'finished' || l.t === 'cursor') && l.e === entity);
  const kept = lines.filter((l) => !cut(l)).map((l) => JSON.stringify(l));
  kept.push(JSON.stringify({ t: 'intent', e: entity, ids: [id], h: [put.h] }));
  writeFileSync(file, kept.join('\n') + '\n');
}

describe('a write found after a kill, when the source changed before the resume', () => {
  test('is brought up to the current source, once', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 12 });
    await runArchive(work, source, 'full');
    interruptAfterWrite(join(work, 'state'), 'tickets', 't3');

    const file = join(source, 'tickets.jsonl');
    const edited = readJsonl<Ticket>(file).map((t) => (t.id === 't3' ? { ...t, subject: 'Changed before the resume', updatedAt: new Date(Date.now() + 1000).toISOString() } : t));
    writeFileSync(file, edited.map((t) => JSON.stringify(t)).join('\n') + '\n');

    const resumed = await runArchive(work, source, 'full');
    expect(resumed.totals.failed).toBe(0);
    const tickets = readJsonl<Ticket>(join(work, 'target', 'tickets.jsonl')).filter((t) => t.id === 't3');
    expect(tickets.map((t) => t.subject)).toEqual(['Changed before the resume']);

    // The ledger now holds the current version: the next run writes nothing.
    const next = await runArchive(work, source, 'full');
    expect(next.totals.skipped).toBe(next.totals.read);
  });
});
