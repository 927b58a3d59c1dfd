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
    const a = Checkpoint.open(dir, { redundantLinesAllowed: 0 });
    a.beginRun('full', new Date());
    for (let i = 0; i < 50; i++) {
      a.intend('tickets', [String(i)]);
      a.commit('tickets', [{ id: String(i), entry: { targetId: `T${i}`, hash: 'h', children: { c1: 'C1' } } }], [String(i)], `c${i}`);
    }
    a.endRun(true);
    a.close();
    const before = readFileSync(join(dir, 'journal.jsonl'), 'utf8').split('\n').length;
    const b = Checkpoint.open(dir, { redundantLinesAllowed: 0 });
    b.close();
    const after = readFileSync(join(dir, 'journal.jsonl'), 'utf8').split('\n').length;
    expect(after).toBeLessThan(before);
    const c = Checkpoint.open(dir);
    expect(c.size('tickets')).toBe(50);
    expect(c.get('tickets', '49')).toMatchObject({ targetId: 'T49', children: { c1: 'C1' } });
    expect(c.currentRun?.complete).toBe(true);
    c.close();
  });

  test('a journal that has not grown past the allowance is not rewritten on open: a rerun only appends', () => {
    const dir = tempDir();
    const file = join(dir, 'journal.jsonl');
    const a = Checkpoint.open(dir);
    a.beginRun('full', new Date());
    for (let i = 0; i < 20; i++) a.commit('tickets', [{ id: String(i), entry: { targetId: `T${i}`, hash: 'h' } }], [], `c${i}`);
    a.endRun(true);
    a.close();
    const before = readFileSync(file, 'utf8');
    const b = Checkpoint.open(dir);
    b.beginRun('full', new Date());
    b.saveCursor('tickets', 'c1');
    b.endRun(true);
    b.close();
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.length - before.length).toBeLessThan(300);
  });

  test('a journal grown past the allowance is compacted on open, to the same state', () => {
    const dir = tempDir();
    const file = join(dir, 'journal.jsonl');
    const a = Checkpoint.open(dir);
    a.beginRun('full', new Date());
    a.commit('tickets', [{ id: '1', entry: { targetId: 'T1', hash: 'h' } }], [], 'c0');
    a.close();
    // Reruns' cursors, 20,001 lines that replay to nothing new.
    appendFileSync(file, Array.from({ length: 20_001 }, (_, i) => JSON.stringify({ t: 'cursor', e: 'tickets', c: `c${i}` })).join('\n') + '\n');
    Checkpoint.open(dir).close();
    expect(readFileSync(file, 'utf8').trim().split('\n').length).toBeLessThan(10);
    const b = Checkpoint.open(dir, { readOnly: true });
    expect(b.get('tickets', '1')).toMatchObject({ targetId: 'T1' });
    expect(b.currentRun?.cursors.tickets).toBe('c20000');
  });

  test('a journal edited by hand is refused with what to do', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'journal.jsonl'), '{"t":"watermark","e":"tickets","at":"x"}\nnot json\n{"t":"watermark","e":"tickets","at":"y"}\n');
    expect(() => Checkpoint.open(dir)).toThrow(
      `state journal ${join(dir, 'journal.jsonl')} line 2 is not a journal entry ("not json"), and the lines after it depend on it. Restore the state folder from a backup, or delete ${join(dir, 'journal.jsonl')} to start over`,
    );
  });

  test.each(['null', '42', '[1]', '"text"', '{"no":"type"}'])('a journal line %s in the middle is refused with the file and line, not a TypeError', (line) => {
    const dir = tempDir();
    const file = join(dir, 'journal.jsonl');
    writeFileSync(file, `{"t":"watermark","e":"tickets","at":"x"}\n${line}\n{"t":"watermark","e":"tickets","at":"y"}\n`);
    const before = readFileSync(file, 'utf8');
    expect(() => Checkpoint.open(dir)).toThrow(new RegExp(`^state journal ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line 2 is not a journal entry`));
    expect(readFileSync(file, 'utf8')).toBe(before); // refused, never rewritten
  });

  test('a journal line null at the end is skipped with a warning and cut off; the state before it is kept', () => {
    const dir = tempDir();
    const a = Checkpoint.open(dir);
    a.beginRun('full', new Date('2026-01-01T00:00:00Z'));
    a.commit('tickets', [{ id: '1', entry: { targetId: 'T1', hash: 'h1' } }], ['1']);
    a.close();
    const file = join(dir, 'journal.jsonl');
    appendFileSync(file, 'null\n');
    const warnings: string[] = [];
    const b = Checkpoint.open(dir, { readOnly: true, warn: (m) => warnings.push(m) });
    expect(b.get('tickets', '1')).toMatchObject({ targetId: 'T1' });
    b.close();
    expect(warnings).toEqual([`state journal ${file} line 3 is not a journal entry ("null"): it is the last line, as a write cut short leaves it, so it is skipped and removed.`]);
    expect(readFileSync(file, 'utf8')).not.toMatch(/null/);
    // Appends after it stay readable: the bad line never ends up in the middle.
    const c = Checkpoint.open(dir);
    c.commit('tickets', [{ id: '2', entry: { targetId: 'T2', hash: 'h2' } }], ['2']);
    c.close();
    expect(Checkpoint.open(dir, { readOnly: true }).size('tickets')).toBe(2);
  });

  test('the source and target it belongs to survive compaction', () => {
    const dir = tempDir();
    const a = Checkpoint.open(dir);
    a.setIdentity({ source: 'archive:/a', target: 'archive:/b' });
    a.beginRun('full', new Date());
    a.close();
    Checkpoint.open(dir, { redundantLinesAllowed: 0 }).close(); // compacts
    expect(Checkpoint.open(dir, { readOnly: true }).identity).toEqual({ source: 'archive:/a', target: 'archive:/b' });
  });

  test('the target memo survives a reopen until its expiry, and compaction drops what expired', () => {
    const dir = tempDir();
    const a = Checkpoint.open(dir);
    a.beginRun('full', new Date());
    a.remember('upload:1', 'young', Date.now() + 60_000);
    a.remember('upload:2', 'old', Date.now() - 1);
    for (let i = 0; i < 10; i++) a.remember('upload:1', 'younger', Date.now() + 120_000);
    a.close();
    const b = Checkpoint.open(dir, { readOnly: true });
    expect(b.recall('upload:1')).toBe('younger');
    expect(b.recall('upload:2')).toBeUndefined();
    Checkpoint.open(dir, { redundantLinesAllowed: 0 }).close(); // compacts
    const memoLines = readFileSync(join(dir, 'journal.jsonl'), 'utf8').split('\n').filter((l) => l.includes('"memo"'));
    expect(memoLines).toHaveLength(1);
    expect(Checkpoint.open(dir, { readOnly: true }).recall('upload:1')).toBe('younger');
  });

  // The ledger keeps children on disk, as the offset of the journal line that holds them: each must
  // read back the latest version, whether the line was just appended, replayed, or moved by a compaction.
  test('children read back from the journal: just written, replayed, after a compaction, after later appends', () => {
    const dir = tempDir();
    const children = (i: number, version: string) => ({ [`c${i}`]: `C${i}${version}`, [`d${i}`]: `d${i}`, long: 'é'.repeat(i === 7 ? 70_000 : 1) });
    const a = Checkpoint.open(dir, { redundantLinesAllowed: 0 });
    a.beginRun('full', new Date());
    for (let i = 0; i < 40; i++) a.commit('tickets', [{ id: `t${i}`, entry: { targetId: `T${i}`, hash: 'h', children: children(i, 'a') } }], [], `c${i}`);
    a.commit('tickets', [{ id: 't3', entry: { targetId: 'T3', hash: 'h2', children: children(3, 'b') } }, { id: 't4', entry: { targetId: 'T4', hash: 'h2' } }], []);
    for (let k = 0; k < 60; k++) a.saveCursor('tickets', `x${k}`); // lines a compaction drops
    const expected = (i: number) => (i === 4 ? undefined : children(i, i === 3 ? 'b' : 'a'));
    for (let i = 0; i < 40; i++) expect(a.get('tickets', `t${i}`)?.children, `t${i} as written`).toEqual(expected(i));
    a.close();

    const file = join(dir, 'journal.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n').length;
    const b = Checkpoint.open(dir, { redundantLinesAllowed: 0, compactLater: true });
    for (let i = 0; i < 40; i++) expect(b.get('tickets', `t${i}`)?.children, `t${i} replayed`).toEqual(expected(i));
    expect(b.compact()).toBe(true);
    expect(readFileSync(file, 'utf8').split('\n').length).toBeLessThan(lines);
    for (let i = 39; i >= 0; i--) expect(b.get('tickets', `t${i}`)?.children, `t${i} compacted`).toEqual(expected(i));
    b.commit('tickets', [{ id: 't5', entry: { targetId: 'T5', hash: 'h3', children: children(5, 'c') } }, { id: 't40', entry: { targetId: 'T40', hash: 'h', children: children(40, 'a') } }], []);
    expect(b.get('tickets', 't5')?.children).toEqual(children(5, 'c'));
    expect(b.get('tickets', 't40')?.children).toEqual(children(40, 'a'));
    expect(b.get('tickets', 't6')?.children).toEqual(children(6, 'a'));
    b.close();

    const c = Checkpoint.open(dir, { readOnly: true });
    for (let i = 0; i <= 40; i++) expect(c.get('tickets', `t${i}`)?.children, `t${i} reopened`).toEqual(i === 5 ? children(5, 'c') : expected(i) ?? (i === 40 ? children(40, 'a') : undefined));
    c.close();
  });
});
