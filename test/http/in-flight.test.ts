import { describe, expect, it } from 'vitest';
import { InFlightSizer } from '../../src/http/in-flight.js';

describe('requests in flight per budget', () => {
  it('start at the initial size, then follow rate × observed latency (with headroom), within the cap', () => {
    // Intercom: 1,000 per 10 s = 0.1 per ms.
    const sizer = new InFlightSizer({ ratePerMs: 0.1, cap: 64 });
    expect(sizer.size).toBe(4);
    sizer.answered(150);
    expect(sizer.size).toBe(Math.ceil(0.1 * 150 * 1.5) + 1); // 24
    const slow = new InFlightSizer({ ratePerMs: 0.1, cap: 16 });
    slow.answered(1_000);
    expect(slow.size).toBe(16);
    // Zendesk 400 a minute at 40 ms: one or two are enough.
    const zendesk = new InFlightSizer({ ratePerMs: 400 / 60_000, cap: 64 });
    zendesk.answered(40);
    expect(zendesk.size).toBe(2);
  });

  it('latency is a moving average: one slow answer does not swing the size', () => {
    const sizer = new InFlightSizer({ ratePerMs: 0.1, cap: 100 });
    sizer.answered(100);
    sizer.answered(600);
    expect(sizer.latency).toBe(200);
  });

  it('halves on overload and wins it back answer by answer, never below one', () => {
    const sizer = new InFlightSizer({ ratePerMs: 0.1, cap: 64 });
    sizer.answered(150);
    const full = sizer.size;
    sizer.overloaded();
    expect(sizer.size).toBeLessThanOrEqual(Math.floor(full / 2) + 1);
    for (let i = 0; i < 20; i += 1) sizer.answered(150);
    expect(sizer.size).toBe(full);
    for (let i = 0; i < 20; i += 1) sizer.overloaded();
    expect(sizer.size).toBe(1);
  });
});
