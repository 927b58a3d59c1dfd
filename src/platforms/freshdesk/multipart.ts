/**
 * Freshdesk takes attachments only as multipart/form-data (research §2.4), with every other field as a
 * plain part: arrays as `tags[]`, objects as `custom_fields[cf_x]`, files as `attachments[]`. The form
 * is serialised once by Node's own FormData, so a retry sends the same bytes.
 */
import { formBody } from '../../http/index.js';

export interface FilePart {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface Body {
  body?: unknown;
  rawBody?: Uint8Array;
  contentType?: string;
}

function append(form: FormData, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) for (const item of value) append(form, `${key}[]`, item);
  else if (typeof value === 'object') for (const [sub, inner] of Object.entries(value)) append(form, `${key}[${sub}]`, inner);
  else form.append(key, String(value));
}

/** JSON when there are no files, multipart otherwise. */
export async function requestBody(fields: Record<string, unknown>, files: readonly FilePart[]): Promise<Body> {
  if (files.length === 0) return { body: fields };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) append(form, key, value);
  for (const file of files) form.append('attachments[]', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType }), file.name);
  return formBody(form);
}
