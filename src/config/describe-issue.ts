/**
 * Turns a schema issue into a sentence a user can act on: what is wrong, where, and the fix.
 * zod's own messages are written for developers ("Invalid input: expected boolean, received string").
 */
import type { z } from 'zod';
import { nearestWord } from './nearest-word.js';

export interface DescribedIssue {
  message: string;
  /** Path whose position the message points at. */
  at: (string | number)[];
  /** Point at the key rather than the value (unknown keys). */
  atKey: boolean;
}

export function describeIssue(issue: z.core.$ZodIssue, document: unknown, validKeys: (path: PropertyKey[]) => string[]): DescribedIssue[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const name = path.length ? formatPath(path) : 'the mapping file';
  const actual = valueAt(document, path);

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
      return [{ message: `${name} must be ${expected(issue.expected)}, not ${show(actual)}`, at: path, atKey: false }];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => String(v));
      const guess = typeof actual === 'string' ? nearestWord(actual, options) : undefined;
      const hint = guess ? `; did you mean "${guess}"?` : '';
      return [{ message: `${name} must be one of ${options.join(', ')}, not ${show(actual)}${hint}`, at: path, atKey: false }];
    }
    case 'invalid_union': {
      const platform = (actual as { platform?: unknown } | undefined)?.platform;
      if ((issue as { note?: string }).note === 'No matching discriminator' || (path.length === 1 && platform !== undefined)) {
        return [{ message: `${name}.platform ${show(platform)} is not a platform`, at: [...path, 'platform'], atKey: false }];
      }
      return [{ message: `${name} is not valid: ${issue.message}`, at: path, atKey: false }];
    }
    case 'invalid_format':
      if (issue.format === 'regex') return [{ message: `${name} ${issue.message}, not ${show(actual)}`, at: path, atKey: false }];
      return [{ message: `${name} must be ${issue.format === 'email' ? 'an email address' : `a valid ${issue.format}`}, not ${show(actual)}`, at: path, atKey: false }];
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      if (issue.origin === 'array') {
        const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        return [{ message: `${name} must list ${bound} item${n === 1 ? '' : 's'}`, at: path, atKey: false }];
      }
      const unit = issue.origin === 'string' ? ' characters' : '';
      return [{ message: `${name} must be ${bound}${unit}, not ${show(actual)}`, at: path, atKey: false }];
    }
    default:
      return [{ message: `${name}: ${issue.message}`, at: path, atKey: false }];
  }
}

/** `entities[1]`, `values.status`: how a user would point at the value. */
function formatPath(path: (string | number)[]): string {
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
