/**
 * An archive reads and writes only regular files inside its folder: a symlink (of a file or of a
 * folder on its way) that leads outside, a FIFO or a device is refused with a reason, and nothing
 * outside the folder is ever copied into the target or written through a link planted in it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runArchive } from '../../support/run-archive.js';
import { readCsv, readJsonl, tempDir } from '../../support/workspace.js';
import { archiveWith, KEEP, ticketWith } from './archive-ticket.js';

const SECRET = 'TOKEN=very-secret-value';

/** Every byte of every file under `dir`, to prove a secret never landed there. */
function allBytes(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

function failedRows(work: string) {
  return readCsv(join(work, 'reports', 'failed.csv')).map((r) => [r[0], r[1], r[3]]);
}

describe('an archive source never reads outside its folder', () => {
  test('an attachment that is a symlink to a file outside fails attachment_outside_archive; nothing is copied', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    const outside = join(work, 'secret.txt');
    writeFileSync(outside, SECRET);
    await archiveWith(source, [ticketWith('x1', [[{ id: 'f1', fileName: 'r.pdf', url: 'attachments/tickets/x1/f1-r.pdf' }]])]);
    mkdirSync(join(source, 'attachments/tickets/x1'), { recursive: true });
    symlinkSync(outside, join(source, 'attachments/tickets/x1/f1-r.pdf'));

    const summary = await runArchive(work, source, 'full', KEEP);
    expect(failedRows(work)).toEqual([['tickets', 'x1', 'attachment_outside_archive']]);
    expect(readCsv(join(work, 'reports', 'failed.csv'))[0]?.[4]).toMatch(/symbolic link .* leads outside the archive folder/);
    expect(summary.entities.tickets).toMatchObject({ migrated: 2, failed: 1 });
    expect(allBytes(join(work, 'target'))).not.toContain(SECRET);
  });

  test.skipIf(!existsSync('/proc/self/environ'))('a link to /proc/self/environ copies no environment', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await archiveWith(source, [ticketWith('x1', [[{ id: 'f1', fileName: 'env.txt', url: 'attachments/env.txt' }]])]);
    symlinkSync('/proc/self/environ', join(source, 'attachments/env.txt'));
    process.env.DESK_MIGRATE_CANARY = SECRET;
    try {
      await runArchive(work, source, 'full', KEEP);
    } finally {
      delete process.env.DESK_MIGRATE_CANARY;
    }
    expect(failedRows(work)).toEqual([['tickets', 'x1', 'attachment_outside_archive']]);
    expect(allBytes(join(work, 'target'))).not.toContain(SECRET);
  });

  test('a folder on the way that links outside is refused the same way', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    mkdirSync(join(work, 'elsewhere'));
    writeFileSync(join(work, 'elsewhere', 'id_rsa'), SECRET);
    await archiveWith(source, [ticketWith('x1', [[{ id: 'f1', fileName: 'k.pdf', url: 'attachments/linked/id_rsa' }]])]);
    symlinkSync(join(work, 'elsewhere'), join(source, 'attachments/linked'));
    await runArchive(work, source, 'full', KEEP);
    expect(failedRows(work)).toEqual([['tickets', 'x1', 'attachment_outside_archive']]);
    expect(allBytes(join(work, 'target'))).not.toContain(SECRET);
  });

  test('a path that climbs out (../) or is absolute is refused', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    writeFileSync(join(work, 'secret.txt'), SECRET);
    await archiveWith(source, [
      ticketWith('x1', [[{ id: 'f1', fileName: 'a.pdf', url: '../secret.txt' }]]),
      ticketWith('x2', [[{ id: 'f1', fileName: 'a.pdf', url: join(work, 'secret.txt') }]]),
    ]);
    await runArchive(work, source, 'full', KEEP);
    expect(failedRows(work)).toEqual([
      ['tickets', 'x1', 'attachment_outside_archive'],
      ['tickets', 'x2', 'attachment_outside_archive'],
    ]);
    expect(allBytes(join(work, 'target'))).not.toContain(SECRET);
  });

  test('a symlink inside the archive to a file inside it is followed', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await archiveWith(source, [ticketWith('x1', [[{ id: 'f1', fileName: 'r.pdf', url: 'attachments/alias.pdf' }]])], [
      { id: 'f1', fileName: 'r.pdf', url: 'attachments/real.pdf', bytes: 'inside' },
    ]);
    symlinkSync(join(source, 'attachments/real.pdf'), join(source, 'attachments/alias.pdf'));
    const summary = await runArchive(work, source, 'full', KEEP);
    expect(summary.totals.failed).toBe(0);
    expect(readFileSync(join(work, 'target', 'attachments/tickets/x1/f1-r.pdf'), 'utf8')).toBe('inside');
  });

  test('a FIFO is refused as attachment_not_a_file without blocking, and a missing file is attachment_missing', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await archiveWith(source, [
      ticketWith('x1', [[{ id: 'f1', fileName: 'p.pdf', url: 'attachments/pipe' }]]),
      ticketWith('x2', [[{ id: 'f1', fileName: 'gone.pdf', url: 'attachments/gone.pdf' }]]),
    ]);
    execFileSync('mkfifo', [join(source, 'attachments/pipe')]);
    await runArchive(work, source, 'full', KEEP);
    expect(failedRows(work)).toEqual([
      ['tickets', 'x1', 'attachment_not_a_file'],
      ['tickets', 'x2', 'attachment_missing'],
    ]);
  });

  test('an entity file that is a symlink outside the archive stops the read with the reason', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await archiveWith(source, []);
    writeFileSync(join(work, 'other-tags.jsonl'), '{"id":"leaked","name":"from elsewhere"}\n');
    execFileSync('rm', [join(source, 'tags.jsonl')]);
    symlinkSync(join(work, 'other-tags.jsonl'), join(source, 'tags.jsonl'));
    await expect(runArchive(work, source, 'full', KEEP)).rejects.toThrow(/tags\.jsonl of the archive .* is refused: .*leads outside the archive folder/);
    expect(allBytes(join(work, 'target'))).not.toContain('leaked');
  });
});

