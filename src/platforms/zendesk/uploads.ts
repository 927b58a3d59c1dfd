/**
 * Comment attachments go to Zendesk as uploads (`POST /api/v2/uploads?filename=`, raw bytes), whose
 * tokens a comment then consumes. A token lives 60 minutes, so files are uploaded just before the
 * import that uses them and uploaded again when too old or refused as expired. One token per file:
 * adding a second file to a token is not safe to repeat after a lost answer (the comment would carry
 * it twice), whereas a repeated single upload only leaves an unused upload behind, which expires.
 * Each token is kept in the target's memo until it is too old to use, so a run resumed after a kill
 * between the uploads and the import sends the file once, not again.
 */
import type { Attachment, Comment } from '../../model/records.js';
import type { WriteContext } from '../contracts.js';
import type { ZdUpload } from './api-types.js';
import type { ZendeskClient } from './client.js';
import { failureKind } from '../../http/index.js';
import { warning, WARNINGS, type Warning } from '../../model/outcomes.js';

export interface CommentUploads {
  /** Source comment id → upload tokens of its files. */
  tokens: Map<string, string[]>;
  /** When the oldest token was made (ms). */
  oldest: number;
  /** Files left out, for the record's warnings. */
  skipped: Warning[];
}

export class AttachmentRefused extends Error {}

/** Zendesk's answer when a comment names an upload token it will not take (expired, unknown, used). */
export function isUploadTokenProblem(text: string): boolean {
  return /upload token/i.test(text);
}

/** The token of one upload and when it was made (ms), as kept in the memo. */
interface KeptUpload {
  token: string;
  at: number;
}

export class Uploader {
  constructor(private readonly client: ZendeskClient) {}

  /** A token kept from an earlier upload of this file that is still young enough, else a new upload. */
  private async tokenFor(attachment: Attachment, context: WriteContext, fresh: boolean): Promise<KeptUpload> {
    const key = memoKey(attachment);
    const kept = fresh ? undefined : keptUpload(context.memo.recall(key));
    if (kept) return kept;
    const upload = { token: await this.uploadFile(attachment, await context.fetchAttachment(attachment)), at: Date.now() };
    context.memo.remember(key, JSON.stringify(upload), upload.at + this.client.tuning.uploadTokenMaxAgeMs);
    return upload;
  }

  async uploadFile(attachment: Attachment, bytes: Uint8Array): Promise<string> {
    const body = await this.client.support.request<{ upload: ZdUpload }>('POST', '/api/v2/uploads', {
      query: { filename: attachment.fileName || `attachment-${attachment.id}` },
      rawBody: bytes,
      contentType: attachment.contentType || 'application/octet-stream',
      idempotent: true,
    });
    return body.body.upload.token;
  }

  /**
   * Uploads every file of these comments. A file that cannot be read or is refused is skipped with a
   * warning, or fails the record (AttachmentRefused) when the mapping says unsupported attachments fail.
   * An outage or a refused credential (see failureKind) fails the record whatever the mapping says: the next run tries again.
   * `fresh`: upload again even where a kept token is young enough (Zendesk refused one as expired or used).
   */
  async uploadComments(comments: readonly Comment[], context: WriteContext, fresh = false): Promise<CommentUploads> {
    const result: CommentUploads = { tokens: new Map(), oldest: Date.now(), skipped: [] };
    for (const comment of comments) {
      for (const attachment of comment.attachments) {
        try {
          const { token, at } = await this.tokenFor(attachment, context, fresh);
          result.tokens.set(comment.id, [...(result.tokens.get(comment.id) ?? []), token]);
          result.oldest = Math.min(result.oldest, at);
        } catch (error) {
          // Left out, the file would be lost for good: the ticket counts as migrated and is not read again.
          if (failureKind(error) !== 'record') throw error;
          const why = `attachment ${attachment.fileName} of comment ${comment.id} could not be uploaded (${error instanceof Error ? error.message : String(error)})`;
          if (context.options.options.unsupported_attachments === 'fail') throw new AttachmentRefused(`${why}; set options.unsupported_attachments: skip to migrate the ticket without it`);
          result.skipped.push(warning(WARNINGS.attachmentUnreachable, `${why}, left out`));
        }
      }
    }
    return result;
  }
}

/** Source attachment ids are unique within a source, and a state folder has one source and one target. */
function memoKey(attachment: Attachment): string {
  return `zendesk.upload:${attachment.id}:${attachment.size ?? ''}`;
}

function keptUpload(text: string | undefined): KeptUpload | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<KeptUpload>;
    return typeof value.token === 'string' && typeof value.at === 'number' ? { token: value.token, at: value.at } : undefined;
  } catch {
    return undefined;
  }
}
