/**
 * Attachments on the way into Intercom. A conversation create takes images by URL only (at most 10);
 * every other file is uploaded as base64 `attachment_files` on a reply, at most 10 per part, so a
 * comment with more is split over several parts.
 */
import type { Attachment } from '../../model/records.js';
import type { WriteContext } from '../contracts.js';

export const MAX_ATTACHMENTS_PER_PART = 10;

/** An image Intercom can fetch itself: an absolute http(s) URL (archive paths are not). */
export function isLinkableImage(attachment: Attachment): boolean {
  return /^https?:\/\//i.test(attachment.url) && attachment.contentType.toLowerCase().startsWith('image/');
}

export function chunks<T>(items: readonly T[], size = MAX_ATTACHMENTS_PER_PART): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface AttachmentFile {
  name: string;
  content_type: string;
  data: string;
}

/** The files as base64; one that cannot be fetched from the source is left out and named in `missing`. */
export async function attachmentFiles(attachments: readonly Attachment[], context: WriteContext, missing: (message: string) => void): Promise<AttachmentFile[]> {
  const files = await Promise.all(
    attachments.map(async (a): Promise<AttachmentFile | undefined> => {
      try {
        const bytes = await context.fetchAttachment(a);
        return { name: a.fileName, content_type: a.contentType || 'application/octet-stream', data: Buffer.from(bytes).toString('base64') };
      } catch (error) {
        missing(`attachment ${a.fileName} could not be read from the source (${error instanceof Error ? error.message : String(error)}) and was left out`);
        return undefined;
      }
    }),
  );
  return files.filter((f): f is AttachmentFile => f !== undefined);
}
