/**
 * The state folder's journal: one JSON object per line, appended and fsync'ed after every batch.
 * A process killed mid-append leaves at most one torn last line, which replay ignores and the next
 * append cuts off, so the state on disk is always a prefix of what was acknowledged. Compaction
 * rewrites the journal to a temp file and renames it over the old one, which is atomic.
 */
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, truncateSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { jsonlLines, type LineScan } from './jsonl-lines.js';

export class StateJournal {
  private fd: number | undefined;
  /** The file's length while `fd` is open: where the next append starts. */
  private size = 0;
  private reader: LineReader | undefined;

  /**
   * `isEntry` tells a line of this journal from a stray JSON value (`null`, a number, an array);
   * `decode` reads a line (JSON.parse, or one that throws wherever it would).
   */
  constructor(
    readonly file: string,
    private readonly isEntry: (value: object) => boolean = () => true,
    private readonly decode: (line: string) => unknown = JSON.parse,
  ) {}

  /**
   * Every complete line, parsed, one at a time; a torn tail is cut from the file at the end. A last
   * line that is whole but not a journal entry (JSON `null`, garbage) is treated like a torn one:
   * skipped with a warning and cut off. The same in the middle means the file was edited or damaged:
   * the lines after it cannot be trusted, so replay stops with what to do. `at.offset` is set to where
   * the line of each entry starts before it is yielded (readLine reads it again from there).
   */
  *replay(warn: (message: string) => void = () => {}, at: { offset: number } = { offset: 0 }): Generator<JournalLine> {
    const scan: Partial<LineScan> = {};
    let held: { line: string; number: number; start: number; end: number } | undefined;
    let number = 0;
    for (const line of jsonlLines(this.file, scan)) {
      number++;
      if (held) {
        const entry = this.parse(held.line);
        if (!entry) throw new Error(`${this.where(held.number)} is not a journal entry (${quote(held.line)}), and the lines after it depend on it. Restore the state folder from a backup, or delete ${this.file} to start over (the target is then searched for what was already written).`);
        at.offset = held.start;
        yield entry;
      }
      held = { line, number, start: scan.lineStart ?? 0, end: scan.completeBytes ?? 0 };
    }
    let keep = scan.tornBytes ? (scan.completeBytes ?? 0) : undefined;
    if (held) {
      const entry = this.parse(held.line);
      at.offset = held.start;
      if (entry) yield entry;
      else {
        warn(`${this.where(held.number)} is not a journal entry (${quote(held.line)}): it is the last line, as a write cut short leaves it, so it is skipped and removed.`);
        keep = held.end - Buffer.byteLength(held.line) - 1;
      }
    }
    if (keep !== undefined) truncateSync(this.file, keep);
  }

  private parse(line: string): JournalLine | undefined {
    let value: unknown;
    try {
      value = this.decode(line);
    } catch {
      return undefined;
    }
    return typeof value === 'object' && value !== null && !Array.isArray(value) && this.isEntry(value) ? (value as JournalLine) : undefined;
  }

  private where(line: number): string {
    return `state journal ${this.file} line ${line}`;
  }

  /** Appends one line per entry, made durable; returns where each line starts. */
  append(entries: readonly unknown[]): number[] {
    if (entries.length === 0) return [];
    const fd = this.open();
    const lines = entries.map((e) => JSON.stringify(e));
    const offsets = lineOffsets(lines, this.size);
    const text = Buffer.from(lines.join('\n') + '\n');
    try {
      for (let written = 0; written < text.length; ) written += writeSync(fd, text, written);
      fsyncSync(fd);
    } catch (error) {
      // What reached the file is a torn tail: the next append reopens, cuts it and measures the file
      // again, instead of writing after it (a torn line mid-journal reads as damage).
      this.closeAppends();
      throw error;
    }
    this.size += text.length;
    return offsets;
  }

