/**
 * Archive files may be written by hand or by another tool: a record needs an id, and lists that are
 * left out are read as empty so that a minimal line such as {"id":"1","name":"Acme"} is usable. A
 * line that still does not fit the record's shape is marked invalid, to fail alone.
 */
import { entityLabel, type EntityName } from '../../model/entities.js';
import { markInvalid } from '../../model/invalid-record.js';
import type { RecordOf } from '../../model/records.js';
import { shapeProblem } from './record-shapes.js';

const LISTS: Partial<Record<EntityName, string[]>> = {
  teams: ['memberIds'],
  companies: ['tags'],
  contacts: ['companyIds', 'tags'],
  tickets: ['tags', 'comments'],
  articles: ['tags', 'translations', 'attachments'],
};
const OBJECTS: Partial<Record<EntityName, string[]>> = {
  companies: ['custom'],
  contacts: ['custom'],
  tickets: ['custom'],
  kb_categories: ['translations'],
  kb_folders: ['translations'],
};

export function normalizeRecord<E extends EntityName>(entity: E, row: unknown, where: string): RecordOf[E] {
  if (!row || typeof row !== 'object' || Array.isArray(row)) throw new Error(`${where}: a ${entity} line must be a JSON object`);
  const record = row as Record<string, unknown>;
  if (typeof record.id === 'number') record.id = String(record.id);
  if (typeof record.id !== 'string' || record.id === '') throw new Error(`${where}: this ${entity} record has no "id"; every record needs a string id`);
  for (const key of LISTS[entity] ?? []) if (record[key] === undefined) record[key] = [];
  for (const key of OBJECTS[entity] ?? []) if (record[key] === undefined) record[key] = {};
  if (entity === 'tickets' && Array.isArray(record.comments)) {
    for (const comment of record.comments as unknown[]) {
      if (comment && typeof comment === 'object' && (comment as Record<string, unknown>).attachments === undefined) (comment as Record<string, unknown>).attachments = [];
    }
  }
  // A record of the wrong shape is handed on marked: it fails invalid_record, the run goes on.
  const problem = shapeProblem(entity, record);
  if (problem) markInvalid(record, `${where}: ${entityLabel(entity)} ${record.id} does not fit the archive format: ${problem}`);
  return record as unknown as RecordOf[E];
}
