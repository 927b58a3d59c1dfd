/**
 * `${NAME}` references in the mapping file are replaced by environment variables, so secrets live in
 * repository secrets and never in the file. Values that came from a secret key are returned for
 * masking; a credential written literally in the file is refused.
 */
import type { MappingProblem } from './mapping-error.js';
import type { PositionIndex } from './yaml-positions.js';

/** `${NAME}`, or `${NAME:-fallback}` for a value used when NAME is unset (as in a shell). */
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
const HAS_REFERENCE = /\$\{[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}/;

export interface ResolvedReferences {
  value: unknown;
  /** Values substituted into credential keys; they must be masked everywhere. */
  secrets: string[];
  problems: MappingProblem[];
}

export function resolveEnvReferences(
  document: unknown,
  env: NodeJS.ProcessEnv,
  file: string,
  positions: PositionIndex,
  isSecretPath: (path: readonly string[]) => boolean,
): ResolvedReferences {
  const secrets: string[] = [];
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
    return node.replace(REFERENCE, (_, name: string, fallback: string | undefined) => {
      const value = env[name] === undefined || env[name] === '' ? fallback : env[name];
      if (value === undefined || value === '') {
        problems.push({
          file,
          ...where,
          message: `environment variable ${name} is not set (used by ${path.join('.')}); set it, e.g. in the workflow step: env: ${name}: \${{ secrets.${name} }}`,
        });
        return '';
      }
      if (secret) secrets.push(value);
      return value;
    });
  };

  return { value: visit(document, []), secrets, problems };
}

function isUnsetOptional(value: unknown, env: NodeJS.ProcessEnv): boolean {
  const match = typeof value === 'string' ? /^\$\{([A-Za-z_][A-Za-z0-9_]*):-\}$/.exec(value) : null;
  return match !== null && !env[match[1] ?? ''];
}

function suggestVariable(path: readonly string[]): string {
  return path.map((p) => p.toUpperCase()).join('_');
}
