/**
 * Everything a migration remembers between runs, in one state folder:
 * - the ledger: (entity, source id) → target id, content hash, children's target ids, and the
 *   warnings of the write (every later report shows them);
 * - the current run: its mode, per-entity cursors, and whether it finished;
 * - per-entity watermarks for delta runs;
 * - write intents: ids of a batch sent to the target whose outcome is not yet recorded. After a
 *   crash they are the records that may exist in the target without a ledger entry;
 * - the target's memo (see TargetMemo): facts with an expiry, such as upload tokens not yet used.
 */
import { join } from 'node:path';
import type { EntityName } from '../model/entities.js';
import type { Warning } from '../model/outcomes.js';
import type { LedgerEntry, TargetMemo } from '../platforms/contracts.js';
import { LedgerTable, type StoredEntry } from './ledger-table.js';
import { CHILDREN_ON_DISK, parseJournalLine } from './put-line.js';
import { StateJournal } from './state-journal.js';

export type { StoredEntry } from './ledger-table.js';

/** See `Checkpoint.compact`: about 1 MB of lines that replay to nothing new, or the ledger's size again. */
const REDUNDANT_LINES_ALLOWED = 20_000;

export type RunMode = 'full' | 'demo' | 'delta';

export interface RunInfo {
  id: string;
  mode: RunMode;
  startedAt: string;
  complete: boolean;
  cursors: Partial<Record<EntityName, string>>;
  /** Entities this run has read to the end. */
  finished: EntityName[];
}

type JournalEntry =
  | { t: 'put'; e: EntityName; id: string; tid: string; h: string; c?: Record<string, string>; w?: Warning[]; run: string }
  /** `h`: the content hash of each record as sent (parallel to ids; absent in older states). */
  | { t: 'intent'; e: EntityName; ids: string[]; h?: string[] }
  | { t: 'settled'; e: EntityName; ids: string[] }
  | { t: 'cursor'; e: EntityName; c: string | null }
  | { t: 'finished'; e: EntityName }
  | { t: 'run'; id: string; mode: RunMode; startedAt: string }
  | { t: 'run_end'; id: string; complete: boolean }
  | { t: 'watermark'; e: EntityName; at: string }
  | { t: 'identity'; source: string; target: string }
  /** `x`: epoch milliseconds after which the value is gone. */
  | { t: 'memo'; k: string; v: string; x: number };

/** Which source and target a state folder belongs to (see state-identity.ts). */
export interface StateIdentity {
  source: string;
  target: string;
}

export class Checkpoint implements TargetMemo {
  private readonly ledger = new Map<EntityName, LedgerTable>();
  /** Run ids repeat on every entry: stored once, by number. */
  private readonly runIds: string[] = [];
  /** Ids sent in a batch whose outcome is not recorded yet, with the hash of the version sent. */
  private readonly pending = new Map<EntityName, Map<string, string | undefined>>();
  private readonly watermarks = new Map<EntityName, string>();
  private run: RunInfo | undefined;
  private owner: StateIdentity | undefined;
  private readonly memos = new Map<string, { value: string; expiresAt: number }>();
  private readonly journal: StateJournal;

  /** True when the folder held no state: a first run, or a checkpoint that was lost. */
  isNew = true;

  private constructor(readonly folder: string) {
    this.journal = new StateJournal(join(folder, 'journal.jsonl'), (value) => typeof (value as { t?: unknown }).t === 'string', parseJournalLine);
  }

  /**
   * Opens (or creates) the state in `folder`; compacts the journal once it has grown well past its
   * smallest form, so it never grows without bound and a rerun does not rewrite it whole.
   */
  static open(
    folder: string,
    options: { readOnly?: boolean; warn?: (message: string) => void; compactLater?: boolean; redundantLinesAllowed?: number } = {},
  ): Checkpoint {
    const checkpoint = new Checkpoint(folder);
    if (options.redundantLinesAllowed !== undefined) checkpoint.redundantLinesAllowed = options.redundantLinesAllowed;
    let lines = 0;
    const at = { offset: 0 };
    for (const entry of checkpoint.journal.replay(options.warn, at) as Iterable<JournalEntry>) {
      checkpoint.apply(entry, false, at.offset);
      lines++;
    }
    checkpoint.journalLines = lines;
    checkpoint.isNew = lines === 0;
    if (!options.readOnly && !options.compactLater) checkpoint.compact();
    return checkpoint;
  }

