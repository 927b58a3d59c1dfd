/**
 * Posts a thread's planned parts in order, skipping those already in the thread. A part Intercom
 * refuses (a file type, a body) is reported and the thread goes on; any other failure stops the
 * thread there, so that nothing lands out of order, and is reported on the record.
 */
import { stopsTheRun } from '../../http/index.js';
import type { IcPart } from './api-types.js';
import { intercomErrorOf } from './client.js';
import { matchExisting, type PlannedPart, type ThreadNotes } from './thread-plan.js';
import { warning, WARNINGS } from '../../model/outcomes.js';

export type PostPart = (part: PlannedPart, known: Set<string>) => Promise<string>;

/**
 * `existingTotal`: how many parts the thread really has. Intercom shows only the 500 most recent: a
 * planned part older than the oldest one shown cannot be checked, and since parts are only ever
 * written in order, one older than a part already there was written too.
 */
export async function postParts(todo: PlannedPart[], existing: IcPart[], existingTotal: number, children: Record<string, string>, notes: ThreadNotes, post: PostPart): Promise<void> {
  const known = new Set(existing.map((p) => p.id));
  const matched = matchExisting(todo, existing);
  const hiddenBefore = existingTotal > existing.length ? Math.min(...existing.map((p) => p.created_at)) : -Infinity;
  for (const [i, part] of todo.entries()) {
    const already = matched[i];
    if (already) {
      children[part.commentId] ??= already;
      continue;
    }
    if (part.createdAt < hiddenBefore) continue;
    try {
      const id = await post(part, known);
      known.add(id);
      children[part.commentId] ??= id;
    } catch (error) {
      if (stopsTheRun(error)) throw error;
      const api = intercomErrorOf(error);
      if (api && api.status >= 400 && api.status < 500 && api.status !== 429) {
        notes.extra.push(warning(WARNINGS.commentsAdapted, `comment ${part.commentId} was refused by Intercom (${api.message})`));
        continue;
      }
      const why = error instanceof Error ? error.message : String(error);
      notes.extra.push(warning(WARNINGS.commentsAdapted, `${todo.length - i} parts from comment ${part.commentId} on were not written (${why}); they are added when the record next changes`));
      return;
    }
  }
}
