import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Checkpoint } from '../../src/engine/checkpoint.js';
import { tempDir } from '../support/workspace.js';

describe('checkpoint', () => {
  test('survives a torn last line: the state is what was acknowledged before it', () => {
    const dir = tempDir();
    const a = Checkpoint.open(dir);
    a.beginRun('full', new Date('2026-01-01T00:00:00Z'));
    a.intend('tickets', ['1', '2']);
    a.commit('tickets', [{ id: '1', entry: { targetId: 'T1', hash: 'h1' } }], ['1', '2'], 'cursor-after-page-1');
    a.close();
    appendFileSync(join(dir, 'journal.jsonl'), '{"t":"put","e":"tickets","id":"3","ti'); // killed mid-append

    const b = Checkpoint.open(dir);
    expect(b.get('tickets', '1')).toMatchObject({ targetId: 'T1', hash: 'h1' });
    expect(b.get('tickets', '3')).toBeUndefined();
    expect(b.pendingIntents('tickets')).toEqual([]);
    expect(b.currentRun?.cursors.tickets).toBe('cursor-after-page-1');
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8').endsWith('\n')).toBe(true);
    // An unfinished run of the same mode is resumed, not restarted.
    expect(b.beginRun('full', new Date()).resumed).toBe(true);
    expect(b.beginRun('demo', new Date()).resumed).toBe(false);
    b.close();
  });

  test('intents without outcome survive a restart; settled ones do not', () => {
    const dir = tempDir();
    const a = Checkpoint.open(dir);
    a.beginRun('full', new Date());
    a.intend('contacts', ['a', 'b', 'c']);
    a.commit('contacts', [{ id: 'a', entry: { targetId: 'A', hash: 'x' } }], ['a', 'b']);
    a.intend('contacts', ['d']);
    a.close();
    const b = Checkpoint.open(dir);
    expect(b.pendingIntents('contacts').sort()).toEqual(['c', 'd']);
    b.close();
  });

  test('compaction on open keeps the same state in fewer lines', () => {
    const dir = tempDir();
    const a = Checkpoint.open(dir);
    a.beginRun('full', new Date());
    for (let i = 0; i < 50; i++) {
      a.intend('tickets', [String(i)]);
      a.commit('tickets', [{ id: String(i), entry: { targetId: `T${i}`, hash: 'h', children: { c1: 'C1' } } }], [String(i)], `c${i}`);
    }
    a.endRun(true);
    a.close();
    const before = readFileSync(join(dir, 'journal.jsonl'), 'utf8').split('\n').length;
    const b = Checkpoint.open(dir);
    b.close();
    const after = readFileSync(join(dir, 'journal.jsonl'), 'utf8').split('\n').length;
    expect(after).toBeLessThan(before);
    const c = Checkpoint.open(dir);
    expect(c.size('tickets')).toBe(50);
    expect(c.get('tickets', '49')).toMatchObject({ targetId: 'T49', children: { c1: 'C1' } });
    expect(c.currentRun?.complete).toBe(true);
    c.close();
  });

  test('a journal edited by hand is refused with what to do', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'journal.jsonl'), '{"t":"watermark","e":"tickets","at":"x"}\nnot json\n{"t":"watermark","e":"tickets","at":"y"}\n');
    expect(() => Checkpoint.open(dir)).toThrow(/journal.jsonl is corrupt near "not json"; restore it or delete the state folder to start over/);
  });
});
