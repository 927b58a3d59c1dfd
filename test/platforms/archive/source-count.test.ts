import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';

function archiveWith(tickets: string): ArchiveSource {
  const root = mkdtempSync(join(tmpdir(), 'archive-count-'));
  writeFileSync(join(root, 'tickets.jsonl'), tickets);
  return new ArchiveSource(root);
}

describe('archive count', () => {
  test('counts lines, with or without a final newline, across read chunks', async () => {
    const line = `${JSON.stringify({ id: 'x', body: 'y'.repeat(300) })}\n`;
    const many = line.repeat(1000); // ~300 KB: several chunks of the read stream
    expect(await archiveWith(many).count('tickets')).toBe(1000);
    expect(await archiveWith(many.slice(0, -1)).count('tickets')).toBe(1000);
    expect(await archiveWith('').count('tickets')).toBe(0);
    expect(await archiveWith('{"id":"1"}').count('tickets')).toBe(1);
    expect(await archiveWith('\n\n\n').count('tickets')).toBe(3);
  });

  test('an entity the archive does not hold counts 0', async () => {
    expect(await archiveWith('').count('contacts')).toBe(0);
  });
});
