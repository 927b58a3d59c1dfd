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

/**
 * Warning codes: what a record lost or how it was changed although it migrated. Stable strings, like
 * reason codes: reports carry them in a column so a team can filter (every truncated thread, every
 * attachment left out).
 */
export const WARNINGS = {
  truncatedSource: 'source_truncated_500_parts',
  attachmentBlockedType: 'attachment_blocked_type',
  attachmentTooLarge: 'attachment_too_large',
  attachmentUnreachable: 'attachment_unreachable',
  attachmentsLeftOut: 'attachments_left_out',
  phoneDropped: 'phone_dropped',
  referenceLeftOut: 'reference_left_out',
  defaultAssignee: 'default_assignee',
  unassigned: 'unassigned',
  defaultAgent: 'default_agent',
  defaultTeam: 'default_team',
  defaultFolder: 'default_folder',
  nestedFolder: 'nested_folder',
  foundAfterLostState: 'found_after_lost_state',
  customFieldLeftOut: 'custom_field_left_out',
  fieldTypeChanged: 'field_type_changed',
  translationLeftOut: 'translation_left_out',
  localeChanged: 'locale_changed',
  tagNotApplied: 'tag_not_applied',
  membershipNotAdded: 'membership_not_added',
  teamMembersNotSet: 'team_members_not_set',
  matchedExisting: 'matched_existing',
  sharedTargetRecord: 'shared_target_record',
  commentsAdapted: 'comments_adapted',
  authorSubstituted: 'author_substituted',
  commentTimeChanged: 'comment_time_changed',
  /** Contacts the target holds as one (one user per email): merged by options.shared_email. */
  mergedInto: 'merged_into',
  emailShared: 'email_shared',
  /** A reply to a closed ticket, written to a follow-up ticket linked to it. */
  followUpTicket: 'follow_up_ticket',
  /** Something the target has no place for, left out (a Freshdesk company's tags, a second company). */
  leftOutByTarget: 'left_out_by_target',
  /** Written in the nearest form the target has (a status it lacks, a type kept as a tag). */
  adaptedToTarget: 'adapted_to_target',
} as const;

export type WarningCode = (typeof WARNINGS)[keyof typeof WARNINGS] | (string & {});

export interface Warning {
  code: WarningCode;
  message: string;
  /**
   * The values the warning says were left out, named as `verify` compares them (`phone`,
   * `custom.<key>` with the record's key after the mapping's renames): `verify` reports each as a
   * value left out knowingly, with this warning, instead of as a value the target lost.
   */
  fields?: string[];
}

export const warning = (code: WarningCode, message: string, fields?: readonly string[]): Warning =>
  fields && fields.length > 0 ? { code, message, fields: [...fields] } : { code, message };

/** The messages of a record's warnings, as one report cell. */
export const warningText = (warnings: readonly Warning[] | undefined): string => (warnings ?? []).map((w) => w.message).join('; ');

export interface Migrated {
  status: 'migrated';
  targetId: string;
  /** Target ids of children written with the record: comments, translations, attachments. */
  children?: Record<string, string>;
  /** What the user should know although the record migrated (a dropped phone, a default applied). */
  warnings?: Warning[];
  /** The single-string form this replaced: a type error, so that no writer's warning is dropped unseen. */
  warning?: never;
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
  /** For a record already in the target: the warnings of the run that wrote it. */
  warnings?: Warning[];
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
