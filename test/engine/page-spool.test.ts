import { appendFileSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { PageSpool, SPOOL_FOLDER, SPOOL_FRESH_MS, type Replay, type SpoolKey } from '../../src/engine/page-spool.js';
import { readAhead } from '../../src/engine/read-ahead.js';
import { tempDir } from '../support/workspace.js';

interface TestPage {
  records: string[];
  cursor?: string;
}

/** Pages 1..n of `size` records; the last has no cursor. `read` counts the pages the source gave. */
function source(n: number, size = 1, from = 0) {
  const seen = { read: 0 };
  const pages = (async function* () {
    for (let i = from + 1; i <= n; i++) {
      seen.read++;
      await new Promise((r) => setImmediate(r));
      yield { records: Array.from({ length: size }, (_, k) => `r${i}.${k}`), ...(i < n ? { cursor: `c${i}` } : {}) } satisfies TestPage;
    }
  })();
  return { pages, seen };
}

const weigh = (p: TestPage) => p.records.length;
const key: SpoolKey = { run: 'run-1' };
const open = (dir: string, cursor: string | undefined | null, k: SpoolKey = key, warn = vi.fn()) => PageSpool.open<TestPage>(dir, 'tickets', k, cursor, weigh, warn);

/** Consumes `take` pages of a spooled read ahead while the source runs ahead, then stops (as a kill would leave it). */
async function readSome(dir: string, n: number, take: number) {
  const { spool, replay } = open(dir, undefined);
  const { pages, seen } = source(n);
  const got: TestPage[] = [];
  for await (const page of readAhead(pages, { ahead: 2, weigh, spool: { store: spool, replay } })) {
    got.push(page);
    // The caller is slow: the source runs ahead into the spool meanwhile.
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    if (got.length === take) break;
  }
  return { got, seen };
}

describe('the read-ahead spool', () => {
  test('the source runs ahead past the memory bound into the spool; pages come out once, in order, the same', async () => {
    const dir = tempDir();
    const { spool } = open(dir, undefined);
    const readBack = vi.spyOn(spool, 'read');
    const { pages, seen } = source(30);
    const got: TestPage[] = [];
    let readWhenFirstTaken = 0;
    for await (const page of readAhead(pages, { ahead: 2, weigh, spool: { store: spool } })) {
      if (got.length === 0) {
        for (let i = 0; i < 200; i++) await new Promise((r) => setImmediate(r));
        readWhenFirstTaken = seen.read;
      }
      got.push(page);
    }
    expect(got.map((p) => p.records[0])).toEqual(Array.from({ length: 30 }, (_, i) => `r${i + 1}.0`));
    expect(got.at(-1)?.cursor).toBeUndefined();
    // Without the spool the source would stop at the memory bound (a few pages): it read everything.
    expect(readWhenFirstTaken).toBe(30);
    expect(readBack.mock.calls.length).toBeGreaterThan(20);
    expect(statSync(join(dir, SPOOL_FOLDER, 'tickets.jsonl')).mode & 0o777).toBe(0o600);
  });

  test('a resumed read replays what the stopped one had read past its cursor, and goes on at the last page replayed', async () => {
    const dir = tempDir();
    const first = await readSome(dir, 10, 3);
    expect(first.seen.read).toBeGreaterThan(5);
    // The checkpoint saved the cursor after page 3.
    const { spool, replay } = open(dir, 'c3');
    expect(replay?.pages.length).toBe(first.seen.read - 3);
    const rest = source(10, 1, first.seen.read);
    const got: TestPage[] = [];
    for await (const page of readAhead(replay?.ended ? (async function* () {})() : rest.pages, { ahead: 2, weigh, spool: { store: spool, replay } })) got.push(page);
    expect(replay?.continueAt).toBe(first.seen.read === 10 ? undefined : `c${first.seen.read}`);
    expect(got.map((p) => p.records[0])).toEqual(Array.from({ length: 7 }, (_, i) => `r${i + 4}.0`));
    expect(rest.seen.read).toBe(10 - first.seen.read);
  });

  test('nothing is replayed for another run, another delta start, a stream that starts over, an unknown cursor or a stale spool', async () => {
    const dir = tempDir();
    await readSome(dir, 10, 3);
    const file = join(dir, SPOOL_FOLDER, 'tickets.jsonl');
    const saved = readFileSync(file);
    const cases: [string, () => Replay | undefined][] = [
      ['another run', () => open(dir, 'c3', { run: 'run-2' }).replay],
      ['another delta start', () => open(dir, 'c3', { run: 'run-1', since: '2026-01-01T00:00:00Z' }).replay],
      ['a stream that starts over', () => open(dir, null).replay],
      ['an unknown cursor', () => open(dir, 'c99').replay],
    ];
    for (const [why, attempt] of cases) {
      writeFileSync(file, saved);
      expect(attempt(), why).toBeUndefined();
      // The file is begun again, empty: its pages never come back.
      expect(readFileSync(file, 'utf8').trim().split('\n'), why).toHaveLength(1);
    }
    writeFileSync(file, saved);
    vi.useFakeTimers({ now: Date.now() + SPOOL_FRESH_MS + 1000, toFake: ['Date'] });
    try {
      expect(open(dir, 'c3').replay, 'stale').toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  test('a torn last line (killed mid-append) is cut off, and the pages before it are replayed', async () => {
    const dir = tempDir();
    const first = await readSome(dir, 10, 3);
    const file = join(dir, SPOOL_FOLDER, 'tickets.jsonl');
    appendFileSync(file, '{"records":["torn');
    const { replay } = open(dir, 'c3');
    expect(replay?.pages.length).toBe(first.seen.read - 3);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  test('a spool that cannot be written (disk full) warns once and reads ahead in memory only', async () => {
    const dir = tempDir();
    const warn = vi.fn();
    const { spool } = open(dir, undefined, key, warn);
    // Every write to /dev/full fails with ENOSPC, as on a full disk.
    (spool as unknown as { fd: number }).fd = openSync('/dev/full', 'w');
    const { pages } = source(8);
    const got: TestPage[] = [];
    for await (const page of readAhead(pages, { ahead: 2, weigh, spool: { store: spool } })) got.push(page);
    expect(got.map((p) => p.records[0])).toEqual(Array.from({ length: 8 }, (_, i) => `r${i + 1}.0`));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/memory only.*(ENOSPC|no space left)/);
  });

  test('a symlink planted where the spool goes is not followed: the file it points to stays untouched', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, SPOOL_FOLDER));
    const elsewhere = join(tempDir(), 'elsewhere.txt');
    writeFileSync(elsewhere, 'mine');
    symlinkSync(elsewhere, join(dir, SPOOL_FOLDER, 'tickets.jsonl'));
    const warn = vi.fn();
    const { spool } = open(dir, undefined, key, warn);
    const got: TestPage[] = [];
    for await (const page of readAhead(source(5).pages, { ahead: 2, weigh, spool: { store: spool } })) got.push(page);
    expect(got).toHaveLength(5);
    expect(readFileSync(elsewhere, 'utf8')).toBe('mine');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('a symlink planted in place of the spool folder is not followed either', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(dir, SPOOL_FOLDER));
    const warn = vi.fn();
    const { spool } = open(dir, undefined, key, warn);
    const got: TestPage[] = [];
    for await (const page of readAhead(source(5).pages, { ahead: 2, weigh, spool: { store: spool } })) got.push(page);
    expect(got).toHaveLength(5);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(warn.mock.calls[0]?.[0]).toMatch(/memory only.*symbolic link/);
  });
});
