/** A stable hash of a record's content: equal records hash equal whatever their key order. */
import { createHash } from 'node:crypto';

export function contentHash(value: unknown): string {
  return createHash('sha1').update(stableJson(value)).digest('base64url').slice(0, 16);
}

/**
 * JSON with every object's keys sorted and undefined members left out. Built by appending to one
 * string (no arrays of parts, no filtered key lists): it is a rerun's hottest function after the
 * JSON parser. The text must never change, or every ledger hash would: see content-hash.test.ts.
 */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i > 0 ? ',' : '') + stableJson(value[i]);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${stableJson(member)}`;
    first = false;
  }
  return `${text}}`;
}
