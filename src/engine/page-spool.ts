/**
 * Pages read ahead of the writes, kept on disk (the state folder's `spool/`, one file an entity),
 * so that reading can run far ahead of a slow target while memory stays bounded, and a process that
 * resumes a killed one takes up the pages it had read instead of asking the source again.
 *
 * The file is a header line (the run, the delta's start, the cursor its first page starts at, when
 * it was begun) and then one page a line. A resumed process replays it from the page that starts at
 * its saved cursor, when the run and the delta's start match and the file is recent: the pages hold
 * attachment URLs that the source signs for a limited time. A torn last line (a kill mid-append) is
 * cut off. The pages hold customers' records: the folder is never saved to the Actions cache
 * (checkpoint-cache.ts removes it first), its files are readable by their owner only, and each is
 * removed when its entity is finished.
 */
import { closeSync, constants, ftruncateSync, lstatSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityName } from '../model/entities.js';
import { jsonlLines, type LineScan } from './jsonl-lines.js';

export const SPOOL_FOLDER = 'spool';

/** A symlink planted in the state folder is not followed: customers' records go to no other file. */
const WRITE_NEW = constants.O_RDWR | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;

/** How much a spool file may hold before appends stop (reading then waits on the memory bound). */
const SPOOL_BYTES = 512 * 1024 * 1024;
/** How old a spool may be and still be replayed: signed attachment URLs in it must still be valid. */
export const SPOOL_FRESH_MS = 15 * 60_000;

export interface SpoolKey {
  run: string;
  /** A delta's start: a spool read for another start holds other records. */
  since?: string;
}

interface Header {
  run: string;
  since: string | null;
  from: string | null;
  at: number;
}

/** Where a page sits in the spool file. */
export interface SpooledAt {
  offset: number;
  length: number;
}

export interface Replay {
  /** Pages from the resume cursor on, in order, with their weight: read back one at a time when consumed. */
  pages: { at: SpooledAt; weight: number }[];
  /** Where reading the source goes on after them; undefined when the last replayed page ended the stream. */
  continueAt: string | undefined;
  ended: boolean;
}

export class PageSpool<T> {
  private fd: number | undefined;
  private size = 0;
  /** An append failed (disk full): the run goes on, reading ahead in memory only. */
  private broken = false;

  private constructor(
    private readonly file: string,
    private readonly key: SpoolKey,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Opens the entity's spool for a read that starts at `cursor` (undefined: the beginning). What an
   * earlier process of this run spooled from there on is replayed; anything else is discarded.
   */
  static open<T>(
    stateDir: string,
    entity: EntityName,
    key: SpoolKey,
    /** Where this read starts, when the stream resumes there (`Stream.resumesAtCursor`); null: nothing is replayed. */
    cursor: string | undefined | null,
    weigh: (page: T) => number,
    warn: (message: string) => void,
  ): { spool: PageSpool<T>; replay: Replay | undefined } {
    const folder = join(stateDir, SPOOL_FOLDER);
    const spool = new PageSpool<T>(join(folder, `${entity}.jsonl`), key, warn);
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      // A symlink planted in place of the folder would take the files elsewhere.
      if (lstatSync(folder).isSymbolicLink()) throw new Error(`${folder} is a symbolic link`);
      const replay = cursor === null ? undefined : spool.takeUp(cursor, weigh);
      if (!replay) spool.begin(cursor ?? null);
      return { spool, replay };
    } catch (error) {
      spool.fail(error);
      return { spool, replay: undefined };
    }
  }

  /**
   * Appends a page; answers where it sits, or undefined when the spool is full or broken (the caller
   * keeps the page in memory then).
   */
  append(page: T): SpooledAt | undefined {
    if (this.broken || this.fd === undefined || this.size >= SPOOL_BYTES) return undefined;
    const line = Buffer.from(`${JSON.stringify(page)}\n`);
    try {
      writeLine(this.fd, line, this.size);
    } catch (error) {
      // A torn line is cut off by the next process that takes the file up.
      this.fail(error);
      return undefined;
    }
    const at = { offset: this.size, length: line.length - 1 };
    this.size += line.length;
    return at;
  }

