import { describe, expect, test } from 'vitest';
import { contentHash } from '../../src/engine/content-hash.js';
import { LedgerTable } from '../../src/engine/ledger-table.js';

describe('ledger table', () => {
  test('every entry reads back as it was put, past the first allocation, overwrites included', () => {
    const runs: string[] = [];
    const table = new LedgerTable(runs);
    const hash = (i: number) => contentHash({ i });
    for (let i = 0; i < 1000; i++) {
      table.put(`t${i}`, { targetId: i % 2 ? `T${i}` : `t${i}`, hash: hash(i), ...(i % 3 ? { children: { [`m${i}`]: `m${i}`, [`n${i}`]: `N${i}` } } : {}) }, i < 500 ? 'run-a' : 'run-b', i % 5 === 0);
    }
    table.put('t7', { targetId: 'T7', hash: 'recovered:abc' }, 'run-b', false);
    table.put('t8', { targetId: 't8', hash: 'unknown', warnings: [{ code: 'default_agent', message: 'x' }] }, 'run-a', true);
    table.put('t8', { targetId: 't8', hash: hash(8) }, 'run-a', true);
    expect(table.size).toBe(1000);
    expect(runs).toEqual(['run-a', 'run-b']);
    for (let i = 0; i < 1000; i++) {
      if (i === 7 || i === 8) continue;
      const entry = table.get(`t${i}`);
      expect(entry, `t${i}`).toEqual({
        targetId: i % 2 ? `T${i}` : `t${i}`,
        hash: hash(i),
        run: i < 500 ? 'run-a' : 'run-b',
        ...(i % 3 ? { children: { [`m${i}`]: `m${i}`, [`n${i}`]: `N${i}` } } : {}),
      });
      expect(table.targetId(`t${i}`)).toBe(i % 2 ? `T${i}` : `t${i}`);
      expect(table.writtenByThisProcess(`t${i}`)).toBe(i % 5 === 0);
    }
    expect(table.get('t7')).toEqual({ targetId: 'T7', hash: 'recovered:abc', run: 'run-b' });
    expect(table.writtenByThisProcess('t7')).toBe(false);
    expect(table.get('t8')).toEqual({ targetId: 't8', hash: hash(8), run: 'run-a' });
    expect(table.get('nope')).toBeUndefined();
    expect([...table.entries()].length).toBe(1000);
  });

  test('children read from an entry survive a spread and can be replaced', () => {
    const table = new LedgerTable([]);
    table.put('t1', { targetId: 'T1', hash: contentHash(1), children: { a: 'A' } }, 'r', false);
    const entry = table.get('t1');
    expect({ ...entry }.children).toEqual({ a: 'A' });
    if (entry) entry.children = { b: 'B' };
    expect(entry?.children).toEqual({ b: 'B' });
    expect(table.get('t1')?.children).toEqual({ a: 'A' });
  });

  test('children put with a line offset are read from it when used, never kept; moved lines are read from where they moved', () => {
    const lines = new Map<number, Record<string, string>>([
      [100, { a: 'A' }],
      [200, { b: 'B' }],
      [7, { moved: 'M' }],
    ]);
    const reads: number[] = [];
    const table = new LedgerTable([], (offset) => {
      reads.push(offset);
      const children = lines.get(offset);
      if (!children) throw new Error(`nothing at ${offset}`);
      return children;
    });
    // The children are where the offset says, whatever entry.children holds (a replay leaves them unparsed).
    table.put('t1', { targetId: '901', hash: contentHash(1) }, 'r', false, 100);
    table.put('t2', { targetId: '901', hash: contentHash(2), children: { b: 'B' } }, 'r', true, 200);
    table.put('t3', { targetId: 't3', hash: contentHash(3) }, 'r', false);
    // Deciding that a record is unchanged reads nothing.
    expect([table.get('t1')?.hash, table.targetId('t2'), table.get('t3')?.children]).toEqual([contentHash(1), '901', undefined]);
    expect(reads).toEqual([]);
    expect(table.get('t2')).toEqual({ targetId: '901', hash: contentHash(2), run: 'r', children: { b: 'B' } });
    expect(reads).toEqual([200]);
    table.moveLines([7, 0, 0]);
    expect(table.get('t1')?.children).toEqual({ moved: 'M' });
    expect(table.get('t3')?.children).toBeUndefined();
    // Put again: the new version's children, wherever they are.
    table.put('t1', { targetId: 't1', hash: contentHash(4), children: { x: 'X' } }, 'r', false);
    table.put('t2', { targetId: '902', hash: contentHash(5) }, 'r', false);
    expect(table.get('t1')).toEqual({ targetId: 't1', hash: contentHash(4), run: 'r', children: { x: 'X' } });
    expect(table.get('t2')).toEqual({ targetId: '902', hash: contentHash(5), run: 'r' });
    expect([...table.entries()].map(([id, e]) => `${id}>${e.targetId}`)).toEqual(['t1>t1', 't2>902', 't3>t3']);
  });
});
