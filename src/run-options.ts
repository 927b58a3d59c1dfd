/**
 * The options of a run as its callers give them, in text: the CLI's flags and the Action's inputs
 * are read here, the same way, so a value means one thing wherever it is written. Each problem
 * names the option as the caller knows it (`--time-budget`, `time-budget:`).
 */
import { parseShard, type Shard } from './engine/shard.js';

export const MODES = ['check', 'demo', 'full', 'delta', 'verify'] as const;
export type Mode = (typeof MODES)[number];

export interface RunOptionsText {
  mode?: string | undefined;
  /** Minutes. */
  timeBudget?: string | undefined;
  /** I/N. */
  shard?: string | undefined;
  /** verify: records compared per entity. */
  sample?: string | undefined;
}

export interface RunOptions {
  mode: Mode;
  timeBudgetMs?: number;
  shard?: Shard;
  sample?: number;
}

export type OptionLabel = (option: keyof RunOptionsText) => string;

/** Options, or every problem found (each naming the option by `label`). Empty text is an option not given. */
export function parseRunOptions(text: RunOptionsText, label: OptionLabel): { options: RunOptions } | { problems: string[] } {
  const problems: string[] = [];
  const given = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

  const modeText = given(text.mode);
  const mode = MODES.find((m) => m === modeText);
  if (!mode) problems.push(`${label('mode')} must be one of ${MODES.join(', ')}${modeText !== undefined ? `, not "${modeText}"` : ''}`);

  let timeBudgetMs: number | undefined;
  const budget = given(text.timeBudget);
  if (budget !== undefined) {
    const minutes = Number(budget);
    if (Number.isFinite(minutes) && minutes > 0) timeBudgetMs = minutes * 60_000;
    else problems.push(`${label('timeBudget')} must be a number of minutes above 0, not "${budget}"`);
  }

  const shardText = given(text.shard);
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  if (shardText !== undefined && !shard) {
    problems.push(`${label('shard')} must look like 2/4 (this job's number, from 1, over the number of jobs), not "${shardText}"`);
  }

  let sample: number | undefined;
  const sampleText = given(text.sample);
  if (sampleText !== undefined) {
    const n = Number(sampleText);
    if (Number.isInteger(n) && n >= 1) sample = n;
    else problems.push(`${label('sample')} must be a whole number above 0, not "${sampleText}"`);
  }

  if (problems.length > 0 || !mode) return { problems };
  return {
    options: {
      mode,
      ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
      ...(shard ? { shard } : {}),
      ...(sample !== undefined ? { sample } : {}),
    },
  };
}
