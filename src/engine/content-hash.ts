/** A stable hash of a record's content: equal records hash equal whatever their key order. */
import * as crypto from 'node:crypto';

/** One call instead of a Hash object per record where Node has it (20.12, 21.7 and later). */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64url') => string }).hash;

export function contentHash(value: unknown): string {
  const text = stableJson(value, 0);
  return (oneShot ? oneShot('sha1', text, 'base64url') : crypto.createHash('sha1').update(text).digest('base64url')).slice(0, 16);
}

/**
 * JSON with every object's keys sorted and undefined members left out, built by appending to one
 * string: it is a rerun's hottest function after the JSON parser. The text must never change, or
 * every ledger hash would: see content-hash.test.ts, which checks it against the plain definition.
 */
function stableJson(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      // JSON.stringify only to escape: most strings have nothing to escape.
      return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return JSON.stringify(value) ?? 'null';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i > 0 ? ',' : '') + stableJson(value[i], depth + 1);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const order = sortedOrder(keys, depth);
  let text = '{';
  let first = true;
  for (let i = 0; i < order.keys.length; i++) {
    const member = record[order.keys[i] as string];
    if (member === undefined) continue;
    text += (first ? '' : ',') + order.prefixes[i] + stableJson(member, depth + 1);
    first = false;
  }
  return `${text}}`;
}

/** What JSON.stringify escapes (quote, backslash, control characters) and any surrogate, lone or not. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** An object's keys in sorted order, each with its `"key":` prefix. */
interface SortedKeys {
  /** The keys as Object.keys gave them, to recognise the next object of the same shape. */
  seen: string[];
  keys: string[];
  prefixes: string[];
}

/**
 * The records of one source repeat a few shapes (every comment has the same keys in the same
 * order), so the sorted keys of the last shapes met at each depth are kept and reused when the
 * next object's keys are the same list.
 */
const recent: SortedKeys[][] = [];
const SHAPES_KEPT = 8;

function sortedOrder(keys: string[], depth: number): SortedKeys {
  const shapes = (recent[depth] ??= []);
  for (const shape of shapes) if (sameKeys(shape.seen, keys)) return shape;
  const sorted = [...keys].sort();
  const shape = { seen: keys, keys: sorted, prefixes: sorted.map((key) => `${JSON.stringify(key)}:`) };
  shapes.unshift(shape);
  if (shapes.length > SHAPES_KEPT) shapes.pop();
  return shape;
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
