/**
 * The outcome of every record read in a run, appended as it happens. A run that is killed and
 * resumed keeps appending to the same log; the reports fold it (the last outcome of a record wins),
 * so they describe the whole run, not just its last process.
 */
import { join } from 'node:path';
import type { EntityName } from '../model/entities.js';
import { warningText, type Outcome, type Warning } from '../model/outcomes.js';
import { jsonlLines } from './jsonl-lines.js';
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
  private buffer: OutcomeRow[] = [];

  constructor(stateFolder: string, runId: string) {
    this.journal = new StateJournal(join(stateFolder, `outcomes-${runId}.jsonl`));
  }

  get file(): string {
    return this.journal.file;
  }

  add(row: OutcomeRow): void {
    this.buffer.push(row);
  }

  /** Makes buffered rows durable; called after each batch, with the checkpoint. */
  flush(): void {
    this.journal.append(this.buffer);
    this.buffer = [];
  }

  /**
   * The last outcome of each record (a resumed run may have settled a record twice), streamed in
   * two passes over the log so that memory holds one small number per record, not the rows.
   */
  *lastOutcomes(): Generator<OutcomeRow> {
    this.flush();
    const last = new Map<string, number>();
    let n = 0;
    const key = (row: OutcomeRow) => `${row.entity}\u0000${row.sourceId}\u0000${row.occurrence ?? 1}`;
    for (const row of this.journal.replay() as Iterable<OutcomeRow>) last.set(key(row), n++);
    n = 0;
    for (const row of this.journal.replay() as Iterable<OutcomeRow>) {
      if (last.get(key(row)) === n++) yield row;
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
