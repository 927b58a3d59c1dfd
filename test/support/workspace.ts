/** Temp folders, archive reading and mapping files for tests. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { parseMapping } from '../../src/config/load-mapping.js';
import { unescapeCell } from '../../src/engine/csv-cells.js';
import { parseCsv } from '../../src/runtime/report-rows.js';
import type { Mapping } from '../../src/config/types.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'desk-migrate-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function readJsonl<T = Record<string, unknown>>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

/** Every entity file of an archive folder, parsed. */
export function readArchive(dir: string): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) out[f.replace('.jsonl', '')] = readJsonl(join(dir, f));
  return out;
}

/** Rows of a report CSV (RFC 4180 quoting), header row left out. */
/** A report CSV's rows as the project reads them: formula-escaped cells come back as written. */
export function readCsv(file: string): string[][] {
  return [...parseCsv(readFileSync(file, 'utf8'))].slice(1).map((row) => row.map(unescapeCell));
}

/** A mapping file for archive → archive with `extra` YAML appended; returns its path. */
export function writeArchiveMapping(dir: string, sourceDir: string, targetDir: string, extra = ''): string {
  const file = join(dir, 'migration.yml');
  writeFileSync(file, `source:\n  platform: archive\n  path: ${sourceDir}\ntarget:\n  platform: archive\n  path: ${targetDir}\n${extra}`);
  return file;
}

export function archiveMapping(sourceDir: string, targetDir: string, extra = ''): Mapping {
  return parseMapping(`source:\n  platform: archive\n  path: ${sourceDir}\ntarget:\n  platform: archive\n  path: ${targetDir}\n${extra}`, 'test.yml', {}).mapping;
}
