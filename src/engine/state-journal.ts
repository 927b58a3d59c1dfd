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

  /** `isEntry` tells a line of this journal from a stray JSON value (`null`, a number, an array). */
  constructor(
    readonly file: string,
    private readonly isEntry: (value: object) => boolean = () => true,
  ) {}

  /**
   * Every complete line, parsed, one at a time; a torn tail is cut from the file at the end. A last
   * line that is whole but not a journal entry (JSON `null`, garbage) is treated like a torn one:
   * skipped with a warning and cut off. The same in the middle means the file was edited or damaged:
   * the lines after it cannot be trusted, so replay stops with what to do.
   */
  *replay(warn: (message: string) => void = () => {}): Generator<JournalLine> {
    const scan: Partial<LineScan> = {};
    let held: { line: string; number: number; end: number } | undefined;
    let number = 0;
    for (const line of jsonlLines(this.file, scan)) {
      number++;
      if (held) {
        const entry = this.parse(held.line);
        if (!entry) throw new Error(`${this.where(held.number)} is not a journal entry (${quote(held.line)}), and the lines after it depend on it. Restore the state folder from a backup, or delete ${this.file} to start over (the target is then searched for what was already written).`);
        yield entry;
      }
      held = { line, number, end: scan.completeBytes ?? 0 };
    }
    let keep = scan.tornBytes ? (scan.completeBytes ?? 0) : undefined;
    if (held) {
      const entry = this.parse(held.line);
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
      value = JSON.parse(line);
    } catch {
      return undefined;
    }
    return typeof value === 'object' && value !== null && !Array.isArray(value) && this.isEntry(value) ? (value as JournalLine) : undefined;
  }

  private where(line: number): string {
    return `state journal ${this.file} line ${line}`;
  }

  append(entries: readonly unknown[]): void {
    if (entries.length === 0) return;
    const fd = this.open();
    writeSync(fd, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
    fsyncSync(fd);
  }

  /** Replaces the whole journal with `entries`, atomically. */
  rewrite(entries: Iterable<unknown>): void {
    this.close();
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp-${process.pid}`;
    const fd = openSync(temp, 'w');
    let chunk: string[] = [];
    for (const entry of entries) {
      chunk.push(JSON.stringify(entry));
      if (chunk.length >= 1000) {
        writeSync(fd, chunk.join('\n') + '\n');
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, chunk.join('\n') + '\n');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, this.file);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): number {
    if (this.fd === undefined) {
      mkdirSync(dirname(this.file), { recursive: true });
      cutTornTail(this.file);
      this.fd = openSync(this.file, 'a');
    }
    return this.fd;
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
