/**
 * The two sides of a migration. A platform folder implements one or both; the engine knows nothing
 * else about a platform.
 */
import type { EntityName } from '../model/entities.js';
import type { Failed, Outcome, Skipped, Warning } from '../model/outcomes.js';
import type { Article, Attachment, Iso8601, RecordOf } from '../model/records.js';
import type { MigrationOptions } from '../rules/mapping-rules.js';
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

/**
 * One entity a source reads, typed by its record. A source declares a stream for each entity it has;
 * the entities it can read are the streams it declares (see declared-entities.ts).
 */
export interface Stream<R> {
  /** Streams the entity page by page; never holds more than a page in memory. */
  read(options: ReadOptions): AsyncIterable<Page<R>>;
  /**
   * True when `read` with `since` yields only what changed at or after it (a delta reads little);
   * false when it yields every record and the engine's content hashes tell what changed.
   */
  readonly since: boolean;
  /**
   * True when `read` with a page's cursor yields exactly the pages after it. Only then may a resumed
   * run replay pages an earlier process read ahead (page-spool.ts) and go on reading at the last
   * one's cursor; a stream that starts over (a scroll) is read again from its start.
   */
  readonly resumesAtCursor?: boolean;
  /** How many records `read` would yield, when the platform can say cheaply. */
  count?(options: ReadOptions): Promise<number | undefined>;
  /**
   * Records by id (show_many), where the platform can: `verify` then reads only what it compares,
   * and sees records a streaming export would not show yet.
   */
  readByIds?(ids: readonly string[]): AsyncIterable<R[]>;
}

export type Streams = { readonly [E in EntityName]?: Stream<RecordOf[E]> };

export interface Source {
  readonly platform: string;
  readonly streams: Streams;
  /** Read from local files, not an API: reading again costs no budget, so nothing read is spooled. */
  readonly readsLocally?: boolean;
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
  /** What the target keeps between runs of this state (see TargetMemo). */
  memo: TargetMemo;
}

/**
 * Small facts a target keeps between runs of one state folder, each until its expiry: an upload
 * token and when it was made, so that a resumed run does not upload again what a killed one already
 * sent. `remember` is durable when it returns. Keys and values are the target's own; the state is
 * cached between runs, so nothing that grants access to an account belongs here.
 */
export interface TargetMemo {
  /** The value, unless it expired. */
  recall(key: string): string | undefined;
  /** `expiresAt`: epoch milliseconds after which the value is not recalled, and compaction drops it. */
  remember(key: string, value: string, expiresAt: number): void;
}

/**
 * One entity a target writes, typed by its record. A target declares a sink for each entity it can
 * store; the entities it can write are the sinks it declares.
 */
export interface Sink<R> {
  /** How many records one `write` call takes. */
  readonly batchSize: number;
  /**
   * How many batches may be written at once (default 1). A sink whose writes mostly wait on the
   * platform (an import job being processed) takes more, so the next batch is prepared and sent
   * meanwhile; its `write` must then be safe to call again before the last call returned.
   */
  readonly batchesInFlight?: number;
  /** Writes a batch; returns exactly one outcome per item, in the same order. */
  write(items: WriteItem<R>[], context: WriteContext): Promise<Outcome[]>;
  /**
   * What the target refuses of a record as prepared, known without a call (a required value missing).
   * The engine asks before writing, and `check` asks too, so it predicts the failure.
   */
  refuses?(record: R): Failed | Skipped | undefined;
  /**
   * For an entity this target only matches and never creates (agents; Intercom's teams): the outcomes a
   * write would give, found by reads alone. `check` asks this instead of writing.
   */
  matchOnly?(records: R[], context: WriteContext): Promise<Outcome[]>;
  /**
   * Finds a record this tool wrote for a source id (by external id or marker), after a write whose
   * answer was lost or when the ledger must be rebuilt. Absent when the platform cannot tell.
   */
  findWritten?(sourceId: string): Promise<Written | undefined>;
  /** The same for many ids at once, where the platform can search in bulk (one call per batch). */
  findWrittenMany?(sourceIds: string[]): Promise<Map<string, Written>>;
  /** What the target cannot carry as the source has it, applied to the source's side before `verify` compares. */
  expectedInTarget?(comparable: Record<string, unknown>, record: R): Record<string, unknown>;
}

export interface ArticleSink extends Sink<Article> {
  /**
   * True when every article must sit in a folder (section): articles without one go to the mapping's
   * knowledge_base.default_category > default_folder.
   */
  readonly needsFolder?: boolean;
}

export type Sinks = { readonly [E in EntityName]?: E extends 'articles' ? ArticleSink : Sink<RecordOf[E]> };

export interface Target {
  readonly platform: string;
  readonly sinks: Sinks;
  /** The target id of an existing agent with this email, for the mapping's default agents. */
  matchAgent?(email: string): Promise<string | undefined>;
  /** Read-only probes for `check`. */
  readonly preflight?: Preflight;
  /**
   * Completes what the writes left pending (an archive folds files written twice), also what an
   * earlier run killed before it finished left pending. The run's end is recorded only after it.
   */
  finish?(): Promise<void>;
  close(): Promise<void>;
}