  /** Lines read at open. */
  private journalLines = 0;
  /**
   * Lines the journal may hold beyond its smallest form (at least as many again as that form): a
   * rerun appends a few hundred lines (its run, cursors, watermarks) instead of rewriting the ledger.
   */
  private redundantLinesAllowed = REDUNDANT_LINES_ALLOWED;

  /**
   * Rewrites the journal to the smallest one with the same state, when the lines that replay to
   * nothing new exceed the allowance (open does it unless told `compactLater`). True when it did.
   */
  compact(): boolean {
    if (this.isNew) return false;
    const live = this.snapshotLines();
    if (this.journalLines - live <= Math.max(live, this.redundantLinesAllowed)) return false;
    // Where each entry's line lands in the new file, in the order snapshot yields a table's entries.
    const moved = new Map<LedgerTable, { offsets: Float64Array; count: number }>();
    for (const table of this.ledger.values()) moved.set(table, { offsets: new Float64Array(table.size), count: 0 });
    this.journal.rewrite(this.snapshot(), (entry, offset) => {
      const put = entry as JournalEntry;
      if (put.t !== 'put') return;
      const table = moved.get(this.ledger.get(put.e) as LedgerTable);
      if (table) table.offsets[table.count++] = offset;
    });
    for (const [table, { offsets }] of moved) table.moveLines(offsets);
    this.journalLines = live;
    return true;
  }

  /** The source and target this state belongs to; undefined for a new state or one older than the record. */
  get identity(): StateIdentity | undefined {
    return this.owner;
  }

  /** Records which source and target this state belongs to. */
  setIdentity(identity: StateIdentity): void {
    this.record([{ t: 'identity', ...identity }]);
  }

  get currentRun(): RunInfo | undefined {
    return this.run;
  }

  /** Continues the unfinished run of the same mode, or starts a new one. */
  beginRun(mode: RunMode, now: Date): { run: RunInfo; resumed: boolean } {
    if (this.run && !this.run.complete && this.run.mode === mode) return { run: this.run, resumed: true };
    const entry: JournalEntry = { t: 'run', id: `${now.toISOString().replace(/[-:.]/g, '')}-${mode}`, mode, startedAt: now.toISOString() };
    this.record([entry]);
    return { run: this.run as unknown as RunInfo, resumed: false };
  }

  endRun(complete: boolean): void {
    if (this.run) this.record([{ t: 'run_end', id: this.run.id, complete }]);
  }

  get(entity: EntityName, sourceId: string): StoredEntry | undefined {
    return this.ledger.get(entity)?.get(sourceId);
  }

  /** The target id alone: the hot path of reference binding, without unpacking children. */
  targetId(entity: EntityName, sourceId: string): string | undefined {
    return this.ledger.get(entity)?.targetId(sourceId);
  }

  size(entity: EntityName): number {
    return this.ledger.get(entity)?.size ?? 0;
  }

  *entries(entity: EntityName): Generator<[string, StoredEntry]> {
    yield* this.ledger.get(entity)?.entries() ?? [];
  }

  /** True when this process recorded the entry; an entry of an earlier process (a resumed run) is not. */
  writtenByThisProcess(entity: EntityName, sourceId: string): boolean {
    return this.ledger.get(entity)?.writtenByThisProcess(sourceId) ?? false;
  }

  /** Notes that this process read the record and found it unchanged (in memory only). */
  noteUnchanged(entity: EntityName, sourceId: string): void {
    this.ledger.get(entity)?.noteUnchanged(sourceId);
  }

