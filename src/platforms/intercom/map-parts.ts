/**
 * Conversation and ticket parts → canonical comments. A part is a comment when it carries words or
 * files: comments and quick replies are public, notes private, and the optional message an agent
 * leaves when closing, assigning or snoozing reached the customer, so it is public too. Parts that
 * only record an event (assigned, closed, snoozed, state changed) are not comments; the record keeps
 * the resulting state and assignee instead.
 */
import type { Attachment, AuthorType, Comment } from '../../model/records.js';
import type { IcAttachment, IcAuthor, IcPart } from './api-types.js';
import { isoFromUnix } from './timestamps.js';

export function commentFromPart(part: IcPart): Comment | undefined {
  const attachments = attachmentsOf(part.id, part.attachments);
  const body = part.body ?? '';
  if (body.trim() === '' && attachments.length === 0) return undefined;
  return {
    id: part.id,
    ...authorOf(part.author),
    body,
    public: !part.part_type.includes('note'),
    createdAt: isoFromUnix(part.created_at),
    attachments,
  };
}

export function authorOf(author: IcAuthor | undefined): { authorType: AuthorType; authorId?: string } {
  switch (author?.type) {
    case 'admin':
      return { authorType: 'agent', authorId: author.id };
    case 'user':
    case 'lead':
    case 'contact':
      return { authorType: 'contact', authorId: author.id };
    default:
      // Bots, Fin and team-authored automation have no person behind them.
      return { authorType: 'bot' };
  }
}

/** Attachment ids are made unique within the record from the part id (Intercom gives none). */
export function attachmentsOf(partId: string, list: IcAttachment[] | undefined): Attachment[] {
  return (list ?? []).map((a, i) => ({
    id: `${partId}-${i + 1}`,
    fileName: a.name,
    contentType: a.content_type,
    ...(a.filesize ? { size: a.filesize } : {}),
    url: a.url,
  }));
}
