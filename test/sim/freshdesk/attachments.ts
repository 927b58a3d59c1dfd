/**
 * Attachments arrive only as multipart `attachments[]` parts (research §2.4), and the total over a
 * ticket and all its conversations may not pass 20 MB: a write that would is refused whole.
 * Bytes are served outside /api/v2 without auth, as Freshdesk's CDN links are.
 */
import type { SimResponse } from '../common/sim-server.js';
import { iso, type SimContext } from './context.js';
import { ValidationFailure } from './http.js';
import type { UploadedFile, WriteInput } from './request-input.js';
import type { AttachmentRecord, TicketRecord } from './types.js';

export const ATTACHMENT_PATH = '/sim-attachments/';

/** JSON has no file type: `attachments` in a JSON body is refused. */
export function refuseJsonAttachments(input: WriteInput): void {
  if (!input.multipart && input.fields['attachments'] !== undefined) {
    throw new ValidationFailure([{ field: 'attachments', code: 'datatype_mismatch', message: 'It should be a/an Array of files sent as multipart/form-data' }]);
  }
}

export function ticketAttachmentBytes(ticket: TicketRecord): number {
  let total = ticket.attachments.reduce((sum, a) => sum + a.size, 0);
  for (const conversation of ticket.conversations) total += conversation.attachments.reduce((sum, a) => sum + a.size, 0);
  return total;
}

/** Refuses files that would take the ticket past the cap (ticket undefined: a new ticket). */
export function checkAttachmentCap(context: SimContext, ticket: TicketRecord | undefined, files: UploadedFile[]): void {
  const adding = files.reduce((sum, f) => sum + f.bytes.length, 0);
  if (adding === 0) return;
  const limit = context.options.maxTicketAttachmentBytes;
  if ((ticket ? ticketAttachmentBytes(ticket) : 0) + adding > limit) {
    throw new ValidationFailure([{ field: 'attachments', code: 'invalid_value', message: `The cumulative attachment size of the ticket cannot exceed ${Math.round(limit / 1024 / 1024)} MB` }]);
  }
}

export function storeAttachments(context: SimContext, files: UploadedFile[]): AttachmentRecord[] {
  return files.map((file) => {
    const record: AttachmentRecord = {
      id: context.store.id(),
      name: file.name,
      content_type: file.contentType,
      size: file.bytes.length,
      bytes: file.bytes,
      created_at: context.now(),
    };
    context.store.attachments.set(record.id, record);
    return record;
  });
}

export function renderAttachment(context: SimContext, a: AttachmentRecord): Record<string, unknown> {
  return {
    id: a.id,
    name: a.name,
    content_type: a.content_type,
    size: a.size,
    attachment_url: `${context.baseUrl()}${ATTACHMENT_PATH}${a.id}/${encodeURIComponent(a.name)}`,
    thumb_url: null,
    created_at: iso(a.created_at),
    updated_at: iso(a.created_at),
  };
}

export function serveAttachmentBytes(context: SimContext, path: string): SimResponse | undefined {
  if (!path.startsWith(ATTACHMENT_PATH)) return undefined;
  const id = Number(path.slice(ATTACHMENT_PATH.length).split('/')[0]);
  const attachment = context.store.attachments.get(id);
  if (!attachment) return { status: 404 };
  return { status: 200, headers: { 'content-type': attachment.content_type }, body: attachment.bytes };
}
