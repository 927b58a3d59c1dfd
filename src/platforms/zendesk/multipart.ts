/** A multipart/form-data body for Help Center attachment uploads (a `file` part plus text fields). */
import { randomBytes } from 'node:crypto';

export function multipartBody(fields: Record<string, string>, file: { name: string; contentType: string; bytes: Uint8Array }): { body: Uint8Array; contentType: string } {
  const boundary = `desk-migrate-${randomBytes(12).toString('hex')}`;
  const quote = (text: string) => text.replace(/["\r\n]/g, '_');
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quote(file.name)}"\r\nContent-Type: ${file.contentType}\r\n\r\n`),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: new Uint8Array(Buffer.concat(parts)), contentType: `multipart/form-data; boundary=${boundary}` };
}
