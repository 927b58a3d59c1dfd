/**
 * Attachments for ticket comments (research §1.4 "Attachments (uploads)", OAS UploadFiles):
 * `POST /api/v2/uploads?filename=<name>[&token=<existing>]` with the raw bytes as body returns a token
 * that a comment consumes through `uploads: [token]`. A token lives `uploadTokenTtlMs` (60 minutes by
 * default) and can be consumed once.
 *
 * What happens when a comment names an unknown, expired or already consumed token is not documented
 * (research is silent): the `policies.invalidUploadToken` policy. By default the simulator takes the stricter
 * path, refusing the whole ticket write (422, or a failed job item); `accept` attaches what the token
 * held; `drop` writes the comment without the file, as a lenient service might, which only `verify`
 * can notice. The suite runs the connector under each. Bytes are served back at `content_url` (outside /api/v2: no auth, no rate limit).
 */
import type { SimContext } from './context.js';
import { fieldError, noContent, notFound, ok } from './http.js';
import type { Router } from './router.js';
import type { ZdAttachment, ZdUpload } from './types.js';

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  html: 'text/html',
};

export function guessContentType(fileName: string, header?: string): string {
  const given = header?.split(';')[0]?.trim();
  if (given && given !== 'application/octet-stream' && given !== 'application/x-www-form-urlencoded') return given;
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/binary';
}

export function contentUrl(context: SimContext, token: string, fileName: string): string {
  return `${context.baseUrl()}/attachments/token/${token}/?name=${encodeURIComponent(fileName)}`;
}

export function attachmentJson(att: ZdAttachment, context: SimContext): Record<string, unknown> {
  const url = contentUrl(context, att.download_token, att.file_name);
  return {
    url: `${context.baseUrl()}/api/v2/attachments/${att.id}.json`,
    id: att.id,
    file_name: att.file_name,
    content_url: url,
    mapped_content_url: url,
    content_type: att.content_type,
    size: att.size,
    inline: att.inline,
    deleted: false,
    malware_access_override: false,
    malware_scan_result: 'malware_not_found',
    thumbnails: [],
  };
}

export function newAttachment(context: SimContext, fileName: string, contentType: string, bytes: Buffer, inline = false): ZdAttachment {
  const att: ZdAttachment = {
    id: context.store.id(),
    file_name: fileName,
    content_type: contentType,
    size: bytes.length,
    inline,
    download_token: context.store.token(),
    bytes,
    created_at: context.store.iso(),
  };
  context.store.attachments.set(att.id, att);
  return att;
}

/** Checks that every token can be consumed now; returns the uploads or why not. Consumes nothing. */
export function checkUploads(context: SimContext, tokens: unknown): { uploads: ZdUpload[] } | { message: string } {
  if (tokens === undefined || tokens === null) return { uploads: [] };
  if (!Array.isArray(tokens)) return { message: 'uploads must be a list of upload tokens' };
  const uploads: ZdUpload[] = [];
  const policy = context.options.policies.invalidUploadToken;
  for (const token of tokens) {
    const upload = typeof token === 'string' ? context.store.uploads.get(token) : undefined;
    const problem = !upload
      ? `Upload token ${String(token)} is invalid`
      : upload.consumed_by_comment !== null
        ? `Upload token ${upload.token} was already used`
        : context.now() > upload.expires_ms
          ? `Upload token ${upload.token} has expired`
          : undefined;
    if (problem && policy === 'reject') return { message: problem };
    if (upload && (!problem || policy === 'accept')) uploads.push(upload);
  }
  return { uploads };
}

export function consumeUploads(uploads: ZdUpload[], commentId: number): ZdAttachment[] {
  for (const upload of uploads) upload.consumed_by_comment = commentId;
  return uploads.flatMap((u) => u.attachments);
}

export function registerUploads(router: Router): void {
  router.add('POST', '/api/v2/uploads', (request, context) => {
    const fileName = request.query.get('filename')?.trim();
    if (!fileName) return fieldError('base', "Filename can't be blank", 'BlankValue');
    const existingToken = request.query.get('token');
    let upload: ZdUpload | undefined;
    if (existingToken) {
      upload = context.store.uploads.get(existingToken);
      if (!upload || upload.consumed_by_comment !== null || context.now() > upload.expires_ms) return fieldError('token', `Upload token ${existingToken} is invalid`);
    }
    const attachment = newAttachment(context, fileName, guessContentType(fileName, request.headers['content-type']), Buffer.from(request.rawBody));
    if (!upload) {
      const now = context.now();
      upload = { token: context.store.token(), attachments: [], created_ms: now, expires_ms: now + context.options.uploadTokenTtlMs, consumed_by_comment: null };
      context.store.uploads.set(upload.token, upload);
    }
    upload.attachments.push(attachment);
    return ok(
      {
        upload: {
          token: upload.token,
          expires_at: context.store.iso(upload.expires_ms),
          attachments: upload.attachments.map((a) => attachmentJson(a, context)),
          attachment: attachmentJson(attachment, context),
        },
      },
      201,
    );
  });
  router.add('DELETE', '/api/v2/uploads/{token}', (request, context) => {
    const upload = context.store.uploads.get(request.params['token'] ?? '');
    if (!upload || upload.consumed_by_comment !== null) return notFound();
    context.store.uploads.delete(upload.token);
    for (const a of upload.attachments) context.store.attachments.delete(a.id);
    return noContent();
  });
  router.add('GET', '/api/v2/attachments/{attachment_id}', (request, context) => {
    const att = context.store.attachments.get(Number(request.params['attachment_id']));
    return att ? ok({ attachment: attachmentJson(att, context) }) : notFound();
  });
}

/** Serves attachment bytes at their content_url. */
export function serveAttachmentBytes(context: SimContext, path: string): { status: number; headers?: Record<string, string>; body?: Buffer | unknown } | undefined {
  const m = /^\/attachments\/token\/([^/]+)\/?$/.exec(path);
  if (!m) return undefined;
  for (const att of context.store.attachments.values()) {
    if (att.download_token === m[1]) {
      return { status: 200, headers: { 'content-type': att.content_type, 'content-length': String(att.size) }, body: att.bytes };
    }
  }
  return notFound();
}
