/**
 * A minimal multipart/form-data parser for the Help Center attachment endpoints, which take the file
 * as a `file` part (research §1.5 [HC-att]). Enough for what clients send: named parts, optional
 * filename and content type, binary-safe bodies.
 */
export interface Part {
  name: string;
  fileName?: string;
  contentType?: string;
  data: Buffer;
}

export function parseMultipart(contentType: string | undefined, body: Buffer): Part[] | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  const boundary = m?.[1] ?? m?.[2];
  if (!contentType?.toLowerCase().startsWith('multipart/form-data') || !boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    // Skip the CRLF after the delimiter and the CRLF before the next one.
    const chunk = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = chunk.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = chunk.subarray(0, headerEnd).toString('utf8');
      const data = chunk.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const fileName = /filename="([^"]*)"/i.exec(headers)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
      if (name !== undefined) parts.push({ name, data: Buffer.from(data), ...(fileName !== undefined ? { fileName } : {}), ...(type ? { contentType: type } : {}) });
    }
    start = next;
  }
  return parts;
}
