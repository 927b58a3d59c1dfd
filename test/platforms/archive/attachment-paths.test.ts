/**
 * Attachments of an archive target never overwrite each other: one path per (record id,
 * attachment id, file name), distinct also when compared without case (macOS, Windows), the file's
 * own name kept in the record, and the same path on every run, so a rerun neither adds nor rewrites.
 */
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attachmentPath } from '../../../src/platforms/archive/layout.js';
import { runArchive } from '../../support/run-archive.js';
import { readJsonl, tempDir } from '../../support/workspace.js';
import { archiveWith, KEEP, ticketWith, type FileSpec } from './archive-ticket.js';

interface Stored {
  id: string;
  comments: { attachments: { id: string; fileName: string; url: string }[] }[];
}

function files(dir: string): string[] {
  return readdirSync(join(dir, 'attachments'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

describe('attachment paths of an archive target', () => {
  // Names that sanitise alike, ids and names that differ only by case, record ids that sanitise alike.
  const a: FileSpec = { id: '1', fileName: 'r?.pdf', url: 'attachments/src/a', bytes: 'question mark' };
  const b: FileSpec = { id: '1', fileName: 'r*.pdf', url: 'attachments/src/b', bytes: 'star' };
  const c: FileSpec = { id: 'F1', fileName: 'Report.pdf', url: 'attachments/src/c', bytes: 'upper id' };
  const d: FileSpec = { id: 'f1', fileName: 'report.pdf', url: 'attachments/src/d', bytes: 'lower id' };
  const e: FileSpec = { id: '1', fileName: 'x.pdf', url: 'attachments/src/e', bytes: 'ticket T/1' };
  const f: FileSpec = { id: '1', fileName: 'x.pdf', url: 'attachments/src/f', bytes: 'ticket T?1' };
  const g: FileSpec = { id: '1', fileName: 'x.pdf', url: 'attachments/src/g', bytes: 'ticket t/1' };
  const tickets = [ticketWith('x1', [[a, b], [c, d]]), ticketWith('T/1', [[e]]), ticketWith('T?1', [[f]]), ticketWith('t/1', [[g]])];

  test('names that sanitise alike or differ only by case get distinct files, each with its own bytes', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await archiveWith(source, tickets, [a, b, c, d, e, f, g]);
    const summary = await runArchive(work, source, 'full', KEEP);
    expect(summary.totals.failed).toBe(0);

    const stored = readJsonl<Stored>(join(work, 'target', 'tickets.jsonl'));
    const attachments = stored.flatMap((t) => t.comments.flatMap((m) => m.attachments));
    const urls = attachments.map((x) => x.url);
    expect(urls).toHaveLength(9); // 7 here, 2 in the generated sample
    expect(new Set(urls.map((u) => u.toLowerCase())).size).toBe(urls.length);
    const bytes = (ticket: string, fileName: string, id: string) => {
      const att = stored.find((t) => t.id === ticket)?.comments.flatMap((m) => m.attachments).find((x) => x.fileName === fileName && x.id === id);
      return readFileSync(join(work, 'target', att?.url ?? 'missing'), 'utf8');
    };
    expect(bytes('x1', 'r?.pdf', '1')).toBe('question mark');
    expect(bytes('x1', 'r*.pdf', '1')).toBe('star');
    expect(bytes('x1', 'Report.pdf', 'F1')).toBe('upper id');
    expect(bytes('x1', 'report.pdf', 'f1')).toBe('lower id');
    expect(bytes('T/1', 'x.pdf', '1')).toBe('ticket T/1');
    expect(bytes('T?1', 'x.pdf', '1')).toBe('ticket T?1');
    expect(bytes('t/1', 'x.pdf', '1')).toBe('ticket t/1');
    expect(files(join(work, 'target'))).toHaveLength(9);
  });

  test('a rerun that rewrites the records neither adds nor rewrites their files', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await archiveWith(source, tickets, [a, b, c, d, e, f, g]);
    await runArchive(work, source, 'full', KEEP);
    const before = files(join(work, 'target'));
    const past = new Date('2020-01-01T00:00:00Z');
    for (const file of before) utimesSync(file, past, past);

    // A changed subject rewrites every ticket; a lost state makes the next run look at everything again.
    const lines = readFileSync(join(source, 'tickets.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    writeFileSync(join(source, 'tickets.jsonl'), lines.map((t) => JSON.stringify({ ...t, subject: `${String(t.subject)} (edited)` })).join('\n') + '\n');
    const updated = await runArchive(work, source, 'full', KEEP);
    expect(updated.entities.tickets?.migrated).toBe(lines.length);
    rmSync(join(work, 'state'), { recursive: true });
    await runArchive(work, source, 'full', KEEP);

    expect(files(join(work, 'target'))).toEqual(before);
    for (const file of before) expect(statSync(file).mtimeMs, file).toBe(past.getTime());
  });

  test('the stored path is a fixed point: an archive written by desk-migrate keeps its paths', () => {
    expect(attachmentPath('tickets', 't1', 'f1', 'screenshot-1.png')).toBe('attachments/tickets/t1/f1-screenshot-1.png');
    expect(attachmentPath('tickets', '123', '123-1', 'a.png')).not.toBe(attachmentPath('tickets', '123', '123', '1-a.png'));
    expect(attachmentPath('tickets', 'con', '1', 'x')).toMatch(/^attachments\/tickets\/con~[0-9a-f]{16}\//);
  });
});
