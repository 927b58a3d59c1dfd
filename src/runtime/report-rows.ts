/**
 * Reads back the first rows of a report CSV (failed.csv, skipped.csv) for the job summary: a few rows
 * per entity and the count of all of them. The CSVs are the reports' contract (engine/report.ts writes
 * them with csv-stringify: RFC 4180 quoting, header `entity,source_id,target_id,reason_code,message,warning_codes`,
 * formula-like cells escaped with a leading quote, undone here).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { unescapeCell } from '../engine/csv-cells.js';

export interface ReportRow {
  entity: string;
  sourceId: string;
  targetId: string;
  reason: string;
  message: string;
}

export interface ListedRows {
  /** Per entity, in file order: the first `rows` and how many there are in all. */
  byEntity: Map<string, { rows: ReportRow[]; total: number }>;
}

export function readReportRows(file: string, perEntity: number): ListedRows {
  const byEntity = new Map<string, { rows: ReportRow[]; total: number }>();
  if (!existsSync(file)) return { byEntity };
  let header = true;
  for (const fields of parseCsv(readFileSync(file, 'utf8'))) {
    if (header) {
      header = false;
      continue;
    }
    const [entity = '', sourceId = '', targetId = '', reason = '', message = ''] = fields.map(unescapeCell);
    let group = byEntity.get(entity);
    if (!group) byEntity.set(entity, (group = { rows: [], total: 0 }));
    group.total++;
    if (group.rows.length < perEntity) group.rows.push({ entity, sourceId, targetId, reason, message });
  }
  return { byEntity };
}

/** RFC 4180 (quoted fields may hold commas, doubled quotes and line breaks), by csv-stringify's sibling. */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true }) as string[][];
}
