/**
 * The archive format: a folder with one JSONL file per entity (`tickets.jsonl`, …), one canonical
 * record per line, and attachment files under `attachments/`, referenced from records by their
 * path relative to the folder. `manifest.json` says which format version wrote it.
 */
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import type { EntityName } from '../../model/entities.js';

export const ARCHIVE_FORMAT = 'desk-migrate-archive';
export const ARCHIVE_VERSION = 1;

export const entityFile = (root: string, entity: EntityName) => join(root, `${entity}.jsonl`);

/** A file name safe on every file system, keeping the extension readable. */
export function safeName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
  return cleaned.slice(-120) || 'file';
}

export function attachmentPath(entity: EntityName, recordId: string, attachmentId: string, fileName: string): string {
  return ['attachments', entity, safeName(recordId), `${safeName(attachmentId)}-${safeName(fileName)}`].join('/');
}

/** Resolves a path stored in a record, refusing anything that escapes the archive folder. */
export function insideArchive(root: string, stored: string): string {
  const full = resolve(root, normalize(stored));
  const rel = relative(resolve(root), full);
  if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    throw new Error(`attachment path "${stored}" points outside the archive folder ${root}`);
  }
  return full;
}
