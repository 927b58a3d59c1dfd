/**
 * A canonical thread → the Intercom parts that carry it, in order: who posts each comment (a
 * teammate, or the contact), as a comment or a note, at its original time, with at most 10 files per
 * part. Also the opening of a conversation, which Intercom insists comes from a contact.
 */
import type { Attachment, Comment, Ticket } from '../../model/records.js';
import type { IcPart } from './api-types.js';
import { chunks, isLinkableImage, MAX_ATTACHMENTS_PER_PART } from './attachments.js';
import { htmlToText } from '../../transform/html-text.js';
import { unixFromIso } from './timestamps.js';
import { warning, WARNINGS, type Warning } from '../../model/outcomes.js';

export interface PartAuthor {
  type: 'admin' | 'user';
  id: string;
}

export interface PlannedPart {
  commentId: string;
  author: PartAuthor;
  messageType: 'comment' | 'note';
  /** HTML; empty on the parts that carry the rest of a comment's files. */
  body: string;
  createdAt: number;
  attachments: Attachment[];
}

export interface ThreadPeople {
  /** The teammate the token belongs to: it writes what no migrated teammate can. */
  me: string;
  requester: string;
}

export function planParts(comments: readonly Comment[], people: ThreadPeople, fallbackTime: number, notes: ThreadNotes): PlannedPart[] {
  const parts: PlannedPart[] = [];
  for (const comment of comments) {
    const author = authorOf(comment, people, notes);
    const messageType = author.type === 'admin' && !comment.public ? 'note' : 'comment';
    const createdAt = unixFromIso(comment.createdAt) ?? fallbackTime;
    const groups = comment.attachments.length > 0 ? chunks(comment.attachments) : [[]];
    if (groups.length > 1) notes.split++;
    groups.forEach((attachments, i) => parts.push({ commentId: comment.id, author, messageType, body: i === 0 ? comment.body : '', createdAt, attachments }));
  }
  return parts;
}

function authorOf(comment: Comment, people: ThreadPeople, notes: ThreadNotes): PartAuthor {
  if (comment.authorType === 'contact' && comment.public) {
    if (comment.authorId) return { type: 'user', id: comment.authorId };
    notes.contactAsRequester++;
    return { type: 'user', id: people.requester };
  }
  if (comment.authorType === 'contact') {
    // Contacts cannot write notes: a private message from a contact is kept as a teammate's note.
    notes.privateContact++;
    return { type: 'admin', id: people.me };
  }
  if (comment.authorType === 'agent' && comment.authorId) return { type: 'admin', id: comment.authorId };
  notes.asMe++;
  return { type: 'admin', id: people.me };
}

/** Counts of compromises made while planning, turned into warnings. */
export class ThreadNotes {
  asMe = 0;
  contactAsRequester = 0;
  privateContact = 0;
  split = 0;
  placeholder = false;
  extra: Warning[] = [];

  warnings(): Warning[] {
    const parts = [
      this.placeholder ? 'the history starts with an agent message: the conversation opens with a placeholder customer message, then that message' : '',
      this.asMe ? `${this.asMe} comments by bots or teammates not in Intercom are written by the importing teammate` : '',
      this.contactAsRequester ? `${this.contactAsRequester} comments by contacts not migrated are attributed to the requester` : '',
      this.privateContact ? `${this.privateContact} private comments by contacts are kept as notes of the importing teammate` : '',
      this.split ? `${this.split} comments with more than ${MAX_ATTACHMENTS_PER_PART} attachments are split over several parts` : '',
    ]
      .filter(Boolean)
      .map((m) => warning(WARNINGS.commentsAdapted, m));
    return [...parts, ...this.extra];
  }
}

export interface OpeningPlan {
  /** The comment that opens the conversation; undefined when a placeholder does. */
  commentId?: string;
  fromId: string;
  /** Plain text: the create takes no HTML. */
  text: string;
  createdAt: number;
  imageUrls: string[];
  /** The opening comment's files that cannot go by URL, posted right after by the same contact. */
  followUps: PlannedPart[];
}

/**
 * How a conversation opens. Intercom conversations start from a contact: when the history starts
 * with anything else (an agent's outbound message, a note), the documented way is a contact-authored
 * first message, here a placeholder at the original time, followed by the real first message.
 */
export function planOpening(record: Ticket, placeholder: string, notes: ThreadNotes): { opening: OpeningPlan; rest: Comment[] } {
  const first = record.comments[0];
  const createdAt = unixFromIso(record.createdAt) ?? unixFromIso(first?.createdAt) ?? Math.floor(Date.now() / 1000);
  if (!first || first.authorType !== 'contact' || !first.public || !first.authorId) {
    notes.placeholder = first !== undefined;
    return { opening: { fromId: record.requesterId, text: placeholder, createdAt, imageUrls: [], followUps: [] }, rest: record.comments };
  }
  const linkable = first.attachments.filter(isLinkableImage).slice(0, MAX_ATTACHMENTS_PER_PART);
  const files = first.attachments.filter((a) => !linkable.includes(a));
  const text = htmlToText(first.body) || first.attachments.map((a) => a.fileName).join(', ') || placeholder;
  const openedAt = unixFromIso(first.createdAt) ?? createdAt;
  const followUps = chunks(files).map((attachments) => ({
    commentId: first.id,
    author: { type: 'user' as const, id: first.authorId as string },
    messageType: 'comment' as const,
    body: '',
    createdAt: openedAt,
    attachments,
  }));
  return {
    opening: { commentId: first.id, fromId: first.authorId, text, createdAt: openedAt, imageUrls: linkable.map((a) => a.url), followUps },
    rest: record.comments.slice(1),
  };
}

/**
 * Which planned parts a thread already has (after a write whose answer was lost, or a run that
 * stopped half-way): same time, same author, same kind, each existing part used once, in order.
 */
export function matchExisting(plan: readonly PlannedPart[], existing: readonly IcPart[]): (string | undefined)[] {
  const used = new Set<string>();
  return plan.map((p) => {
    const found = existing.find((e) => !used.has(e.id) && isPartOf(p, e));
    if (found) used.add(found.id);
    return found?.id;
  });
}

export function isPartOf(planned: PlannedPart, part: IcPart): boolean {
  return part.created_at === planned.createdAt && String(part.author?.id) === planned.author.id && part.part_type === planned.messageType;
}
