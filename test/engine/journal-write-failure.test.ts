/**
 * An append that fails half-way (a full disk) leaves a torn line at the end of the journal: the
 * next append cuts it before writing, so the journal never holds a torn line between whole ones,
 * and the ledger reads each entry's children from where its line really starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { Checkpoint } from '../../src/engine/checkpoint.js';
import { tempDir } from '../support/workspace.js';

const failNext = { bytes: -1 };

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return {
    ...real,
    writeSync: (fd: number, data: Buffer, offset?: number, ...rest: unknown[]) => {
      if (failNext.bytes >= 0 && Buffer.isBuffer(data)) {
        const written = real.writeSync(fd, data, offset ?? 0, failNext.bytes);
        failNext.bytes = -1;
        if (written >= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      return (real.writeSync as (...args: unknown[]) => number)(fd, data, offset, ...rest);
    },
  };
});

afterEach(() => {
  failNext.bytes = -1;
});

test('a torn append is cut by the next one; children are read from where each line starts', () => {
  const dir = tempDir();
  const a = Checkpoint.open(dir);
  a.beginRun('full', new Date());
  a.commit('tickets', [{ id: 't1', entry: { targetId: 't1', hash: 'h', children: { c1: 'c1' } } }], []);
  failNext.bytes = 30;
  expect(() => a.commit('tickets', [{ id: 't2', entry: { targetId: 't2', hash: 'h', children: { c2: 'c2' } } }], [])).toThrow(/ENOSPC/);
  a.commit('tickets', [{ id: 't3', entry: { targetId: 't3', hash: 'h', children: { c3: 'c3' } } }], []);
  expect(a.get('tickets', 't2')).toBeUndefined();
  expect(a.get('tickets', 't3')?.children).toEqual({ c3: 'c3' });
  expect(a.get('tickets', 't1')?.children).toEqual({ c1: 'c1' });
  a.close();
  const lines = readFileSync(join(dir, 'journal.jsonl'), 'utf8').trimEnd().split('\n');
  expect(lines.every((line) => JSON.parse(line))).toBe(true);
  const b = Checkpoint.open(dir, { readOnly: true });
  expect([b.get('tickets', 't1')?.children, b.get('tickets', 't2'), b.get('tickets', 't3')?.children]).toEqual([{ c1: 'c1' }, undefined, { c3: 'c3' }]);
  b.close();
});
