/**
 * A ticket's history after its first message goes in as notes, never replies: a reply emails the
 * requester, a note does not (research §2.4). A customer's message is an `incoming` note, a public one
 * `private: false`; the author is the migrated contact or agent (`user_id`), else the API key's agent.
 * Creating a note is not idempotent: after a lost answer the ticket's conversations are read and the
 * note is looked for (same text and author, among those not known to be other comments) before it is
 * sent again.
 */
import type { Comment } from '../../model/records.js';
import type { FdConversation } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { createOnce } from '../create-once.js';
import { comparableText } from './html.js';
import { requestBody, type FilePart } from './multipart.js';
import { withOriginalDate } from './original-dates.js';
import { listConversations } from './read-tickets.js';

export function noteFields(comment: Comment, withDate: boolean): Record<string, unknown> {
  const text = comment.body.trim() === '' ? '<p>(no text)</p>' : comment.body;
  return {
    body: withDate ? withOriginalDate(text, comment.createdAt) : text,
    private: !comment.public,
    incoming: comment.authorType === 'contact',
    ...(comment.authorId ? { user_id: Number(comment.authorId) } : {}),
  };
}

function sameNote(fields: Record<string, unknown>, conversation: FdConversation): boolean {
  const user = fields['user_id'];
  return comparableText(String(fields['body'])) === comparableText(conversation.body ?? '') && (user === undefined || conversation.user_id === user);
}

/**
 * Pairs comments with the conversations a ticket already has (oldest first, each used once): how a
 * ticket whose writing was interrupted, or one found after a lost checkpoint, shows what it holds.
 */
export function matchNotes(comments: readonly Comment[], conversations: readonly FdConversation[], withDate: boolean): Record<string, string> {
  const used = new Set<number>();
  const matched: Record<string, string> = {};
  for (const comment of comments) {
    const fields = noteFields(comment, withDate);
    const found = conversations.find((c) => !used.has(c.id) && sameNote(fields, c));
    if (found) {
      used.add(found.id);
      matched[comment.id] = String(found.id);
    }
  }
  return matched;
}

/** Adds one note; returns its Freshdesk id. `knownIds` are the ticket's conversations that are other comments. */
export async function addNote(client: FreshdeskClient, ticketId: string, fields: Record<string, unknown>, files: readonly FilePart[], knownIds: ReadonlySet<string>): Promise<string> {
  const body = await requestBody(fields, files);
  const post = async () => String((await client.request<FdConversation>('POST', `/api/v2/tickets/${ticketId}/notes`, { ...body, idempotent: false })).id);
  const find = async () => {
    const found = (await listConversations(client, ticketId)).find((c) => !knownIds.has(String(c.id)) && sameNote(fields, c));
    return found ? String(found.id) : undefined;
  };
  return createOnce(post, find);
}
