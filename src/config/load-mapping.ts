/**
 * Reads `migration.yml`: YAML → `${ENV}` references → schema → the platforms' own checks. Every
 * problem found is reported at once, each with file:line:column and what to change.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { findPlatform, platformNames } from '../platforms/registry.js';
import { describeIssue } from './describe-issue.js';
import { resolveEnvReferences } from './env-references.js';
import { locateConnections } from './locate-connections.js';
import { MappingError, type MappingProblem } from './mapping-error.js';
import { nearestWord } from './nearest-word.js';
import { buildMappingSchema } from './schema.js';
import { validKeysAt } from './schema-keys.js';
import type { Mapping } from './types.js';
import { indexPositions } from './yaml-positions.js';

export interface LoadedMapping {
  mapping: Mapping;
  /** Credentials read from the environment; mask them in every output. */
  secrets: string[];
  file: string;
  baseDir: string;
}

export async function loadMappingFile(file: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadedMapping> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the file does not exist' : `it cannot be read (${code ?? String(error)})`;
    throw new MappingError([{ file, message: `cannot load the mapping file: ${why}; pass the path of your migration.yml` }]);
  }
  const loaded = parseMapping(text, file, env);
  const problems = locateConnections(loaded.mapping, file, loaded.baseDir, indexPositions(text));
  if (problems.length > 0) throw new MappingError(problems);
  return loaded;
}

export function parseMapping(text: string, file: string, env: NodeJS.ProcessEnv = process.env): LoadedMapping {
  let document: unknown;
  try {
    document = load(text, { filename: file });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark as { line?: number; column?: number } | undefined;
      throw new MappingError([
        { file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: `this is not valid YAML: ${error.reason}` },
      ]);
    }
    throw error;
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new MappingError([
      { file, line: 1, column: 1, message: 'the mapping file must be a YAML mapping with at least `source:` and `target:`; see mappings.example.yml' },
    ]);
  }

  const positions = indexPositions(text);
  const problems: MappingProblem[] = [];
  const at = (path: readonly (string | number)[], key = false) => (key ? positions.keyAt(path) : positions.valueAt(path)) ?? {};

  const doc = document as Record<string, unknown>;
  for (const side of ['source', 'target'] as const) {
    const platform = (doc[side] as { platform?: unknown } | undefined)?.platform;
    if (typeof platform === 'string' && !findPlatform(platform)) {
      const guess = nearestWord(platform, platformNames());
      const hint = guess ? `did you mean "${guess}"?` : `use one of ${platformNames().join(', ')}`;
      problems.push({ file, ...at([side, 'platform']), message: `${side}.platform "${platform}" is not a platform desk-migrate knows; ${hint}` });
    }
  }

  const isSecretPath = (path: readonly string[]) => {
    const [side, key] = path;
    if ((side !== 'source' && side !== 'target') || path.length !== 2 || key === undefined) return false;
    const platform = (doc[side] as { platform?: unknown } | undefined)?.platform;
    return typeof platform === 'string' && (findPlatform(platform)?.secretKeys.includes(key) ?? false);
  };
  const resolved = resolveEnvReferences(document, env, file, positions, isSecretPath);
  problems.push(...resolved.problems);
  if (problems.length > 0) throw new MappingError(problems);

  const schema = buildMappingSchema();
  const result = schema.safeParse(resolved.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const described of describeIssue(issue, resolved.value, (path) => validKeysAt(schema, path, resolved.value))) {
        problems.push({ file, ...at(described.at, described.atKey), message: described.message });
      }
    }
    throw new MappingError(sortByPosition(problems));
  }

  const mapping = result.data;
  checkRoles(mapping, file, at, problems);
  if (problems.length > 0) throw new MappingError(problems);
  return { mapping, secrets: resolved.secrets, file, baseDir: dirname(resolve(file)) };
}

function checkRoles(
  mapping: Mapping,
  file: string,
  at: (path: readonly (string | number)[]) => { line?: number; column?: number },
  problems: MappingProblem[],
): void {
  const source = findPlatform(String(mapping.source.platform));
  const target = findPlatform(String(mapping.target.platform));
  if (source && !source.createSource) {
    problems.push({ file, ...at(['source', 'platform']), message: `${source.title} cannot be a source yet; choose another source platform` });
  }
  if (target && !target.createTarget) {
    problems.push({ file, ...at(['target', 'platform']), message: `${target.title} cannot be a target yet; choose another target platform` });
  }
}

function sortByPosition(problems: MappingProblem[]): MappingProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
