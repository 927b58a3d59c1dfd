import { afterEach, describe, expect, it } from 'vitest';
import { MODES } from '../../src/run.js';
import { ActionInputError, getInputs } from '../../src/runtime/action-inputs.js';

const set: string[] = [];
function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const variable = `INPUT_${name.toUpperCase()}`;
    process.env[variable] = value;
    set.push(variable);
  }
}
afterEach(() => {
  for (const variable of set.splice(0)) delete process.env[variable];
});

const problemsOf = (): string[] => {
  try {
    getInputs({ GITHUB_WORKSPACE: '/ws' });
  } catch (error) {
    if (error instanceof ActionInputError) return error.problems;
    throw error;
  }
  return [];
};

describe('action inputs', () => {
  it('has defaults for everything but the token', () => {
    expect(getInputs({ GITHUB_WORKSPACE: '/ws' })).toEqual({
      workspace: '/ws',
      mappingFile: '/ws/migration.yml',
      mode: 'check',
      stateKeyPrefix: 'desk-migrate',
      reportName: 'desk-migrate-report',
      reportRetentionDays: undefined,
      prComment: true,
      githubToken: '',
      timeBudgetMs: undefined,
      shard: undefined,
      continueDispatch: false,
    });
  });

  it('reads and converts every input', () => {
    inputs({
      mapping: 'config/zendesk.yml',
      mode: 'full',
      'state-key-prefix': 'zd.eu_1',
      'report-name': 'zd-report',
      'report-retention-days': '7',
      'pr-comment': 'false',
      'github-token': 'ghs_x',
      'time-budget': '1.5',
      shard: '2/4',
      continue: 'dispatch',
    });
    expect(getInputs({ GITHUB_WORKSPACE: '/ws' })).toEqual({
      workspace: '/ws',
      mappingFile: '/ws/config/zendesk.yml',
      mode: 'full',
      stateKeyPrefix: 'zd.eu_1',
      reportName: 'zd-report',
      reportRetentionDays: 7,
      prComment: false,
      githubToken: 'ghs_x',
      timeBudgetMs: 90_000,
      shard: { index: 2, count: 4 },
      continueDispatch: true,
    });
  });

  it('reports every problem at once, each naming the input', () => {
    inputs({
      mode: 'sync',
      'state-key-prefix': 'a,b',
      'report-name': 'a/b',
      'report-retention-days': '120',
      'pr-comment': 'yes',
      'time-budget': '-3',
      shard: '5/4',
      continue: 'yes',
    });
    expect(problemsOf()).toEqual([
      `mode: must be one of ${MODES.join(', ')}, not "sync"`,
      'time-budget: must be a number of minutes above 0, not "-3"',
      'shard: must look like 2/4 (this job\'s number, from 1, over the number of jobs), not "5/4"',
      'state-key-prefix: "a,b" must be 1-100 letters, digits, dots, dashes or underscores (it becomes part of cache keys)',
      'report-name: "a/b" may not contain " : < > | * ? \\ / or line breaks (artifact names cannot)',
      'report-retention-days: must be a whole number of days from 1 to 90, not "120"',
      'pr-comment: must be true or false, not "yes"',
      'continue: must be dispatch or empty, not "yes"',
    ]);
  });

  it('takes every mode', () => {
    for (const mode of MODES) {
      inputs({ mode });
      expect(getInputs({ GITHUB_WORKSPACE: '/ws' }).mode).toBe(mode);
    }
  });
});
