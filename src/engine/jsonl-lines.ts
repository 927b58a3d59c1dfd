/**
 * Reads a JSONL file line by line, synchronously, a chunk at a time: replaying a large journal
 * never holds the whole file in memory. Reports where the last complete line ends, so a torn tail
 * left by a killed process can be cut off.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';

export interface LineScan {
  /** Byte offset just after the last newline. */
  completeBytes: number;
  /** Byte offset where the line just yielded starts. */
  lineStart: number;
  /** Bytes after it: a line that was being written when the process died. */
  tornBytes: number;
}

export function* jsonlLines(file: string, scan: Partial<LineScan> = {}): Generator<string> {
  scan.completeBytes = 0;
  scan.tornBytes = 0;
  if (!existsSync(file)) return;
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    /** The bytes of a line begun in an earlier chunk. */
    let carry: Buffer | undefined;
    let offset = 0;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, offset);
      if (read === 0) break;
      offset += read;
      const data = carry ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      // Lines are cut by offsets into the chunk: no Buffer view made per line.
      let start = 0;
      for (let newline = data.indexOf(10); newline !== -1; newline = data.indexOf(10, start)) {
        scan.lineStart = scan.completeBytes;
        scan.completeBytes += newline + 1 - start;
        const line = newline > start ? data.toString('utf8', start, newline) : '';
        start = newline + 1;
        if (line.length > 0) yield line;
      }
      // A copy: the chunk is read into again.
      carry = start < data.length ? Buffer.from(data.subarray(start)) : undefined;
    }
    scan.tornBytes = carry?.length ?? 0;
  } finally {
    closeSync(fd);
  }
}