  /**
   * Replaces the whole journal with `entries`, atomically. `written` is told where each entry's line
   * starts in the new file; `readLine` reads the old one until the new one replaces it.
   */
  rewrite(entries: Iterable<unknown>, written: (entry: unknown, offset: number) => void = () => {}): void {
    this.closeAppends();
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp-${process.pid}`;
    const fd = openSync(temp, 'w');
    let chunk: string[] = [];
    let offset = 0;
    for (const entry of entries) {
      const line = JSON.stringify(entry);
      written(entry, offset);
      offset += Buffer.byteLength(line) + 1;
      chunk.push(line);
      if (chunk.length >= 1000) {
        writeSync(fd, chunk.join('\n') + '\n');
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, chunk.join('\n') + '\n');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, this.file);
    this.reader?.close();
    this.reader = undefined;
  }

  /** The line that starts at `offset` (one a replay or an append reported). */
  readLine(offset: number): string {
    this.reader ??= new LineReader(this.file);
    return this.reader.lineAt(offset);
  }

  close(): void {
    this.closeAppends();
    this.reader?.close();
    this.reader = undefined;
  }

  private closeAppends(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): number {
    if (this.fd === undefined) {
      mkdirSync(dirname(this.file), { recursive: true });
      cutTornTail(this.file);
      this.fd = openSync(this.file, 'a');
      this.size = fstatSync(this.fd).size;
    }
    return this.fd;
  }
}

/** Where each of `lines` starts when written one after the other from `start`, each with its newline. */
function lineOffsets(lines: readonly string[], start: number): number[] {
  const offsets: number[] = [];
  for (const line of lines) {
    offsets.push(start);
    start += Buffer.byteLength(line) + 1;
  }
  return offsets;
}

/**
 * Reads lines back by their offset, a block at a time: lines read in the order of the file (a
 * compaction reading every entry's children) cost one read a block, not one a line. Only complete
 * lines are returned, and a complete line never changes (the journal is appended to, and replaced
 * whole by rewrite, which drops the reader).
 */
class LineReader {
  private readonly fd: number;
  private block = Buffer.allocUnsafe(1 << 16);
  private blockStart = 0;
  private blockLength = 0;

  constructor(private readonly file: string) {
    this.fd = openSync(file, 'r');
  }

  lineAt(offset: number): string {
    let newline = this.newlineAfter(offset);
    if (newline === -1) {
      this.load(offset);
      newline = this.newlineAfter(offset);
    }
    if (newline === -1) throw new Error(`state journal ${this.file}: no complete line at byte ${offset}; the file changed while the run had it open`);
    return this.block.toString('utf8', offset - this.blockStart, newline);
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Where in the block the line at `offset` ends, or -1 when the block does not hold all of it. */
  private newlineAfter(offset: number): number {
    const from = offset - this.blockStart;
    if (from < 0 || from >= this.blockLength) return -1;
    const newline = this.block.indexOf(10, from);
    return newline !== -1 && newline < this.blockLength ? newline : -1;
  }

  /** Reads from `offset` on, into a block large enough for the line there. */
  private load(offset: number): void {
    for (;;) {
      this.blockStart = offset;
      this.blockLength = readSync(this.fd, this.block, 0, this.block.length, offset);
      if (this.blockLength < this.block.length || this.block.subarray(0, this.blockLength).indexOf(10) !== -1) return;
      this.block = Buffer.allocUnsafe(this.block.length * 2);
    }
  }
}

/** One line of a journal: a JSON object. */
export type JournalLine = object;

function quote(line: string): string {
  const text = line.length > 60 ? `${line.slice(0, 60)}…` : line;
  return JSON.stringify(text);
}

/** Cuts a last line left half-written by a killed process, so the next append starts a clean line. */
function cutTornTail(file: string): void {
  if (!existsSync(file)) return;
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(64 * 1024);
    for (let end = size; end > 0; end -= chunk.length) {
      const start = Math.max(0, end - chunk.length);
      readSync(fd, chunk, 0, end - start, start);
      const newline = chunk.subarray(0, end - start).lastIndexOf(10);
      if (newline !== -1) {
        if (start + newline + 1 < size) truncateSync(file, start + newline + 1);
        return;
      }
    }
    if (size > 0) truncateSync(file, 0);
  } finally {
    closeSync(fd);
  }
}
