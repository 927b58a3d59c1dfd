/**
 * `${NAME}` references in the mapping file are replaced by environment variables, so secrets live in
 * repository secrets and never in the file. Every value taken from the environment is returned for
 * masking (a token put under a key that is not a credential key is still a token), with the variables
 * each value was made from, so messages name the variable instead of quoting its value. A credential
 * written literally in the file is refused.
 */
import type { MappingProblem } from './mapping-error.js';
import { pathKey, type PathKey, type PositionIndex } from './yaml-positions.js';

/** `${NAME}`, or `${NAME:-fallback}` for a value used when NAME is unset (as in a shell). */
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
const HAS_REFERENCE = /\$\{[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}/;

/**
 * Shorter values (`${REGION}` = eu) would blank ordinary log text wherever they occur and protect
 * nothing; they are still never quoted in a message. Values of credential keys are masked whatever
 * their length.
 */
const MIN_MASKED_LENGTH = 4;

export interface EnvValue {
  name: string;
  value: string;
}

export interface ResolvedReferences {
  value: unknown;
  /** Values read from the environment; they must be masked everywhere before anything is printed. */
  secrets: string[];
  /** Every variable substituted, with its value, for turning a leaked value back into its name. */
  envValues: EnvValue[];
  /** Path (see `pathKey`) → the variables its value was made from. */
  origins: Map<PathKey, string[]>;
  problems: MappingProblem[];
}

export function resolveEnvReferences(
  document: unknown,
  env: NodeJS.ProcessEnv,
  file: string,
  positions: PositionIndex,
  isSecretPath: (path: readonly string[]) => boolean,
): ResolvedReferences {
  const secrets = new Set<string>();
  const envValues = new Map<string, EnvValue>();
  const origins = new Map<PathKey, string[]>();
  const problems: MappingProblem[] = [];

  const visit = (node: unknown, path: string[]): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => visit(item, [...path, String(i)]));
    if (node && typeof node === 'object' && !(node instanceof Date)) {
      // A key whose whole value is `${NAME:-}` with NAME unset is left out: an optional override.
      return Object.fromEntries(Object.entries(node).flatMap(([k, v]) => (isUnsetOptional(v, env) ? [] : [[k, visit(v, [...path, k])]])));
    }
    if (typeof node !== 'string') return node;
    const secret = isSecretPath(path);
    const where = positions.valueAt(path);
    if (secret && !HAS_REFERENCE.test(node)) {
      problems.push({
        file,
        ...where,
        message: `${path.join('.')} is a credential written in the file; keep it in a secret and write \${${suggestVariable(path)}} instead`,
      });
      return node;
    }
    const names: string[] = [];
    const resolved = node.replace(REFERENCE, (_, name: string, fallback: string | undefined) => {
      const fromEnv = env[name];
      if (fromEnv !== undefined && fromEnv !== '') {
        names.push(name);
        envValues.set(`${name}\0${fromEnv}`, { name, value: fromEnv });
        if (secret || fromEnv.length >= MIN_MASKED_LENGTH) secrets.add(fromEnv);
        return fromEnv;
      }
      if (fallback !== undefined && fallback !== '') return fallback;
      problems.push({
        file,
        ...where,
        message: `environment variable ${name} is not set (used by ${path.join('.')}); set it, e.g. in the workflow step: env: ${name}: \${{ secrets.${name} }}`,
      });
      return '';
    });
    if (names.length > 0) origins.set(pathKey(path), [...new Set(names)]);
    return resolved;
  };

  const value = visit(document, []);
  return { value, secrets: [...secrets], envValues: [...envValues.values()], origins, problems };
}

/**
 * A message with every environment value written as its variable: the last guard, for messages
 * that quote a value some other way (a platform's own check, a library's message).
 */
export function nameEnvValues(message: string, envValues: readonly EnvValue[]): string {
  let out = message;
  const longestFirst = [...envValues].filter((v) => v.value.length >= MIN_MASKED_LENGTH).sort((a, b) => b.value.length - a.value.length);
  for (const { name, value } of longestFirst) out = out.split(value).join(`\${${name}}`);
  return out;
}

function isUnsetOptional(value: unknown, env: NodeJS.ProcessEnv): boolean {
  const match = typeof value === 'string' ? /^\$\{([A-Za-z_][A-Za-z0-9_]*):-\}$/.exec(value) : null;
  return match !== null && !env[match[1] ?? ''];
}

function suggestVariable(path: readonly string[]): string {
  return path.map((p) => p.toUpperCase()).join('_');
}
