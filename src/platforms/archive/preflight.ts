/** check for an archive: the folder is what the connection reaches; no API, no cost. */
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AccessCheck, Preflight } from '../preflight.js';

export function archivePreflight(root: string, side: 'source' | 'target'): Preflight {
  return {
    account: async () => `folder ${root}`,
    checkAccess: async () => [side === 'source' ? readable(root) : writable(root)],
    cost: () => undefined,
    reminders: () => [],
  };
}

function readable(root: string): AccessCheck {
  if (!existsSync(root)) return { permission: 'read the archive folder', ok: false, detail: `${root} does not exist; check source.path` };
  try {
    accessSync(root, constants.R_OK);
    return { permission: 'read the archive folder', ok: true, detail: `${root} is readable` };
  } catch {
    return { permission: 'read the archive folder', ok: false, detail: `${root} cannot be read by this user` };
  }
}

function writable(root: string): AccessCheck {
  let dir = root;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return { permission: 'write the archive folder', ok: true, detail: `${dir === root ? root : `${root} can be created in ${dir}`}` };
  } catch {
    return { permission: 'write the archive folder', ok: false, detail: `${dir} is not writable by this user; check target.path` };
  }
}
