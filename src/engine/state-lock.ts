/**
 * One writer per state folder. Two runs on one ledger would both write every record (an archive
 * target keeps both lines, a help desk gets two tickets). The lock is a file created atomically
 * (written to a temp file, then hard-linked into place: `link` fails if the name exists, and the
 * lock is never seen half-written). It names its holder: pid, host, boot and the process's start,
 * so a lock left by a process that died (SIGKILL, a lost runner, a reboot) is recognised and taken
 * over, and a live one is refused.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync, fsyncSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StateLockedError } from './state-errors.js';

export const LOCK_FILE = 'lock.json';

interface Holder {
  pid: number;
  host: string;
  /** Linux boot id: a pid from before a reboot is another process. */
  boot?: string;
  /** The process's start in clock ticks since boot (Linux), so a reused pid is not taken for the holder. */
  processStart?: string;
  since: string;
}

export interface StateLock {
  release(): void;
}

/** Takes the lock of `folder` (created if missing) or throws StateLockedError naming the live holder. */
export function lockStateFolder(folder: string, log: { warn(message: string): void }): StateLock {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, LOCK_FILE);
  const me = currentHolder();
  const text = JSON.stringify(me) + '\n';
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(file, text)) return { release: () => releaseIfMine(file, text) };
    const seen = readHolder(file);
    if (seen === 'gone') continue;
    if (seen !== 'unreadable' && isAlive(seen)) {
      throw new StateLockedError(
        `The state folder ${folder} is in use by another desk-migrate run (pid ${seen.pid} on ${seen.host}, since ${seen.since}). ` +
          `Wait for it to finish, or stop it; two runs on one state would write every record twice. If no such run exists, delete ${file}.`,
      );
    }
    // Stale: move it aside under a name of our own. Only one of two runs taking it over at once
    // succeeds (the other's rename finds no file); the winner checks it moved the lock it judged.
    const aside = `${file}.stale-${process.pid}`;
    try {
      renameSync(file, aside);
    } catch {
      continue;
    }
    const moved = readFileSafe(aside);
    if (seen !== 'unreadable' && moved !== JSON.stringify(seen) + '\n' && moved !== undefined) {
      // Another run took it over between our read and our rename: put its lock back and look again.
      try {
        linkSync(aside, file);
      } catch {
        /* a third run holds it now; the next attempt sees it */
      }
      rmSync(aside, { force: true });
      continue;
    }
    rmSync(aside, { force: true });
    log.warn(
      seen === 'unreadable'
        ? `The state folder ${folder} had an unreadable lock file; taking it over.`
        : `The state folder ${folder} was locked by a run that is gone (pid ${seen.pid} on ${seen.host}, since ${seen.since}); taking the lock over. That run was interrupted: this one continues from its checkpoint.`,
    );
  }
  throw new StateLockedError(`The state folder ${folder} is being locked and unlocked by other runs at the same time; run one migration per state folder.`);
}

function createExclusive(file: string, text: string): boolean {
  const temp = `${file}.new-${process.pid}`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

function releaseIfMine(file: string, text: string): void {
  if (readFileSafe(file) !== text) return;
  try {
    unlinkSync(file);
  } catch {
    /* already gone */
  }
}

function readHolder(file: string): Holder | 'gone' | 'unreadable' {
  const text = readFileSafe(file);
  if (text === undefined) return 'gone';
  try {
    const holder = JSON.parse(text) as Holder;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? holder : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function readFileSafe(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function currentHolder(): Holder {
  const boot = bootId();
  const processStart = processStartOf(process.pid);
  return { pid: process.pid, host: hostname(), ...(boot ? { boot } : {}), ...(processStart ? { processStart } : {}), since: new Date().toISOString() };
}

/** True while the holder's process runs. A lock of another host or boot is stale: its state folder was copied or restored here. */
function isAlive(holder: Holder): boolean {
  if (holder.host !== hostname()) return false;
  const boot = bootId();
  if (holder.boot && boot && holder.boot !== boot) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStartOf(holder.pid);
  return !(holder.processStart && start && holder.processStart !== start);
}

function bootId(): string | undefined {
  return readFileSafe('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
}

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces). */
function processStartOf(pid: number): string | undefined {
  const stat = readFileSafe(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}
