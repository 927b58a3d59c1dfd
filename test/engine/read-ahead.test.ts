import { describe, expect, test } from 'vitest';
import { readAhead } from '../../src/engine/read-ahead.js';

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
});
