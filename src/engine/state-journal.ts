/**
 * The state folder's journal: one JSON object per line, appended and fsync'ed after every batch.
 * A process killed mid-append leaves at most one torn last line, which replay ignores and the next
 * append cuts off, so the state on disk is always a prefix of what was acknowledged. Compaction
 * rewrites the journal to a temp file and renames it over the old one, which is atomic.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, truncateSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export class StateJournal {
  private fd: number | undefined;

  constructor(readonly file: string) {}

  /** Every complete line, parsed; a torn tail is cut from the file. */
  replay(): unknown[] {
    if (!existsSync(this.file)) return [];
    const text = readFileSync(this.file, 'utf8');
    const end = text.lastIndexOf('\n') + 1;
    if (end < text.length) truncateSync(this.file, Buffer.byteLength(text.slice(0, end)));
    const entries: unknown[] = [];
    for (const line of text.slice(0, end).split('\n')) {
      if (line.length === 0) continue;
      try {
        entries.push(JSON.parse(line));
      } catch {
        // A line is written whole or not at all except at the tail; a bad middle line means
        // the file was edited by hand. Stop rather than guess.
        throw new Error(`state journal ${this.file} is corrupt near "${line.slice(0, 80)}"; restore it or delete the state folder to start over`);
      }
    }
    return entries;
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
      this.fd = openSync(this.file, 'a');
    }
    return this.fd;
  }
}