describe('an archive target never writes through a link planted in its folder', () => {
  test('an entity file that is a symlink stops the run; the file it points to is untouched', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await archiveWith(source, []);
    const victim = join(work, 'bashrc');
    writeFileSync(victim, 'original\n');
    mkdirSync(join(work, 'target'));
    symlinkSync(victim, join(work, 'target', 'tags.jsonl'));
    await expect(runArchive(work, source, 'full', KEEP)).rejects.toThrow(/target\/tags\.jsonl is a symbolic link; .* remove it/);
    expect(readFileSync(victim, 'utf8')).toBe('original\n');
  });

  test('an attachments folder that links outside receives nothing', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await archiveWith(source, [ticketWith('x1', [[{ id: 'f1', fileName: 'r.pdf', url: 'attachments/r.pdf', bytes: 'payload' }]])], [
      { id: 'f1', fileName: 'r.pdf', url: 'attachments/r.pdf', bytes: 'payload' },
    ]);
    const outside = join(work, 'outside');
    mkdirSync(outside);
    mkdirSync(join(work, 'target'));
    symlinkSync(outside, join(work, 'target', 'attachments'));
    await runArchive(work, source, 'full', KEEP);
    expect(readdirSync(outside, { recursive: true })).toEqual([]);
    expect(failedRows(work)).toContainEqual(['tickets', 'x1', 'rejected_by_target']);
    expect(readJsonl<{ id: string }>(join(work, 'target', 'tickets.jsonl')).map((t) => t.id)).not.toContain('x1');
  });

  test('a symlinked manifest.json is refused before anything is written', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await archiveWith(source, []);
    const victim = join(work, 'victim.json');
    writeFileSync(victim, 'keep me');
    mkdirSync(join(work, 'target'));
    symlinkSync(victim, join(work, 'target', 'manifest.json'));
    const summary = await runArchive(work, source, 'full', KEEP);
    expect(summary.totals.migrated).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(statSync(join(work, 'target', 'manifest.json'), { throwIfNoEntry: false })).toBeDefined();
  });
});
