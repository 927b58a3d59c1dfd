/**
 * The migration loop: for each entity in dependency order, stream the source page by page, decide
 * each record (out of scope, unchanged, failing the mapping, missing a dependency, or to be
 * written), write in batches, and record every outcome. The checkpoint is made durable after every
 * batch, before the next one is sent, so a run killed at any point resumes without loss or
 * duplicates.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Mapping } from '../config/types.js';
import { failureKind, stopsTheRun } from '../http/failure-kind.js';
import type { EntityName } from '../model/entities.js';
import { invalidityOf } from '../model/invalid-record.js';
import { failed, migrated, REASONS, skipped, warning, WARNINGS, type Outcome, type Warning } from '../model/outcomes.js';
import { referencesOf } from '../model/references.js';
import type { AnyRecord, Agent, Article, KbCategory, KbFolder, Ticket } from '../model/records.js';
import type { LedgerEntry, Page, Sink, Source, Target, WriteContext, WriteItem, Written } from '../platforms/contracts.js';
import { articlesNeedFolder, noPages, readEntity, sinkOf, streamOf } from '../platforms/declared-entities.js';
import type { Logger } from '../log/logger.js';
import { bindReferences } from './bind-references.js';
import { Checkpoint, type RunInfo, type RunMode, type StateIdentity, type StoredEntry } from './checkpoint.js';
import { contentHash } from './content-hash.js';
import { DemoSample, selectDemoSample } from './demo-sample.js';
import { errorMessage, withSummary } from './failure-summary.js';
import { OutcomeLog, toRow } from './outcome-log.js';
import { planEntities } from './plan.js';
import { categoryDefaultFolderId, DEFAULT_CATEGORY_ID, DEFAULT_FOLDER_ID, placeInDefaultFolder, prepareRecord, type PrepareContext } from './prepare-record.js';
import { duplicateSourceId, outOfScope } from './record-scope.js';
import { inShard, SHARDED_ENTITIES, type Shard } from './shard.js';
import { claimStateIdentity } from './state-identity.js';
import { silentProgress, type EntityTally, type ProgressSink } from './progress.js';
import { writeReports, type RunSummary } from './report.js';
import { PageSpool, SPOOL_FOLDER } from './page-spool.js';
import { Prefetch, readAhead } from './read-ahead.js';
import { UnreachableHosts } from './unreachable-hosts.js';

export interface MigrateOptions {
  mode: RunMode;
  mapping: Mapping;
  source: Source;
  target: Target;
  stateDir: string;
  reportsDir: string;
  log: Logger;
  progress?: ProgressSink;
  /** Stop cleanly (checkpoint saved, run partial) once this much time has passed. */
  timeBudgetMs?: number;
  /** Stop cleanly after the current batch when aborted (SIGTERM, job cancellation). */
  signal?: AbortSignal;
  /** Only this slice of tickets and articles; the other entities must already be migrated. */
  shard?: Shard;
  /** The source and target of this mapping: a state folder of another pair is refused before anything is written. */
  identity?: StateIdentity;
  now?: () => Date;
}

/**
 * Marks a ledger entry found in the target after a crash: the write happened. `recovered:<hash>`
 * names the version that was sent (states from before intents carried hashes: plain `recovered`).
 */
const RECOVERED = 'recovered';
const isRecovered = (hash: string | undefined) => hash === RECOVERED || (hash?.startsWith(`${RECOVERED}:`) ?? false);
const recoveredVersion = (hash: string) => (hash.startsWith(`${RECOVERED}:`) ? hash.slice(RECOVERED.length + 1) : undefined);
/** The hash of a record found in the target whose content no ledger vouches for: no source hash equals it. */
const UNKNOWN_CONTENT = 'unknown';
const FOUND_AFTER_LOST_STATE = warning(WARNINGS.foundAfterLostState, 'already in the target (found by its source id after the checkpoint was lost); updated to the current source');

class StopRun extends Error {}

