/**
 * Every file an archive reads or writes stays inside its folder. A path is resolved with realpath
 * (symlinks of the file and of every folder on its way) and must stay under the folder's own real
 * path; the file must be a regular file, checked on the open descriptor, so that a path swapped to
 * a symlink between the check and the open is caught; FIFOs and devices are refused without
 * blocking (O_NONBLOCK). The folder itself may be a symlink: the mapping file chose it.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export type RefusalKind = 'missing' | 'outside' | 'not_a_file';

export class ArchiveFileRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveFileRefused';
  }
}

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** Opens `stored` (relative to `root`) for reading; the caller closes the descriptor. */
export function openInside(root: string, stored: string): number {
  const top = realRoot(root);
  const lexical = resolve(top, stored);
  if (!isInside(top, lexical)) throw new ArchiveFileRefused('outside', `"${stored}" points outside the archive folder ${root}`);
  let real: string;
  try {
    real = realpathSync(lexical);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (lstatSync(lexical, { throwIfNoEntry: false })) throw new ArchiveFileRefused('outside', `"${stored}" is a symbolic link that leads to nothing inside the archive folder ${root}`);
    throw new ArchiveFileRefused('missing', `"${stored}" does not exist in the archive folder ${root}`);
  }
  if (!isInside(top, real)) throw new ArchiveFileRefused('outside', `"${stored}" is a symbolic link (or lies in a linked folder) that leads outside the archive folder ${root}`);
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new ArchiveFileRefused('outside', `"${stored}" became a symbolic link while it was being opened`);
    throw error;
  }
  try {
    confirmRegularInside(fd, top, real, stored, root);
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * Opens (creating it) a file to write at `stored` under `root`, after creating its folders: every
 * folder on the way must resolve inside `root`, and the file itself must not be a symlink.
 */
export function openInsideForWrite(root: string, stored: string, flags: number): number {
  mkdirSync(root, { recursive: true });
  const top = realRoot(root);
  const lexical = resolve(top, stored);
  if (!isInside(top, lexical)) throw new ArchiveFileRefused('outside', `"${stored}" points outside the archive folder ${root}`);
  const real = join(makeFoldersInside(top, dirname(lexical), stored, root), basename(lexical));
  let fd: number;
  try {
    fd = openSync(real, flags | constants.O_CREAT | NOFOLLOW | NONBLOCK, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new ArchiveFileRefused('outside', `"${stored}" in ${root} is a symbolic link; the archive writes only regular files inside its folder, remove it`);
    throw error;
  }
  try {
    confirmRegularInside(fd, top, real, stored, root);
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Refuses a file of the archive folder that exists but is not a regular file (a symlink included). */
export function assertRegularIfPresent(root: string, stored: string): void {
  const full = resolve(root, stored);
  let stat;
  try {
    stat = lstatSync(full);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) throw new ArchiveFileRefused('outside', `${full} is a symbolic link; an archive reads and writes only regular files inside its folder, remove it`);
  if (!stat.isFile()) throw new ArchiveFileRefused('not_a_file', `${full} is not a regular file; remove it`);
}

/** Creates the folders down to `folder` one at a time, refusing any that leads outside `top`. */
function makeFoldersInside(top: string, folder: string, stored: string, root: string): string {
  let current = top;
  for (const part of relative(top, folder).split(sep).filter(Boolean)) {
    current = join(current, part);
    try {
      mkdirSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const real = realpathSync(current);
    if (!isInside(top, real)) throw new ArchiveFileRefused('outside', `the folder of "${stored}" is a symbolic link that leads outside the archive folder ${root}; remove it`);
    current = real;
  }
  return current;
}

function confirmRegularInside(fd: number, top: string, real: string, stored: string, root: string): void {
  const opened = fstatSync(fd);
  if (!opened.isFile()) throw new ArchiveFileRefused('not_a_file', `"${stored}" in ${root} is not a regular file (a folder, FIFO, socket or device)`);
  // Where the descriptor really points: Linux says it exactly; elsewhere the file now at the
  // checked path must be the very file opened.
  const where = openedPath(fd);
  const same = where !== undefined ? isInside(top, where) : sameFile(real, opened);
  if (!same) throw new ArchiveFileRefused('outside', `"${stored}" was swapped for a file outside the archive folder ${root} while it was being opened`);
}

function openedPath(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

function sameFile(path: string, opened: { dev: number; ino: number }): boolean {
  try {
    if (realpathSync(path) !== path) return false;
    const now = statSync(path);
    return now.dev === opened.dev && now.ino === opened.ino;
  } catch {
    return false;
  }
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`the archive folder ${root} does not exist`);
    throw error;
  }
}

function isInside(top: string, path: string): boolean {
  const rel = relative(top, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
