/**
 * Which Zendesk comment is which source comment. Imported comments keep their `created_at` (to the
 * second), so they are matched on it first; comments appended by a delta carry the time of that run,
 * so a second pass matches the rest on author and text. What stays unmatched was never written.
 */
import type { Comment } from '../../model/records.js';
import type { ZdComment } from './api-types.js';
import { comparableText } from '../../transform/html-text.js';
import { unwrapCommentHtml } from './html.js';
import { importTime } from './map-ticket.js';

const second = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * Source comment id → Zendesk comment id for the comments found. `authorOf` gives the Zendesk author
 * the comment was (or would be) written with.
 */
export function matchComments(source: readonly Comment[], zendesk: readonly ZdComment[], authorOf: (c: Comment) => number): Record<string, string> {
  const unused = new Set(zendesk);
  const matched: Record<string, string> = {};
  const take = (comment: Comment, found: ZdComment | undefined) => {
    if (!found) return false;
    unused.delete(found);
    matched[comment.id] = String(found.id);
    return true;
  };
  const rest: Comment[] = [];
  for (const comment of source) {
    const at = second(importTime(comment.createdAt));
    const byTime = [...unused].find((z) => second(z.created_at) === at && z.public === comment.public && z.author_id === authorOf(comment));
    if (!take(comment, byTime)) rest.push(comment);
  }
  for (const comment of rest) {
    const text = comparableText(comment.body);
    take(comment, [...unused].find((z) => z.author_id === authorOf(comment) && comparableText(unwrapCommentHtml(z.html_body ?? z.body ?? '')) === text));
  }
  return matched;
}
