/** The state's line reader: lines cut by its 1 MiB read chunks come whole, and a torn tail is measured. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { jsonlLines, type LineScan } from '../../src/engine/jsonl-lines.js';
import { tempDir } from '../support/workspace.js';

test('every line across read chunks, empty lines left out, a torn tail counted apart', () => {
  // Lines of uneven lengths (multi-byte characters among them) over about 3 MiB: some cross a chunk end.
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ i, text: (i % 7 === 0 ? '\u00e9\u{1F600}' : 'x').repeat((i * 37) % 2000) }));
  const torn = '{"i":"half';
  const content = `${lines.slice(0, 10).join('\n')}\n\n${lines.slice(10).join('\n')}\n${torn}`;
  const file = join(tempDir(), 'journal.jsonl');
  writeFileSync(file, content);
  // Where each line ends: the scan has counted up to and with the line just yielded.
  let at = 0;
  const ends = lines.map((line, i) => (at += Buffer.byteLength(line) + 1 + (i === 10 ? 1 : 0)));
  const scan: Partial<LineScan> = {};
  const read: string[] = [];
  const counted: number[] = [];
  for (const line of jsonlLines(file, scan)) {
    read.push(line);
    counted.push(scan.completeBytes ?? -1);
  }
  expect(read).toEqual(lines);
  expect(counted).toEqual(ends);
  expect(scan.completeBytes).toBe(Buffer.byteLength(content) - torn.length);
  expect(scan.tornBytes).toBe(torn.length);
});