  unchangedInThisProcess(entity: EntityName, sourceId: string): boolean {
    return this.ledger.get(entity)?.unchangedInThisProcess(sourceId) ?? false;
  }

  /** Ids sent to the target in a batch whose outcome was never recorded. */
  pendingIntents(entity: EntityName): string[] {
    return [...(this.pending.get(entity)?.keys() ?? [])];
  }

  /** The content hash of the version a pending intent sent, when the state recorded it. */
  intendedHash(entity: EntityName, sourceId: string): string | undefined {
    return this.pending.get(entity)?.get(sourceId);
  }

  watermark(entity: EntityName): string | undefined {
    return this.watermarks.get(entity);
  }

  /** Records that a batch is about to be written. */
  intend(entity: EntityName, ids: string[], hashes?: string[]): void {
    this.record([{ t: 'intent', e: entity, ids, ...(hashes ? { h: hashes } : {}) }]);
  }

  /** Records the outcome of a batch (and optionally the cursor after it) in one durable append. */
  commit(entity: EntityName, written: { id: string; entry: LedgerEntry }[], settledIds: string[], cursor?: string | null): void {
    const runId = this.run?.id ?? 'unknown';
    const entries: JournalEntry[] = written.map(({ id, entry }) => ({
      t: 'put',
      e: entity,
      id,
      tid: entry.targetId,
      h: entry.hash,
      ...(entry.children && Object.keys(entry.children).length > 0 ? { c: entry.children } : {}),
      ...(entry.warnings && entry.warnings.length > 0 ? { w: entry.warnings } : {}),
      run: runId,
    }));
    const pending = this.pending.get(entity);
    const unsettled = settledIds.filter((id) => pending?.has(id) && !written.some((w) => w.id === id));
    if (unsettled.length > 0) entries.push({ t: 'settled', e: entity, ids: unsettled });
    if (cursor !== undefined) entries.push({ t: 'cursor', e: entity, c: cursor });
    this.record(entries);
  }

  /** Adds ledger entries found in the target (after a lost answer or a lost state). */
  adopt(entity: EntityName, id: string, entry: LedgerEntry): void {
    this.commit(entity, [{ id, entry }], [id]);
  }

  saveCursor(entity: EntityName, cursor: string | null): void {
    this.record([{ t: 'cursor', e: entity, c: cursor }]);
  }

  finishEntity(entity: EntityName): void {
    this.record([{ t: 'finished', e: entity }]);
  }

  setWatermark(entity: EntityName, at: string): void {
    this.record([{ t: 'watermark', e: entity, at }]);
  }

  recall(key: string): string | undefined {
    const memo = this.memos.get(key);
    return memo && memo.expiresAt > Date.now() ? memo.value : undefined;
  }

  remember(key: string, value: string, expiresAt: number): void {
    this.record([{ t: 'memo', k: key, v: value, x: expiresAt }]);
  }

  close(): void {
    this.journal.close();
  }

  private record(entries: JournalEntry[]): void {
    // Durable first, then in memory: memory never claims more than the disk holds.
    const offsets = this.journal.append(entries);
    this.journalLines += entries.length;
    entries.forEach((entry, i) => this.apply(entry, true, offsets[i] as number));
  }

  /** The children of the put entry whose line starts at `offset`: the ledger keeps them on disk. */
  private childrenAt(offset: number): Record<string, string> {
    const entry = JSON.parse(this.journal.readLine(offset)) as Partial<JournalEntry>;
    if (entry.t !== 'put' || !entry.c) throw new Error(`state journal ${join(this.folder, 'journal.jsonl')}: byte ${offset} does not start the ledger entry it should; the file changed while the run had it open`);
    return entry.c;
  }

