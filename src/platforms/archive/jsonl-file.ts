/**
 * Reading a JSONL file page by page from a byte offset, so a read can resume exactly where it
 * stopped and memory holds one page, whatever the file's size.
 */
import { createReadStream } from 'node:fs';

export interface JsonlPage<T> {
  rows: T[];
  /** Byte offset just after the last row of this page. */
  end: number;
  lines: { line: number; row: T }[];
}

const NEWLINE = 10;
const CR = 13;
const OPEN_BRACE = 123;

/**
 * Reads the open descriptor `fd` (closed when done) of the file named `file` in messages. Lines end
 * as readline ends them (\n, \r\n or a lone \r), found in the bytes with indexOf: a line is decoded
 * once, and the offset after it is where its bytes end (a \r\n counts two).
 */
export async function* readJsonlPages<T>(file: string, fd: number, pageSize: number, startOffset = 0, chunkBytes = 1 << 18): AsyncGenerator<JsonlPage<T>> {
  const stream = createReadStream('', { fd, start: startOffset, autoClose: true, highWaterMark: chunkBytes });
  let page: { line: number; row: T }[] = [];
  /** Where each row of `page` ends in the file. */
  let ends: number[] = [];
  let lineNumber = 0;
  /** Byte offset of `data[0]` in the file. */
  let base = startOffset;
  /** The bytes of a line begun in an earlier chunk. */
  let carry: Buffer | undefined;

  const take = (data: Buffer, from: number, to: number, after: number) => {
    lineNumber++;
    const line = data.toString('utf8', from, to);
    if (line.charCodeAt(0) !== OPEN_BRACE && line.trim() === '') return;
    let row: T;
    try {
      row = JSON.parse(line) as T;
    } catch {
      throw new Error(`${file}: line ${lineNumber} (from byte ${startOffset}) is not valid JSON; fix or remove it`);
    }
    page.push({ line: lineNumber, row });
    ends.push(base + after);
  };
  /** The lines of data[from, to) (the text before a terminator that ends at `after`), split at each lone \r. */
  const takeLines = (data: Buffer, from: number, to: number, after: number, cr: number) => {
    for (; cr !== -1 && cr < to; cr = data.indexOf(CR, from)) {
      take(data, from, cr, cr + 1);
      from = cr + 1;
    }
    take(data, from, to, after);
  };
  function* pages(): Generator<JsonlPage<T>> {
    while (page.length >= pageSize) {
      const lines = page.length === pageSize ? page : page.slice(0, pageSize);
      const end = ends[lines.length - 1] as number;
      page = page.length === pageSize ? [] : page.slice(pageSize);
      ends = ends.slice(pageSize);
      yield { rows: lines.map((p) => p.row), end, lines };
    }
  }

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const data = carry ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      /** The first \r at or after `start` (-1: none left in the chunk), looked for again only once passed. */
      let cr = data.indexOf(CR);
      for (let newline = data.indexOf(NEWLINE); newline !== -1; newline = data.indexOf(NEWLINE, start)) {
        if (cr !== -1 && cr < start) cr = data.indexOf(CR, start);
        const text = newline > start && data[newline - 1] === CR ? newline - 1 : newline;
        takeLines(data, start, text, newline + 1, cr !== -1 && cr < text ? cr : -1);
        start = newline + 1;
        yield* pages();
      }
      // A copy: the stream's buffer is not ours to keep.
      carry = start < data.length ? Buffer.from(data.subarray(start)) : undefined;
      base += start;
    }
    if (carry) {
      // The last line has no \n; a \r that ends it is its terminator.
      const text = carry[carry.length - 1] === CR ? carry.length - 1 : carry.length;
      takeLines(carry, 0, text, carry.length, carry.indexOf(CR));
      yield* pages();
    }
    if (page.length > 0) yield { rows: page.map((p) => p.row), end: ends[ends.length - 1] as number, lines: page };
  } finally {
    stream.destroy();
  }
}
