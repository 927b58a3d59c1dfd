/**
 * `desk-migrate validate --offline`: checks a mapping file where its secrets are not set (a pull
 * request from a fork gets none). Every `${NAME}` the environment lacks gets a placeholder, and the
 * problems the placeholder itself causes (on that value's line) are dropped: the value is checked
 * for real when the run has the secret. Everything else is validated as usual.
 */
import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { parseMapping, loadMappingFile } from '../config/load-mapping.js';
import { MappingError } from '../config/mapping-error.js';

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?\}/g;
const PLACEHOLDER = 'offline-placeholder';

export interface OfflineValidation {
  source: string;
  target: string;
  /** Variables the file references that were not set, each with the first line that uses it. */
  unresolved: { name: string; line: number }[];
}

export async function validateOffline(file: string, env: NodeJS.ProcessEnv = process.env): Promise<OfflineValidation> {
  // Missing or unreadable files get the loader's own message.
  const text = await readFile(file, 'utf8').catch(async () => {
    await loadMappingFile(file, env);
    throw new Error('unreachable');
  });
  const unresolved: { name: string; line: number }[] = [];
  const placeholderLines = new Set<number>();
  const offlineEnv: NodeJS.ProcessEnv = { ...env };
  text.split('\n').forEach((lineText, index) => {
    if (lineText.trimStart().startsWith('#')) return;
    for (const match of lineText.matchAll(REFERENCE)) {
      const name = match[1] ?? '';
      if (env[name] !== undefined && env[name] !== '' && offlineEnv[name] !== PLACEHOLDER) continue;
      offlineEnv[name] = PLACEHOLDER;
      placeholderLines.add(index + 1);
      if (!unresolved.some((u) => u.name === name)) unresolved.push({ name, line: index + 1 });
    }
  });
  try {
    const { mapping } = parseMapping(text, file, offlineEnv);
    return { source: String(mapping.source.platform), target: String(mapping.target.platform), unresolved };
  } catch (error) {
    if (!(error instanceof MappingError)) throw error;
    const real = error.problems.filter((p) => p.line === undefined || !placeholderLines.has(p.line));
    if (real.length > 0) throw new MappingError(real);
    // Only placeholders were refused (a URL or email kept in a secret): the rest is valid.
    const doc = load(text) as { source?: { platform?: unknown }; target?: { platform?: unknown } };
    return { source: String(doc.source?.platform), target: String(doc.target?.platform), unresolved };
  }
}
