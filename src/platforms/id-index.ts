/**
 * A set of record ids, each numbered by its slot (0, 1, 2… in the order added), held off the JS
 * heap: the bytes of every id in one buffer and an open-addressing table of slots. The ledger and
 * the archive target keep an id for every record ever migrated; in a Map each cost a string and an
 * entry on the heap, about 60 bytes a ticket that every full garbage collection walks again (at a
 * million tickets, most of a run's memory). Here an id costs its bytes and about 20 more.
 */

/** Slots 1-based in the table: 0 is an empty place. */
const EMPTY = 0;
/** How full the table gets before it doubles: linear probing stays short below this. */
const LOAD = 0.7;

export class IdIndex {
  private table = new Int32Array(1024);
  private mask = this.table.length - 1;
  /** Per slot: the id's hash, to compare and to rehash without reading the id again. */
  private hashes = new Uint32Array(256);
  /** Per slot: where its bytes end in `bytes` (they start where the slot before ends). */
  private ends = new Uint32Array(256);
  private bytes = Buffer.allocUnsafeSlow(1 << 16);
  private used = 0;
  private count = 0;
  /** Ids with a character beyond Latin-1 (rare): kept as strings, by slot; their bytes are empty. */
  private readonly wide = new Map<number, string>();

  get size(): number {
    return this.count;
  }

  /** The slot of `id`, or -1. */
  find(id: string): number {
    const hash = hashOf(id);
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const held = this.table[at] as number;
      if (held === EMPTY) return -1;
      const slot = held - 1;
      if (this.hashes[slot] === hash && this.holds(slot, id)) return slot;
    }
  }

  /** The slot of `id`, which gets the next one if it is new. */
  add(id: string): number {
    const hash = hashOf(id);
    let at = hash & this.mask;
    for (; ; at = (at + 1) & this.mask) {
      const held = this.table[at] as number;
      if (held === EMPTY) break;
      const slot = held - 1;
      if (this.hashes[slot] === hash && this.holds(slot, id)) return slot;
    }
    const slot = this.count++;
    this.growSlots(this.count);
    this.hashes[slot] = hash;
    if (isLatin1(id)) {
      this.reserve(id.length);
      this.used += this.bytes.write(id, this.used, 'latin1');
    } else {
      this.wide.set(slot, id);
    }
    this.ends[slot] = this.used;
    this.table[at] = slot + 1;
    if (this.count > this.table.length * LOAD) this.rehash();
    return slot;
  }

  has(id: string): boolean {
    return this.find(id) !== -1;
  }

  /** The id in `slot` (0 ≤ slot < size). */
  idAt(slot: number): string {
    const start = slot === 0 ? 0 : (this.ends[slot - 1] as number);
    const end = this.ends[slot] as number;
    if (start === end && this.wide.size > 0) return this.wide.get(slot) ?? '';
    return this.bytes.toString('latin1', start, end);
  }

  private holds(slot: number, id: string): boolean {
    const start = slot === 0 ? 0 : (this.ends[slot - 1] as number);
    const end = this.ends[slot] as number;
    if (start === end && this.wide.size > 0 && this.wide.has(slot)) return this.wide.get(slot) === id;
    if (end - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.bytes[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private reserve(more: number): void {
    if (this.used + more <= this.bytes.length) return;
    const bytes = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.used + more));
    this.bytes.copy(bytes, 0, 0, this.used);
    this.bytes = bytes;
  }

  private growSlots(slots: number): void {
    if (slots <= this.ends.length) return;
    const capacity = this.ends.length * 2;
    this.hashes = grown(this.hashes, capacity);
    this.ends = grown(this.ends, capacity);
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let slot = 0; slot < this.count; slot++) {
      let at = (this.hashes[slot] as number) & mask;
      while (table[at] !== EMPTY) at = (at + 1) & mask;
      table[at] = slot + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}

function grown(array: Uint32Array, capacity: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(capacity);
  next.set(array);
  return next;
}

function isLatin1(id: string): boolean {
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) > 0xff) return false;
  return true;
}

/** FNV-1a over the UTF-16 units, then murmur3's finaliser: ids that differ in one digit spread over the table. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