  /** The page at `at`; a spool that cannot be read back fails the read, as a source would. */
  read(at: SpooledAt): T {
    if (this.fd === undefined) throw new Error(`the read-ahead spool ${this.file} was closed before its pages were read`);
    const bytes = Buffer.allocUnsafe(at.length);
    let done = 0;
    while (done < at.length) {
      const n = readSync(this.fd, bytes, done, at.length - done, at.offset + done);
      if (n === 0) throw new Error(`the read-ahead spool ${this.file} ends before the page at byte ${at.offset}`);
      done += n;
    }
    return JSON.parse(bytes.toString('utf8')) as T;
  }

  /** Full, with no page waiting in it: start again empty, from `from`, the cursor after the last page read. */
  restartIfFull(from: string | null): void {
    if (this.broken || this.size < SPOOL_BYTES) return;
    try {
      this.begin(from);
    } catch (error) {
      this.fail(error);
    }
  }

  get full(): boolean {
    return this.broken || this.fd === undefined || this.size >= SPOOL_BYTES;
  }

  /** The entity is read and written, or the run stops: the file goes (removed) or stays for a resume. */
  close(remove: boolean): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (remove) rmSync(this.file, { force: true });
  }

  private begin(from: string | null): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = openSync(this.file, WRITE_NEW, 0o600);
    const header: Header = { run: this.key.run, since: this.key.since ?? null, from, at: Date.now() };
    const line = Buffer.from(`${JSON.stringify(header)}\n`);
    writeLine(this.fd, line, 0);
    this.size = line.length;
  }

  /** Replays the file from the page that starts at `cursor`, when it belongs to this read. */
  private takeUp(cursor: string | undefined, weigh: (page: T) => number): Replay | undefined {
    const scan: Partial<LineScan> = {};
    const lines = jsonlLines(this.file, scan);
    const first = lines.next();
    const header = first.done ? undefined : parseHeader(first.value);
    if (!header || header.run !== this.key.run || header.since !== (this.key.since ?? null) || Date.now() - header.at > SPOOL_FRESH_MS) return undefined;
    const from = cursor ?? null;
    let replaying = header.from === from;
    const pages: Replay['pages'] = [];
    let last: T | undefined;
    let whole = scan.completeBytes ?? 0;
    for (const line of lines) {
      let page: T;
      try {
        page = JSON.parse(line) as T;
      } catch {
        break;
      }
      whole = scan.completeBytes ?? 0;
      const start = scan.lineStart ?? 0;
      if (replaying) {
        pages.push({ at: { offset: start, length: whole - start - 1 }, weight: weigh(page) });
        last = page;
      } else if (cursorAfter(page) === from) replaying = true;
    }
    if (!replaying) return undefined;
    // Appends go on after the last whole page: a torn or damaged line is cut off.
    this.fd = openSync(this.file, constants.O_RDWR | constants.O_NOFOLLOW);
    ftruncateSync(this.fd, whole);
    this.size = whole;
    const ended = last !== undefined && cursorAfter(last) === null;
    return { pages, continueAt: last ? (cursorAfter(last) ?? undefined) : cursor, ended };
  }

  private fail(error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.warn(`Reading ahead in memory only: the read-ahead spool ${this.file} cannot be written (${(error as Error).message}).`);
  }
}

/** The cursor a page gives for what follows it; null when it ends the stream. */
export function cursorAfter(page: unknown): string | null {
  return (page as { cursor?: string }).cursor ?? null;
}

function writeLine(fd: number, line: Buffer, position: number): void {
  let done = 0;
  while (done < line.length) done += writeSync(fd, line, done, line.length - done, position + done);
}

function parseHeader(text: string): Header | undefined {
  try {
    const h = JSON.parse(text) as Partial<Header>;
    if (typeof h.run !== 'string' || typeof h.at !== 'number' || !(h.from === null || typeof h.from === 'string') || !(h.since === null || typeof h.since === 'string')) return undefined;
    return h as Header;
  } catch {
    return undefined;
  }
}
