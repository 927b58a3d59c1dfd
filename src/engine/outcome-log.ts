/**
 * The outcome of every record read in a run, appended as it happens. A run that is killed and
 * resumed keeps appending to the same log; the reports fold it (the last outcome of a record wins),
 * so they describe the whole run, not just its last process. A record unchanged since an earlier
 * run migrated it is counted per page (page-counts.ts), not given a row: a rerun of a finished
 * migration writes a line a page. One whose write left warnings keeps its row, so the reports of
 * every later run still show them.
 */
import { join } from 'node:path';
import type { EntityName } from '../model/entities.js';
import { REASONS, warningText, type Outcome, type Warning } from '../model/outcomes.js';
import { jsonlLines } from './jsonl-lines.js';
import { CountFold, isCountLine, PageCounts, type CountLine } from './page-counts.js';
import { StateJournal } from './state-journal.js';

export interface OutcomeRow {
  entity: EntityName;
  sourceId: string;
  status: Outcome['status'];
  targetId?: string;
  reason?: string;
  message?: string;
  /** The record's warnings (for a record already migrated, those of the run that wrote it). */
  warnings?: Warning[];
  /** 2 for the second record read with this id in one run, 3 for the third…: its own row, never folded into the first. */
  occurrence?: number;
  /** This many records of the entity with this outcome, counted, not listed (`sourceId` is empty). */
  count?: number;
}

/** Outcomes that are counted, not listed: nothing in them needs the user's attention. */
function countable(row: OutcomeRow): boolean {
  return row.status === 'skipped' && row.reason === REASONS.alreadyMigrated && !row.warnings?.length && !row.occurrence;
}

export function toRow(entity: EntityName, sourceId: string, outcome: Outcome): OutcomeRow {
  switch (outcome.status) {
    case 'migrated':
      return { entity, sourceId, status: 'migrated', targetId: outcome.targetId, ...(outcome.warnings?.length ? { message: warningText(outcome.warnings), warnings: outcome.warnings } : {}) };
    case 'failed':
      return { entity, sourceId, status: 'failed', reason: outcome.reason, message: outcome.message };
    case 'skipped':
      return {
        entity,
        sourceId,
        status: 'skipped',
        reason: outcome.reason,
        message: outcome.warnings?.length ? `${outcome.message}; when it was written: ${warningText(outcome.warnings)}` : outcome.message,
        ...(outcome.targetId ? { targetId: outcome.targetId } : {}),
        ...(outcome.warnings?.length ? { warnings: outcome.warnings } : {}),
      };
  }
}

export class OutcomeLog {
  private readonly journal: StateJournal;
  private buffer: (OutcomeRow | CountLine)[] = [];
  private readonly pages = new PageCounts();

  constructor(stateFolder: string, runId: string) {
    this.journal = new StateJournal(join(stateFolder, `outcomes-${runId}.jsonl`));
  }

  get file(): string {
    return this.journal.file;
  }

  add(row: OutcomeRow): void {
    if (countable(row) && this.pages.add(row.entity, row.reason as string)) return;
    this.buffer.push(row);
  }

  /**
   * This process starts reading `entity` from `cursor` (undefined: the beginning). From here on its
   * countable outcomes are counted per page, which `pageRead` and `entityRead` close.
   */
  startReading(entity: EntityName, cursor: string | undefined): void {
    this.buffer.push(this.pages.start(entity, cursor));
  }

  /** Every record of the page that ends at `cursor` has been given its outcome (or waits for a parent). */
  pageRead(entity: EntityName, cursor: string | null): void {
    const line = this.pages.close(entity, cursor);
    if (line) this.buffer.push(line);
  }

  /** The last records of `entity`, those that waited for a parent, have their outcome. */
  entityRead(entity: EntityName): void {
    const line = this.pages.close(entity);
    if (line) this.buffer.push(line);
  }

  /** Makes buffered rows durable; called after each batch, with the checkpoint. */
  flush(): void {
    this.journal.append(this.buffer);
    this.buffer = [];
  }

  /**
   * The last outcome of each record (a resumed run may have settled a record twice), streamed in
   * two passes over the log; then one row per entity and counted outcome, with its `count`.
   *
   * One process settles a record once, so only a record settled again by a later process needs to
   * be remembered, with the line of its last outcome: the first pass keeps the lines of the second
   * and later processes reading an entity (and all of an entity whose rows are not preceded by where
   * its reading started: check, verify, older logs). A run that was never resumed keeps none.
   */
  *lastOutcomes(): Generator<OutcomeRow> {
    this.flush();
    const last = new Map<string, number>();
    const counts = new CountFold();
    const readings = new Map<EntityName, number>();
    const keepAll = new Set<EntityName>();
    let n = 0;
    const key = (row: OutcomeRow) => `${row.entity}\u0000${row.sourceId}\u0000${row.occurrence ?? 1}`;
    for (const line of this.journal.replay() as Iterable<OutcomeRow | CountLine>) {
      if (isCountLine(line)) {
        counts.take(line);
        if (line.from) readings.set(line.entity, (readings.get(line.entity) ?? 0) + 1);
      } else {
        const read = readings.get(line.entity) ?? 0;
        if (read === 0) keepAll.add(line.entity);
        if (read !== 1 || keepAll.has(line.entity)) last.set(key(line), n);
      }
      n++;
    }
    n = 0;
    for (const line of this.journal.replay() as Iterable<OutcomeRow | CountLine>) {
      if (!isCountLine(line) && (last.get(key(line)) ?? n) === n) yield line;
      n++;
    }
    for (const [entity, byReason] of counts.totals()) {
      for (const [reason, count] of Object.entries(byReason)) yield { entity, sourceId: '', status: 'skipped', reason, count };
    }
  }

  close(): void {
    this.journal.close();
  }

  /** How many outcomes a run has recorded so far (0 when none). */
  static count(stateFolder: string, runId: string): number {
    let n = 0;
    for (const _ of jsonlLines(join(stateFolder, `outcomes-${runId}.jsonl`))) n++;
    return n;
  }
}
