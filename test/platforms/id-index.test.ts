import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IdIndex } from '../../src/platforms/id-index.js';

describe('id index', () => {
  test('numbers ids in the order added and finds each again, past every regrowth, as a Map would', () => {
    const unit = fc.oneof(fc.constantFrom('t', '1', '-', 'm', '\u00e9', '\u00ff', '\u0100', '\ud83d', '\ude00', '\u0000'), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)));
    const id = fc.string({ unit, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(id, { maxLength: 300 }), fc.array(id, { maxLength: 50 }), (added, asked) => {
        const index = new IdIndex();
        const reference = new Map<string, number>();
        for (const value of added) {
          const slot = index.add(value);
          if (!reference.has(value)) reference.set(value, reference.size);
          if (slot !== reference.get(value)) return false;
        }
        if (index.size !== reference.size) return false;
        for (const [value, slot] of reference) if (index.find(value) !== slot || index.idAt(slot) !== value) return false;
        return asked.every((value) => index.find(value) === (reference.get(value) ?? -1) && index.has(value) === reference.has(value));
      }),
      { numRuns: 300 },
    );
  });

  test('a large index: sequential ids, the empty id and one beyond Latin-1 side by side', () => {
    const index = new IdIndex();
    expect(index.add('')).toBe(0);
    expect(index.add('\u4e2d')).toBe(1);
    for (let i = 0; i < 50_000; i++) expect(index.add(`t${i}`)).toBe(i + 2);
    expect(index.add('t49999')).toBe(50_001);
    expect(index.size).toBe(50_002);
    for (let i = 0; i < 50_000; i += 997) expect(index.find(`t${i}`)).toBe(i + 2);
    expect([index.find(''), index.find('\u4e2d'), index.find('t50000'), index.find('t-1')]).toEqual([0, 1, -1, -1]);
    expect([index.idAt(0), index.idAt(1), index.idAt(50_001)]).toEqual(['', '\u4e2d', 't49999']);
  });
});