export async function migrate(options: MigrateOptions): Promise<RunSummary> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const deadline = options.timeBudgetMs === undefined ? Infinity : started.getTime() + options.timeBudgetMs;
  const { mapping, source, target, log } = options;
  const progress = options.progress ?? silentProgress;

  // Compacted only once it is known to be this migration's: a state refused is left byte for byte.
  const checkpoint = Checkpoint.open(options.stateDir, { warn: (m) => log.warn(m), compactLater: true });
  try {
    claimStateIdentity(checkpoint, options.identity);
    checkpoint.compact();
  } catch (error) {
    checkpoint.close();
    throw error;
  }
  const { run, resumed } = checkpoint.beginRun(options.mode, started);
  if (resumed) log.info(`Resuming run ${run.id} from its checkpoint (${run.finished.length} entities already done).`);
  else pruneOutcomeLogs(options.stateDir, run.id);
  const outcomes = new OutcomeLog(options.stateDir, run.id);
  const plan = planEntities(mapping, source, target);
  if (options.shard) plan.entities = plan.entities.filter((e) => SHARDED_ENTITIES.includes(e));
  const notes = [...plan.notes];
  // No state at all: a first run, or a checkpoint lost (the Actions cache evicts after 7 days).
  // Either way the target may already hold records from an earlier run, so look before writing.
  const reconcile = checkpoint.isNew;
  if (reconcile) {
    const blind = plan.entities.filter((entity) => { const sink = sinkOf(target, entity); return sink && !sink.findWritten; });
    const message = lostStateMessage(options.stateDir, target.platform, blind);
    if (blind.length > 0) log.warn(message);
    else log.info(message);
    notes.push(message);
  }
  let stoppedBecause: string | undefined;
  let failure: unknown;
  let writer: EntityWriter | undefined;

  try {
    const sample = options.mode === 'demo' ? await selectDemoSample(source, plan.entities, mapping) : undefined;
    if (sample) notes.push(...sample.picks.map((p) => `demo sample hard case: ${p}`));
    // A source read from local files costs nothing to read again; a demo reads a sample.
    const spoolIn = !source.readsLocally && options.mode !== 'demo' ? options.stateDir : undefined;
    writer = new EntityWriter(
      checkpoint,
      outcomes,
      run,
      source,
      target,
      mapping,
      log,
      progress,
      sample,
      options.shard,
      reconcile,
      () => {
        if (options.signal?.aborted) throw new StopRun('cancelled');
        if (now().getTime() >= deadline) throw new StopRun('time budget reached');
      },
      spoolIn,
    );
    const todo = plan.entities.filter((entity) => !run.finished.includes(entity));
    for (const [i, entity] of todo.entries()) {
      await writer.migrateEntity(entity, todo.slice(i + 1, i + 1 + ENTITIES_READ_AHEAD));
    }
    await writer.closePrefetch();
  } catch (caught) {
    await writer?.closePrefetch();
    // A request abandoned because the run was told to stop is the stop, not a failure.
    const error = failureKind(caught) === 'aborted' || (options.signal?.aborted && !(caught instanceof StopRun)) ? new StopRun('cancelled') : caught;
    if (error instanceof StopRun) {
      stoppedBecause = error.message;
      log.warn(`Stopping early (${error.message}); the checkpoint is saved and the next run continues from here.`);
    } else {
      // Say what the run was doing when a host stopped answering or refused the credentials.
      if (stopsTheRun(error) && error instanceof Error && writer) error.message = `Stopped while ${writer.phase}: ${error.message}`;
      failure = error;
    }
  }
  try {
    // The target closes (an archive folds) first, then the reports are written, and only then is the
    // run's end recorded: a run killed before that is resumed, closes the target again and rewrites
    // the reports of the whole run from its outcome log.
    if (failure === undefined) await target.finish?.();
  } catch (error) {
    failure = error;
  }
  let summary: RunSummary;
  try {
    summary = writeReports(options.reportsDir, outcomes.lastOutcomes(), {
      runId: run.id,
      mode: options.mode,
      source: source.platform,
      target: target.platform,
      startedAt: run.startedAt,
      finishedAt: now().toISOString(),
      complete: stoppedBecause === undefined && failure === undefined,
      ...(stoppedBecause ? { stoppedBecause } : {}),
      ...(failure !== undefined ? { error: errorMessage(failure) } : {}),
      notes,
    });
    if (failure === undefined) checkpoint.endRun(stoppedBecause === undefined);
    // A finished run has nothing to resume: no record read ahead stays on disk.
    if (failure === undefined && stoppedBecause === undefined) rmSync(join(options.stateDir, SPOOL_FOLDER), { recursive: true, force: true });
  } finally {
    outcomes.close();
    checkpoint.close();
  }
  if (failure !== undefined) throw withSummary(failure, summary);
  return summary;
}

/**
 * How much of an entity may be read ahead of its writes, weighed as a record plus each of its
 * comments (pageWeight): about 10 MB of typical tickets, and a bound however long the threads.
 */
const READ_AHEAD_WEIGHT = 10_000;

function pageWeight(page: Page<AnyRecord>): number {
  let weight = 0;
  for (const record of page.records) weight += 1 + ((record as Partial<Ticket>).comments?.length ?? 0);
  return weight;
}

/**
 * How many entities after the current one are read ahead: two, so that the tickets are read while
 * the contacts are written (the tags come in between). Each stream read ahead is one more request
 * that may be in flight when a credential is revoked: the HTTP client sends nothing after the first
 * refusal, so a run meets at most one refusal per stream (READ_STREAMS).
 */
const ENTITIES_READ_AHEAD = 2;
/** Entities read at once: the current one and those read ahead. */
export const READ_STREAMS = 1 + ENTITIES_READ_AHEAD;

/** How often the cursor is saved while pages go by with nothing to write. */
const QUIET_PAGES_SAVE_MS = 1_000;

/** A record ready to be written, with its content hash and the warnings of its preparation. */
type Queued = { item: WriteItem<AnyRecord>; hash: string; warnings: Warning[] };

