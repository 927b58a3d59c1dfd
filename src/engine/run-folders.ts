/**
 * The state and reports folders are checked before anything is read or written: a path that is a
 * file, sits under a system folder (/proc, /sys, /dev: a recursive mkdir there can loop forever) or
 * cannot be written is refused with the name of the option that gave it.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { StateFolderError } from './state-errors.js';

const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

/** Creates `path` if missing (one level at a time, never a recursive mkdir) and proves it writable. */
export function prepareFolder(path: string, name: string): void {
  const folder = resolve(path);
  const refuse = (why: string) => new StateFolderError(`${name} ${path} ${why}`);
  const system = SYSTEM_FOLDERS.find((s) => folder === s || folder.startsWith(s + sep));
  if (system) throw refuse(`is under ${system}, a system folder: choose a folder of your own.`);
  const missing: string[] = [];
  let existing = folder;
  for (;;) {
    const kind = kindOf(existing);
    if (kind === 'folder') break;
    if (kind === 'other') throw refuse(existing === folder ? 'is a file, not a folder: choose a folder (it is created if missing).' : `cannot be created: ${existing} is a file, not a folder.`);
    if (dirname(existing) === existing) throw refuse('cannot be created: no part of it exists.');
    missing.unshift(existing);
    existing = dirname(existing);
  }
  try {
    for (const part of missing) mkdirSync(part);
    const probe = resolve(folder, `.write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'read-only file system' : code === 'ENOSPC' ? 'no space left' : (error as Error).message;
    throw refuse(`cannot be written (${why}): choose a folder this user can write.`);
  }
}

function kindOf(path: string): 'folder' | 'other' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a folder on the way is a file; walking up finds it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw new StateFolderError(`${path} cannot be looked at (${code ?? (error as Error).message}): choose a folder this user can read and write.`);
  }
}
