/**
 * The archive checks each record's shape with a quick test before zod: it must pass only what zod
 * passes (zod has the last word, and words the problem), and pass the records archives hold, or it
 * would be no quicker. Its dates must read as Date.parse reads them.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import { ENTITY_ORDER, type EntityName } from '../../../src/model/entities.js';
import { fitsQuickly, isDate, RECORD_SHAPES } from '../../../src/platforms/archive/record-shapes.js';
import { readArchive, tempDir } from '../../support/workspace.js';

/** Every path to a value inside `value` (keys and indexes), the value itself included. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...at, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...at, k])));
  return here;
}

/** A copy of `record` with the value at `path` replaced (or its key removed). */
function replaced(record: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('quick shape test', () => {
  test('passes every record of a generated archive, and only records zod passes when one is damaged anywhere', async () => {
    const source = join(tempDir(), 'source');
    await generateArchive(source, { tickets: 12, contacts: 8, articles: 6, attachmentEvery: 3 });
    const archive = readArchive(source);
    const samples: [EntityName, unknown][] = ENTITY_ORDER.flatMap((entity) => (archive[entity] ?? []).slice(0, 3).map((r): [EntityName, unknown] => [entity, r]));
    for (const [entity, record] of samples) expect(fitsQuickly(entity, record), `${entity} ${JSON.stringify(record).slice(0, 80)}`).toBe(true);

    const damaged = fc.tuple(fc.nat(samples.length - 1), fc.nat(), fc.anything({ withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true, withUnicodeString: true }), fc.boolean());
    fc.assert(
      fc.property(damaged, ([which, where, value, remove]) => {
        const [entity, record] = samples[which] as [EntityName, unknown];
        const all = paths(record);
        const changed = replaced(record, all[where % all.length] ?? [], value, remove);
        if (fitsQuickly(entity, changed)) expect(RECORD_SHAPES[entity].safeParse(changed).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test('reads a date exactly as Date.parse does', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const near = fc
      .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), fc.integer({ min: -1, max: 25 }), fc.integer({ min: -1, max: 61 }), fc.integer({ min: -1, max: 61 }), fc.option(fc.integer({ min: 0, max: 9999 })), fc.constantFrom('Z', '', '+01:00', 'z', ' Z'))
      .map(([y, mo, d, h, mi, s, ms, zone]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${ms === null ? '' : `.${pad(ms, 3)}`}${zone}`);
    fc.assert(
      fc.property(fc.oneof(near, fc.string(), fc.constantFrom('2024-02-29T00:00:00Z', '2023-02-29T00:00:00Z', '2023-04-31T12:00:00.000Z', '2023-01-01T24:00:00Z')), (text) => {
        expect(isDate(text), text).toBe(!Number.isNaN(Date.parse(text)));
      }),
      { numRuns: 5000 },
    );
  });
});
