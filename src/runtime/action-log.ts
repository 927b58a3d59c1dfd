/**
 * The Action's log: engine messages through @actions/core (warnings and errors become annotations),
 * one collapsible group per entity with progress lines, and secret masking.
 *
 * The runner masks registered secrets in the log it shows, but not in what the Action itself sends
 * elsewhere (the PR comment goes through the API; artifacts are never masked), so messages are also
 * redacted here, and the same redactor is applied to the summary and the comment.
 */
import * as core from '@actions/core';
import type { EntityTally, ProgressSink } from '../engine/progress.js';
import { Redactor } from '../http/redact.js';
import type { EntityName } from '../model/entities.js';
import type { Logger } from '../log/logger.js';
import { formatDuration } from './terminal-progress.js';
import { countsText, modeWords, type ModeWords } from '../engine/mode-words.js';

/** Secrets known so far; grows when the mapping file is loaded. */
export class SecretRegistry {
  private readonly values = new Set<string>();
  private current = new Redactor();

  /** Masks each value and the forms it is commonly sent in (base64 for Basic auth, URL-encoded). */
  add(secrets: readonly string[]): void {
    for (const secret of secrets) {
      if (!secret || this.values.has(secret)) continue;
      for (const form of derivedForms(secret)) {
        core.setSecret(form);
        this.values.add(form);
      }
    }
    this.current = new Redactor([...this.values]);
  }

  get redactor(): Redactor {
    return this.current;
  }
}

/** The secret as it may appear in a log line: raw, URL-encoded, base64 (Basic auth, git's x-access-token). */
export function derivedForms(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret)]);
  // The base64 of a very short value is a short string that also occurs in unrelated text; masking it
  // would blank ordinary log output without protecting anything.
  if (secret.length >= 8) {
    forms.add(Buffer.from(secret).toString('base64'));
    forms.add(Buffer.from(secret).toString('base64url'));
    forms.add(Buffer.from(`x-access-token:${secret}`).toString('base64'));
  }
  return [...forms];
}

export function actionLogger(secrets: SecretRegistry): Logger {
  const clean = (message: string) => secrets.redactor.text(message);
  return {
    debug: (m) => core.debug(clean(m)),
    info: (m) => core.info(clean(m)),
    warn: (m) => core.warning(clean(m)),
    error: (m) => core.error(clean(m)),
  };
}

/** One log group per entity; inside it a progress line at most every `everyMs`, and a closing count. */
export class ActionProgress implements ProgressSink {
  private open = false;
  private started = 0;
  private lastLine = 0;
  private expected: number | undefined;

  constructor(
    private readonly everyMs = 10_000,
    private readonly clock: () => number = Date.now,
    private readonly words: ModeWords = modeWords('full'),
  ) {}

  entityStarted(entity: EntityName, expected: number | undefined): void {
    this.close();
    core.startGroup(expected === undefined ? entity : `${entity} (${expected} in the source)`);
    this.open = true;
    this.started = this.lastLine = this.clock();
    this.expected = expected;
  }

  recordsSettled(entity: EntityName, tally: EntityTally): void {
    const now = this.clock();
    if (now - this.lastLine < this.everyMs) return;
    this.lastLine = now;
    const rate = tally.read / Math.max((now - this.started) / 1000, 0.001);
    const of = this.expected === undefined ? '' : `/${this.expected}`;
    const eta = this.expected !== undefined && rate > 0 && tally.read < this.expected ? `, about ${formatDuration((this.expected - tally.read) / rate)} left` : '';
    core.info(`${entity}: ${tally.read}${of} read (${countsText(this.words, tally)}), ${rate.toFixed(1)}/s${eta}`);
  }

  entityFinished(entity: EntityName, tally: EntityTally): void {
    const seconds = ((this.clock() - this.started) / 1000).toFixed(1);
    core.info(`${entity}: ${tally.read} read, ${countsText(this.words, tally)} in ${seconds}s`);
    this.close();
  }

  /** Ends the open group, if any (an entity interrupted by the time budget or an error). */
  close(): void {
    if (this.open) core.endGroup();
    this.open = false;
  }
}
