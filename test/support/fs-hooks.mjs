/**
 * Preloaded into a child process (`node --import fs-hooks.mjs …`): counts the calls that change
 * files under FS_HOOKS_ROOT (open for writing, write, fsync, rename, link, unlink, rm, truncate,
 * mkdir) and, at a chosen one, SIGKILLs the process or pauses it, before the call runs. Kill points
 * are then steps of the program, not moments: the same on a loaded machine as on an idle one.
 *
 *   FS_HOOKS_ROOT    only paths under this folder count (resolved from the working directory)
 *   FS_HOOKS_TRACE   append "n op path" per counted call to this file
 *   FS_HOOKS_KILL_AT SIGKILL before the n-th counted call
 *   FS_HOOKS_PAUSE   pause before the first counted call whose "op path" matches this regex: write
 *                    FS_HOOKS_PAUSED, then wait until FS_HOOKS_GO exists
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const env = process.env;
const root = env.FS_HOOKS_ROOT ? resolve(env.FS_HOOKS_ROOT) : undefined;
const killAt = env.FS_HOOKS_KILL_AT ? Number(env.FS_HOOKS_KILL_AT) : undefined;
const pause = env.FS_HOOKS_PAUSE ? new RegExp(env.FS_HOOKS_PAUSE) : undefined;
const original = { ...fs };
const fds = new Map();
let count = 0;
let paused = false;

const under = (path) => root !== undefined && typeof path === 'string' && (resolve(path) === root || resolve(path).startsWith(root + sep));
const rel = (path) => resolve(path).slice(root.length + 1);

/** Set while a hooked call runs: fs functions that call each other (appendFileSync → writeFileSync) count once. */
let busy = false;

function step(op, path) {
  count++;
  const label = `${op} ${rel(path)}`;
  if (env.FS_HOOKS_TRACE) original.appendFileSync(env.FS_HOOKS_TRACE, `${count} ${label}\n`);
  if (count === killAt) process.kill(process.pid, 'SIGKILL');
  if (pause && !paused && pause.test(label)) {
    paused = true;
    original.writeFileSync(env.FS_HOOKS_PAUSED, String(count));
    const cell = new Int32Array(new SharedArrayBuffer(4));
    while (!original.existsSync(env.FS_HOOKS_GO)) Atomics.wait(cell, 0, 0, 20);
  }
}

const { O_WRONLY, O_RDWR, O_APPEND, O_TRUNC, O_EXCL } = fs.constants;
/** Numeric flags (O_WRONLY | O_APPEND …) read as the string flag they amount to, so labels stay `open:a`. */
const flagString = (flags) => {
  if (typeof flags !== 'number') return flags;
  if (!(flags & (O_WRONLY | O_RDWR))) return 'r';
  const plus = flags & O_RDWR ? '+' : '';
  if (flags & O_APPEND) return `a${plus}`;
  if (flags & O_EXCL) return `wx${plus}`;
  return flags & O_TRUNC ? `w${plus}` : 'r+';
};
const writing = (flags) => typeof flags === 'string' && /[wax+]/.test(flags);

function guarded(fn, original) {
  return function (...args) {
    if (busy) return original(...args);
    busy = true;
    try {
      return fn(...args);
    } finally {
      busy = false;
    }
  };
}

fs.openSync = function (path, flags, ...rest) {
  const named = flagString(flags ?? 'r');
  if (under(path) && writing(named)) step(`open:${named}`, path);
  const fd = original.openSync(path, flags, ...rest);
  if (under(path) && writing(named)) fds.set(fd, path);
  return fd;
};
fs.closeSync = function (fd) {
  fds.delete(fd);
  return original.closeSync(fd);
};
for (const name of ['writeSync', 'fsyncSync', 'ftruncateSync']) {
  fs[name] = function (fd, ...rest) {
    if (fds.has(fd)) step(name.replace('Sync', ''), fds.get(fd));
    return original[name](fd, ...rest);
  };
}
for (const name of ['writeFileSync', 'appendFileSync', 'unlinkSync', 'rmSync', 'truncateSync', 'mkdirSync', 'rmdirSync']) {
  fs[name] = function (path, ...rest) {
    if (typeof path === 'number') {
      if (fds.has(path)) step(name.replace('Sync', ''), fds.get(path));
    } else if (under(path)) step(name.replace('Sync', ''), path);
    return original[name](path, ...rest);
  };
}
for (const name of ['renameSync', 'linkSync', 'copyFileSync']) {
  fs[name] = function (from, to, ...rest) {
    if (under(to) || under(from)) step(name.replace('Sync', ''), under(to) ? to : from);
    return original[name](from, to, ...rest);
  };
}
for (const name of ['openSync', 'writeSync', 'fsyncSync', 'ftruncateSync', 'writeFileSync', 'appendFileSync', 'unlinkSync', 'rmSync', 'truncateSync', 'mkdirSync', 'rmdirSync', 'renameSync', 'linkSync', 'copyFileSync']) {
  fs[name] = guarded(fs[name], original[name]);
}
syncBuiltinESMExports();
