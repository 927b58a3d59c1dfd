/**
 * Where an archive connection points, checked before anything runs: a source must be a folder that
 * holds an archive (a typo in `path` would otherwise be a successful migration of nothing); a
 * target may not exist yet (it is created) but must not be, or lie under, a file.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ENTITY_ORDER } from '../../model/entities.js';
import type { ConnectionProblem } from '../descriptor.js';
import { entityFile } from './layout.js';

export function locateArchive(path: string, role: 'source' | 'target', baseDir: string): ConnectionProblem[] {
  const root = resolve(baseDir, path);
  const problem = role === 'source' ? sourceProblem(root) : targetProblem(root);
  return problem ? [{ key: 'path', message: `${role}.path: ${problem} (paths are read from the mapping file's folder)` }] : [];
}

function sourceProblem(root: string): string | undefined {
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat) return `the archive folder ${root} does not exist; check the path`;
  if (!stat.isDirectory()) return `${root} is a file, not an archive folder`;
  const holdsArchive = existsSync(join(root, 'manifest.json')) || ENTITY_ORDER.some((e) => existsSync(entityFile(root, e)));
  if (!holdsArchive) return `${root} holds no archive (no manifest.json and no ${ENTITY_ORDER.slice(0, 3).map((e) => `${e}.jsonl`).join(', ')}, … file); check the path`;
  return undefined;
}

function targetProblem(root: string): string | undefined {
  let dir = root;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  if (statSync(dir).isDirectory()) return undefined;
  return dir === root ? `${root} is a file; the archive target is a folder (created when missing)` : `${root} cannot be created: ${dir} is a file`;
}
