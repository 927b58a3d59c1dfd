/**
 * Reading a JSONL file page by page from a byte offset, so a read can resume exactly where it
 * stopped and memory holds one page, whatever the file's size.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface JsonlPage<T> {
  rows: T[];
  /** Byte offset just after the last row of this page. */
  end: number;
  lines: { line: number; row: T }[];
}

/** Reads the open descriptor `fd` (closed when done) of the file named `file` in messages. */
export async function* readJsonlPages<T>(file: string, fd: number, pageSize: number, startOffset = 0): AsyncGenerator<JsonlPage<T>> {
  const stream = createReadStream('', { fd, start: startOffset, encoding: 'utf8', autoClose: true });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let offset = startOffset;
  let page: { line: number; row: T }[] = [];
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      offset += Buffer.byteLength(line) + 1;
      if (line.trim() === '') continue;
      let row: T;
      try {
        row = JSON.parse(line) as T;
      } catch {
        throw new Error(`${file}: line ${lineNumber} (from byte ${startOffset}) is not valid JSON; fix or remove it`);
      }
      page.push({ line: lineNumber, row });
      if (page.length >= pageSize) {
        yield { rows: page.map((p) => p.row), end: offset, lines: page };
        page = [];
      }
    }
    if (page.length > 0) yield { rows: page.map((p) => p.row), end: offset, lines: page };
  } finally {
    lines.close();
    stream.destroy();
  }
}
