/**
 * Reads pages while the caller is still busy with earlier ones (writing them to the target), so that
 * the source's budget and the target's are used at the same time instead of in turn. At least one
 * page ahead; more while the pages held weigh less than `ahead` (the engine weighs a record and each
 * of its comments, so memory stays bounded however long the threads). Reading is side-effect free on
 * the source, and cursors are still saved per page consumed, so a stop or a kill resumes exactly as
 * before: a page read ahead and not consumed is read again, or taken from the spool (page-spool.ts).
 */
import { cursorAfter, type PageSpool, type Replay, type SpooledAt } from './page-spool.js';

export interface ReadAheadOptions<T> {
  /** How much may be held in memory beyond the one page always read ahead. */
  ahead?: number;
  weigh?: (page: T) => number;
  /**
   * Where pages read beyond that wait, on disk (page-spool.ts), and what an earlier process spooled
   * that comes first. Every page read goes to the spool while it has room, so a resumed process
   * finds them; only those beyond `ahead` are read back from it.
   */
  spool?: { store: PageSpool<T>; replay?: Replay | undefined };
}

/** A page read and not yet consumed: in memory, or waiting in the spool only. */
type Held<T> = { page: T; weight: number } | { at: SpooledAt; weight: number };

export async function* readAhead<T>(pages: AsyncIterable<T>, options: ReadAheadOptions<T> = {}): AsyncGenerator<T> {
  const { ahead = 0, weigh = () => 1 } = options;
  const spool = options.spool?.store;
  const iterator = pages[Symbol.asyncIterator]();
  const ready: Held<T>[] = [...(options.spool?.replay?.pages ?? [])];
  /** Weight of the pages held in memory, and how many wait in the spool only. */
  let held = 0;
  let onDisk = ready.length;
  let ended = options.spool?.replay?.ended ?? false;
  let closed = false;
  let failure: { error: unknown } | undefined;
  let reading: Promise<void> | undefined;
  /** The cursor after the last page read: where a spool that starts again starts. */
  let lastCursor: string | null = options.spool?.replay?.continueAt ?? null;

  const roomInMemory = () => ready.length === 0 || held < ahead;
  const wanted = () => !ended && !closed && !failure && (roomInMemory() || (spool !== undefined && !spool.full));
  // One read at a time: the source's pages come in order. A failed read is kept for when the caller
  // gets to it (after the pages before it), never left as an unhandled rejection.
  const read = (): Promise<void> | undefined => {
    if (reading || !wanted()) return reading;
    reading = iterator
      .next()
      .then(
        (result) => {
          if (result.done) {
            ended = true;
            return;
          }
          const page = result.value;
          const weight = weigh(page);
          const at = spool?.append(page);
          lastCursor = cursorAfter(page);
          if (at && !roomInMemory()) {
            ready.push({ at, weight });
            onDisk++;
          } else {
            ready.push({ page, weight });
            held += weight;
          }
        },
        (error: unknown) => {
          failure = { error };
        },
      )
      .finally(() => {
        reading = undefined;
        void read();
      });
    return reading;
  };

  let finished = false;
  try {
    for (;;) {
      while (ready.length === 0 && !ended && !failure) await read();
      const next = ready.shift();
      if (next) {
        let page: T;
        if ('page' in next) {
          held -= next.weight;
          page = next.page;
        } else {
          onDisk--;
          page = (spool as PageSpool<T>).read(next.at);
          if (onDisk === 0) spool?.restartIfFull(lastCursor);
        }
        void read();
        yield page;
        continue;
      }
      if (failure) throw failure.error;
      finished = true;
      return;
    }
  } finally {
    closed = true;
    if (!finished) {
      // The caller stopped early (a stop request, a failure): let the read in flight end, then close.
      await reading;
      await iterator.return?.(undefined);
    }
    spool?.close(false);
  }
}

/**
 * Pages whose reading starts now, before anyone asks for them: the next entity is read while the
 * current one is written. `close` ends a prefetch nobody consumed (the run stopped first).
 */
export class Prefetch<T> {
  private readonly first: Promise<IteratorResult<T>>;
  private taken = false;

  constructor(private readonly reader: AsyncGenerator<T>) {
    this.first = reader.next();
    this.first.catch(() => undefined);
  }

  async *pages(): AsyncGenerator<T> {
    this.taken = true;
    try {
      const first = await this.first;
      if (first.done) return;
      yield first.value;
      yield* this.reader;
    } finally {
      await this.reader.return(undefined);
    }
  }

  async close(): Promise<void> {
    if (this.taken) return;
    await this.first.catch(() => undefined);
    await this.reader.return(undefined);
  }
}