/** Moves one entity at a time; holds at most the batches its target's sink has in flight. */
class EntityWriter {
  /** What the run is doing, for the message of an error that stops it. */
  phase = 'starting';
  private readonly failures = new Map<string, string>();
  /** `entity:id` of records whose failure may pass (an outage): records pointing at them wait for them. */
  private readonly mayPass = new Set<string>();
  private readonly agentByEmail = new Map<string, string | undefined>();
  /** Occurrences so far of the ids read more than once (only those): duplicates are rare. */
  private readonly duplicates = new Map<string, number>();
  /** Default containers an earlier process wrote, settled by this one (see settleExistingContainer). */
  private readonly settledContainers = new Set<string>();

  constructor(
    private readonly checkpoint: Checkpoint,
    private readonly outcomes: OutcomeLog,
    private readonly run: RunInfo,
    private readonly source: Source,
    private readonly target: Target,
    private readonly mapping: Mapping,
    private readonly log: Logger,
    private readonly progress: ProgressSink,
    private readonly sample: DemoSample | undefined,
    private readonly shard: Shard | undefined,
    private readonly reconcile: boolean,
    private readonly checkStop: () => void,
    /** The state folder when pages read ahead are spooled there (page-spool.ts); undefined: memory only. */
    private readonly spoolIn: string | undefined,
  ) {
    const hosts = new UnreachableHosts(this.checkpoint, this.run.id);
    this.context = {
      resolve: (entity, id) => this.resolve(entity, id),
      fetchAttachment: (attachment) => hosts.download(attachment.url, () => this.source.openAttachment(attachment)),
      options: this.mapping,
      log: this.log,
      memo: this.checkpoint,
    };
    this.prepareContext = {
      mapping: this.mapping,
      resolve: (entity, id) => this.resolve(entity, id),
      agentByEmail: (email) => this.agentByEmail.get(email.toLowerCase()),
      whyNotMigrated: (entity, id) => this.failures.get(`${entity}:${id}`),
      mayStillMigrate: (entity, id) => this.mayPass.has(`${entity}:${id}`),
      refuses: (entity, record) => sinkOf(this.target, entity)?.refuses?.(record),
    };
  }

  private readonly context: WriteContext;
  private readonly prepareContext: PrepareContext;
  private readonly positions = new Map<EntityName, { since?: string; cursor?: string }>();
  private readonly prefetched = new Map<EntityName, Prefetch<Page<AnyRecord>>>();
  private readonly spools = new Map<EntityName, PageSpool<Page<AnyRecord>>>();


