/**
 * A create is never sent twice blindly (DESIGN "Non-idempotent writes"): when its answer is lost, the
 * target is read first, and only if the record is not there is the create sent again — once. A second
 * lost answer is the caller's failure to report.
 */
import { isOutcomeUnknown } from '../../http/index.js';

export async function createOnce<T>(create: () => Promise<T>, find: () => Promise<T | undefined>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (!isOutcomeUnknown(error)) throw error;
    const found = await find();
    if (found !== undefined) return found;
    return create();
  }
}
