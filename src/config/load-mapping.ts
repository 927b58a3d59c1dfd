/**
 * Reads `migration.yml`: bytes (bounded, UTF-8) → YAML (aliases bounded) → `${ENV}` references →
 * schema → the platforms' own checks. Every problem found is reported at once, each with
 * file:line:column and what to change. Values from the environment are handed to `onSecrets` before
 * anything is validated, and no message quotes one.
 */
import { open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { load, parseEvents, YAMLException } from 'js-yaml';
import { findPlatform, platformNames } from '../platforms/registry.js';
import { MAX_EXPANDED_NODES, measureExpansion } from './alias-expansion.js';
import { findCleartextUrls } from './cleartext-urls.js';
import { describeIssue } from './describe-issue.js';
import { nameEnvValues, resolveEnvReferences } from './env-references.js';
import { locateConnections } from './locate-connections.js';
import { MappingError, type MappingProblem } from './mapping-error.js';
import { decodeMappingText, MAX_MAPPING_BYTES } from './mapping-text.js';
import { nearestWord } from './nearest-word.js';
import { buildMappingSchema } from './schema.js';
import { validKeysAt } from './schema-keys.js';
import type { Mapping } from './types.js';
import { indexPositions, pathKey } from './yaml-positions.js';
import { yamlSyntaxProblem } from './yaml-syntax-error.js';

export interface LoadedMapping {
  mapping: Mapping;
  /** Credentials read from the environment; mask them in every output. */
  secrets: string[];
  file: string;
  baseDir: string;
}

export interface LoadOptions {
  /** Called with every value read from the environment as soon as it is known, before validation. */
  onSecrets?: (secrets: string[]) => void;
}

export async function loadMappingFile(file: string, env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): Promise<LoadedMapping> {
  const decoded = decodeMappingText(await readBounded(file), file);
  if (!decoded.ok) throw new MappingError([decoded.problem]);
  const loaded = parseMapping(decoded.text, file, env, options);
  const problems = locateConnections(loaded.mapping, file, loaded.baseDir, indexPositions(decoded.text, parseEvents(decoded.text, { filename: file })));
  if (problems.length > 0) throw new MappingError(problems);
  return loaded;
}

/** At most one byte past the bound, so a huge file (or /dev/zero) is never read whole. */
async function readBounded(file: string): Promise<Uint8Array> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = new Uint8Array(MAX_MAPPING_BYTES + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0 || (length += bytesRead) === buffer.length) break;
      }
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a folder' : `it cannot be read (${code ?? String(error)})`;
    throw new MappingError([{ file, message: `cannot load the mapping file: ${why}; pass the path of your migration.yml` }]);
  }
}

export function parseMapping(text: string, file: string, env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): LoadedMapping {
  if (text.length > MAX_MAPPING_BYTES) {
    throw new MappingError([{ file, message: `the mapping file is larger than ${MAX_MAPPING_BYTES} bytes (2 MiB), the most a mapping file may be: is this the right file?` }]);
  }
  let document: unknown;
  try {
    document = load(text, { filename: file });
  } catch (error) {
    if (error instanceof YAMLException) throw new MappingError([yamlSyntaxProblem(error, text, file)]);
    throw error;
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new MappingError([
      { file, line: 1, column: 1, message: 'the mapping file must be a YAML mapping with at least `source:` and `target:`; see mappings.example.yml' },
    ]);
  }

  const events = parseEvents(text, { filename: file });
  const positions = indexPositions(text, events);
  // Before anything walks the document: an alias bomb is small to load and huge to walk.
  const expansion = measureExpansion(events, text);
  if (expansion.overflowAt !== undefined) {
    throw new MappingError([
      {
        file,
        ...positions.offsetAt(expansion.overflowAt),
        message: `this alias makes the mapping file expand to more than ${MAX_EXPANDED_NODES} values (aliases nested in aliases); write the values out instead of nesting aliases`,
      },
    ]);
  }
  const problems: MappingProblem[] = [];
  const at = (path: readonly (string | number)[], key = false) => (key ? positions.keyAt(path) : positions.valueAt(path));

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
  // Masked before any message can be printed: the runtime registers them with its log.
  options.onSecrets?.(resolved.secrets);
  const origins = (path: readonly (string | number)[]) => resolved.origins.get(pathKey(path));
  /** The last guard: a value from the environment that reached a message some other way is named, not shown. */
  const fail = (found: MappingProblem[]): never => {
    throw new MappingError(sortByPosition(found).map((p) => ({ ...p, message: nameEnvValues(p.message, resolved.envValues) })));
  };
  problems.push(...resolved.problems);
  if (problems.length > 0) fail(problems);

  const schema = buildMappingSchema();
  const result = schema.safeParse(resolved.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const described of describeIssue(issue, resolved.value, (path) => validKeysAt(schema, path, resolved.value), origins)) {
        problems.push({ file, ...at(described.at, described.atKey), message: described.message });
      }
    }
    fail(problems);
  }

  const mapping = result.data as Mapping;
  checkRoles(mapping, file, at, problems);
  for (const found of findCleartextUrls(resolved.value as Record<string, unknown>, origins)) problems.push({ file, ...at(found.path), message: found.message });
  if (problems.length > 0) fail(problems);
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
