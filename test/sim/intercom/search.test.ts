/** The search query compiler and the day arithmetic behind contact date filters. */
import { describe, expect, it } from 'vitest';
import { IntercomApiError } from './errors.js';
import { compileQuery, startOfDay, type SearchModel } from './search.js';

interface Row {
  n: number;
  s: string;
  at: number;
}
const fields = {
  n: { kind: 'integer' as const, get: (r: Row) => r.n },
  s: { kind: 'string' as const, get: (r: Row) => r.s },
  at: { kind: 'date' as const, get: (r: Row) => r.at },
};
const model = (timestamps: 'calendar-day' | 'inclusive'): SearchModel<Row> => ({ timestamps, timezone: 'UTC', field: (name) => fields[name as keyof typeof fields] });

describe('startOfDay', () => {
  const t = (iso: string): number => Date.parse(iso) / 1000;
  it('finds local midnight in UTC and in zones with offsets', () => {
    expect(startOfDay(t('2020-01-01T09:00:00Z'), 'UTC')).toBe(t('2020-01-01T00:00:00Z'));
    expect(startOfDay(t('2020-01-01T02:00:00Z'), 'America/New_York')).toBe(t('2019-12-31T05:00:00Z'));
    expect(startOfDay(t('2020-01-01T23:30:00Z'), 'Asia/Tokyo')).toBe(t('2020-01-01T15:00:00Z'));
  });
  it('handles the days DST starts and ends', () => {
    // Paris: 2024-03-31 has 23 hours (midnight is +01:00), 2024-10-27 has 25 (midnight is +02:00).
    expect(startOfDay(t('2024-03-31T20:00:00Z'), 'Europe/Paris')).toBe(t('2024-03-30T23:00:00Z'));
    expect(startOfDay(t('2024-10-27T20:00:00Z'), 'Europe/Paris')).toBe(t('2024-10-26T22:00:00Z'));
  });
});

describe('compileQuery', () => {
  const rows: Row[] = [
    { n: 1, s: 'Alpha', at: 86400 * 10 + 5 },
    { n: 2, s: 'beta', at: 86400 * 11 + 5 },
    { n: 3, s: 'Gamma', at: 86400 * 12 + 5 },
  ];
  const run = (query: unknown, timestamps: 'calendar-day' | 'inclusive' = 'inclusive'): number[] => rows.filter(compileQuery(query, model(timestamps))).map((r) => r.n);

  it('evaluates operators', () => {
    expect(run({ field: 'n', operator: '>', value: 1 })).toEqual([1, 2, 3]); // "greater (or equal)" on conversations and tickets
    expect(run({ field: 'n', operator: '>', value: 1 }, 'calendar-day')).toEqual([2, 3]);
    expect(run({ field: 'n', operator: '>=', value: 2 })).toEqual([2, 3]);
    expect(run({ field: 's', operator: '=', value: 'ALPHA' })).toEqual([1]);
    expect(run({ field: 's', operator: '^', value: 'g' })).toEqual([3]);
    expect(run({ field: 's', operator: 'NIN', value: ['beta', 'gamma'] })).toEqual([1]);
    expect(run({ operator: 'OR', value: [{ field: 'n', operator: '=', value: 1 }, { operator: 'AND', value: [{ field: 's', operator: '~', value: 'amm' }, { field: 'n', operator: '!=', value: 2 }] }] })).toEqual([1, 3]);
  });

  it('matches dates by day or by second depending on the endpoint', () => {
    expect(run({ field: 'at', operator: '=', value: 86400 * 11 + 999 }, 'calendar-day')).toEqual([2]);
    expect(run({ field: 'at', operator: '=', value: 86400 * 11 + 999 }, 'inclusive')).toEqual([]);
    expect(run({ field: 'at', operator: '>', value: 86400 * 10 + 999 }, 'calendar-day')).toEqual([2, 3]);
    expect(run({ field: 'at', operator: '>', value: 86400 * 11 + 5 }, 'inclusive')).toEqual([2, 3]);
  });

  it('refuses malformed queries with a 400', () => {
    const bad = [
      { field: 'n', operator: 'LIKE', value: 1 },
      { field: 'n', operator: 'IN', value: 1 },
      { field: 'n', operator: '=', value: [1] },
      { field: 's', operator: '>', value: 'a' },
      { field: 'n', operator: '~', value: 'a' },
      { operator: 'AND', value: [] },
      { operator: 'AND', value: 'x' },
      'not an object',
    ];
    for (const query of bad) {
      let error: unknown;
      try {
        compileQuery(query, model('inclusive'));
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(query)).toBeInstanceOf(IntercomApiError);
      expect((error as IntercomApiError).status).toBe(400);
    }
  });
});
