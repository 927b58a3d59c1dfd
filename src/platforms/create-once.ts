/**
 * A create is never sent twice blindly (DESIGN "Non-idempotent writes"): when its answer is lost, the
 * target is read first, and only if the record is not there is the create sent again. Each send is
 * preceded by that look, so repeating it cannot duplicate; it is bounded so that an outage ends as the
 * caller's failure to report rather than a loop. Two sends were not enough: with 5% of answers lost
 * or failed, one create in 400 met two failures in a row and its record failed for a blip. Shared by
 * the connectors whose lost answers are found again by a read; Intercom's has
 * its own shape (it raises UnconfirmedWriteError).
 */
import { isOutcomeUnknown } from '../http/index.js';

/** Sends of one create, each after a look that found nothing (the first excepted). */
export const CREATE_ATTEMPTS = 4;

export async function createOnce<T>(create: () => Promise<T>, find: () => Promise<T | undefined>, attempts = CREATE_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (!isOutcomeUnknown(error) || attempt >= attempts) throw error;
      const found = await find();
      if (found !== undefined) return found;
    }
  }
}
