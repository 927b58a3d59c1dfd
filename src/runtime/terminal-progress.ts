/**
 * Progress per entity: count, rate and ETA. On a terminal one line is redrawn in place; elsewhere
 * (CI logs, pipes) a plain line is printed at most every few seconds and when an entity finishes.
 */
import type { EntityName } from '../model/entities.js';
import type { EntityTally, ProgressSink } from '../engine/progress.js';
import { countsText, modeWords, type ModeWords } from '../engine/mode-words.js';

export class TerminalProgress implements ProgressSink {
  private started = 0;
  private expected: number | undefined;
  private lastPrint = 0;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly interactive = Boolean(out.isTTY),
    private readonly plainEveryMs = 5000,
    private readonly clock: () => number = Date.now,
    private readonly words: ModeWords = modeWords('full'),
  ) {}

  entityStarted(_entity: EntityName, expected: number | undefined): void {
    this.started = this.clock();
    this.expected = expected;
    this.lastPrint = this.started;
  }

  recordsSettled(entity: EntityName, tally: EntityTally): void {
    const now = this.clock();
    if (this.interactive) this.out.write(`\r\x1b[2K${this.line(entity, tally, now)}`);
    else if (now - this.lastPrint >= this.plainEveryMs) {
      this.lastPrint = now;
      this.out.write(`${this.line(entity, tally, now)}\n`);
    }
  }

  entityFinished(entity: EntityName, tally: EntityTally): void {
    const now = this.clock();
    const seconds = ((now - this.started) / 1000).toFixed(1);
    const text = `${entity}: ${tally.read} read, ${countsText(this.words, tally)} in ${seconds}s`;
    this.out.write(this.interactive ? `\r\x1b[2K${text}\n` : `${text}\n`);
  }

  line(entity: EntityName, tally: EntityTally, now: number): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = tally.read / seconds;
    let text = `${entity}: ${tally.read}${this.expected !== undefined ? `/${this.expected}` : ''} read (${countsText(this.words, tally)}), ${rate.toFixed(1)}/s`;
    if (this.expected !== undefined && rate > 0 && tally.read < this.expected) {
      text += `, ETA ${formatDuration((this.expected - tally.read) / rate)}`;
    }
    return text;
  }
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}
