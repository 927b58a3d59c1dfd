/**
 * The content hash is stored in every ledger entry: if its text changed, every record of every state
 * would look changed and be written again. Pinned on a fixed record, and equal, on generated
 * records, to the straightforward definition it replaced (sorted keys, undefined left out).
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentHash } from '../../src/engine/content-hash.js';

/** The definition the fast one must agree with, kept here as the reference. */
function referenceJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(referenceJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${referenceJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
const referenceHash = (value: unknown) => createHash('sha1').update(referenceJson(value)).digest('base64url').slice(0, 16);

const ticketLike = { id: 't1', comments: [{ id: 'c1', body: '<p>Caf\u00e9</p>', public: true, attachments: [{ size: 12.5 }] }], tags: [], custom: { n: -0, big: 1e21, neg: -3 } };

describe('contentHash', () => {
  test('is pinned: the hash of a fixed record does not change between versions', () => {
    const ticket = { id: 't1', subject: 'Caf\u00e9 "quoted"', tags: ['b', 'a'], custom: { z: 1, a: null, gone: undefined }, comments: [{ id: 'c1', body: '<p>x</p>', attachments: [] }], flag: false };
    expect(contentHash(ticket)).toBe(referenceHash(ticket));
    expect(contentHash(ticket)).toBe('_RHSrozByvhC104U');
    expect(contentHash({ b: 1, a: [undefined, 2] })).toBe(contentHash({ a: [null, 2], b: 1 }));
  });

  test('equals the reference definition on any JSON-like value, undefined members included', () => {
    const member = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, member, fc.array(tie('node')), fc.dictionary(fc.string(), tie('node'))),
    })).node;
    fc.assert(fc.property(value, (v) => contentHash(v) === referenceHash(v)), { numRuns: 500 });
  });

  // The fast path writes most strings without JSON.stringify and reuses the sorted keys of shapes
  // it has met: any UTF-16 unit (lone surrogates, controls, quotes), and objects drawn from a few
  // keys, so that shapes repeat, in other orders, with members undefined or keys that look like indexes.
  test('equals the reference definition on any string and on objects whose shapes repeat', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const text = fc.string({ unit, maxLength: 12 });
    const key = fc.constantFrom('a', 'b', 'id', '1', '10', '2', 'é', '"q"', '\\', '\ud800');
    const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 }), fc.dictionary(text, tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (values) => values.every((v) => contentHash(v) === referenceHash(v))), { numRuns: 1000 });
    expect(contentHash({ b: 1, a: 2 })).toBe(referenceHash({ a: 2, b: 1 }));
    // Longer than the reused buffer, escapes (6 bytes each) before multi-byte characters.
    const long = { a: '\u0001\ud800"'.repeat(20_000) + '\u00e9\u4e2d\u{1F600}'.repeat(20_000), b: ['x'.repeat(70_000), { c: '\n'.repeat(40_000) }] };
    expect(contentHash(long)).toBe(referenceHash(long));
    expect(contentHash(ticketLike)).toBe(referenceHash(ticketLike));
    // Each edge of the UTF-8 lengths and of the surrogate ranges.
    for (const edge of ['\u001f', ' ', '\u007f', '\u0080', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\uffff', '\ud800\udc00', '\udbff\udfff', '\udbff\udc00', '\ud800\udfff', '\udc00\ud800', '\udfff']) {
      expect(contentHash({ [edge]: edge }), JSON.stringify(edge)).toBe(referenceHash({ [edge]: edge }));
    }
    expect(contentHash({ a: 1, b: 2, c: 3 })).not.toBe(contentHash({ a: 1, b: 2, d: 3 }));
  });
});
