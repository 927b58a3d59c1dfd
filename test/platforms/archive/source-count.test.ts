import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';

/** The count of `entity` in an archive whose tickets file holds `tickets`. */
function countIn(tickets: string, entity: 'tickets' | 'contacts' = 'tickets'): Promise<number | undefined> | undefined {
  const root = mkdtempSync(join(tmpdir(), 'archive-count-'));
  writeFileSync(join(root, 'tickets.jsonl'), tickets);
  return new ArchiveSource(root).streams[entity]?.count?.({});
}

describe('archive count', () => {
  test('counts lines, with or without a final newline, across read chunks', async () => {
    const line = `${JSON.stringify({ id: 'x', body: 'y'.repeat(300) })}\n`;
    const many = line.repeat(1000); // ~300 KB: several chunks of the read stream
    expect(await countIn(many)).toBe(1000);
    expect(await countIn(many.slice(0, -1))).toBe(1000);
    expect(await countIn('')).toBe(0);
    expect(await countIn('{"id":"1"}')).toBe(1);
    expect(await countIn('\n\n\n')).toBe(3);
  });

  test('an entity the archive does not hold counts 0', async () => {
    expect(await countIn('', 'contacts')).toBe(0);
  });
});
