/**
 * The files of one ticket, within Freshdesk's 20 MB for all attachments of a ticket (research §2.4).
 * Files are taken in the order of the thread; one that would go past the budget is left out and named
 * in the ticket's warning (or fails the ticket when the mapping says unsupported attachments fail),
 * never dropped silently. A download that meets an outage fails the ticket, to be tried again.
 */
import type { Attachment, Comment } from '../../model/records.js';
import type { WriteContext } from '../contracts.js';
import { isTransient, messageOf } from './failures.js';
import type { FilePart } from './multipart.js';

export class AttachmentRefused extends Error {}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export class TicketFiles {
  readonly skipped: string[] = [];

  constructor(
    private readonly maxBytes: number,
    private used = 0,
  ) {}

  /** The files of one comment that fit, downloaded. */
  async take(comment: Comment, context: WriteContext): Promise<FilePart[]> {
    const files: FilePart[] = [];
    for (const attachment of comment.attachments) {
      const file = await this.fetch(attachment, comment, context);
      if (file) files.push(file);
    }
    return files;
  }

  private async fetch(attachment: Attachment, comment: Comment, context: WriteContext): Promise<FilePart | undefined> {
    if (attachment.size !== undefined && this.used + attachment.size > this.maxBytes) return this.leaveOut(attachment, comment, attachment.size, context);
    let bytes: Uint8Array;
    try {
      bytes = await context.fetchAttachment(attachment);
    } catch (error) {
      if (isTransient(error)) throw error;
      return this.refuse(`attachment ${attachment.fileName} of comment ${comment.id} could not be read (${messageOf(error)})`, context);
    }
    if (this.used + bytes.length > this.maxBytes) return this.leaveOut(attachment, comment, bytes.length, context);
    this.used += bytes.length;
    return { name: attachment.fileName || `attachment-${attachment.id}`, contentType: attachment.contentType || 'application/octet-stream', bytes };
  }

  private leaveOut(attachment: Attachment, comment: Comment, size: number, context: WriteContext): undefined {
    return this.refuse(
      `attachment ${attachment.fileName} (${mb(size)}) of comment ${comment.id} does not fit: Freshdesk takes ${mb(this.maxBytes)} of attachments per ticket and ${mb(this.used)} were used by earlier files`,
      context,
    );
  }

  private refuse(why: string, context: WriteContext): undefined {
    if (context.options.options.unsupported_attachments === 'fail') throw new AttachmentRefused(`${why}; set options.unsupported_attachments: skip to migrate the ticket without it`);
    this.skipped.push(`${why}, left out`);
    return undefined;
  }
}