  /**
   * `upcoming`: the entities after this one, read from this one's first page on, while this one is
   * written (their records are decided only once this one is done, so references still bind in
   * dependency order). Not before the first page: a refused credential is then refused once, not
   * once a stream.
   */
  async migrateEntity(entity: EntityName, upcoming: readonly EntityName[] = []): Promise<void> {
    const tally: EntityTally = { read: 0, migrated: 0, failed: 0, skipped: 0 };
    const reading = `reading ${entity} from ${this.source.platform}`;
    this.phase = reading;
    const { since, cursor } = this.readPosition(entity);
    // A delta counts what it will read, not the whole entity.
    // A count is only for progress, unless its failure is one that stops the run (a refused token).
    const count = await streamOf(this.source, entity)?.count?.(since ? { since } : {}).catch((error: unknown) => {
      if (stopsTheRun(error)) throw error;
      return undefined;
    });
    this.progress.entityStarted(entity, count);
    if (entity === 'tickets') await this.resolveDefaultAgents();
    await this.recoverIntents(entity);

    // An entity the target has no sink for is read and skipped: its batch size only paces the reads.
    const batchSize = Math.max(1, Math.min(this.mapping.options.batch_size ?? Infinity, sinkOf(this.target, entity)?.batchSize ?? 100));
    const window = Math.max(1, sinkOf(this.target, entity)?.batchesInFlight ?? 1);
    let queue: Queued[] = [];
    /**
     * Batches sent and not yet settled, oldest first. They settle in the order they were sent, whatever
     * order the target answers in, so the outcome log and the cursor advance exactly as one batch at a
     * time would make them.
     */
    const inFlight: { batch: Queued[]; outcomes: [string, Outcome][]; done: Promise<void> }[] = [];
    const isInFlight = (test: (record: AnyRecord) => boolean) => inFlight.some((f) => f.batch.some((q) => test(q.item.record)));
    /** Page ends not yet saved as cursor: resume after a page only once all its records are settled. */
    let marks: { at: number; cursor: string | null }[] = [];
    let queued = 0;
    let flushed = 0;
    /** Records written when the cursor was last saved at a page end, and when. */
    let savedAt = 0;
    let savedTime = Date.now();
    /**
     * Records of this entity that failed for a reason that may pass, or wait for such a record. From
     * the first one on, no cursor is saved and the entity is not marked finished: the next run (a
     * resume, or a delta from the old watermark) reads them again.
     */
    let retryLater = 0;

    const settle = (id: string, outcome: Outcome, occurrence?: number) => {
      this.outcomes.add(occurrence ? { ...toRow(entity, id, outcome), occurrence } : toRow(entity, id, outcome));
      tally[outcome.status]++;
      // An unchanged record is noted on its ledger slot, not by id: a rerun would hold every id twice.
      if (outcome.status === 'skipped' && outcome.reason === REASONS.alreadyMigrated && !occurrence) this.checkpoint.noteUnchanged(entity, id);
      else if (outcome.status !== 'migrated' && !occurrence) this.failures.set(`${entity}:${id}`, outcome.reason);
      if (mayPass(outcome)) {
        this.mayPass.add(`${entity}:${id}`);
        retryLater++;
      }
    };
    const saveCursor = (value: string | null) => {
      if (retryLater === 0) this.checkpoint.saveCursor(entity, value);
    };

    /** Settles the oldest batch in flight once it is written. */
    const settleOldest = async () => {
      const oldest = inFlight[0];
      if (!oldest) return;
      await oldest.done;
      inFlight.shift();
      for (const [id, outcome] of oldest.outcomes) settle(id, outcome);
      flushed += oldest.batch.length;
      // Outcomes before the cursor: once the cursor moves past a record, its outcome must be on disk.
      this.outcomes.flush();
      let cursorToSave: string | null | undefined;
      while (marks.length > 0 && (marks[0]?.at ?? Infinity) <= flushed) cursorToSave = marks.shift()?.cursor;
      if (cursorToSave !== undefined) saveCursor(cursorToSave);
      this.progress.recordsSettled(entity, tally);
      this.checkStop();
    };
    /** Sends the first `count` queued records as a batch; waits while the window is full. */
    const flush = async (count: number) => {
      const batch = queue.slice(0, count);
      queue = queue.slice(count);
      const outcomes: [string, Outcome][] = [];
      const done = this.writeBatch(entity, batch, (id, outcome) => outcomes.push([id, outcome]));
      // Settled by settleOldest, or by the finally below when the run stops first.
      done.catch(() => {});
      inFlight.push({ batch, outcomes, done });
      while (inFlight.length >= window) await settleOldest();
    };
    /** Sends everything queued and waits until all of it is settled: what comes next depends on it. */
    const flushAll = async () => {
      if (queue.length > 0) await flush(queue.length);
      while (inFlight.length > 0) await settleOldest();
    };

    // Records whose parent of the same entity (a folder's parent folder) comes later in the stream
    // wait here until the end of the entity. While any wait, no cursor is saved: a resume re-reads.
    let deferred: AnyRecord[] = [];
    const admit = async (record: AnyRecord, canDefer: boolean) => {
      // A second record with an id already read by this process (written, settled or waiting): it
      // would overwrite or be folded into the first; it fails, with a row of its own.
      const key = `${entity}:${record.id}`;
      const waiting = (r: AnyRecord) => r !== record && r.id === record.id;
      if (this.readBefore(entity, record.id) || this.failures.has(key) || queue.some((q) => waiting(q.item.record)) || isInFlight(waiting) || deferred.some(waiting)) {
        const occurrence = (this.duplicates.get(key) ?? 1) + 1;
        this.duplicates.set(key, occurrence);
        settle(record.id, duplicateSourceId(entity, record.id, occurrence), occurrence);
        return;
      }
      const invalid = invalidityOf(record);
      if (invalid) {
        settle(record.id, failed(REASONS.invalidRecord, invalid));
        return;
      }
      if (entity === 'articles' && articlesNeedFolder(this.target) && !(record as Article).folderId) {
        await flushAll();
        record = await this.moveToDefaultFolder(record as Article);
      }
      const parents = referencesOf(entity, record).filter((r) => r.entity === entity && r.required && !this.resolve(entity, r.id));
      if (parents.some((p) => queue.some((q) => q.item.record.id === p.id) || isInFlight((r) => r.id === p.id))) await flushAll();
      else if (canDefer && parents.length > 0) {
        deferred.push(record);
        return;
      }
      const decision = this.decide(entity, record);
      if ('outcome' in decision) settle(record.id, decision.outcome);
      else {
        queue.push(decision);
        queued++;
      }
    };

    this.outcomes.startReading(entity, cursor);
    try {
      for await (const page of this.pagesOf(entity)) {
        for (const next of upcoming) this.prefetch(next);
        this.phase = reading;
        for (const record of page.records) {
          tally.read++;
          await admit(record, true);
        }
        this.outcomes.pageRead(entity, page.cursor ?? null);
        marks.push({ at: queued, cursor: deferred.length > 0 ? (cursor ?? null) : (page.cursor ?? null) });
        while (queue.length >= batchSize) await flush(batchSize);
        if (queue.length === 0 && inFlight.length === 0 && marks.length > 0 && deferred.length === 0) {
          // Nothing of this page waits for a write: its cursor can be saved, after its outcomes. Pages
          // that wrote nothing (a rerun skips every record) are saved at most once a second: two
          // fsyncs a page were most of a rerun's I/O, and a resume only reads those pages again.
          const now = Date.now();
          if (flushed > savedAt || now - savedTime >= QUIET_PAGES_SAVE_MS) {
            this.outcomes.flush();
            saveCursor(marks[marks.length - 1]?.cursor ?? null);
            marks = [];
            savedAt = flushed;
            savedTime = now;
          }
          this.progress.recordsSettled(entity, tally);
          this.checkStop();
        }
      }
      for (let progressMade = true; deferred.length > 0 && progressMade; ) {
        const waiting = deferred;
        deferred = [];
        for (const record of waiting) await admit(record, true);
        await flushAll();
        progressMade = deferred.length < waiting.length;
      }
      // Whatever still waits has a parent that never came: decided now, it ends skipped with the reason.
      for (const record of deferred) await admit(record, false);
      await flushAll();
    } finally {
      // A run that stops (an access error, a stop signal) lets the batches already sent finish, so
      // that what they wrote is in the ledger; those not settled are read again by the next run.
      await Promise.allSettled(inFlight.map((f) => f.done));
    }
    this.outcomes.entityRead(entity);
    this.outcomes.flush();
    // Every page is settled: a resume would not start inside this entity's spool.
    this.spools.get(entity)?.close(true);
    this.spools.delete(entity);
    if (retryLater > 0) {
      this.log.warn(`${entity}: ${retryLater} failed for a reason that may pass (an outage, a timeout) or wait for such a record; they are tried again by the next run.`);
    } else {
      this.checkpoint.finishEntity(entity);
      // What this run read is the baseline of the next delta. A demo or a shard read only part of it.
      if ((this.run.mode === 'full' || this.run.mode === 'delta') && !this.shard) this.checkpoint.setWatermark(entity, this.run.startedAt);
    }
    this.progress.entityFinished(entity, tally);
  }

