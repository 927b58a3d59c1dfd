/**
 * The archive format: a folder with one JSONL file per entity (`tickets.jsonl`, …), one canonical
 * record per line, and attachment files under `attachments/`, referenced from records by their
 * path relative to the folder. `manifest.json` says which format version wrote it.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { EntityName } from '../../model/entities.js';

export const ARCHIVE_FORMAT = 'desk-migrate-archive';
export const ARCHIVE_VERSION = 1;

export const entityFile = (root: string, entity: EntityName) => join(root, `${entity}.jsonl`);

/**
 * Where an attachment is stored: `attachments/<entity>/<record>/<attachment>-<file name>`, one path
 * per (record id, attachment id, file name), the same on every run. A part already safe everywhere
 * (lower case, no character a file system refuses or folds) is kept as it is; any other gets a
 * readable form plus a hash of its exact value, so names that sanitise alike (`r?.pdf`, `r*.pdf`)
 * or differ only by case (`T1`, `t1`) still land in different files on case-insensitive systems.
 */
export function attachmentPath(entity: EntityName, recordId: string, attachmentId: string, fileName: string): string {
  return ['attachments', entity, idPart(recordId), filePart(attachmentId, fileName)].join('/');
}

const PLAIN_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** No '-' in a plain attachment id: the first '-' of a plain file part ends the id. */
const PLAIN_ATTACHMENT_ID = /^[a-z0-9][a-z0-9_]{0,63}$/;
const PLAIN_FILE = /^[a-z0-9][a-z0-9._-]{0,119}$/;
/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

function idPart(id: string): string {
  return PLAIN_ID.test(id) && !RESERVED.test(id) ? id : `${readable(id, 40)}~${digest(id)}`;
}

function filePart(attachmentId: string, fileName: string): string {
  if (PLAIN_ATTACHMENT_ID.test(attachmentId) && PLAIN_FILE.test(fileName) && !fileName.endsWith('.') && !fileName.includes('..')) {
    return `${attachmentId}-${fileName}`;
  }
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).replace(/[^A-Za-z0-9]+/g, '').slice(0, 12) : '';
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${readable(attachmentId, 24)}-${readable(stem, 60)}~${digest(JSON.stringify([attachmentId, fileName]))}${extension ? `.${extension}` : ''}`;
}

/** What a person can recognise of a name: letters, digits, `_` and `-`; never `~` (it marks the hash). */
function readable(name: string, max: number): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, max) || '_';
}

/** 64 bits of SHA-256 in lower-case hex: distinct for distinct values at any realistic archive size. */
function digest(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 16);
}
