/**
 * Every record read ends in exactly one outcome. Reason codes are stable strings (reports and
 * dashboards filter on them); the message says what happened to this record and what to do.
 */
export const REASONS = {
  // skipped
  alreadyMigrated: 'already_migrated',
  dependencyFailed: 'dependency_failed',
  filteredOut: 'filtered_out',
  notInSample: 'not_in_sample',
  otherShard: 'other_shard',
  droppedByMapping: 'dropped_by_mapping',
  entityNotSupported: 'entity_not_supported',
  attachmentSkipped: 'attachment_skipped',
  notMigrated: 'not_migrated',
  // failed
  invalidRecord: 'invalid_record',
  invalidPhone: 'invalid_phone',
  unsupportedAttachment: 'unsupported_attachment',
  unmatchedAgent: 'unmatched_agent',
  unmatchedTeam: 'unmatched_team',
  rejectedByTarget: 'rejected_by_target',
  conflict: 'conflict',
  truncatedSource: 'truncated_source',
  apiError: 'api_error',
  ambiguousWrite: 'ambiguous_write',
  mismatch: 'mismatch',
  duplicateSourceId: 'duplicate_source_id',
  attachmentMissing: 'attachment_missing',
  attachmentOutsideArchive: 'attachment_outside_archive',
  attachmentNotAFile: 'attachment_not_a_file',
} as const;

export type ReasonCode = (typeof REASONS)[keyof typeof REASONS] | (string & {});

/** An error that says which reason code the record it stops ends failed with. */
export class RecordFailure extends Error {
  constructor(
    readonly reason: ReasonCode,
    message: string,
  ) {
    super(message);
    this.name = 'RecordFailure';
  }
}

export interface Migrated {
  status: 'migrated';
  targetId: string;
  /** Target ids of children written with the record: comments, translations, attachments. */
  children?: Record<string, string>;
  /** Something the user should know although the record migrated (a dropped phone, a default applied). */
  warning?: string;
}

export interface Failed {
  status: 'failed';
  reason: ReasonCode;
  message: string;
  /**
   * The failure may pass (an outage, a timeout, a write whose outcome is unknown): the record's entity
   * is not marked finished, so the next run tries it again, and records that point at it wait for it.
   */
  transient?: true;
}

export interface Skipped {
  status: 'skipped';
  reason: ReasonCode;
  message: string;
  /** For a record already in the target. */
  targetId?: string;
  /** dependency_failed: the dependency's failure may pass, so the record is tried again with it. */
  waiting?: true;
}

export type Outcome = Migrated | Failed | Skipped;

export const migrated = (targetId: string, extra: Omit<Migrated, 'status' | 'targetId'> = {}): Migrated => ({
  status: 'migrated',
  targetId,
  ...extra,
});
export const failed = (reason: ReasonCode, message: string, extra: { transient?: boolean } = {}): Failed =>
  extra.transient ? { status: 'failed', reason, message, transient: true } : { status: 'failed', reason, message };
export const skipped = (reason: ReasonCode, message: string, targetId?: string): Skipped =>
  targetId === undefined ? { status: 'skipped', reason, message } : { status: 'skipped', reason, message, targetId };