  /** Where the entity's read starts: its cursor in this run, and for a delta its watermark. Decided once. */
  private readPosition(entity: EntityName): { since?: string; cursor?: string } {
    let position = this.positions.get(entity);
    if (!position) {
      const since = this.run.mode === 'delta' ? this.deltaSince(entity) : undefined;
      const cursor = this.run.cursors[entity];
      position = { ...(since ? { since } : {}), ...(cursor ? { cursor } : {}) };
      this.positions.set(entity, position);
    }
    return position;
  }

  /** The entity's pages, read ahead of the writes; begun early when `prefetch` asked for them. */
  private pagesOf(entity: EntityName): AsyncGenerator<Page<AnyRecord>> {
    const prefetched = this.prefetched.get(entity);
    this.prefetched.delete(entity);
    return prefetched ? prefetched.pages() : this.reader(entity);
  }

  private reader(entity: EntityName): AsyncGenerator<Page<AnyRecord>> {
    const position = this.readPosition(entity);
    if (!this.spoolIn) return readAhead(readEntity(this.source, entity, position), { ahead: READ_AHEAD_WEIGHT, weigh: pageWeight });
    const replayable = streamOf(this.source, entity)?.resumesAtCursor === true;
    const key = { run: this.run.id, ...(position.since ? { since: position.since } : {}) };
    const { spool, replay } = PageSpool.open<Page<AnyRecord>>(this.spoolIn, entity, key, replayable ? position.cursor : null, pageWeight, (m) => this.log.warn(m));
    this.spools.set(entity, spool);
    if (replay && replay.pages.length > 0) this.log.info(`${entity}: ${replay.pages.length} pages read by the stopped process are taken from the read-ahead spool, not read again.`);
    const cursor = replay ? replay.continueAt : position.cursor;
    const live = replay?.ended ? noPages() : readEntity(this.source, entity, { ...(position.since ? { since: position.since } : {}), ...(cursor ? { cursor } : {}) });
    return readAhead(live, { ahead: READ_AHEAD_WEIGHT, weigh: pageWeight, spool: { store: spool, replay } });
  }

  /** Starts reading `entity` now, while the entity before it is written. */
  prefetch(entity: EntityName): void {
    if (!this.prefetched.has(entity) && streamOf(this.source, entity)) this.prefetched.set(entity, new Prefetch(this.reader(entity)));
  }

  /** Ends the reads begun for entities this run will not get to (it stopped first). */
  async closePrefetch(): Promise<void> {
    const pending = [...this.prefetched.values()];
    this.prefetched.clear();
    await Promise.all(pending.map((p) => p.close()));
  }

  /** Only records of entities the target declares a sink for are written (record-scope skips the others). */
  private sinkFor(entity: EntityName): Sink<AnyRecord> {
    const sink = sinkOf(this.target, entity);
    if (!sink) throw new Error(`${this.target.platform} has no sink for ${entity}`);
    return sink;
  }

