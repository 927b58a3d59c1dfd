/** A stable hash of a record's content: equal records hash equal whatever their key order. */
import * as crypto from 'node:crypto';

/** One call instead of a Hash object per record where Node has it (20.12, 21.7 and later). */
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'base64url') => string }).hash;

/**
 * The SHA-1 of the record's canonical JSON (every object's keys sorted, undefined members left
 * out) in UTF-8. The text must never change, or every ledger hash would: see content-hash.test.ts,
 * which checks it against the plain definition (JSON.stringify of each part).
 *
 * A rerun hashes every record it reads, so the text is written as UTF-8 bytes straight into one
 * reused buffer, escaped as JSON.stringify escapes: no string is built for it, which was most of
 * what a rerun left to the garbage collector after the records themselves.
 */
export function contentHash(value: unknown): string {
  at = 0;
  write(value, 0);
  const text = bytes.subarray(0, at);
  const hash = (oneShot ? oneShot('sha1', text, 'base64url') : crypto.createHash('sha1').update(text).digest('base64url')).slice(0, 16);
  // A huge record (an article's body) does not keep its buffer.
  if (bytes.length > KEPT_BYTES) bytes = Buffer.allocUnsafe(START_BYTES);
  return hash;
}

const START_BYTES = 1 << 16;
const KEPT_BYTES = 1 << 20;
let bytes = Buffer.allocUnsafe(START_BYTES);
/** Where the next byte goes. */
let at = 0;

function room(more: number): void {
  if (at + more <= bytes.length) return;
  const larger = Buffer.allocUnsafe(Math.max(bytes.length * 2, at + more));
  bytes.copy(larger, 0, 0, at);
  bytes = larger;
}

function ascii(text: string): void {
  room(text.length);
  for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
}

function byte(code: number): void {
  room(1);
  bytes[at++] = code;
}

function write(value: unknown, depth: number): void {
  switch (typeof value) {
    case 'string':
      return string(value);
    case 'boolean':
      return ascii(value ? 'true' : 'false');
    case 'object':
      break;
    default:
      // Numbers, and what JSON writes as null in an array (undefined, functions, symbols).
      return ascii(JSON.stringify(value) ?? 'null');
  }
  if (value === null) return ascii('null');
  if (Array.isArray(value)) {
    byte(91); // [
    for (let i = 0; i < value.length; i++) {
      if (i > 0) byte(44); // ,
      write(value[i], depth + 1);
    }
    return byte(93); // ]
  }
  const record = value as Record<string, unknown>;
  const order = sortedOrder(Object.keys(record), depth);
  byte(123); // {
  let first = true;
  for (let i = 0; i < order.keys.length; i++) {
    const member = record[order.keys[i] as string];
    if (member === undefined) continue;
    const prefix = order.prefixes[i] as Uint8Array;
    room(prefix.length + 1);
    if (!first) bytes[at++] = 44; // ,
    for (let k = 0; k < prefix.length; k++) bytes[at++] = prefix[k] as number;
    write(member, depth + 1);
    first = false;
  }
  byte(125); // }
}

const HEX = '0123456789abcdef';
/** The escapes JSON.stringify writes as two characters: \b \t \n \f \r (others below 0x20 as \u00XX). */
const SHORT_ESCAPES: Record<number, number> = { 8: 98, 9: 116, 10: 110, 12: 102, 13: 114 };

/** A string as JSON.stringify writes it, in UTF-8: `"`, `\` and controls escaped, lone surrogates as \uXXXX. */
function string(text: string): void {
  // At most 3 bytes a UTF-16 unit (4 for a pair); an escape makes room for itself and what follows.
  room(text.length * 3 + 2);
  bytes[at++] = 34; // "
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x20 && code !== 34 && code !== 92) bytes[at++] = code;
      else escape(code, text.length - i);
    } else if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 0x3f);
    } else if (code < 0xd800 || code > 0xdfff) {
      bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[at++] = 0x80 | (code & 0x3f);
    } else {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        bytes[at++] = 0xf0 | (point >> 18);
        bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
        bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
        bytes[at++] = 0x80 | (point & 0x3f);
        i++;
      } else escape(code, text.length - i);
    }
  }
  bytes[at++] = 34; // "
}

/** Writes the escape of `code`, keeping room for the `left` units from it on (the escape takes 6 bytes, not 3). */
function escape(code: number, left: number): void {
  room(6 + 3 * left + 1);
  bytes[at++] = 92; // \
  const short = code === 34 || code === 92 ? code : SHORT_ESCAPES[code];
  if (short !== undefined) {
    bytes[at++] = short;
    return;
  }
  bytes[at++] = 117; // u
  for (let shift = 12; shift >= 0; shift -= 4) bytes[at++] = HEX.charCodeAt((code >> shift) & 0xf);
}

/** An object's keys in sorted order, each with its `"key":` prefix in UTF-8. */
interface SortedKeys {
  /** The keys as Object.keys gave them, to recognise the next object of the same shape. */
  seen: string[];
  keys: string[];
  prefixes: Uint8Array[];
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
  const shape = { seen: keys, keys: sorted, prefixes: sorted.map((key) => Buffer.from(`${JSON.stringify(key)}:`)) };
  shapes.unshift(shape);
  if (shapes.length > SHAPES_KEPT) shapes.pop();
  return shape;
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
