/**
 * Attachments on conversation and ticket parts. `attachment_urls` are recorded as given (Intercom keeps
 * the link); `attachment_files` carry base64 bytes that the simulator stores and serves at
 * `GET /_files/{id}/{name}`, without auth, the way Intercom's signed attachment URLs work, so a
 * connector can download them. Each list takes at most 10 entries per part; more is a 400.
 */
import { createHash } from 'node:crypto';
import { invalid } from './errors.js';
import { isObject } from './request-input.js';
import type { AttachmentRecord } from './records.js';
import type { IntercomStore } from './store.js';

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
  json: 'application/json',
};

export function contentTypeFor(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

export function attachmentsFromUrls(value: unknown, max: number): AttachmentRecord[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid('attachment_urls must be an array of URLs', 'attachment_urls');
  if (value.length > max) throw invalid(`A maximum of ${max} attachment_urls can be provided`, 'attachment_urls');
  return value.map((url) => {
    if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url)) throw invalid(`attachment_urls must be URLs, got ${JSON.stringify(url)}`, 'attachment_urls');
    const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'attachment');
    return { type: 'upload', name, url, content_type: contentTypeFor(name), filesize: 0, width: null, height: null, origin: 'url', file_id: null };
  });
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function attachmentsFromFiles(store: IntercomStore, value: unknown, max: number): AttachmentRecord[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid('attachment_files must be an array', 'attachment_files');
  if (value.length > max) throw invalid(`A maximum of ${max} attachment_files can be provided`, 'attachment_files');
  return value.map((file) => {
    if (!isObject(file)) throw invalid('attachment_files entries must be objects', 'attachment_files');
    const { name, content_type: contentType, data } = file;
    if (typeof name !== 'string' || name === '') throw invalid('attachment_files entries need a name', 'attachment_files');
    if (typeof contentType !== 'string' || contentType === '') throw invalid('attachment_files entries need a content_type', 'attachment_files');
    if (typeof data !== 'string' || data.length % 4 !== 0 || !BASE64.test(data)) {
      throw invalid('attachment_files data must be base64 encoded', 'attachment_files');
    }
    return storeFile(store, name, contentType, Buffer.from(data, 'base64'), 'file');
  });
}

/** Keeps bytes in the store and returns the attachment pointing at the simulator's own URL. */
export function storeFile(store: IntercomStore, name: string, contentType: string, data: Buffer, origin: 'file' | 'seed'): AttachmentRecord {
  const id = `${store.files.size + 1}-${createHash('sha1').update(data).digest('hex').slice(0, 12)}`;
  store.files.set(id, { id, name, content_type: contentType, data });
  return {
    type: 'upload',
    name,
    url: `${store.baseUrl}/_files/${id}/${encodeURIComponent(name)}`,
    content_type: contentType,
    filesize: data.length,
    width: null,
    height: null,
    origin,
    file_id: id,
  };
}

export function renderAttachment(a: AttachmentRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { type: a.type, name: a.name, url: a.url, content_type: a.content_type, filesize: a.filesize };
  if (a.width !== null) out['width'] = a.width;
  if (a.height !== null) out['height'] = a.height;
  return out;
}
