/**
 * The archive's JSONL reader splits lines in the bytes: lines end as readline ends them (LF, CRLF,
 * a lone CR), a page's end is the byte offset a resume starts from, and a character or a line cut
 * by a read chunk is whole.
 */
import { openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readJsonlPages } from '../../../src/platforms/archive/jsonl-file.js';
import { tempDir } from '../../support/workspace.js';

type Row = { id: string; text?: string };

/** Every page of `content` read from `start`, `pageSize` rows a page, in chunks of `chunk` bytes. */
async function pagesOf(content: string | Buffer, pageSize: number, start = 0, chunk = 7) {
  const file = join(tempDir(), 'rows.jsonl');
  writeFileSync(file, content);
  const pages: { ids: string[]; lines: number[]; end: number }[] = [];
  for await (const page of readJsonlPages<Row>(file, openSync(file, 'r'), pageSize, start, chunk)) {
    pages.push({ ids: page.rows.map((r) => r.id), lines: page.lines.map((l) => l.line), end: page.end });
  }
  return { file, pages };
}

const row = (id: string, text = '') => JSON.stringify({ id, text });

describe('archive JSONL pages', () => {
  test('every line ending readline knows, each page ending where its last row ends, in any chunk size', async () => {
    const lines = [row('a'), row('b', 'caf\u00e9 \u{1F600}'), '', '  ', row('c'), row('d'), row('e')];
    const endings = ['\n', '\r\n', '\r', '\n', '\r\n', '\n', ''];
    const content = lines.map((l, i) => l + endings[i]).join('');
    const bytes = Buffer.from(content);
    for (const chunk of [1, 2, 3, 5, 64, 1 << 16]) {
      const { pages } = await pagesOf(content, 2, 0, chunk);
      expect(pages.map((p) => p.ids), `chunk ${chunk}`).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
      expect(pages.map((p) => p.lines)).toEqual([[1, 2], [5, 6], [7]]);
      const endOf = (id: string) => {
        const at = bytes.indexOf(row(id, id === 'b' ? 'caf\u00e9 \u{1F600}' : ''));
        const after = at + Buffer.byteLength(row(id, id === 'b' ? 'caf\u00e9 \u{1F600}' : ''));
        return after + (bytes[after] === 13 && bytes[after + 1] === 10 ? 2 : after < bytes.length ? 1 : 0);
      };
      expect(pages.map((p) => p.end)).toEqual([endOf('b'), endOf('d'), bytes.length]);
    }
  });

  test('a read resumed from a page end starts at the next row (CRLF files included)', async () => {
    const content = ['1', '2', '3', '4', '5'].map((id) => `${row(id, 'x'.repeat(Number(id)))}\r\n`).join('');
    const { pages } = await pagesOf(content, 2);
    const resumed = await pagesOf(content, 2, pages[0]?.end);
    expect(resumed.pages.map((p) => p.ids)).toEqual([['3', '4'], ['5']]);
    expect(resumed.pages.at(-1)?.end).toBe(Buffer.byteLength(content));
  });

  test('a lone CR inside a line ends a line too, and a last CR ends the file', async () => {
    const content = `${row('a')}\r${row('b')}\r\r${row('c')}\n${row('d')}\r`;
    const { pages } = await pagesOf(content, 10);
    expect(pages.map((p) => p.ids)).toEqual([['a', 'b', 'c', 'd']]);
    expect(pages[0]?.lines).toEqual([1, 2, 4, 5]);
    expect(pages[0]?.end).toBe(Buffer.byteLength(content));
    const { pages: two } = await pagesOf(content, 1);
    expect(two.map((p) => p.end)).toEqual([row('a').length + 1, 2 * row('a').length + 2, 3 * row('a').length + 4, content.length]);
  });

  test('a line that is not JSON names its number, counted from where the read started', async () => {
    const content = `${row('a')}\n\nnot json\n${row('b')}\n`;
    const read = pagesOf(content, 10);
    await expect(read).rejects.toThrow(/rows\.jsonl: line 3 \(from byte 0\) is not valid JSON/);
    await expect(pagesOf(content, 10, row('a').length + 1)).rejects.toThrow(`line 2 (from byte ${row('a').length + 1})`);
  });
});
