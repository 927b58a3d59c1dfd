/**
 * A journal line is read with its ledger entry's children left unparsed, and only if JSON.parse
 * would read it whole: on any put entry it agrees with JSON.parse (but for `c`), and on any line
 * damaged from one (a character cut, doubled or replaced) it refuses what JSON.parse refuses.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CHILDREN_ON_DISK, parseJournalLine } from '../../src/engine/put-line.js';

const unit = fc.oneof(fc.constantFrom('"', '\\', '/', ',', ':', '{', '}', 'c', '\n', '\u0000', '\u00e9', '\ud800', 'u'), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)));
const text = fc.string({ unit, maxLength: 8 });
const put = fc.record(
  {
    t: fc.constant('put'),
    e: fc.constantFrom('tickets', 'contacts'),
    id: text,
    tid: text,
    h: text,
    c: fc.dictionary(text, text, { maxKeys: 4 }),
    w: fc.array(fc.record({ code: text, message: text, c: text }), { maxLength: 2 }),
    run: text,
  },
  { requiredKeys: ['t', 'e', 'id', 'tid', 'h', 'run'] },
);

/** What the ledger must get: JSON.parse's entry, its non-empty children left on disk. */
function expected(line: string): unknown {
  const entry = JSON.parse(line) as Record<string, unknown>;
  if (entry.t === 'put' && entry.c && typeof entry.c === 'object' && Object.keys(entry.c).length > 0) entry.c = 'on disk';
  return entry;
}

/** parseJournalLine, CHILDREN_ON_DISK shown so that toEqual tells it from an empty object. */
function read(line: string): unknown {
  const entry = parseJournalLine(line) as Record<string, unknown> | null;
  if (entry && typeof entry === 'object' && entry.c === CHILDREN_ON_DISK) entry.c = 'on disk';
  return entry;
}

function outcome(read: () => unknown): { value: unknown } | 'refused' {
  try {
    return { value: read() };
  } catch {
    return 'refused';
  }
}

describe('journal line', () => {
  test('a put entry reads as JSON.parse reads it, its children left on disk', () => {
    fc.assert(
      fc.property(put, (entry) => {
        const line = JSON.stringify(entry);
        expect(read(line)).toEqual(expected(line));
      }),
      { numRuns: 500 },
    );
    const line = JSON.stringify({ t: 'put', e: 'tickets', id: 't1', tid: 't1', h: 'x', c: { a: 'a' }, run: 'r' });
    expect((parseJournalLine(line) as { c: unknown }).c).toBe(CHILDREN_ON_DISK);
  });

  test('a damaged line is refused exactly when JSON.parse refuses it, and read the same when it is not', () => {
    const damage = fc.tuple(put, fc.nat(), fc.constantFrom('cut', 'double', 'replace'), fc.constantFrom('"', '\\', '}', '{', ',', ':', 'x', '\u0001', ' '));
    fc.assert(
      fc.property(damage, ([entry, position, how, char]) => {
        const line = JSON.stringify(entry);
        const at = position % line.length;
        const damaged = how === 'cut' ? line.slice(0, at) + line.slice(at + 1) : how === 'double' ? line.slice(0, at) + line[at] + line.slice(at) : line.slice(0, at) + char + line.slice(at + 1);
        const whole = outcome(() => expected(damaged));
        const got = outcome(() => read(damaged));
        expect(got === 'refused' ? got : got.value, damaged).toEqual(whole === 'refused' ? whole : whole.value);
      }),
      { numRuns: 5000 },
    );
  });

  test('a second "c" after the children wins, as in JSON.parse; other lines are JSON.parse', () => {
    for (const last of ['{}', '5', '{"b":"b"}']) {
      const twice = `{"t":"put","e":"tickets","id":"1","tid":"1","h":"x","c":{"a":"a"},"run":"r","c":${last}}`;
      expect(read(twice)).toEqual(JSON.parse(twice));
    }
    for (const line of ['{"t":"cursor","e":"tickets","c":"12"}', '{"t":"put", "e":"tickets","id":"1","c":{"a":"a"}}', 'null']) expect(read(line)).toEqual(JSON.parse(line));
  });
});
