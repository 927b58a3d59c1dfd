/**
 * What guards a state folder: one writer at a time (a lock that a dead holder does not keep), one
 * migration per folder (the source and target it belongs to), folders checked before anything is
 * migrated, and reports written by a run that fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { Checkpoint } from '../../src/engine/checkpoint.js';
import { summaryOf } from '../../src/engine/failure-summary.js';
import { StateFolderError, StateLockedError } from '../../src/engine/state-errors.js';
import { LOCK_FILE, lockStateFolder } from '../../src/engine/state-lock.js';
import { run, type RunRequest } from '../../src/run.js';
import type { Logger } from '../../src/log/logger.js';
import { readArchive, readJsonl, tempDir } from '../support/workspace.js';

function recordingLog(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, warn: (m: string) => void warnings.push(m), error: (m: string) => void warnings.push(m) } as unknown as Logger & { warnings: string[] };
}

async function workspace(target = 'out'): Promise<{ root: string; request: (extra?: Partial<RunRequest>) => RunRequest }> {
  const root = tempDir();
  await generateArchive(join(root, 'src'), { tickets: 12, contacts: 6 });
  writeFileSync(join(root, 'migration.yml'), `source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: ${target}\n`);
  return {
    root,
    request: (extra = {}) => ({ configFile: join(root, 'migration.yml'), mode: 'full', stateDir: join(root, 'state'), reportsDir: join(root, 'reports'), log: recordingLog(), ...extra }),
  };
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the state folder lock', () => {
  test('a live holder is refused with who holds it; released, the folder can be locked again', () => {
    const dir = tempDir();
    const first = lockStateFolder(dir, recordingLog());
    expect(() => lockStateFolder(dir, recordingLog())).toThrow(StateLockedError);
    expect(() => lockStateFolder(dir, recordingLog())).toThrow(new RegExp(`is in use by another desk-migrate run \\(pid ${process.pid} on ${hostname()}`));
    first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockStateFolder(dir, recordingLog()).release();
  });

  test('a run on a folder another live run holds exits before reading anything, and its target is untouched', async () => {
    const { root, request } = await workspace();
    const held = lockStateFolder(join(root, 'state'), recordingLog());
    try {
      await expect(run(request())).rejects.toThrow(StateLockedError);
      expect(existsSync(join(root, 'out'))).toBe(false);
    } finally {
      held.release();
    }
    expect((await run(request())).complete).toBe(true);
  });

  test.each([
    ['a dead process', () => ({ pid: deadPid(), host: hostname() })],
    ['another host', () => ({ pid: process.pid, host: `not-${hostname()}` })],
    ['another boot', () => ({ pid: process.pid, host: hostname(), boot: 'an-earlier-boot' })],
  ])('a lock left by %s is taken over with a message', async (_, holder) => {
    const { root, request } = await workspace();
    mkdirSync(join(root, 'state'));
    writeFileSync(join(root, 'state', LOCK_FILE), JSON.stringify({ ...holder(), since: '2026-01-01T00:00:00.000Z' }) + '\n');
    const log = recordingLog();
    const summary = await run(request({ log }));
    expect(summary.complete).toBe(true);
    expect(log.warnings.some((w) => /was locked by a run that is gone .*taking the lock over/.test(w))).toBe(true);
    expect(existsSync(join(root, 'state', LOCK_FILE))).toBe(false);
  });

  test('an unreadable lock file (a write cut short) is taken over', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), '{"pid":');
    const log = recordingLog();
    lockStateFolder(dir, log).release();
    expect(log.warnings).toEqual([`The state folder ${dir} had an unreadable lock file; taking it over.`]);
  });
});

describe('the migration a state folder belongs to', () => {
  test('a finished state copied next to another target is refused before anything is written, saying what to do', async () => {
    const { root, request } = await workspace();
    expect((await run(request())).complete).toBe(true);
    writeFileSync(join(root, 'other.yml'), 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: other-out\n');
    cpSync(join(root, 'state'), join(root, 'copied-state'), { recursive: true });
    const journal = readFileSync(join(root, 'copied-state', 'journal.jsonl'), 'utf8');
    const failure = await run(request({ configFile: join(root, 'other.yml'), stateDir: join(root, 'copied-state') })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StateFolderError);
    expect((failure as Error).message).toBe(
      `The state folder ${join(root, 'copied-state')} belongs to another migration: its target is archive:${join(root, 'out')}, and this mapping file's is archive:${join(root, 'other-out')}. ` +
        `Nothing was written. Give this migration its own state folder (--state, or its own state-key-prefix in the Action), or delete ${join(root, 'copied-state')} if that migration is over.`,
    );
    expect(existsSync(join(root, 'other-out'))).toBe(false);
    expect(readFileSync(join(root, 'copied-state', 'journal.jsonl'), 'utf8')).toBe(journal);
  });

  test('the same folder reached another way (a symlink, before and after it exists) is the same migration', async () => {
    const { root, request } = await workspace();
    expect((await run(request())).complete).toBe(true);
    symlinkSync(root, join(root, '..', `${root.split('/').pop()}-link`));
    const viaLink = join(root, '..', `${root.split('/').pop()}-link`, 'migration.yml');
    const summary = await run(request({ configFile: viaLink }));
    expect(summary.totals.skipped).toBe(summary.totals.read); // all already migrated, nothing refused
  });

  test('a state from before the record is adopted: the pair is recorded on its next run', async () => {
    const { root, request } = await workspace();
    await run(request());
    const file = join(root, 'state', 'journal.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').split('\n').filter((l) => !l.includes('"t":"identity"')).join('\n'));
    await run(request());
    expect(Checkpoint.open(join(root, 'state'), { readOnly: true }).identity).toEqual({ source: `archive:${join(root, 'src')}`, target: `archive:${join(root, 'out')}` });
  });

  test('verify refuses a state of another target too', async () => {
    const { root, request } = await workspace();
    await run(request());
    writeFileSync(join(root, 'other.yml'), 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: out-2\n');
    await expect(run(request({ mode: 'verify', configFile: join(root, 'other.yml') }))).rejects.toThrow(/belongs to another migration/);
  });
});

describe('the state and reports folders', () => {
  test.each([
    ['a file', (root: string) => (writeFileSync(join(root, 'a-file'), ''), join(root, 'a-file')), 'is a file, not a folder: choose a folder (it is created if missing).'],
    ['inside a file', (root: string) => (writeFileSync(join(root, 'a-file'), ''), join(root, 'a-file', 'state')), `cannot be created: `],
    ['under /proc', () => '/proc/desk-migrate/state', 'is under /proc, a system folder: choose a folder of your own.'],
    ['under /sys', () => '/sys/desk-migrate', 'is under /sys, a system folder: choose a folder of your own.'],
  ])('--state %s is refused with the flag name, before anything is migrated', async (_, path, why) => {
    const { root, request } = await workspace();
    const state = path(root);
    const failure = await run(request({ stateDir: state, folderNames: { state: '--state', reports: '--reports' } })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StateFolderError);
    expect((failure as Error).message.startsWith(`--state ${state} ${why}`)).toBe(true);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  test('--reports that is a file is refused with the flag name', async () => {
    const { root, request } = await workspace();
    writeFileSync(join(root, 'reports-file'), '');
    await expect(run(request({ reportsDir: join(root, 'reports-file'), folderNames: { state: '--state', reports: '--reports' } }))).rejects.toThrow(
      `--reports ${join(root, 'reports-file')} is a file, not a folder`,
    );
  });

  test.skipIf(process.getuid?.() === 0)('a folder that cannot be written is refused', async () => {
    const { root, request } = await workspace();
    mkdirSync(join(root, 'locked'), { mode: 0o500 });
    await expect(run(request({ stateDir: join(root, 'locked', 'state'), folderNames: { state: '--state', reports: '--reports' } }))).rejects.toThrow(/--state .* cannot be written \(permission denied\)/);
  });
});

describe('a run stopped by an error', () => {
  test('writes its reports: the outcomes up to the error, and the error in summary.json and summary.md', async () => {
    const { root, request } = await workspace();
    // A contact line that is not JSON stops the archive source mid-way, after agents and more are done.
    const contacts = join(root, 'src', 'contacts.jsonl');
    writeFileSync(contacts, readFileSync(contacts, 'utf8') + '{"id": broken\n');
    const failure = await run(request()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    const summary = summaryOf(failure);
    expect(summary?.error).toBe((failure as Error).message);
    expect(summary?.complete).toBe(false);
    const written = JSON.parse(readFileSync(join(root, 'reports', 'summary.json'), 'utf8')) as { error: string; totals: { migrated: number } };
    expect(written.error).toBe((failure as Error).message);
    expect(written.totals.migrated).toBeGreaterThan(0);
    expect(readJsonl(join(root, 'out', 'agents.jsonl')).length).toBeGreaterThan(0);
    expect(readFileSync(join(root, 'reports', 'migrated.csv'), 'utf8').split('\n').length).toBeGreaterThan(2);
    expect(readFileSync(join(root, 'reports', 'summary.md'), 'utf8')).toContain('**Stopped by an error:**');
    // Fixed, the next run continues and completes.
    writeFileSync(contacts, readFileSync(contacts, 'utf8').replace('{"id": broken\n', ''));
    expect((await run(request())).complete).toBe(true);
    expect(readArchive(join(root, 'out')).contacts).toHaveLength(6);
  });

  test('stopped before any record (the state of another migration): the summary carries the error', async () => {
    const { root, request } = await workspace();
    await run(request());
    writeFileSync(join(root, 'other.yml'), 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: out-2\n');
    const failure = await run(request({ configFile: join(root, 'other.yml') })).catch((e: unknown) => e);
    expect(summaryOf(failure)?.error).toMatch(/belongs to another migration/);
    expect(JSON.parse(readFileSync(join(root, 'reports', 'summary.json'), 'utf8')).error).toMatch(/belongs to another migration/);
  });
});
