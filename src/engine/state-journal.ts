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

  constructor(readonly file: string) {}

  /** Every complete line, parsed, one at a time; a torn tail is cut from the file at the end. */
  *replay(): Generator<unknown> {
    const scan: Partial<LineScan> = {};
    for (const line of jsonlLines(this.file, scan)) {
      try {
        yield JSON.parse(line);
      } catch {
        // A line is written whole or not at all except at the tail; a bad middle line means
        // the file was edited by hand. Stop rather than guess.
        throw new Error(`state journal ${this.file} is corrupt near "${line.slice(0, 80)}"; restore it or delete the state folder to start over`);
      }
    }
    if (scan.tornBytes) truncateSync(this.file, scan.completeBytes ?? 0);
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