  /** `offset`: where the entry's line starts in the journal. */
  private apply(entry: JournalEntry, live: boolean, offset: number): void {
    switch (entry.t) {
      case 'put': {
        let table = this.ledger.get(entry.e);
        if (!table) this.ledger.set(entry.e, (table = new LedgerTable(this.runIds, (at) => this.childrenAt(at))));
        // Replayed, the children are left on disk (CHILDREN_ON_DISK); appended, they are read from there too.
        const children = entry.c !== undefined && (entry.c === CHILDREN_ON_DISK || Object.keys(entry.c).length > 0);
        table.put(entry.id, { targetId: entry.tid, hash: entry.h, ...(entry.w ? { warnings: entry.w } : {}) }, entry.run, live, children ? offset : undefined);
        this.pending.get(entry.e)?.delete(entry.id);
        break;
      }
      case 'intent': {
        let map = this.pending.get(entry.e);
        if (!map) this.pending.set(entry.e, (map = new Map()));
        entry.ids.forEach((id, i) => map.set(id, entry.h?.[i]));
        break;
      }
      case 'settled':
        for (const id of entry.ids) this.pending.get(entry.e)?.delete(id);
        break;
      case 'cursor':
        if (this.run) {
          if (entry.c === null) delete this.run.cursors[entry.e];
          else this.run.cursors[entry.e] = entry.c;
        }
        break;
      case 'finished':
        if (this.run && !this.run.finished.includes(entry.e)) this.run.finished.push(entry.e);
        break;
      case 'run':
        this.run = { id: entry.id, mode: entry.mode, startedAt: entry.startedAt, complete: false, cursors: {}, finished: [] };
        break;
      case 'run_end':
        if (this.run?.id === entry.id) this.run.complete = entry.complete;
        break;
      case 'watermark':
        this.watermarks.set(entry.e, entry.at);
        break;
      case 'identity':
        this.owner = { source: entry.source, target: entry.target };
        break;
      case 'memo':
        this.memos.set(entry.k, { value: entry.v, expiresAt: entry.x });
        break;
    }
  }

  private dropExpiredMemos(): void {
    const now = Date.now();
    for (const [key, memo] of this.memos) if (memo.expiresAt <= now) this.memos.delete(key);
  }

  /** How many lines `snapshot` yields, without building them. */
  private snapshotLines(): number {
    this.dropExpiredMemos();
    let lines = (this.owner ? 1 : 0) + this.watermarks.size + this.memos.size;
    for (const map of this.ledger.values()) lines += map.size;
    for (const ids of this.pending.values()) if (ids.size > 0) lines++;
    if (this.run) lines += 1 + Object.keys(this.run.cursors).length + this.run.finished.length + (this.run.complete ? 1 : 0);
    return lines;
  }

  /** The smallest journal that replays to the current state. */
  private *snapshot(): Generator<JournalEntry> {
    if (this.owner) yield { t: 'identity', ...this.owner };
    for (const [e, at] of this.watermarks) yield { t: 'watermark', e, at };
    this.dropExpiredMemos();
    for (const [k, { value, expiresAt }] of this.memos) yield { t: 'memo', k, v: value, x: expiresAt };
    for (const [e, table] of this.ledger) {
      for (const [id, s] of table.entries()) {
        yield { t: 'put', e, id, tid: s.targetId, h: s.hash, ...(s.children ? { c: s.children } : {}), ...(s.warnings ? { w: s.warnings } : {}), run: s.run };
      }
    }
    for (const [e, ids] of this.pending) {
      if (ids.size === 0) continue;
      const hashes = [...ids.values()];
      yield { t: 'intent', e, ids: [...ids.keys()], ...(hashes.every((h) => h !== undefined) ? { h: hashes as string[] } : {}) };
    }
    if (this.run) {
      const run = this.run;
      yield { t: 'run', id: run.id, mode: run.mode, startedAt: run.startedAt };
      for (const [e, c] of Object.entries(run.cursors)) yield { t: 'cursor', e: e as EntityName, c };
      for (const e of run.finished) yield { t: 'finished', e };
      if (run.complete) yield { t: 'run_end', id: run.id, complete: true };
    }
  }
}
