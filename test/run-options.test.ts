/** The CLI's flags and the Action's inputs go through one parser: one meaning for each value. */
import { describe, expect, test } from 'vitest';
import { parseRunOptions } from '../src/run-options.js';

const flag = (option: string) => `--${option}`;

describe('parseRunOptions', () => {
  test('reads every option, and leaves out those not given (empty text included)', () => {
    expect(parseRunOptions({ mode: 'full', timeBudget: '1.5', shard: ' 2 / 4 ', sample: '30' }, flag)).toEqual({
      options: { mode: 'full', timeBudgetMs: 90_000, shard: { index: 2, count: 4 }, sample: 30 },
    });
    expect(parseRunOptions({ mode: 'delta', timeBudget: '', shard: undefined }, flag)).toEqual({ options: { mode: 'delta' } });
  });

  test('names every problem at once, by the label its caller knows it under', () => {
    const result = parseRunOptions({ mode: 'sync', timeBudget: 'Infinity', shard: '5/4', sample: '0.5' }, (o) => `${o}:`);
    expect(result).toEqual({
      problems: [
        'mode: must be one of check, demo, full, delta, verify, not "sync"',
        'timeBudget: must be a number of minutes above 0, not "Infinity"',
        'shard: must look like 2/4 (this job\'s number, from 1, over the number of jobs), not "5/4"',
        'sample: must be a whole number above 0, not "0.5"',
      ],
    });
    expect(parseRunOptions({}, flag)).toEqual({ problems: ['--mode must be one of check, demo, full, delta, verify'] });
  });
});
