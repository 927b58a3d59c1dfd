import { describe, expect, test } from 'vitest';
import { Prefetch, readAhead } from '../../src/engine/read-ahead.js';

/** Pages 1..n, logging when each read starts; `failAt` makes that read throw. */
function pages(n: number, events: string[], failAt?: number) {
  return (async function* () {
    try {
      for (let i = 1; i <= n; i++) {
        events.push(`read ${i}`);
        await new Promise((r) => setImmediate(r));
        if (i === failAt) throw new Error(`read ${i} failed`);
        yield i;
      }
    } finally {
      events.push('closed');
    }
  })();
}

describe('readAhead', () => {
  test('the next page is read while the caller works on the current one, and every page comes once, in order', async () => {
    const events: string[] = [];
    const got: number[] = [];
    for await (const page of readAhead(pages(3, events))) {
      // The caller is busy (writing): the next read has already started.
      await new Promise((r) => setImmediate(r));
      events.push(`wrote ${page}`);
      got.push(page);
    }
    expect(got).toEqual([1, 2, 3]);
    expect(events.indexOf('read 2')).toBeLessThan(events.indexOf('wrote 1'));
    expect(events.indexOf('read 3')).toBeLessThan(events.indexOf('wrote 2'));
    expect(events.filter((e) => e === 'closed')).toHaveLength(1);
  });

  test('a caller that stops early closes the source after the read in flight, with no unhandled rejection', async () => {
    const events: string[] = [];
    for await (const page of readAhead(pages(5, events, 2))) {
      expect(page).toBe(1);
      break;
    }
    expect(events).toContain('closed');
    expect(events).not.toContain('read 3');
  });

  test('a failed read reaches the caller when it asks for that page, after the pages before it', async () => {
    const events: string[] = [];
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const page of readAhead(pages(5, events, 3))) got.push(page);
      })(),
    ).rejects.toThrow('read 3 failed');
    expect(got).toEqual([1, 2]);
  });

  test('reads ahead while the pages held weigh less than the bound, and no further', async () => {
    const events: string[] = [];
    const reader = readAhead(pages(10, events), { ahead: 3, weigh: () => 1 });
    expect((await reader.next()).value).toBe(1);
    // The caller is busy with page 1: pages 2..4 are read (weight 3 held), then reading waits.
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(events.filter((e) => e.startsWith('read'))).toEqual(['read 1', 'read 2', 'read 3', 'read 4']);
    const rest: number[] = [];
    for await (const page of reader) rest.push(page);
    expect(rest).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events.filter((e) => e === 'closed')).toHaveLength(1);
  });

  test('a prefetch reads before anyone asks, yields every page once; one never consumed closes its source', async () => {
    const events: string[] = [];
    const early = new Prefetch(readAhead(pages(3, events)));
    await new Promise((r) => setImmediate(r));
    expect(events).toContain('read 1');
    const got: number[] = [];
    for await (const page of early.pages()) got.push(page);
    expect(got).toEqual([1, 2, 3]);

    const unused: string[] = [];
    const abandoned = new Prefetch(readAhead(pages(3, unused)));
    await abandoned.close();
    expect(unused).toContain('closed');
    expect(unused).not.toContain('read 3');
  });
});
