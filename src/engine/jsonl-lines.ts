/**
 * Reads a JSONL file line by line, synchronously, a chunk at a time: replaying a large journal
 * never holds the whole file in memory. Reports where the last complete line ends, so a torn tail
 * left by a killed process can be cut off.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';

export interface LineScan {
  /** Byte offset just after the last newline. */
  completeBytes: number;
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
    let carry = Buffer.alloc(0);
    let offset = 0;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, offset);
      if (read === 0) break;
      offset += read;
      let data = Buffer.concat([carry, chunk.subarray(0, read)]);
      let newline = data.indexOf(10);
      while (newline !== -1) {
        const line = data.subarray(0, newline).toString('utf8');
        scan.completeBytes += newline + 1;
        data = data.subarray(newline + 1);
        if (line.length > 0) yield line;
        newline = data.indexOf(10);
      }
      carry = Buffer.from(data);
    }
    scan.tornBytes = carry.length;
  } finally {
    closeSync(fd);
  }
}
