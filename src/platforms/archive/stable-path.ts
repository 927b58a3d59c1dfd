/**
 * An archive folder's identity: its real path, the same before the folder exists (a first run) and
 * after (a symlinked temp folder, a relative path from another working directory).
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function stablePath(path: string): string {
  const missing: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch {
      if (dirname(current) === current) return path;
      missing.push(basename(current));
    }
  }
}
