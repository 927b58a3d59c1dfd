/** Progress events the engine emits; the CLI draws them on a terminal, the Action logs them. */
import type { EntityName } from '../model/entities.js';

export interface EntityTally {
  read: number;
  migrated: number;
  failed: number;
  skipped: number;
}

export interface ProgressSink {
  entityStarted(entity: EntityName, expected: number | undefined): void;
  recordsSettled(entity: EntityName, tally: EntityTally): void;
  entityFinished(entity: EntityName, tally: EntityTally): void;
}

export const silentProgress: ProgressSink = { entityStarted() {}, recordsSettled() {}, entityFinished() {} };
