/**
 * How far a state folder has got, so two checkpoints of the same migration can be ordered: the one
 * from the cache and one left in the workspace (a self-hosted runner, or a run whose cache save failed).
 *
 * The ledger only grows (every record written adds an entry, none is removed), and within one run the
 * outcome log only grows, so the order is: more ledger records; then the later run; then, for the same
 * run, more outcomes recorded; then complete over partial. Two folders can also have diverged (two runs
 * resumed from the same older checkpoint): neither ledger contains the other. That is reported, since the
 * records only in the one not chosen may be written again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Checkpoint } from '../engine/checkpoint.js';
import { OutcomeLog } from '../engine/outcome-log.js';
import { ENTITY_ORDER } from '../model/entities.js';

export interface CheckpointPosition {
  /** `entity/sourceId` of every ledger entry. */
  records: Set<string>;
  run: { id: string; startedAt: string; complete: boolean; outcomes: number } | undefined;
}

/** Undefined when the folder holds no journal. Throws if the journal is corrupt. */
export function readCheckpointPosition(stateDir: string): CheckpointPosition | undefined {
  if (!existsSync(join(stateDir, 'journal.jsonl'))) return undefined;
  const checkpoint = Checkpoint.open(stateDir);
  try {
    const records = new Set<string>();
    for (const entity of ENTITY_ORDER) for (const [id] of checkpoint.entries(entity)) records.add(`${entity}/${id}`);
    const current = checkpoint.currentRun;
    const run = current && {
      id: current.id,
      startedAt: current.startedAt,
      complete: current.complete,
      outcomes: OutcomeLog.count(stateDir, current.id),
    };
    return { records, run };
  } finally {
    checkpoint.close();
  }
}

/** Positive when `a` is ahead of `b`, negative when behind, 0 when they are at the same point. */
export function compareCheckpoints(a: CheckpointPosition, b: CheckpointPosition): number {
  if (a.records.size !== b.records.size) return a.records.size - b.records.size;
  const startedA = a.run?.startedAt ?? '';
  const startedB = b.run?.startedAt ?? '';
  if (startedA !== startedB) return startedA < startedB ? -1 : 1;
  const outcomes = (a.run?.outcomes ?? 0) - (b.run?.outcomes ?? 0);
  if (outcomes !== 0) return outcomes;
  return Number(a.run?.complete ?? false) - Number(b.run?.complete ?? false);
}

/** Ledger records `other` has and `chosen` lacks: non-zero means the two diverged. */
export function recordsMissingFrom(chosen: CheckpointPosition, other: CheckpointPosition): number {
  let missing = 0;
  for (const record of other.records) if (!chosen.records.has(record)) missing++;
  return missing;
}

export function describeCheckpoint(position: CheckpointPosition): string {
  const run = position.run ? `, run ${position.run.id} ${position.run.complete ? 'complete' : 'partial'} with ${position.run.outcomes} outcomes` : '';
  return `${position.records.size} records in the ledger${run}`;
}
