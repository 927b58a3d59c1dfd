/**
 * The outcome of every record read in a run, appended as it happens. A run that is killed and
 * resumed keeps appending to the same log; the reports fold it (the last outcome of a record wins),
 * so they describe the whole run, not just its last process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityName } from '../model/entities.js';
import type { Outcome } from '../model/outcomes.js';
import { StateJournal } from './state-journal.js';

export interface OutcomeRow {
  entity: EntityName;
  sourceId: string;
  status: Outcome['status'];
  targetId?: string;
  reason?: string;
  message?: string;
}

export function toRow(entity: EntityName, sourceId: string, outcome: Outcome): OutcomeRow {
  switch (outcome.status) {
    case 'migrated':
      return { entity, sourceId, status: 'migrated', targetId: outcome.targetId, ...(outcome.warning ? { message: outcome.warning } : {}) };
    case 'failed':
      return { entity, sourceId, status: 'failed', reason: outcome.reason, message: outcome.message };
    case 'skipped':
      return { entity, sourceId, status: 'skipped', reason: outcome.reason, message: outcome.message, ...(outcome.targetId ? { targetId: outcome.targetId } : {}) };
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

  /** The last outcome of each record, in first-seen order. */
  fold(): OutcomeRow[] {
    this.flush();
    const rows = new Map<string, OutcomeRow>();
    for (const row of this.journal.replay() as OutcomeRow[]) {
      const key = `${row.entity}\u0000${row.sourceId}`;
      rows.delete(key);
      rows.set(key, row);
    }
    return [...rows.values()];
  }

  close(): void {
    this.journal.close();
  }

  static exists(stateFolder: string, runId: string): boolean {
    return existsSync(join(stateFolder, `outcomes-${runId}.jsonl`));
  }

  static read(stateFolder: string, runId: string): OutcomeRow[] {
    const text = readFileSync(join(stateFolder, `outcomes-${runId}.jsonl`), 'utf8');
    return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutcomeRow);
  }
}
