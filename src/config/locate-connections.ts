/**
 * Each platform's offline check of where its connection points (an archive folder that must
 * exist), run when a mapping file is loaded from disk so that `validate` and every run refuse a
 * source that is not there, with the key's file:line:column.
 */
import { findPlatform } from '../platforms/registry.js';
import type { MappingProblem } from './mapping-error.js';
import type { Mapping } from './types.js';
import type { PositionIndex } from './yaml-positions.js';

export function locateConnections(mapping: Mapping, file: string, baseDir: string, positions: PositionIndex): MappingProblem[] {
  const problems: MappingProblem[] = [];
  for (const role of ['source', 'target'] as const) {
    const connection = mapping[role] as { platform: string };
    const platform = findPlatform(connection.platform);
    for (const problem of platform?.locate?.(connection as never, role, baseDir) ?? []) {
      problems.push({ file, ...(positions.valueAt([role, problem.key]) ?? positions.keyAt([role]) ?? {}), message: problem.message });
    }
  }
  return problems;
}