  private decide(
    entity: EntityName,
    record: AnyRecord,
  ): { outcome: Outcome } | { item: WriteItem<AnyRecord>; hash: string; warnings: Warning[] } {
    if (this.sample && !this.sample.includes(entity, record)) return { outcome: skipped(REASONS.notInSample, 'not in the demo sample') };
    if (this.shard && !inShard(this.shard, record.id)) {
      return { outcome: skipped(REASONS.otherShard, `migrated by another shard than ${this.shard.index}/${this.shard.count}`) };
    }
    const out = outOfScope(entity, record, this.mapping, this.target);
    if (out) return { outcome: out };

    const hash = contentHash(record);
    let previous = this.checkpoint.get(entity, record.id);
    if (previous && isRecovered(previous.hash)) {
      const sent = recoveredVersion(previous.hash);
      if (sent === undefined || sent === hash) {
        // Written just before an interruption and found in the target, as the source still is.
        // Adopted with the warnings its preparation gives (those of the write), so the reports of a
        // resumed run are those of an uninterrupted one.
        const again = prepareRecord(entity, record, this.prepareContext);
        const warnings = 'record' in again ? again.warnings : [];
        this.checkpoint.adopt(entity, record.id, { ...previous, hash, ...(warnings.length > 0 ? { warnings } : {}) });
        return { outcome: migrated(previous.targetId, warnings.length > 0 ? { warnings } : {}) };
      }
      // The source changed since that write: the target holds the version sent, which is updated below.
      previous = { ...previous, hash: sent };
      this.checkpoint.adopt(entity, record.id, previous);
    }
    if (previous && previous.hash === hash) return { outcome: this.earlierWrite(previous) };

    const prepared = prepareRecord(entity, record, this.prepareContext);
    if ('outcome' in prepared) return prepared;
    const item: WriteItem<AnyRecord> = previous ? { record: prepared.record, previous } : { record: prepared.record };
    return { item, hash, warnings: prepared.warnings };
  }

  private async writeBatch(
    entity: EntityName,
    batch: { item: WriteItem<AnyRecord>; hash: string; warnings: Warning[] }[],
    settle: (id: string, outcome: Outcome) => void,
  ): Promise<void> {
    const ids = batch.map((b) => b.item.record.id);
    this.phase = `looking up ${entity} in ${this.target.platform}`;
    const found = this.reconcile ? await this.findWritten(entity, batch.filter((b) => !b.item.previous).map((b) => b.item.record.id)) : new Map<string, Written>();
    // A record an earlier run wrote before the checkpoint was lost holds the source as it was then, not
    // necessarily now: it is written again as an update of what was found (every target's update
    // matches what is already there), so the hash the ledger stores is true of the target.
    batch = batch.map((b) => {
      const existing = found.get(b.item.record.id);
      if (!existing) return b;
      return { ...b, item: { record: b.item.record, previous: { ...existing, hash: UNKNOWN_CONTENT } }, warnings: [...b.warnings, FOUND_AFTER_LOST_STATE] };
    });
    this.checkpoint.intend(
      entity,
      batch.map((b) => b.item.record.id),
      batch.map((b) => b.hash),
    );
    this.phase = `writing ${entity} to ${this.target.platform}`;
    let results: Outcome[];
    try {
      results = await this.sinkFor(entity).write(batch.map((b) => b.item), this.context);
      if (results.length !== batch.length) throw new Error(`${this.target.platform} returned ${results.length} outcomes for ${batch.length} ${entity}`);
    } catch (error) {
      results = await this.afterFailedBatch(entity, batch.map((b) => b.item), error);
    }
    if (entity === 'agents' && results.some((r) => r.status === 'failed' && r.reason === REASONS.unmatchedAgent)) {
      await this.resolveDefaultAgents();
    }
    const entries: { id: string; entry: LedgerEntry }[] = [];
    batch.forEach(({ item, hash, warnings }, i) => {
      let outcome = results[i] as Outcome;
      if (outcome.status === 'migrated') {
        const children = outcome.children ?? item.previous?.children;
        const all = [...warnings, ...(outcome.warnings ?? [])];
        const kept = all.length > 0 ? { warnings: all } : {};
        entries.push({ id: item.record.id, entry: { targetId: outcome.targetId, hash, ...(children ? { children } : {}), ...kept } });
        outcome = migrated(outcome.targetId, kept);
      }
      if (entity === 'agents' && outcome.status === 'failed' && outcome.reason === REASONS.unmatchedAgent) {
        outcome = this.fallBackToDefaultAgent(item.record as Agent, outcome, entries, hash);
      }
      settle(item.record.id, outcome);
    });
    // Ledger and intents settle in one durable append, before the outcome log is flushed. A record
    // whose write may still happen (an import job that did not finish) keeps its intent: the next run
    // asks the target for it before writing it again.
    const unknown = new Set(batch.filter((_, i) => isOutcomeUnknownFailure(results[i])).map((b) => b.item.record.id));
    this.checkpoint.commit(entity, entries, ids.filter((id) => !unknown.has(id)));
  }

