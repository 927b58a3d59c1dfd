/**
 * One entity's ledger in memory: source id → target id, content hash, children's target ids, the
 * warnings of the write and the run that wrote it. It holds an entry for every record ever
 * migrated, so an entry is a slot in a few flat arrays instead of an object of strings: the hash as
 * its 12 bytes, the run as a number, the target id as the source id's own string when they are
 * equal, the children as one string. About 100 bytes a ticket instead of 250.
 */
import type { Warning } from '../model/outcomes.js';
import type { LedgerEntry } from '../platforms/contracts.js';

/** An entry as stored, with the run that wrote it. */
export interface StoredEntry extends LedgerEntry {
  /** The run that wrote it, so a resumed run can tell its own earlier writes. */
  run: string;
}

const HASH_BYTES = 12;
/** What contentHash makes: 12 bytes in base64url, which decode and encode back to the same text. */
const CONTENT_HASH = /^[A-Za-z0-9_-]{16}$/;

export class LedgerTable {
  private readonly slots = new Map<string, number>();
  private readonly targets: string[] = [];
  private hashes = Buffer.alloc(HASH_BYTES * 256);
  /** Hashes of another form (`recovered:…`, `unknown`), rare: by slot. */
  private readonly otherHashes = new Map<number, string>();
  private runs = new Uint32Array(256);
  /** Put by this process (not replayed from the journal): a second record of this id read now is a duplicate. */
  private live = new Uint8Array(256);
  /** "sourceId" when the target kept the id, else "sourceId\ttargetId", one per line. */
  private readonly children: (string | undefined)[] = [];
  private readonly warnings = new Map<number, Warning[]>();

  /** `runIds` is shared by the tables of one state: a run id is stored once, as a number. */
  constructor(private readonly runIds: string[]) {}

  get size(): number {
    return this.slots.size;
  }

  put(id: string, entry: LedgerEntry, run: string, live: boolean): void {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(id, slot);
      this.grow(slot + 1);
    }
    this.targets[slot] = entry.targetId === id ? id : entry.targetId;
    this.otherHashes.delete(slot);
    if (CONTENT_HASH.test(entry.hash)) this.hashes.write(entry.hash, slot * HASH_BYTES, HASH_BYTES, 'base64url');
    else this.otherHashes.set(slot, entry.hash);
    let runIndex = this.runIds.indexOf(run);
    if (runIndex === -1) runIndex = this.runIds.push(run) - 1;
    this.runs[slot] = runIndex;
    this.live[slot] = live ? 1 : 0;
    const children = entry.children ? Object.entries(entry.children) : [];
    this.children[slot] = children.length > 0 ? children.map(([s, t]) => (s === t ? s : `${s}\t${t}`)).join('\n') : undefined;
    if (entry.warnings && entry.warnings.length > 0) this.warnings.set(slot, entry.warnings);
    else this.warnings.delete(slot);
  }

  get(id: string): StoredEntry | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.entry(slot);
  }

  /** The target id alone: the hot path of reference binding. */
  targetId(id: string): string | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.targets[slot];
  }

  writtenByThisProcess(id: string): boolean {
    const slot = this.slots.get(id);
    return slot !== undefined && this.live[slot] === 1;
  }

  *entries(): Generator<[string, StoredEntry]> {
    for (const [id, slot] of this.slots) yield [id, this.entry(slot)];
  }

  /**
   * The entry as the engine reads it. Its children are unpacked on first read: deciding that a
   * record is unchanged needs only its hash, and a rerun decides that for every record.
   */
  private entry(slot: number): StoredEntry {
    const hash = this.otherHashes.get(slot) ?? this.hashes.toString('base64url', slot * HASH_BYTES, (slot + 1) * HASH_BYTES);
    const entry: StoredEntry = { targetId: this.targets[slot] as string, hash, run: this.runIds[this.runs[slot] as number] as string };
    const warnings = this.warnings.get(slot);
    if (warnings) entry.warnings = warnings;
    const lines = this.children[slot];
    if (lines !== undefined) {
      let children: Record<string, string> | undefined;
      Object.defineProperty(entry, 'children', {
        enumerable: true,
        configurable: true,
        get: () => (children ??= unpackChildren(lines)),
        set: (value: Record<string, string>) => {
          children = value;
        },
      });
    }
    return entry;
  }

  private grow(slots: number): void {
    if (slots <= this.runs.length) return;
    const capacity = Math.max(slots, this.runs.length * 2);
    const hashes = Buffer.alloc(capacity * HASH_BYTES);
    this.hashes.copy(hashes);
    this.hashes = hashes;
    const runs = new Uint32Array(capacity);
    runs.set(this.runs);
    this.runs = runs;
    const live = new Uint8Array(capacity);
    live.set(this.live);
    this.live = live;
  }
}

function unpackChildren(lines: string): Record<string, string> {
  return Object.fromEntries(
    lines.split('\n').map((line) => {
      const tab = line.indexOf('\t');
      return tab === -1 ? [line, line] : [line.slice(0, tab), line.slice(tab + 1)];
    }),
  );
}
