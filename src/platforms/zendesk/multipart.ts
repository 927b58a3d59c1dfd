/** A multipart/form-data body for Help Center attachment uploads (a `file` part plus text fields). */
import { formBody } from '../../http/index.js';

export function multipartBody(fields: Record<string, string>, file: { name: string; contentType: string; bytes: Uint8Array }): Promise<{ rawBody: Uint8Array; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType }), file.name);
  return formBody(form);
}