  /**
   * A batch that threw: the target may have written part of it. Ask the target what exists before
   * anything is retried; what it cannot confirm fails with a reason instead of risking a duplicate.
   */
  private async afterFailedBatch(entity: EntityName, items: WriteItem<AnyRecord>[], error: unknown): Promise<Outcome[]> {
    // A refused credential, a stalled host or a stopping run is not about this batch: the run stops.
    const kind = failureKind(error);
    if (stopsTheRun(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const results: Outcome[] = [];
    for (const item of items) {
      const found = await this.sinkFor(entity).findWritten?.(item.record.id).catch((lookupError: unknown) => {
        if (stopsTheRun(lookupError)) throw lookupError;
        return undefined;
      });
      results.push(found ? migrated(found.targetId, found.children ? { children: found.children } : {}) : failed(REASONS.apiError, message, { transient: kind === 'transient' }));
    }
    return results;
  }

  /**
   * The target keeps every article in a folder: one the source left outside a Category > Folder >
   * Article tree goes to the mapping's default category and folder, written once, on first need.
   */
  private async moveToDefaultFolder(article: Article): Promise<Article> {
    const { default_category, default_folder, category_articles } = this.mapping.knowledge_base;
    // An article directly in a category keeps it, under a default folder there, when the mapping says so
    // and the category migrated; otherwise it goes to the default category and folder.
    const own = category_articles === 'default_folder_in_category' && article.categoryId && this.resolve('kb_categories', article.categoryId) ? article.categoryId : undefined;
    const folderId = own ? categoryDefaultFolderId(own) : DEFAULT_FOLDER_ID;
    const synthetic: [EntityName, AnyRecord, string][] = own
      ? [['kb_folders', { id: folderId, categoryId: own, name: default_folder, locale: article.locale, translations: {} } satisfies KbFolder, `created for articles directly in category ${own}`]]
      : [
          ['kb_categories', { id: DEFAULT_CATEGORY_ID, name: default_category, locale: article.locale, translations: {} } satisfies KbCategory, 'created for articles without a folder'],
          ['kb_folders', { id: DEFAULT_FOLDER_ID, categoryId: DEFAULT_CATEGORY_ID, name: default_folder, locale: article.locale, translations: {} } satisfies KbFolder, 'created for articles without a folder'],
        ];
    for (const [entity, record, why] of synthetic) {
      const existing = this.checkpoint.get(entity, record.id);
      if (existing) {
        this.settleExistingContainer(entity, record.id, existing);
        continue;
      }
      const bound = bindReferences(entity, record, (e, id) => this.resolve(e, id));
      await this.writeBatch(entity, [{ item: { record: bound.record }, hash: contentHash(record), warnings: [warning(WARNINGS.defaultFolder, why)] }], (id, outcome) =>
        this.outcomes.add(toRow(entity, id, outcome)),
      );
    }
    return placeInDefaultFolder(article, folderId);
  }

  /**
   * A default container that an earlier process wrote has no source record to be read again, so it
   * is settled here, once per process: its outcome row may have died with a killed process (the
   * ledger is committed before the row is flushed), and the reports of a resumed run must be those of
   * an uninterrupted one. The reports keep a record's last row, so a row given again is harmless.
   */
  private settleExistingContainer(entity: EntityName, id: string, entry: StoredEntry): void {
    if (this.checkpoint.writtenByThisProcess(entity, id) || this.settledContainers.has(`${entity}:${id}`)) return;
    this.settledContainers.add(`${entity}:${id}`);
    this.outcomes.add(toRow(entity, id, this.earlierWrite(entry)));
  }

  /**
   * The outcome of a record unchanged since a write: migrated when this run wrote it (an earlier
   * process of it), already migrated when an earlier run did. The ledger keeps the warnings of the
   * write, so a later report (a resume, a full after a demo) shows them.
   */
  private earlierWrite(entry: StoredEntry): Outcome {
    const warnings = entry.warnings ? { warnings: entry.warnings } : {};
    return entry.run === this.run.id ? migrated(entry.targetId, warnings) : { ...skipped(REASONS.alreadyMigrated, 'unchanged since it was migrated', entry.targetId), ...warnings };
  }

  /** Records of `ids` the target already holds, in one bulk search where the platform has one. */
  private async findWritten(entity: EntityName, ids: string[]): Promise<Map<string, Written>> {
    if (ids.length === 0) return new Map();
    const sink = this.sinkFor(entity);
    if (sink.findWrittenMany) return sink.findWrittenMany(ids);
    const found = new Map<string, Written>();
    if (!sink.findWritten) return found;
    for (const id of ids) {
      const written = await sink.findWritten(id);
      if (written) found.set(id, written);
    }
    return found;
  }

  /** Where a delta starts reading: the last run's start, less the overlap for late indexing. */
  private deltaSince(entity: EntityName): string | undefined {
    const watermark = this.checkpoint.watermark(entity);
    if (!watermark) {
      this.log.warn(`${entity}: no earlier full or delta run recorded where it stopped, so this delta reads all of them (the ledger keeps it from writing twice).`);
      return undefined;
    }
    return new Date(Date.parse(watermark) - this.mapping.options.delta_overlap_minutes * 60_000).toISOString();
  }

  /** Records sent just before an interruption: adopt those the target has, forget the rest. */
  private async recoverIntents(entity: EntityName): Promise<void> {
    const ids = this.checkpoint.pendingIntents(entity);
    if (ids.length === 0) return;
    const sink = this.sinkFor(entity);
    if (!sink.findWritten) {
      this.log.warn(`${ids.length} ${entity} were being written when the last run stopped and ${this.target.platform} cannot be searched for them; check for duplicates of: ${ids.slice(0, 20).join(', ')}`);
      this.checkpoint.commit(entity, [], ids);
      return;
    }
    let adopted = 0;
    const written: { id: string; entry: LedgerEntry }[] = [];
    for (const id of ids) {
      // An update in flight: the target holds the record either way, maybe in its old version, so
      // finding it proves nothing. The ledger keeps the old hash and the record is written again.
      if (this.checkpoint.get(entity, id)) continue;
      const found = await sink.findWritten(id);
      if (found) {
        const sent = this.checkpoint.intendedHash(entity, id);
        written.push({ id, entry: { ...found, hash: sent ? `${RECOVERED}:${sent}` : RECOVERED } });
        adopted++;
      }
    }
    this.checkpoint.commit(entity, written, ids);
    this.log.info(`${entity}: ${ids.length} writes were in flight when the last run stopped; ${adopted} reached the target and are kept, the rest will be written.`);
  }

  /**
   * Written by this process from a record read now, or read now and found unchanged; one recovered
   * before reading (an intent found in the target) is not.
   */
  private readBefore(entity: EntityName, sourceId: string): boolean {
    if (this.checkpoint.unchangedInThisProcess(entity, sourceId)) return true;
    return this.checkpoint.writtenByThisProcess(entity, sourceId) && !isRecovered(this.checkpoint.get(entity, sourceId)?.hash);
  }

  private resolve(entity: EntityName, sourceId: string): string | undefined {
    return this.checkpoint.targetId(entity, sourceId);
  }

  /** An agent with no match in the target takes the mapping's default agent, when there is one. */
  private fallBackToDefaultAgent(agent: Agent, outcome: Outcome, written: { id: string; entry: LedgerEntry }[], hash: string): Outcome {
    const email = this.mapping.agents.default;
    const targetId = email ? this.agentByEmail.get(email.toLowerCase()) : undefined;
    if (!email || !targetId) return outcome;
    const warnings = [warning(WARNINGS.defaultAgent, `no agent ${agent.email} in the target; mapped to the default agent ${email}`)];
    written.push({ id: agent.id, entry: { targetId, hash, warnings } });
    return migrated(targetId, { warnings });
  }

  /** Finds the target ids of the default agents named in the mapping. */
  async resolveDefaultAgents(): Promise<void> {
    const emails = [this.mapping.agents.default, this.mapping.defaults.tickets?.assignee].filter((e): e is string => !!e);
    for (const email of emails) {
      if (this.agentByEmail.has(email.toLowerCase())) continue;
      const targetId = await this.target.matchAgent?.(email);
      this.agentByEmail.set(email.toLowerCase(), targetId);
      if (!targetId) this.log.warn(`The default agent ${email} named in the mapping is not an agent of ${this.target.platform}; create it there or change the mapping.`);
    }
  }
}

function lostStateMessage(stateDir: string, target: string, blind: readonly EntityName[]): string {
  const base = `No checkpoint in ${stateDir}: before writing, each record is looked up in ${target} (by the source id stored with it, or by email or name where ${target} keeps none), so records an earlier run wrote are kept, not duplicated.`;
  if (blind.length === 0) return base;
  return `${base} ${target} cannot be searched for ${blind.join(', ')}: if an earlier run wrote them, they will be written again. Restore the checkpoint (state folder or Actions cache) to avoid it.`;
}

/** Outcome logs of finished runs: their reports are written; keeping them would grow every cached checkpoint. */
function pruneOutcomeLogs(stateDir: string, keepRunId: string): void {
  for (const file of readdirSync(stateDir)) {
    if (file.startsWith('outcomes-') && file !== `outcomes-${keepRunId}.jsonl`) rmSync(join(stateDir, file), { force: true });
  }
}

/**
 * An outcome the next run must revisit: a failure that may pass, or a record waiting for one. A
 * write whose outcome is unknown always may.
 */
function mayPass(outcome: Outcome): boolean {
  if (outcome.status === 'failed') return outcome.transient === true || outcome.reason === REASONS.ambiguousWrite;
  return outcome.status === 'skipped' && outcome.reason === REASONS.dependencyFailed && outcome.waiting === true;
}

function isOutcomeUnknownFailure(outcome: Outcome | undefined): boolean {
  return outcome?.status === 'failed' && outcome.reason === REASONS.ambiguousWrite;
}
