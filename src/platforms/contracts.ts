/**
 * The two sides of a migration. A platform folder implements one or both; the engine knows nothing
 * else about a platform.
 */
import type { EntityName } from '../model/entities.js';
import type { Failed, Outcome, Skipped, Warning } from '../model/outcomes.js';
import type { AnyRecord, Attachment, Iso8601, RecordOf } from '../model/records.js';
import type { MigrationOptions } from '../config/rules/mapping-rules.js';
import type { Logger } from '../log/logger.js';
import type { Preflight } from './preflight.js';

export interface ReadOptions {
  /** Resume point returned with an earlier page; absent to start from the beginning. */
  cursor?: string;
  /** Only records created or updated at or after this instant (delta runs). */
  since?: Iso8601;
}

export interface Page<R> {
  records: R[];
  /** Where to resume after this page; absent when the stream is finished. */
  cursor?: string;
}

export interface Source {
  readonly platform: string;
  /** The entities this source can read. */
  readonly entities: readonly EntityName[];
  /** Streams one entity page by page; never holds more than a page in memory. */
  read<E extends EntityName>(entity: E, options: ReadOptions): AsyncIterable<Page<RecordOf[E]>>;
  /**
   * Records by id (show_many), where the platform can: `verify` then reads only what it compares,
   * and sees records a streaming export would not show yet. Undefined for an entity it cannot.
   */
  readByIds?<E extends EntityName>(entity: E, ids: readonly string[]): AsyncIterable<RecordOf[E][]> | undefined;
  /** How many records `read` would yield, when the platform can say cheaply. */
  count?(entity: EntityName, options: ReadOptions): Promise<number | undefined>;
  /** The bytes of an attachment, fetched while its URL is still valid. */
  openAttachment(attachment: Attachment): Promise<Uint8Array>;
  /** Read-only probes for `check`. */
  readonly preflight?: Preflight;
  close(): Promise<void>;
}

/** What the ledger knows of a record written in an earlier run. */
export interface LedgerEntry {
  targetId: string;
  hash: string;
  /** Source child id (comment, translation) → target child id. */
  children?: Record<string, string>;
  /** What the write left out or changed: every later report shows it. */
  warnings?: Warning[];
}

/** A record found in the target: its id and, where the platform can tell, its children's ids. */
export type Written = Omit<LedgerEntry, 'hash' | 'warnings'>;

export interface WriteItem<R> {
  record: R;
  /** Present when the record was written before and has changed: update it, do not create it. */
  previous?: LedgerEntry;
}

export interface WriteContext {
  /** Target id of a record already written, by entity and source id. */
  resolve(entity: EntityName, sourceId: string): string | undefined;
  /** Bytes of a source attachment. */
  fetchAttachment(attachment: Attachment): Promise<Uint8Array>;
  options: MigrationOptions;
  log: Logger;
}

export interface Target {
  readonly platform: string;
  /** The entities this target can write. */
  readonly entities: readonly EntityName[];
  /** How many records one `write` call takes for this entity. */
  batchSize(entity: EntityName): number;
  /**
   * What the target refuses of a record as prepared, known without a call (a required value missing).
   * The engine asks before writing, and `check` asks too, so it predicts the failure.
   */
  refuses?(entity: EntityName, record: AnyRecord): Failed | Skipped | undefined;
  /**
   * For an entity this target only matches and never creates (agents; Intercom's teams): the outcomes a
   * write would give, found by reads alone. `check` asks this instead of writing; undefined for others.
   */
  matchOnly?(entity: EntityName, records: AnyRecord[], context: WriteContext): Promise<Outcome[] | undefined>;
  /** Writes a batch; returns exactly one outcome per item, in the same order. */
  write<E extends EntityName>(entity: E, items: WriteItem<RecordOf[E]>[], context: WriteContext): Promise<Outcome[]>;
  /**
   * Finds a record this tool wrote for a source id (by external id or marker), after a write whose
   * answer was lost or when the ledger must be rebuilt. Undefined when the platform cannot tell.
   */
  findWritten?(entity: EntityName, sourceId: string): Promise<Written | undefined>;
  /** The same for many ids at once, where the platform can search in bulk (one call per batch). */
  findWrittenMany?(entity: EntityName, sourceIds: string[]): Promise<Map<string, Written>>;
  /** True when the target creates agents it does not have (an archive); false when it can only match them. */
  readonly createsAgents?: boolean;
  /** The target id of an existing agent with this email, for the mapping's default agents. */
  matchAgent?(email: string): Promise<string | undefined>;
  /** Read-only probes for `check`. */
  readonly preflight?: Preflight;
  /** What the target cannot carry as the source has it, applied to the source's side before `verify` compares. */
  expectedInTarget?(entity: EntityName, comparable: Record<string, unknown>, record: AnyRecord): Record<string, unknown>;
  /**
   * True when every article must sit in a folder (section): articles without one go to the mapping's
   * knowledge_base.default_category > default_folder.
   */
  readonly articlesNeedFolder?: boolean;
  /**
   * Completes what the writes left pending (an archive folds files written twice), also what an
   * earlier run killed before it finished left pending. The run's end is recorded only after it.
   */
  finish?(): Promise<void>;
  close(): Promise<void>;
}
