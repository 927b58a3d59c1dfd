/**
 * Creates that must never happen twice (conversations, replies, tickets, articles, collections…):
 * Intercom has no idempotency key, so after an answer lost on the way back (timeout, reset, 5xx) we
 * read the workspace to see whether the create happened, and only send it again when it did not.
 */
import { isOutcomeUnknown } from '../../http/index.js';

/** The create's answer was lost every time and the lookup found nothing: the outcome is unknown. */
export class UnconfirmedWriteError extends Error {
  override readonly name = 'UnconfirmedWriteError';
}

export async function createOnce<T>(what: string, create: () => Promise<T>, lookup: () => Promise<T | undefined>, attempts = 3): Promise<T> {
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (!isOutcomeUnknown(error)) throw error;
      last = error;
      const found = await lookup();
      if (found !== undefined) return found;
    }
  }
  const why = last instanceof Error ? last.message : String(last);
  throw new UnconfirmedWriteError(`${what}: the answer was lost ${attempts} times and Intercom does not show the record (${why}); the next run writes it again`);
}
