/**
 * Turns a schema issue into a sentence a user can act on: what is wrong, where, and the fix.
 * zod's own messages are written for developers ("Invalid input: expected boolean, received string").
 */
import type { z } from 'zod';
import { nearestWord } from './nearest-word.js';
import { VALUE_PLACEHOLDER } from '../rules/value-placeholder.js';

/** The variables a value was made from, when it came from `${ENV}` references. */
export type ValueOrigins = (path: readonly (string | number)[]) => readonly string[] | undefined;

export interface DescribedIssue {
  message: string;
  /** Path whose position the message points at. */
  at: (string | number)[];
  /** Point at the key rather than the value (unknown keys). */
  atKey: boolean;
}

export function describeIssue(
  issue: z.core.$ZodIssue,
  document: unknown,
  validKeys: (path: PropertyKey[]) => string[],
  origins: ValueOrigins = () => undefined,
): DescribedIssue[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const name = path.length ? formatPath(path) : 'the mapping file';
  const actual = valueAt(document, path);
  const variables = origins(path);
  // A value from the environment is named by its variables, never quoted: it may be a token.
  const shown = (value: unknown, at: readonly (string | number)[] = path) => describeValue(value, origins(at));
  const guessFrom = (value: unknown, options: readonly string[]) => (typeof value === 'string' && !variables ? nearestWord(value, options) : undefined);

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const valid = validKeys(issue.path);
        const guess = nearestWord(key, valid);
        const where = path.length ? ` in ${name}` : '';
        const hint = guess ? `; did you mean "${guess}"?` : valid.length ? `; valid keys are: ${valid.join(', ')}` : '';
        return { message: `unknown key "${key}"${where}${hint}`, at: [...path, key], atKey: true };
      });
    case 'invalid_type': {
      if (actual === undefined) {
        const what = issue.expected === 'object' ? 'a block of keys; see mappings.example.yml' : expected(issue.expected);
        return [{ message: `${name} is required: add it (${what})`, at: parentOf(path, document), atKey: false }];
      }
      const typed = variables ? undefined : quotedScalar(actual, [issue.expected]);
      if (typed !== undefined) return [{ message: `${name} must be ${expected(issue.expected)}, not the string ${show(actual)}: ${writeAs(path, typed)}`, at: path, atKey: false }];
      return [{ message: `${name} must be ${expected(issue.expected)}, not ${shown(actual)}`, at: path, atKey: false }];
    }
    case 'invalid_value': {
      // `version: "1"`: the right value, quoted. Say so rather than "one of 1, not "1"".
      const unquoted = variables ? undefined : issue.values.find((v) => typeof v !== 'string' && typeof actual === 'string' && String(v) === actual);
      if (unquoted !== undefined) {
        const what = issue.values.length === 1 ? `the ${typeof unquoted} ${String(unquoted)}` : `one of ${issue.values.map(String).join(', ')}`;
        return [{ message: `${name} must be ${what}, not the string ${show(actual)}: ${writeAs(path, String(unquoted))}`, at: path, atKey: false }];
      }
      const options = issue.values.map((v) => String(v));
      const guess = guessFrom(actual, options);
      const hint = guess ? `; did you mean "${guess}"?` : '';
      return [{ message: `${name} must be one of ${options.join(', ')}, not ${shown(actual)}${hint}`, at: path, atKey: false }];
    }
    case 'invalid_union': {
      const platform = (actual as { platform?: unknown } | undefined)?.platform;
      if ((issue as { note?: string }).note === 'No matching discriminator' || (path.length === 1 && platform !== undefined)) {
        return [{ message: `${name}.platform ${shown(platform, [...path, 'platform'])} is not a platform`, at: [...path, 'platform'], atKey: false }];
      }
      return [{ message: `${name} is not valid: ${issue.message}`, at: path, atKey: false }];
    }
    case 'invalid_format':
      if (issue.format === 'regex') return [{ message: `${name} ${issue.message}, not ${shown(actual)}`, at: path, atKey: false }];
      return [{ message: `${name} must be ${issue.format === 'email' ? 'an email address' : `a valid ${issue.format}`}, not ${shown(actual)}`, at: path, atKey: false }];
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      if (issue.origin === 'array') {
        const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        return [{ message: `${name} must list ${bound} item${n === 1 ? '' : 's'}`, at: path, atKey: false }];
      }
      const unit = issue.origin === 'string' ? ' characters' : '';
      return [{ message: `${name} must be ${bound}${unit}, not ${shown(actual)}`, at: path, atKey: false }];
    }
    default: {
      const message = issue.message.split(VALUE_PLACEHOLDER).join(shown(actual));
      // A custom message written as the rest of a sentence about the key ("must be…", "is not…").
      const joiner = /^(must|is) /.test(message) ? ' ' : ': ';
      return [{ message: `${name}${joiner}${message}`, at: path, atKey: false }];
    }
  }
}

/** `entities[1]`, `values.status`: how a user would point at the value. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function expected(type: string): string {
  const words: Record<string, string> = {
    boolean: 'true or false',
    string: 'a text value',
    number: 'a number',
    int: 'a whole number',
    object: 'a mapping of keys to values',
    array: 'a list',
    record: 'a mapping of keys to values',
  };
  return words[type] ?? `a ${type}`;
}

/** How a message shows a value: quoted, or by the variables it came from. */
export function describeValue(value: unknown, variables: readonly string[] | undefined): string {
  if (!variables || variables.length === 0) return show(value);
  const names = variables.map((v) => `\${${v}}`);
  return names.length === 1 ? `the value of ${names[0] ?? ''}` : `the value built from ${names.join(', ')}`;
}

/** The text a quoted scalar would mean unquoted, when that is what the schema expects: "1" → 1. */
function quotedScalar(value: unknown, expectedTypes: readonly string[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (expectedTypes.includes('boolean') && (text === 'true' || text === 'false')) return text;
  if (expectedTypes.some((t) => t === 'number' || t === 'int') && text !== '' && Number.isFinite(Number(text))) return text;
  return undefined;
}

/** `write batch_size: 50`: the line as it should read. */
function writeAs(path: readonly (string | number)[], value: string): string {
  const key = path[path.length - 1];
  return typeof key === 'string' ? `write ${key}: ${value}` : `write ${value} without quotes`;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (empty)';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function valueAt(document: unknown, path: (string | number)[]): unknown {
  let node = document;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A missing key has no position of its own: point at the deepest part of its path that exists. */
function parentOf(path: (string | number)[], document: unknown): (string | number)[] {
  let depth = path.length;
  while (depth > 0 && valueAt(document, path.slice(0, depth)) === undefined) depth--;
  return path.slice(0, depth);
}
